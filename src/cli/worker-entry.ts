import { loadForWorker } from './load.js';

// dist/worker.cjs, the file a worker thread starts (engine/worker-count.ts): the same script as the
// command's, running cli/worker.ts.
loadForWorker().runWorker();
