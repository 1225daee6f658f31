var __policylintUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";

// src/cli/load.ts
var import_node_fs = require("node:fs");
var import_node_module = require("node:module");
var import_node_path = require("node:path");
var import_node_url = require("node:url");

// src/cli/args.ts
var { parseArgs } = process.getBuiltinModule("node:util");

// src/cli/load.ts
var vm = process.getBuiltinModule("node:vm");
var script = (0, import_node_url.fileURLToPath)(new URL(`./${"policylint-1c78ca3579.cjs"}`, __policylintUrl));
var jsonScript = (0, import_node_url.fileURLToPath)(new URL(`./${"policylint-json-bfe559e754.cjs"}`, __policylintUrl));
var budgetFlag = Number(process.versions.v8.split(".")[0]) < 12;
var DAY_MS = 24 * 3600 * 1e3;
var STALE_MS = 30 * DAY_MS;
function loadForWorker() {
  return run(script, fromSource(script));
}
function fromSource(file) {
  return new vm.Script((0, import_node_fs.readFileSync)(file, "utf8"), { filename: file });
}
function run(file, compiled) {
  const mod = { exports: {} };
  compiled.runInThisContext().call(mod.exports, mod.exports, (0, import_node_module.createRequire)(file), mod, file, (0, import_node_path.dirname)(file));
  return mod.exports;
}
var MARK_MS = 3600 * 1e3;
var FEW_BYTES = 2 * 1024 * 1024;

// src/cli/worker-entry.ts
loadForWorker().runWorker();
