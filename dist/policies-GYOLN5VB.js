import {
  locate
} from "./chunk-INKYPUYQ.js";
import "./chunk-U5J2JU7Q.js";
import {
  toPlain
} from "./chunk-XZ32KR2X.js";
import {
  loadSource
} from "./chunk-Y7NYNGOL.js";

// src/format/policies.ts
function printPolicies(policies, root) {
  const sources = /* @__PURE__ */ new Map();
  const source = (f) => {
    if (!sources.has(f)) sources.set(f, loadSource(f));
    return sources.get(f);
  };
  const out = policies.map((p) => {
    const where = locate(p.origin, { root, source });
    return {
      file: where.file,
      line: where.line,
      column: where.column,
      address: p.address,
      ...p.attribute ? { attribute: p.attribute } : {},
      kind: p.kind,
      source: p.source,
      ...p.modulePath ? { modulePath: p.modulePath } : {},
      document: toPlain(p.document, true)
    };
  });
  return JSON.stringify({ policies: out }, null, 2) + "\n";
}
export {
  printPolicies
};
