import {
  RunContext,
  lintJsonUnit,
  lintModuleUnit
} from "./chunk-EGXHLDDH.js";
import "./chunk-5JDC4B7H.js";
import "./chunk-YPM46VGU.js";
import {
  rulesByIds
} from "./chunk-BAT53Z4P.js";
import "./chunk-XJ4INLGQ.js";
import "./chunk-SDJTNLPZ.js";
import "./chunk-O7J3NPBX.js";
import "./chunk-OD7FY373.js";
import "./chunk-BRE262KC.js";
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
  reportable: [...ctx.reportable]
});
