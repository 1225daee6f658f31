import { parentPort, workerData } from 'node:worker_threads';
import { rulesByIds } from '../../rules/index.js';
import { RunContext } from '../engine/run-context.js';
import { lintUnit } from '../engine/unit.js';
import type { UnitAnswer, WorkerTask } from '../engine/workers.js';

/** Lints the units it is given, exactly as the main thread would, and sends back what each one
 * found as soon as it is done: nothing accumulates here, and a worker that dies later has lost
 * only the unit it was on (issue 16: bounded memory with workers). */
const task = workerData as WorkerTask;
const ctx = new RunContext({ ...task.opts, rules: rulesByIds(task.ruleIds), severities: new Map(task.severities) }, new Set(task.requested), new Map());
for (const [path, parsed] of task.preparsed) ctx.preparsed.set(path, parsed);
ctx.readsLeft = new Map(task.readsLeft);
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
for (const [index, unit] of task.units.entries()) {
  await lintUnit(ctx, unit);
  const answer: UnitAnswer = {
    index,
    findings: ctx.findings.splice(0),
    suppressions: ctx.suppressions.splice(0),
    info: ctx.info.splice(0),
    internalErrors: ctx.internalErrors.splice(0),
    reportable: newReportable(),
    rendered: newRendered(),
    deferredPolicyFiles: ctx.deferredPolicyFiles.splice(0),
    coverage: { ...ctx.coverage },
  };
  parentPort!.postMessage(answer);
}
parentPort!.postMessage('done');
