import {
  parentPath
} from "./chunk-U5J2JU7Q.js";
import {
  positionAt
} from "./chunk-Y7NYNGOL.js";

// src/model/locate.ts
import { dirname, relative, sep } from "node:path";

// src/model/fingerprint.ts
function fingerprint(text) {
  return hash53(text, 2654435769).toString(16).padStart(14, "0") + hash53(text, 2246822507).toString(16).padStart(14, "0");
}
function hash53(text, seed) {
  let h1 = 3735928559 ^ seed;
  let h2 = 1103547991 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ h1 >>> 16, 2246822507) ^ Math.imul(h2 ^ h2 >>> 13, 3266489909);
  h2 = Math.imul(h2 ^ h2 >>> 16, 2246822507) ^ Math.imul(h1 ^ h1 >>> 13, 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

// src/model/locate.ts
function originOf(r) {
  if (r.origin) return r.origin;
  if (!r.policy) return void 0;
  const config = r.policy.policy.configuration;
  if (config) return nearest(config.sourceMap, r.path) ?? config.resource;
  return nearest(r.policy.sourceMap, r.path) ?? r.policy.policy.origin;
}
function nearest(map, path) {
  for (let p = path ?? ""; p !== void 0; p = p ? parentPath(p) ?? "" : void 0) {
    const o = map.get(p);
    if (o) return o;
    if (p === "") break;
  }
  return void 0;
}
function displayPath(root, file) {
  let byFile = displayPaths.get(root);
  if (!byFile) displayPaths.set(root, byFile = /* @__PURE__ */ new Map());
  let shown = byFile.get(file);
  if (shown === void 0) {
    const rel = relative(root, file);
    shown = (rel.startsWith("..") ? file : rel).split(sep).join("/");
    if (byFile.size >= 5e4) byFile.clear();
    byFile.set(file, shown);
  }
  return shown;
}
var displayPaths = /* @__PURE__ */ new Map();
function locate(origin, loc) {
  const src = loc.source(origin.file);
  const start = src ? positionAt(src, origin.range.start) : { line: 1, column: 1 };
  const end = src ? positionAt(src, Math.max(origin.range.start, origin.range.end)) : start;
  return { file: displayPath(loc.root, origin.file), line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
function isDownloaded(file) {
  return file.split(/[\\/]/).includes(".terraform");
}
function reportedAt(r) {
  const origin = originOf(r);
  if (!origin || !isDownloaded(origin.file)) return origin && { origin };
  const p = r.policy?.policy;
  const user = [p?.calledAt, p?.usedAt].find((o) => o && !isDownloaded(o.file));
  return user ? { origin: user, inModule: origin } : { origin };
}
function toFinding(meta, r, loc) {
  const at = reportedAt(r);
  if (!at) return void 0;
  const origin = at.origin;
  const where = locate(origin, loc);
  const address = r.policy?.policy.address;
  const print = fingerprint(identity(meta.id, r, origin, address ?? where.file, loc.root).join("\0"));
  const finding = {
    ruleId: meta.id,
    ...r.checkId ? { checkId: r.checkId } : {},
    severity: r.severity ?? meta.severity,
    message: withContext(r),
    ...where,
    suppressed: false,
    fingerprint: print,
    absFile: origin.file,
    offset: origin.range.start
  };
  if (r.witness) finding.witness = r.witness;
  if (address) finding.address = address;
  if (r.path) finding.jsonPath = r.path;
  if (r.policy?.policy.modulePath?.length) finding.modulePath = r.policy.policy.modulePath;
  const related = [...at.inModule ? [{ origin: at.inModule, message: "written here, in the downloaded module" }] : [], ...r.related ?? []];
  const usedAt = r.policy?.policy.usedAt;
  if (usedAt && usedAt.file !== origin.file && !isDownloaded(usedAt.file)) related.push({ origin: usedAt, message: `policy of ${address} set here` });
  const node = r.path !== void 0 ? findVia(r) : void 0;
  for (const v of node ?? []) related.push({ origin: v, message: "value written here" });
  const seen = /* @__PURE__ */ new Set();
  const unique = related.filter((x) => {
    const k = `${x.origin.file}:${x.origin.range.start}:${x.origin.range.end}`;
    if (seen.has(k) || x.origin.file === origin.file && x.origin.range.start === origin.range.start) return false;
    seen.add(k);
    return true;
  });
  if (unique.length) finding.relatedLocations = unique.map((x) => ({ ...locate(x.origin, loc), message: x.message }));
  return detached(finding);
}
function detached(f) {
  f.message = own(f.message);
  if (f.absFile) f.absFile = ownPath(f.absFile);
  if (f.witness) f.witness = own(f.witness);
  if (f.address) f.address = own(f.address);
  if (f.jsonPath) f.jsonPath = own(f.jsonPath);
  if (f.modulePath) f.modulePath = f.modulePath.map(own);
  if (f.relatedLocations) for (const r of f.relatedLocations) r.message = own(r.message);
  return f;
}
function own(s) {
  return s.length < 16 ? s : JSON.parse(JSON.stringify(s));
}
function ownPath(file) {
  let copy = ownedPaths.get(file);
  if (copy === void 0) {
    if (ownedPaths.size >= 5e4) ownedPaths.clear();
    ownedPaths.set(file, copy = own(file));
  }
  return copy;
}
var ownedPaths = /* @__PURE__ */ new Map();
function withContext(r) {
  const goesTo = r.policy?.policy.goesTo;
  const modulePath = r.policy?.policy.modulePath;
  let message = goesTo ? `${r.message} (the policy is ${goesTo})` : r.message;
  if (modulePath?.length) message += ` (in ${modulePath.join(" > ")})`;
  return message;
}
function identity(ruleId, r, origin, address, root) {
  const policyFile = r.policy?.policy.usedAt?.file ?? r.policy?.policy.origin.file ?? origin.file;
  const folder = displayPath(root, dirname(policyFile));
  const m = r.path ? /^Statement\[(\d+)\]/.exec(r.path) : null;
  const st = m ? r.policy?.statements[Number(m[1])] : void 0;
  const statement = st ? st.sid ? `Sid=${st.sid}` : `content=${contentHash(st.node)}` : "";
  const inside = (m ? r.path.slice(m[0].length) : r.path ?? "").replace(/\[\d+\]/g, "[]");
  return [ruleId, r.checkId ?? "", folder, address, statement, inside, r.key ?? r.message];
}
function contentHash(node) {
  let h = contentHashes.get(node);
  if (h === void 0) {
    h = fingerprint(canonical(node));
    contentHashes.set(node, h);
  }
  return h;
}
var contentHashes = /* @__PURE__ */ new WeakMap();
function canonical(v) {
  switch (v.kind) {
    case "list":
      return `[${v.items.map(canonical).sort().join(",")}]`;
    case "object": {
      const last = /* @__PURE__ */ new Map();
      for (const e of v.entries) last.set(e.key, e.value);
      return `{${[...last].map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).sort().join(",")}}`;
    }
    case "null":
      return "null";
    case "unknown":
      return JSON.stringify(v.text);
    default:
      return JSON.stringify(v.value) ?? "null";
  }
}
function findVia(r) {
  return r.policy && r.path !== void 0 ? r.policy.viaMap?.get(r.path) : void 0;
}

export {
  fingerprint,
  originOf,
  displayPath,
  locate,
  toFinding
};
