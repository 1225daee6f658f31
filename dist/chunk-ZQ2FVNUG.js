import {
  guessKind,
  judge,
  originOf,
  toFinding
} from "./chunk-4T5MNSV4.js";
import {
  parseJson
} from "./chunk-XRNNRSWR.js";
import {
  HCL,
  loadSource,
  makeSource,
  minimatch,
  readSource,
  scanRoots
} from "./chunk-Y7NYNGOL.js";
import {
  POLICY_RESOURCES,
  getEntry,
  slotKind
} from "./chunk-KMQPKPIB.js";
import {
  loadParser
} from "./chunk-CMMA6BZU.js";

// src/engine/run-context.ts
var RunContext = class {
  constructor(opts, requested, overrides) {
    this.opts = opts;
    this.requested = requested;
    this.overrides = overrides;
    this.reportable = new Set(requested);
    this.enabledIds = new Set(opts.rules.map((r) => r.meta.id));
    this.roots = opts.roots ?? scanRoots(opts.stdin ? [opts.stdin.path] : opts.paths.length ? opts.paths : ["."], opts.cwd);
    const overlaid = /* @__PURE__ */ new Map();
    const overlay = (f) => {
      const text = overrides.get(f);
      if (text === void 0) return void 0;
      if (!overlaid.has(f)) overlaid.set(f, makeSource(f, text));
      return overlaid.get(f);
    };
    this.loc = { root: opts.root ?? opts.cwd, source: (f) => this.sources.get(f) ?? overlay(f) ?? loadSource(f, this.roots) };
  }
  opts;
  requested;
  overrides;
  findings = [];
  suppressions = [];
  notices = [];
  info = [];
  internalErrors = [];
  policies = [];
  /** Statements found, and those every rule could judge (no Unknown that matters): the judged share. */
  coverage = { statements: 0, judged: 0 };
  /** Kept for Access Analyzer, which runs once at the end. */
  analysable = [];
  /** Files whose findings are reported: those asked for, and modules they call. */
  reportable;
  /** Files a module of this run read through `file()` or `templatefile()`: judged there. */
  rendered = /* @__PURE__ */ new Set();
  /** Policy files (JSON, templates), judged on their own after the modules only when no module
   * read them: one a module reads is judged there, with its resource's kind and the call's
   * variables (issue 20), and the result never depends on which unit finished first. */
  deferredPolicyFiles = [];
  /** Texts of the unit at hand; dropped after each unit so memory follows the largest unit. */
  sources = /* @__PURE__ */ new Map();
  loc;
  /** Folder → the folders of this run it calls, as the module-call scan found them. */
  calls = /* @__PURE__ */ new Map();
  /** Bytes the module-call scan read, taken by the unit that reads the file (one read per file;
   * bounded: off the heap, but memory all the same). Not for workers, which read their own. */
  scanned = /* @__PURE__ */ new Map();
  /** Called modules' files, parsed once per run however many roots call them (issue 16). */
  parsedModules = new ParseCache(PARSE_CACHE_CHARS);
  /** Called folder → how many of this thread's units are still to read it (module-roots.ts). */
  readsLeft = /* @__PURE__ */ new Map();
  /** Folder → its names, listed once per run (engine/lint.ts); a worker lists its own. */
  listings = /* @__PURE__ */ new Map();
  /** Called before each file a unit parses: the main thread, when it lints beside workers, lets
   * their answers in there, so that they get their next units while it is busy (engine/workers.ts). */
  pause;
  /** Real paths of the folders this run may read (discover/confine.ts). */
  roots;
  enabledIds;
  /** Whether a rule is on: the registry's rules minus those turned off by config or `--rule`. */
  enabled(id) {
    return this.enabledIds.has(id);
  }
  parseError = (file, message, range = { start: 0, end: 0 }) => {
    if (!this.enabled("parse-error")) return;
    const f = toFinding(
      { id: "parse-error", severity: this.opts.severities?.get("parse-error") ?? "error" },
      { origin: { file, range }, message, key: message },
      this.loc
    );
    if (f) this.findings.push(f);
  };
  /** A report becomes a finding, unless the policy is set in a file nobody asked about (a
   * sibling of a lone file), even when its document lives in a JSON or template file. */
  report(meta, r) {
    const anchor = r.policy?.policy.calledAt?.file ?? r.policy?.policy.usedAt?.file ?? originOf(r)?.file;
    if (anchor && HCL.test(anchor) && !this.reportable.has(anchor)) return void 0;
    const severity = this.opts.severities?.get(meta.id);
    const f = toFinding(meta, severity ? { ...r, severity } : r, this.loc);
    if (f) this.findings.push(f);
    return f;
  }
  endUnit() {
    this.sources.clear();
  }
};
var PARSE_CACHE_CHARS = 4e6;
var ParseCache = class {
  constructor(capacity) {
    this.capacity = capacity;
  }
  capacity;
  entries = /* @__PURE__ */ new Map();
  chars = 0;
  get(path) {
    const hit = this.entries.get(path);
    if (!hit) return void 0;
    this.entries.delete(path);
    this.entries.set(path, hit);
    return hit;
  }
  delete(path) {
    const old = this.entries.get(path);
    if (old) this.chars -= old.src.text.length;
    this.entries.delete(path);
  }
  set(path, file) {
    if (file.src.text.length > this.capacity) return;
    const old = this.entries.get(path);
    if (old) this.chars -= old.src.text.length;
    this.entries.delete(path);
    this.entries.set(path, file);
    this.chars += file.src.text.length;
    for (const [p, f] of this.entries) {
      if (this.chars <= this.capacity) break;
      this.entries.delete(p);
      this.chars -= f.src.text.length;
    }
  }
};

// src/engine/json-unit.ts
import { relative, sep } from "node:path";

// src/resolve/template-text.ts
var IAM_VARIABLE = /^\$\{(?:[\w-]+:[\w./:-]+(?:\s*,\s*'[^']*')?|[*?$])\}/;
function isTemplateText(text) {
  const re = /(^|[^$%])([$%])\{/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index + m[1].length;
    if (m[2] === "%" || !IAM_VARIABLE.test(text.slice(at, at + 200))) return true;
  }
  return false;
}

// src/extract/json-files.ts
import { dirname, resolve } from "node:path";

// src/extract/json-string.ts
function decodeJsonStringLiteral(text, start) {
  const out = [];
  const offsets = [];
  let i = start + 1;
  while (i < text.length && text[i] !== '"') {
    if (text[i] === "\\") {
      const c = text[i + 1];
      let ch;
      let len = 2;
      if (c === "u") {
        ch = String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
        len = 6;
      } else ch = { n: "\n", t: "	", r: "\r", b: "\b", f: "\f" }[c] ?? c;
      out.push(ch);
      offsets.push(i);
      i += len;
    } else {
      out.push(text[i]);
      offsets.push(i);
      i++;
    }
  }
  offsets.push(i);
  return { text: out.join(""), offsets };
}

// src/extract/json-files.ts
function mayBePolicy(text) {
  return text.includes('"Statement"') || text.includes('"format_version"');
}
function extractJsonFile(src, kind) {
  const out = { policies: [], problems: [] };
  if (!mayBePolicy(src.text)) return out;
  const parsed = parseJson({ file: src.path, text: src.text });
  const looksLikePolicy = /"Statement"\s*:/.test(src.text);
  if (parsed.errors.length && !looksLikePolicy) return out;
  out.problems.push(...parsed.errors.map((e) => ({ ...e, file: src.path, duplicate: false })));
  if (!parsed.value) return out;
  const root = parsed.value;
  if (root.kind !== "object") return out;
  const problems = (list, duplicate) => list.map((p) => ({ ...p, file: src.path, duplicate }));
  if (getEntry(root, "format_version") && (getEntry(root, "planned_values") || getEntry(root, "resource_changes"))) {
    extractPlan(src, root, out);
    return out;
  }
  if (!getEntry(root, "Statement")) return out;
  out.problems.push(...problems(parsed.duplicates, true));
  out.policies.push({ origin: root.origin, address: src.path, kind: kind ?? guessKind(root), source: "json-file", document: root });
  return out;
}
function policyFromString(src, v, info, source, out) {
  if (v.kind !== "string" || !v.origin) return;
  const decoded = decodeJsonStringLiteral(src.text, v.origin.range.start);
  if (!decoded.text.trim().startsWith("{")) return;
  const masked = interpolations(decoded.text);
  const parsed = parseJson({ file: src.path, text: decoded.text, offsets: decoded.offsets, masked });
  for (const e of parsed.errors) out.problems.push({ ...e, file: src.path, duplicate: false });
  for (const d of parsed.duplicates) out.problems.push({ ...d, file: src.path, duplicate: true });
  if (parsed.value) out.policies.push({ ...info, origin: parsed.value.origin, source, document: parsed.value });
}
function interpolations(text) {
  const out = [];
  const re = /\$\{[^}]*\}/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, expr: m[0] });
  return out;
}
function extractPlan(src, root, out) {
  out.planModuleDirs = planModuleDirs(src, root);
  for (const rc of listOf(getEntry(root, "resource_changes")?.value)) {
    const type = str(rc, "type");
    const address = str(rc, "address");
    const change = rc.kind === "object" ? getEntry(rc, "change")?.value : void 0;
    const afterUnknown = change?.kind === "object" ? getEntry(change, "after_unknown")?.value : void 0;
    if (!type || !address || afterUnknown?.kind !== "object") continue;
    const after = change?.kind === "object" ? getEntry(change, "after")?.value : void 0;
    for (const slot of POLICY_RESOURCES[type] ?? []) {
      const flag = getEntry(afterUnknown, slot.attribute)?.value;
      if (flag?.kind !== "bool" || !flag.value) continue;
      const kind = planKind(slot, after, afterUnknown);
      if (kind === void 0) continue;
      const origin = flag.origin;
      out.policies.push({
        origin,
        address,
        attribute: slot.attribute,
        kind: kind === "unknown" ? slot.kind : kind,
        resourceType: type,
        source: "plan",
        document: { kind: "unknown", text: "(known after apply)", origin }
      });
    }
  }
  const planned = getEntry(root, "planned_values")?.value;
  const rootModule = planned?.kind === "object" ? getEntry(planned, "root_module")?.value : void 0;
  const stack = rootModule ? [rootModule] : [];
  while (stack.length) {
    const mod = stack.pop();
    if (mod.kind !== "object") continue;
    const children = getEntry(mod, "child_modules")?.value;
    if (children?.kind === "list") stack.push(...children.items);
    const resources = getEntry(mod, "resources")?.value;
    if (resources?.kind !== "list") continue;
    for (const r of resources.items) {
      if (r.kind !== "object") continue;
      const type = getEntry(r, "type")?.value;
      const address = getEntry(r, "address")?.value;
      const values = getEntry(r, "values")?.value;
      if (type?.kind !== "string" || address?.kind !== "string" || values?.kind !== "object") continue;
      for (const slot of POLICY_RESOURCES[type.value] ?? []) {
        const v = getEntry(values, slot.attribute)?.value;
        const kind = planKind(slot, values, void 0);
        if (kind === void 0) continue;
        const info = { address: address.value, attribute: slot.attribute, kind: kind === "unknown" ? slot.kind : kind, resourceType: type.value };
        if (v) policyFromString(src, v, info, "plan", out);
      }
    }
  }
}
function planKind(slot, values, afterUnknown) {
  if (!slot.kindFrom) return slot.kind;
  const by = slot.kindFrom.attribute;
  const flag = afterUnknown?.kind === "object" ? getEntry(afterUnknown, by)?.value : void 0;
  if (flag?.kind === "bool" && flag.value) return slotKind(slot, "unknown");
  return slotKind(slot, str(values ?? { kind: "null" }, by));
}
function listOf(v) {
  return v?.kind === "list" ? v.items : [];
}
function str(v, key) {
  const e = v.kind === "object" ? getEntry(v, key)?.value : void 0;
  return e?.kind === "string" ? e.value : void 0;
}
function planModuleDirs(src, root) {
  const out = /* @__PURE__ */ new Map();
  const config = getEntry(root, "configuration")?.value;
  const rootModule = config?.kind === "object" ? getEntry(config, "root_module")?.value : void 0;
  const walk = (mod, address, dir) => {
    out.set(address, dir);
    const calls = mod?.kind === "object" ? getEntry(mod, "module_calls")?.value : void 0;
    if (calls?.kind !== "object") return;
    for (const call of calls.entries) {
      const source = str(call.value, "source");
      if (!source || !/^\.\.?\//.test(source)) continue;
      const inner = call.value.kind === "object" ? getEntry(call.value, "module")?.value : void 0;
      walk(inner, address ? `${address}.module.${call.key}` : `module.${call.key}`, resolve(dir, source));
    }
  };
  if (rootModule) walk(rootModule, "", dirname(src.path));
  return out;
}

// src/engine/json-unit.ts
async function lintJsonUnit(ctx, path, deferred = false) {
  if (!deferred && !ctx.overrides.has(path)) {
    ctx.deferredPolicyFiles.push(path);
    ctx.endUnit();
    return;
  }
  const src = readSource(path, ctx.parseError, ctx.overrides);
  if (!src) return;
  ctx.sources.set(path, src);
  const policy = /"Statement"/.test(src.text);
  if (!deferred && policy) {
    ctx.deferredPolicyFiles.push(path);
    ctx.endUnit();
    return;
  }
  if (policy && isTemplateText(src.text)) {
    await loadParser(true);
    const { extractTemplateFile } = await import("./module-path-HIE3CDF7.js");
    await judge(ctx, [{ ex: extractTemplateFile(src, configuredKind(ctx, path)) }]);
    return;
  }
  const ex = extractJsonFile(src, configuredKind(ctx, path));
  if (ex.planModuleDirs) {
    const { configurationOf } = await import("./module-path-HIE3CDF7.js");
    const parsed = /* @__PURE__ */ new Map();
    for (const p of ex.policies) {
      const target = await configurationOf(ctx, p, ex.planModuleDirs, parsed);
      if (!target) continue;
      p.configuration = target;
      ctx.reportable.add(target.resource.file);
    }
  }
  await judge(ctx, [{ ex }]);
}
function configuredKind(ctx, path) {
  const rel = relative(ctx.opts.configDir ?? ctx.opts.cwd, path).split(sep).join("/");
  return ctx.opts.policyKinds?.find((k) => minimatch(rel, k.files, { dot: true }))?.kind;
}

// src/engine/lint-unit.ts
var terraform;
var modulePath = () => terraform ??= import("./module-path-HIE3CDF7.js").catch((e) => {
  terraform = void 0;
  throw e;
});
async function lintUnit(ctx, unit) {
  try {
    if (unit.kind === "module") await (await modulePath()).lintModuleUnit(ctx, unit.dir, new Set(unit.files));
    else await lintJsonUnit(ctx, unit.path, unit.deferred);
  } catch (e) {
    const file = unit.kind === "module" ? [...unit.files].sort()[0] : unit.path;
    const why = e instanceof RangeError ? "it is nested or repeated beyond what policylint evaluates" : e.message;
    ctx.parseError(
      file,
      `policylint could not finish analysing ${unit.kind === "module" ? "this folder" : "this file"} (${why}); its findings may be incomplete`
    );
    if (process.env.POLICYLINT_DEBUG) ctx.internalErrors.push(e.stack ?? String(e));
  } finally {
    ctx.endUnit();
  }
}

export {
  RunContext,
  lintUnit
};
