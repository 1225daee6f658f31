// src/discover/confine.ts
import { lstatSync, realpathSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
function repositoryRoot(dir) {
  for (let cur = resolve(dir); ; cur = dirname(cur)) {
    try {
      lstatSync(join(cur, ".git"));
      return cur;
    } catch {
    }
    if (dirname(cur) === cur) return void 0;
  }
}
function real(p) {
  try {
    return realpathSync(p);
  } catch {
    return void 0;
  }
}
function scanRoots(paths, cwd) {
  const roots = /* @__PURE__ */ new Set();
  for (const p of [...paths, "."]) {
    const abs = resolve(cwd, p);
    let dir = abs;
    try {
      if (!lstatSync(abs).isDirectory()) dir = dirname(abs);
    } catch {
      dir = dirname(abs);
    }
    const r = real(repositoryRoot(dir) ?? dir);
    if (r) roots.add(r);
  }
  return [...roots];
}
function confine(path, roots) {
  const r = real(path);
  if (!r) return { ok: false, reason: "missing" };
  return roots.some((root) => r === root || r.startsWith(root.endsWith(sep) ? root : root + sep)) ? { ok: true, real: r } : { ok: false, reason: "outside" };
}
var OUTSIDE_MESSAGE = "resolves (through a symlink) to a file outside the scanned folders; policylint does not read it";

export {
  repositoryRoot,
  scanRoots,
  confine,
  OUTSIDE_MESSAGE
};
