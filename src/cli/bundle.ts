// The entry of dist/policylint-<hash>.cjs, the one script that holds policylint's code, loaded by
// cli/load.ts: the command, and what a worker thread runs (engine/workers.ts).
export { runCli } from './bin.js';
export { runWorker } from './worker.js';
