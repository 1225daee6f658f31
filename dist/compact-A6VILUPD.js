import {
  escapeControl
} from "./chunk-DB36CBFI.js";

// src/format/compact.ts
import { resolve } from "node:path";
var LEVEL = { error: "Error", warning: "Warning", note: "Info" };
function formatCompact(findings, cwd) {
  const lines = findings.filter((f) => !f.suppressed).map(
    (f) => `${escapeControl(resolve(cwd, f.file))}: line ${f.line}, col ${f.column}, ${LEVEL[f.severity]} - ${escapeControl(f.message.replace(/[ \t\n]+/g, " "))} (${escapeControl(f.ruleId)})`
  );
  return lines.length ? lines.join("\n") + "\n" : "";
}
export {
  formatCompact
};
