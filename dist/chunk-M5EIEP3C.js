import {
  minimatch
} from "./chunk-BVOGN6RT.js";

// src/discover/walk.ts
import { lstat, readdir, readFile, realpath, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set([".terraform", "node_modules", ".git"]);
function isLintable(path) {
  return /\.(tf|tofu|tf\.json|json|tpl|tftpl)$/.test(path);
}
async function discover(paths, cwd) {
  const out = { files: [], notices: [] };
  const seenDirs = /* @__PURE__ */ new Set();
  const seenFiles = /* @__PURE__ */ new Set();
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let st;
    try {
      st = await stat(abs);
    } catch {
      out.notices.push({ path: p, message: "no such file or directory" });
      continue;
    }
    if (st.isDirectory()) await walk(abs, abs, await parentIgnores(abs), out, seenDirs, seenFiles);
    else if (!isLintable(abs))
      out.notices.push({
        path: p,
        message: st.isFile() ? "not a file type policylint reads (.tf, .tofu, .tf.json, .json); not linted" : "not a regular file (a device, FIFO or socket); not linted"
      });
    else if (!seenFiles.has(abs)) {
      seenFiles.add(abs);
      out.files.push(abs);
    }
  }
  return out;
}
async function parentIgnores(dir) {
  const chain = [];
  let cur = dir;
  for (let i = 0; i < 50; i++) {
    chain.unshift(cur);
    if (await exists(join(cur, ".git"))) break;
    const up = resolve(cur, "..");
    if (up === cur) return [];
    cur = up;
  }
  const rules = [];
  for (const d of chain.slice(0, -1)) rules.push(...await readIgnore(d));
  return rules;
}
async function exists(p) {
  try {
    await lstat(p);
    return true;
  } catch {
    return false;
  }
}
async function readIgnore(dir) {
  let text;
  try {
    text = await readFile(join(dir, ".gitignore"), "utf8");
  } catch {
    return [];
  }
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith("#")).map((l) => {
    const negate = l.startsWith("!");
    let pattern = negate ? l.slice(1) : l;
    const dirOnly = pattern.endsWith("/");
    if (dirOnly) pattern = pattern.slice(0, -1);
    if (!pattern.includes("/")) pattern = `**/${pattern}`;
    else pattern = pattern.replace(/^\//, "");
    return { base: dir, pattern, negate, dirOnly };
  });
}
function ignored(abs, isDir, rules) {
  let result = false;
  for (const r of rules) {
    if (r.dirOnly && !isDir) continue;
    const rel = relative(r.base, abs).split(sep).join("/");
    if (rel.startsWith("..")) continue;
    if (minimatch(rel, r.pattern, { dot: true })) result = !r.negate;
  }
  return result;
}
async function walk(root, dir, rules, out, seenDirs, seenFiles) {
  let real;
  try {
    real = await realpath(dir);
  } catch (e) {
    out.notices.push({ path: dir, message: e.message });
    return;
  }
  if (seenDirs.has(real)) return;
  seenDirs.add(real);
  const here = [...rules, ...await readIgnore(dir)];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    out.notices.push({ path: dir, message: `cannot read folder: ${e.code ?? e.message}` });
    return;
  }
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const e of entries) {
    const abs = join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      const target = await realpath(abs).catch(() => void 0);
      const rootReal = await realpath(root);
      if (!target || !(target === rootReal || target.startsWith(rootReal + sep))) continue;
      const st = await stat(target).catch(() => void 0);
      isDir = !!st?.isDirectory();
      isFile = !!st?.isFile();
    }
    if (isDir) {
      if (SKIP_DIRS.has(e.name) || ignored(abs, true, here)) continue;
      await walk(root, abs, here, out, seenDirs, seenFiles);
    } else if (isFile && isLintable(e.name) && !ignored(abs, false, here)) {
      const key = await realpath(abs).catch(() => abs);
      if (seenFiles.has(key)) continue;
      seenFiles.add(key);
      out.files.push(abs);
    }
  }
}

export {
  isLintable,
  discover
};
