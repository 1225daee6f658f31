import { rulesByIds } from '../../rules/index.js';
import { RunContext } from '../engine/run-context.js';
import { UnitRecorder } from '../engine/unit-answer.js';
import { loadParser } from '../parse/parser.js';
import type { WorkerMessage, WorkerTask } from '../engine/workers.js';

/** Lints the units the main thread hands it, one at a time, exactly as the main thread would,
 * and sends back what each one found as soon as it is done: nothing accumulates here, and a
 * worker that dies has lost only the units it held (issue 16: bounded memory with workers). */
export function runWorker(): void {
  // Not imported: this module is part of the command's script, whose every run would load
  // worker_threads (issue 16: start-up).
  const threads = process.getBuiltinModule('node:worker_threads');
  const parentPort = threads.parentPort;
  const task = threads.workerData as WorkerTask;
  const ctx = new RunContext({ ...task.opts, rules: rulesByIds(task.ruleIds), severities: new Map(task.severities) }, new Set(task.requested), new Map());
  // Compiling the grammar overlaps with the main thread's module-call scan, before the first unit.
  void loadParser(false);
  const recorder = new UnitRecorder(ctx);
  /** The main thread hands out the next unit before this one is done (engine/workers.ts), so that
   * this worker never waits for it while it is busy with a unit of its own: they queue here. */
  const queue: Array<Extract<WorkerMessage, { index: number }>> = [];
  let busy = false;

  async function work() {
    busy = true;
    for (let m; (m = queue.shift());) {
      // Tests only: a worker that dies on a given unit, as one out of memory on a hostile file would,
      // a moment after it comes to that unit (so that the other worker may already be waiting for
      // the end); the units queued behind it are lost with it.
      const crashOn = process.env.POLICYLINT_TEST_WORKER_CRASH;
      if (crashOn && (m.unit.kind === 'json' ? m.unit.path : m.unit.dir).endsWith(crashOn)) {
        setTimeout(() => process.exit(70), 300);
        return;
      }
      parentPort!.postMessage(await recorder.lint(m.index, m.unit));
    }
    busy = false;
  }

  parentPort!.on('message', (m: WorkerMessage) => {
    if (m === 'end') {
      parentPort!.close();
      return;
    }
    if ('readsLeft' in m) {
      ctx.readsLeft = new Map(m.readsLeft);
      return;
    }
    queue.push(m);
    if (!busy) void work();
  });
}
