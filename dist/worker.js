// src/cli/load.ts
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

// src/cli/args.ts
var { parseArgs } = process.getBuiltinModule("node:util");

// src/cli/load.ts
var v8 = process.getBuiltinModule("node:v8");
var vm = process.getBuiltinModule("node:vm");
var script = fileURLToPath(new URL(`./${"policylint-5BUAEVHC.cjs"}`, import.meta.url));
var budgetFlag = Number(process.versions.v8.split(".")[0]) < 12;
var DAY_MS = 24 * 3600 * 1e3;
var STALE_MS = 30 * DAY_MS;
function loadForWorker() {
  return createRequire(import.meta.url)(script);
}

// src/cli/worker-entry.ts
loadForWorker().runWorker();
