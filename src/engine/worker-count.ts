import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LintOptions } from './options.js';

// Apart from the workers themselves (workers.ts), which a run of fewer files never loads.

/** Above this many files, and with more than one core, units are spread over worker threads. */
const WORKER_THRESHOLD = 300;

/**
 * How many worker threads to start beside the main thread, which lints units too: one per core
 * but the main thread's, up to four threads in all. `POLICYLINT_WORKERS` decides when set: that
 * many workers, and the main thread (0 = none, the main thread alone). The main thread takes
 * units rather than one more worker because a worker costs its own start-up (modules, iam-data,
 * the grammar: ~0.3 s of CPU) and its own warm-up; on two cores, the main thread and one worker
 * did the real-world evaluation folder with 6% less CPU than two workers, in the same time, and
 * the generated corpus in 0.93x the time (issue 16).
 */
export function workerCount(files: number, opts: LintOptions): number {
  if (opts.stdin || opts.overlays || opts.parseCache || opts.analyzer || opts.collectPolicies) return 0;
  if (!existsSync(workerFile())) return 0;
  const forced = process.env.POLICYLINT_WORKERS;
  if (forced !== undefined && forced !== '') return Math.max(0, Math.min(16, Number(forced) || 0));
  if (files < WORKER_THRESHOLD) return 0;
  // Not imported: node:os would cost every run's start-up (issue 16), and only large runs get here.
  const cores = process.getBuiltinModule('node:os').availableParallelism();
  return cores > 1 ? Math.min(cores, 4) - 1 : 0;
}

export function workerFile(): string {
  return fileURLToPath(new URL('./worker.cjs', import.meta.url));
}
