import {
  RunContext,
  UnitRecorder
} from "./chunk-V7T4W66J.js";
import "./chunk-GFT7FK3D.js";
import "./chunk-IKHQYRCF.js";
import "./chunk-XBJQR4S2.js";
import {
  rulesByIds
} from "./chunk-6WM2UGMR.js";
import "./chunk-7KMSOTNL.js";
import "./chunk-U5J2JU7Q.js";
import "./chunk-XZ32KR2X.js";
import {
  loadParser
} from "./chunk-3GXURZLZ.js";
import "./chunk-MPQXCWKJ.js";
import "./chunk-CLV62ZXN.js";

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
