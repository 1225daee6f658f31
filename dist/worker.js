import {
  RunContext,
  lintJsonUnit,
  lintModuleUnit
} from "./chunk-XNO2MQTU.js";
import "./chunk-YGB3JIDU.js";
import "./chunk-VSCWEEMA.js";
import {
  rulesByIds
} from "./chunk-ZZV5GTML.js";
import "./chunk-XJ4INLGQ.js";
import "./chunk-YNEVWCS2.js";
import "./chunk-3JI36CET.js";
import "./chunk-AOHGMMBA.js";
import "./chunk-5MVIL7ED.js";

// src/cli/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var task = workerData;
var ctx = new RunContext({ ...task.opts, rules: rulesByIds(task.ruleIds), severities: new Map(task.severities) }, new Set(task.requested), /* @__PURE__ */ new Map());
for (const unit of task.units) {
  if (unit.kind === "module") await lintModuleUnit(ctx, unit.dir, new Set(unit.files));
  else await lintJsonUnit(ctx, unit.path);
}
parentPort.postMessage({
  findings: ctx.findings,
  suppressions: ctx.suppressions,
  info: ctx.info,
  internalErrors: ctx.internalErrors,
  reportable: [...ctx.reportable],
  rendered: [...ctx.rendered],
  deferredPolicyFiles: ctx.deferredPolicyFiles
});
