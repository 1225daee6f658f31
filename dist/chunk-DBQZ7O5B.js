import {
  OUTSIDE_MESSAGE,
  confine
} from "./chunk-XBJQR4S2.js";
import {
  minimatch
} from "./chunk-BVOGN6RT.js";

// src/discover/files.ts
import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";

// src/model/source.ts
function makeSource(path, raw) {
  const text = raw.charCodeAt(0) === 65279 ? raw.slice(1) : raw;
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 && text.charCodeAt(i + 1) !== 10) lineStarts.push(i + 1);
  }
  return { path, text, lineStarts };
}
function positionAt(src, offset) {
  const starts = src.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

// src/discover/files.ts
var HCL = /\.(tf|tofu|tf\.json)$/;
var MAX_FILE_BYTES = 16 * 1024 * 1024;
function readSource(path, parseError, overrides) {
  const override = overrides.get(path);
  if (override !== void 0) return makeSource(path, override);
  let buf;
  try {
    const st = statSync(path);
    if (!st.isFile()) {
      parseError(path, st.isDirectory() ? "is a folder, not a file" : "not a regular file");
      return void 0;
    }
    if (st.size > MAX_FILE_BYTES) {
      parseError(path, `file is ${Math.round(st.size / 1048576)} MB, over the ${MAX_FILE_BYTES / 1048576} MB policylint reads`);
      return void 0;
    }
    buf = readFileSync(path);
  } catch (e) {
    parseError(path, `cannot read file: ${e.code ?? e.message}`);
    return void 0;
  }
  if (buf.subarray(0, 8192).indexOf(0) >= 0) {
    parseError(path, "binary file (contains NUL bytes), not Terraform or JSON text");
    return void 0;
  }
  try {
    return makeSource(path, new TextDecoder("utf-8", { fatal: true }).decode(buf));
  } catch {
    parseError(path, "file is not valid UTF-8 text");
    return void 0;
  }
}
function loadSource(file, roots) {
  if (roots && !confine(file, roots).ok) return void 0;
  const text = readRegularFile(file);
  return typeof text === "string" ? makeSource(file, text) : void 0;
}
function siblings(dir) {
  try {
    return readdirSync(dir).filter((n) => HCL.test(n)).map((n) => join(dir, n));
  } catch {
    return [];
  }
}
function readModuleFile(dir, rel, cache, roots) {
  const abs = resolve(dir, rel);
  const r = relative(dir, abs);
  if (r.startsWith("..") || r.startsWith(sep)) return void 0;
  const where = confine(abs, roots);
  if (!where.ok) return where.reason === "outside" ? { refused: OUTSIDE_MESSAGE } : void 0;
  let src = cache.get(abs);
  if (!src) {
    src = loadSource(abs);
    if (src) cache.set(abs, src);
  }
  return src;
}
function filterByConfig(files, base, include, exclude) {
  if (!include?.length && !exclude?.length) return files;
  const rel = (f) => relative(base, f).split(sep).join("/");
  return files.filter((f) => {
    const r = rel(f);
    if (include?.length && !include.some((g) => minimatch(r, g, { dot: true }))) return false;
    return !exclude?.some((g) => minimatch(r, g, { dot: true }));
  });
}
function readRegularFile(path, what = "file") {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { error: `cannot read ${what}: ${e.code ?? e.message}` };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { error: `${what} is not a regular file (a FIFO, device or folder); not read` };
    if (st.size > MAX_FILE_BYTES) return { error: `${what} is ${Math.round(st.size / 1048576)} MB, over the ${MAX_FILE_BYTES / 1048576} MB policylint reads` };
    return readFileSync(fd, "utf8");
  } catch (e) {
    return { error: `cannot read ${what}: ${e.code ?? e.message}` };
  } finally {
    closeSync(fd);
  }
}

export {
  makeSource,
  positionAt,
  HCL,
  MAX_FILE_BYTES,
  readSource,
  loadSource,
  siblings,
  readModuleFile,
  filterByConfig,
  readRegularFile
};
