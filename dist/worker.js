import {
  RunContext,
  lintJsonUnit,
  lintModuleUnit
} from "./chunk-XUIIEU6A.js";
import "./chunk-5JDC4B7H.js";
import "./chunk-4Z5IODVH.js";
import "./chunk-GUFF7QCS.js";
import {
  RULES
} from "./chunk-4ZS3GV3F.js";
import "./chunk-XJ4INLGQ.js";
import "./chunk-2LR7VX3D.js";
import "./chunk-4Z7MO2RJ.js";
import "./chunk-I5QSRJC5.js";

// src/engine/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var task = workerData;
var ctx = new RunContext({ ...task.opts, rules: RULES, severities: new Map(task.severities) }, new Set(task.requested), /* @__PURE__ */ new Map());
for (const unit of task.units) {
  if (unit.kind === "module") await lintModuleUnit(ctx, unit.dir, new Set(unit.files));
  else await lintJsonUnit(ctx, unit.path);
}
parentPort.postMessage({
  findings: ctx.findings,
  suppressions: ctx.suppressions,
  info: ctx.info,
  internalErrors: ctx.internalErrors,
  reportable: [...ctx.reportable]
});
