import {
  lintUnit
} from "./chunk-ZQ2FVNUG.js";

// src/engine/unit-answer.ts
var UnitRecorder = class {
  constructor(ctx) {
    this.ctx = ctx;
    this.newReportable = newValues(ctx.reportable);
    this.newReportable();
    this.newRendered = newValues(ctx.rendered);
  }
  ctx;
  newReportable;
  newRendered;
  counted = { statements: 0, judged: 0 };
  async lint(index, unit) {
    const ctx = this.ctx;
    await lintUnit(ctx, unit);
    const answer = {
      index,
      findings: ctx.findings.splice(0),
      suppressions: ctx.suppressions.splice(0),
      info: ctx.info.splice(0),
      internalErrors: ctx.internalErrors.splice(0),
      reportable: this.newReportable(),
      rendered: this.newRendered(),
      deferredPolicyFiles: ctx.deferredPolicyFiles.splice(0),
      coverage: { statements: ctx.coverage.statements - this.counted.statements, judged: ctx.coverage.judged - this.counted.judged }
    };
    this.counted = { ...ctx.coverage };
    return answer;
  }
};
function newValues(set) {
  const it = set.values();
  let seen = 0;
  return () => {
    const out = [];
    for (; seen < set.size; seen++) out.push(it.next().value);
    return out;
  };
}

export {
  UnitRecorder
};
