import {
  escapeControl
} from "./chunk-DB36CBFI.js";

// src/format/compact.ts
import { resolve } from "node:path";
var LEVEL = { error: "Error", warning: "Warning", note: "Info" };
function* compactLines(findings, cwd) {
  for (const f of findings)
    if (!f.suppressed)
      yield `${escapeControl(resolve(cwd, f.file))}: line ${f.line}, col ${f.column}, ${LEVEL[f.severity]} - ${escapeControl(f.message.replace(/[ \t\n]+/g, " "))} (${escapeControl(f.ruleId)})
`;
}
function formatCompact(findings, cwd) {
  return [...compactLines(findings, cwd)].join("");
}
export {
  compactLines,
  formatCompact
};
