// The entry of dist/policylint-<hash>.cjs, the script that holds all of policylint's code, loaded by
// cli/load.ts: the command, and what a worker thread runs (engine/workers.ts).
export { runCli } from './bin.js';
export { runWorker } from './worker.js';
