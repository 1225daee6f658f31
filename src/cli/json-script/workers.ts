// In the JSON-only script, for engine/workers.ts: a run large enough for worker threads is not
// one whose start-up matters, and the workers run the whole script anyway (dist/worker.cjs).
import type * as real from '../../engine/workers.js';
import { leftOut } from './stand-ins.js';

const workers = leftOut('worker threads');
export const spawnWorkers: typeof real.spawnWorkers = workers;
export const stopWorkers: typeof real.stopWorkers = workers;
export const lintInWorkers: typeof real.lintInWorkers = workers;

// Every function the real module has, or the compiler says which is missing.
void ({ spawnWorkers, stopWorkers, lintInWorkers } satisfies Record<keyof typeof real, unknown>);
