import { parentPort, workerData } from 'node:worker_threads';
import { rulesByIds } from '../../rules/index.js';
import { RunContext } from '../engine/run-context.js';
import { lintUnit } from '../engine/unit.js';
import { loadParser } from '../parse/hcl.js';
import type { UnitAnswer, WorkerMessage, WorkerTask } from '../engine/workers.js';

/** Lints the units the main thread hands it, one at a time, exactly as the main thread would,
 * and sends back what each one found as soon as it is done: nothing accumulates here, and a
 * worker that dies has lost only the unit it was on (issue 16: bounded memory with workers). */
const task = workerData as WorkerTask;
const ctx = new RunContext({ ...task.opts, rules: rulesByIds(task.ruleIds), severities: new Map(task.severities) }, new Set(task.requested), new Map());
// Compiling the grammar overlaps with the main thread's module-call scan, before the first unit.
void loadParser(false);
// Sets grow at their end and their iterators are live: what a unit added is the next `added`
// values (never read to the end, which would close the iterator for good).
const newValues = (set: Set<string>) => {
  const it = set.values();
  let seen = 0;
  return () => {
    const out: string[] = [];
    for (; seen < set.size; seen++) out.push(it.next().value as string);
    return out;
  };
};
const newReportable = newValues(ctx.reportable);
newReportable();
const newRendered = newValues(ctx.rendered);
let counted = { statements: 0, judged: 0 };

parentPort!.on('message', (m: WorkerMessage) => {
  if (m === 'end') {
    parentPort!.close();
    return;
  }
  if ('readsLeft' in m) {
    ctx.readsLeft = new Map(m.readsLeft);
    return;
  }
  void (async () => {
    // Tests only: a worker that dies on a given unit, as one out of memory on a hostile file would,
    // a moment after taking it (so that the other worker may already be waiting for the end).
    const crashOn = process.env.POLICYLINT_TEST_WORKER_CRASH;
    if (crashOn && (m.unit.kind === 'json' ? m.unit.path : m.unit.dir).endsWith(crashOn)) {
      setTimeout(() => process.exit(70), 300);
      return;
    }
    await lintUnit(ctx, m.unit);
    const answer: UnitAnswer = {
      index: m.index,
      findings: ctx.findings.splice(0),
      suppressions: ctx.suppressions.splice(0),
      info: ctx.info.splice(0),
      internalErrors: ctx.internalErrors.splice(0),
      reportable: newReportable(),
      rendered: newRendered(),
      deferredPolicyFiles: ctx.deferredPolicyFiles.splice(0),
      coverage: { statements: ctx.coverage.statements - counted.statements, judged: ctx.coverage.judged - counted.judged },
    };
    counted = { ...ctx.coverage };
    parentPort!.postMessage(answer);
  })();
});
