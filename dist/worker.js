import {
  RunContext,
  lintUnit
} from "./chunk-AXOW63RP.js";
import "./chunk-GFT7FK3D.js";
import "./chunk-BHPM5OYH.js";
import "./chunk-XBJQR4S2.js";
import {
  rulesByIds
} from "./chunk-Y7LS52ZG.js";
import "./chunk-7KMSOTNL.js";
import "./chunk-U5J2JU7Q.js";
import "./chunk-XZ32KR2X.js";
import {
  loadParser
} from "./chunk-FVUPUBVR.js";
import "./chunk-MPQXCWKJ.js";
import "./chunk-CLV62ZXN.js";

// src/cli/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var task = workerData;
var ctx = new RunContext({ ...task.opts, rules: rulesByIds(task.ruleIds), severities: new Map(task.severities) }, new Set(task.requested), /* @__PURE__ */ new Map());
void loadParser(false);
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
var counted = { statements: 0, judged: 0 };
parentPort.on("message", (m) => {
  if (m === "end") {
    parentPort.close();
    return;
  }
  if ("readsLeft" in m) {
    ctx.readsLeft = new Map(m.readsLeft);
    return;
  }
  void (async () => {
    const crashOn = process.env.POLICYLINT_TEST_WORKER_CRASH;
    if (crashOn && (m.unit.kind === "json" ? m.unit.path : m.unit.dir).endsWith(crashOn)) {
      setTimeout(() => process.exit(70), 300);
      return;
    }
    await lintUnit(ctx, m.unit);
    const answer = {
      index: m.index,
      findings: ctx.findings.splice(0),
      suppressions: ctx.suppressions.splice(0),
      info: ctx.info.splice(0),
      internalErrors: ctx.internalErrors.splice(0),
      reportable: newReportable(),
      rendered: newRendered(),
      deferredPolicyFiles: ctx.deferredPolicyFiles.splice(0),
      coverage: { statements: ctx.coverage.statements - counted.statements, judged: ctx.coverage.judged - counted.judged }
    };
    counted = { ...ctx.coverage };
    parentPort.postMessage(answer);
  })();
});
