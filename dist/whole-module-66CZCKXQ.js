import {
  siblings
} from "./chunk-Y7NYNGOL.js";

// src/cli/whole-module.ts
import { dirname, resolve } from "node:path";
var MODULE_FILE = /\.(tf|tofu|tf\.json|tfvars|tfvars\.json)$/;
function expandToModules(paths, cwd) {
  const out = /* @__PURE__ */ new Set();
  for (const p of paths) {
    if (MODULE_FILE.test(p)) for (const f of siblings(dirname(resolve(cwd, p)))) out.add(f);
    if (!MODULE_FILE.test(p) || /\.(tf|tofu|tf\.json)$/.test(p)) out.add(resolve(cwd, p));
  }
  return [...out];
}
export {
  expandToModules
};
