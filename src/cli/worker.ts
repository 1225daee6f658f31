import { parentPort, workerData } from 'node:worker_threads';
import { rulesByIds } from '../../rules/index.js';
import { RunContext } from '../engine/run-context.js';
import { lintUnit } from '../engine/unit.js';
import type { WorkerTask } from '../engine/workers.js';

/** Lints the units it is given, exactly as the main thread would, and sends back what it found. */
const task = workerData as WorkerTask;
const ctx = new RunContext({ ...task.opts, rules: rulesByIds(task.ruleIds), severities: new Map(task.severities) }, new Set(task.requested), new Map());
for (const [path, parsed] of task.preparsed) ctx.preparsed.set(path, parsed);
ctx.readsLeft = new Map(task.readsLeft);
for (const unit of task.units) await lintUnit(ctx, unit);
parentPort!.postMessage({
  findings: ctx.findings,
  suppressions: ctx.suppressions,
  info: ctx.info,
  internalErrors: ctx.internalErrors,
  reportable: [...ctx.reportable],
  coverage: ctx.coverage,
  rendered: [...ctx.rendered],
  deferredPolicyFiles: ctx.deferredPolicyFiles,
});
