import {
  RunContext,
  lintUnit
} from "./chunk-ZUUSDYOE.js";
import "./chunk-GM4MKAWH.js";
import "./chunk-65EAIF3L.js";
import "./chunk-XPXCLLOS.js";
import "./chunk-URN6M6N7.js";
import "./chunk-XBJQR4S2.js";
import {
  rulesByIds
} from "./chunk-5QPFRFQQ.js";
import "./chunk-ILESBZFY.js";
import "./chunk-U5J2JU7Q.js";
import "./chunk-XZ32KR2X.js";
import "./chunk-MPQXCWKJ.js";

// src/cli/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var task = workerData;
var ctx = new RunContext({ ...task.opts, rules: rulesByIds(task.ruleIds), severities: new Map(task.severities) }, new Set(task.requested), /* @__PURE__ */ new Map());
for (const [path, parsed] of task.preparsed) ctx.preparsed.set(path, parsed);
ctx.readsLeft = new Map(task.readsLeft);
var newValues = (set) => {
  const it = set.values();
  let seen = 0;
  return () => {
    const out = [];
    for (; seen < set.size; seen++) out.push(it.next().value);
    return out;
  };
};
var newReportable = newValues(ctx.reportable);
newReportable();
var newRendered = newValues(ctx.rendered);
for (const [index, unit] of task.units.entries()) {
  await lintUnit(ctx, unit);
  const answer = {
    index,
    findings: ctx.findings.splice(0),
    suppressions: ctx.suppressions.splice(0),
    info: ctx.info.splice(0),
    internalErrors: ctx.internalErrors.splice(0),
    reportable: newReportable(),
    rendered: newRendered(),
    deferredPolicyFiles: ctx.deferredPolicyFiles.splice(0),
    coverage: { ...ctx.coverage }
  };
  parentPort.postMessage(answer);
}
parentPort.postMessage("done");
