import {
  RunContext,
  lintUnit
} from "./chunk-BBFUGXM7.js";
import "./chunk-SKD6NYFU.js";
import "./chunk-65EAIF3L.js";
import "./chunk-3AXRINGU.js";
import "./chunk-DBQZ7O5B.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-BVOGN6RT.js";
import {
  rulesByIds
} from "./chunk-QNNHSMUB.js";
import "./chunk-ILESBZFY.js";
import "./chunk-U5J2JU7Q.js";
import "./chunk-XZ32KR2X.js";
import "./chunk-MPQXCWKJ.js";

// src/cli/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var task = workerData;
var ctx = new RunContext({ ...task.opts, rules: rulesByIds(task.ruleIds), severities: new Map(task.severities) }, new Set(task.requested), /* @__PURE__ */ new Map());
for (const unit of task.units) await lintUnit(ctx, unit);
parentPort.postMessage({
  findings: ctx.findings,
  suppressions: ctx.suppressions,
  info: ctx.info,
  internalErrors: ctx.internalErrors,
  reportable: [...ctx.reportable],
  coverage: ctx.coverage,
  rendered: [...ctx.rendered],
  deferredPolicyFiles: ctx.deferredPolicyFiles
});
