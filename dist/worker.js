import {
  rulesByIds
} from "./chunk-BD6VZAOR.js";
import "./chunk-ILESBZFY.js";
import "./chunk-W3TADBF4.js";
import {
  UnitRecorder
} from "./chunk-5WKV3ASS.js";
import {
  RunContext
} from "./chunk-ZQ2FVNUG.js";
import "./chunk-4T5MNSV4.js";
import "./chunk-XRNNRSWR.js";
import "./chunk-Y7NYNGOL.js";
import "./chunk-KMQPKPIB.js";
import {
  loadParser
} from "./chunk-CMMA6BZU.js";

// src/cli/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var task = workerData;
var ctx = new RunContext({ ...task.opts, rules: rulesByIds(task.ruleIds), severities: new Map(task.severities) }, new Set(task.requested), /* @__PURE__ */ new Map());
void loadParser(false);
var recorder = new UnitRecorder(ctx);
var queue = [];
var busy = false;
async function work() {
  busy = true;
  for (let m; m = queue.shift(); ) {
    const crashOn = process.env.POLICYLINT_TEST_WORKER_CRASH;
    if (crashOn && (m.unit.kind === "json" ? m.unit.path : m.unit.dir).endsWith(crashOn)) {
      setTimeout(() => process.exit(70), 300);
      return;
    }
    parentPort.postMessage(await recorder.lint(m.index, m.unit));
  }
  busy = false;
}
parentPort.on("message", (m) => {
  if (m === "end") {
    parentPort.close();
    return;
  }
  if ("readsLeft" in m) {
    ctx.readsLeft = new Map(m.readsLeft);
    return;
  }
  queue.push(m);
  if (!busy) void work();
});
