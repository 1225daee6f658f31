// src/engine/worker-count.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
var WORKER_THRESHOLD = 300;
function workerCount(files, opts) {
  if (opts.stdin || opts.overlays || opts.parseCache || opts.analyzer || opts.collectPolicies) return 0;
  if (!existsSync(workerFile())) return 0;
  const forced = process.env.POLICYLINT_WORKERS;
  if (forced !== void 0 && forced !== "") return Math.max(0, Math.min(16, Number(forced) || 0));
  const cores = availableParallelism();
  return cores > 1 && files >= WORKER_THRESHOLD ? Math.min(cores, 4) - 1 : 0;
}
function workerFile() {
  return fileURLToPath(new URL("./worker.js", import.meta.url));
}

export {
  workerCount,
  workerFile
};
