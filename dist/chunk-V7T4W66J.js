import {
  displayPath,
  locate,
  originOf,
  toFinding
} from "./chunk-GFT7FK3D.js";
import {
  HCL,
  listDir,
  loadSource,
  minimatch,
  readModuleFile,
  readRegularFile,
  readSource,
  siblings
} from "./chunk-IKHQYRCF.js";
import {
  OUTSIDE_MESSAGE,
  confine,
  scanRoots
} from "./chunk-XBJQR4S2.js";
import {
  attr,
  blocksOf,
  buildIamGraph,
  buildModule,
  childExpressions,
  evaluate,
  gateInstances,
  instanceSuffix,
  isTemplateText,
  localSource,
  moduleInstances,
  moduleScope,
  policySize,
  readsInstance,
  renderPolicyDocument,
  standaloneTemplate,
  unresolved,
  wireModules
} from "./chunk-6WM2UGMR.js";
import {
  parseJson
} from "./chunk-7KMSOTNL.js";
import {
  childPath
} from "./chunk-U5J2JU7Q.js";
import {
  getEntry,
  isKnownDeep,
  toPlain,
  unknown
} from "./chunk-XZ32KR2X.js";
import {
  MODULE_META_ARGUMENTS,
  loadParser,
  mayHoldPolicy,
  parseHcl,
  parseHclLoaded
} from "./chunk-3GXURZLZ.js";
import {
  POLICY_RESOURCES,
  policySlot,
  resourceInfo,
  slotKind
} from "./chunk-MPQXCWKJ.js";
import {
  makeSource,
  positionAt
} from "./chunk-CLV62ZXN.js";

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

// src/engine/unit.ts
import { relative as relative2, resolve as resolve4, sep as sep2 } from "node:path";

// src/engine/policy-size.ts
var MAX_STATEMENTS_ANALYSED = 2e3;
var ANY_POLICY_LIMIT = 20480;
function policySize2(p) {
  if (p.unknown && p.statements.length <= MAX_STATEMENTS_ANALYSED) return void 0;
  const quota = policySlot(p.policy.resourceType, p.policy.kind)?.quota;
  const huge = p.statements.length > MAX_STATEMENTS_ANALYSED;
  if (!quota && !huge) return void 0;
  if (!huge && !isKnownDeep(p.policy.document)) return void 0;
  const limit = quota?.limit ?? ANY_POLICY_LIMIT;
  if (!huge && !(quota?.whitespace && p.policy.document.indented) && sizeBound(p.policy.document, limit) <= limit) return void 0;
  const text = JSON.stringify(toPlain(p.policy.document), null, p.policy.document.indented ? 2 : void 0);
  const size = quota?.whitespace ? text.length : text.replace(/\s+/g, "").length;
  if (size <= limit && !huge) return void 0;
  const where = quota ? `the quota for ${quota.what} is ${limit.toLocaleString("en-US")}` : "no AWS policy type allows that much";
  const skipped = huge ? `; with ${p.statements.length.toLocaleString("en-US")} statements, policylint did not run its rules on it` : "";
  return {
    policy: p,
    path: "",
    message: `policy is ${size.toLocaleString("en-US")} characters${quota?.whitespace ? "" : " without white space"}, and ${where}, so AWS rejects it${skipped}; split it into smaller policies`,
    key: "size"
  };
}
var ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;
function sizeBound(v, limit) {
  let n = 0;
  const str2 = (s) => {
    n += ESCAPED.test(s) ? Infinity : s.length + 2;
  };
  const walk = (x) => {
    if (n > limit) return;
    switch (x.kind) {
      case "string":
        return str2(x.value);
      case "number":
        n += Math.max(4, String(x.value).length);
        return;
      case "bool":
        n += 5;
        return;
      case "null":
        n += 4;
        return;
      case "list":
        n += 2 + x.items.length;
        for (const i of x.items) walk(i);
        return;
      case "object":
        n += 2 + 2 * x.entries.length;
        for (const e of x.entries) {
          str2(e.key);
          walk(e.value);
        }
        return;
      default:
        n = Infinity;
    }
  };
  walk(v);
  return n;
}

// src/parse/tf-json.ts
var BLOCK_KEYS = /* @__PURE__ */ new Set(["statement", "principals", "not_principals", "condition", "inline_policy", "content"]);
async function parseTerraformJson(src) {
  await loadParser(false);
  const parsed = parseJson({ file: src.path, text: src.text });
  const errors = [...parsed.errors, ...parsed.duplicates].slice(0, 1).map((e) => ({ message: e.message, range: e.range }));
  const root = parsed.value;
  const body = { attributes: [], blocks: [] };
  if (!root || root.kind !== "object" || errors.length) return { body, comments: [], errors };
  const conv = new JsonConverter(src);
  for (const top of root.entries) {
    const v = top.value;
    if (v.kind !== "object") continue;
    const range = v.origin.range;
    if (top.key === "resource" || top.key === "data") {
      for (const type of v.entries) {
        if (type.value.kind !== "object") continue;
        for (const named of type.value.entries) {
          for (const b of objects(named.value))
            body.blocks.push({ type: top.key, labels: [type.key, named.key], body: conv.body(b), range: b.origin.range, hasError: false });
        }
      }
    } else if (top.key === "variable" || top.key === "module" || top.key === "output") {
      for (const named of v.entries)
        for (const b of objects(named.value))
          body.blocks.push({ type: top.key, labels: [named.key], body: conv.body(b), range: b.origin.range, hasError: false });
    } else if (top.key === "locals") {
      for (const b of objects(v)) body.blocks.push({ type: "locals", labels: [], body: conv.body(b), range, hasError: false });
    }
  }
  return { body, comments: [], errors };
}
function objects(v) {
  if (v.kind === "object") return [v];
  if (v.kind === "list") return v.items.filter((i) => i.kind === "object");
  return [];
}
var JsonConverter = class {
  constructor(src) {
    this.src = src;
  }
  src;
  body(obj) {
    const body = { attributes: [], blocks: [] };
    if (obj.kind !== "object") return body;
    for (const e of obj.entries) {
      if (e.key === "dynamic" && e.value.kind === "object") {
        for (const d of e.value.entries)
          for (const b of objects(d.value)) body.blocks.push({ type: "dynamic", labels: [d.key], body: this.body(b), range: b.origin.range, hasError: false });
      } else if (BLOCK_KEYS.has(e.key) && objects(e.value).length) {
        for (const b of objects(e.value)) body.blocks.push({ type: e.key, labels: [], body: this.body(b), range: b.origin.range, hasError: false });
      } else {
        const nameRange = e.keyOrigin?.range ?? e.value.origin.range;
        body.attributes.push({ name: e.key, expr: this.expr(e.value), range: { start: nameRange.start, end: e.value.origin.range.end }, nameRange });
      }
    }
    return body;
  }
  expr(v) {
    const range = v.origin.range;
    switch (v.kind) {
      case "string":
        return this.template(range);
      case "number":
      case "bool":
        return { t: "literal", value: v.value, range };
      case "null":
        return { t: "literal", value: null, range };
      case "list":
        return { t: "tuple", items: v.items.map((i) => this.expr(i)), range };
      case "object":
        return {
          t: "object",
          elems: v.entries.map((e) => ({ key: { t: "literal", value: e.key, range: e.keyOrigin?.range ?? range }, value: this.expr(e.value), range })),
          range
        };
      default:
        return { t: "invalid", range };
    }
  }
  /** A JSON string as an HCL template: literal runs, and `${...}` parsed where it stands. */
  template(range) {
    const text = this.src.text;
    const content = { start: range.start + 1, end: range.end - 1 };
    const parts = [];
    let i = content.start;
    let lit = i;
    while (i < content.end) {
      if (text[i] === "\\") {
        i += 2;
        continue;
      }
      const directive2 = text[i] === "%" && text[i + 1] === "{";
      if ((text[i] === "$" || directive2) && text[i + 1] === "{" && text[i - 1] !== text[i]) {
        const end = closingBrace(text, i + 2, content.end);
        if (end < 0) break;
        if (i > lit) parts.push({ t: "literal", range: { start: lit, end: i } });
        const part = { start: i, end: end + 1 };
        parts.push(directive2 ? { t: "directive", range: part } : { t: "interpolation", expr: this.embedded(i + 2, end), range: part });
        i = lit = end + 1;
        continue;
      }
      i++;
    }
    if (content.end > lit) parts.push({ t: "literal", range: { start: lit, end: content.end } });
    return { t: "template", parts, range, content, heredoc: false };
  }
  /** Parses the expression text between offsets as HCL, then moves its ranges to those offsets.
   * (Padding the text with `start` spaces instead re-parsed the whole prefix for every `${}`:
   * over 300 s for a 440 KB CDKTF file, issue 12.) */
  embedded(start, end) {
    const prefix = "x=";
    const synthetic = makeSource(this.src.path, prefix + unescapeQuotes(this.src.text.slice(start, end)));
    const hcl = parseHclLoaded(synthetic);
    const expr = hcl?.body.attributes[0]?.expr;
    if (!hcl || hcl.errors.length || !expr || start < prefix.length) return { t: "invalid", range: { start, end } };
    shiftRanges(expr, start - prefix.length);
    return expr;
  }
};
function shiftRanges(root, delta) {
  const stack = [root];
  const seen = /* @__PURE__ */ new Set();
  while (stack.length) {
    const x = stack.pop();
    if (!x || typeof x !== "object" || seen.has(x)) continue;
    seen.add(x);
    if (Array.isArray(x)) {
      stack.push(...x);
      continue;
    }
    const o = x;
    if (typeof o.start === "number" && typeof o.end === "number") {
      o.start += delta;
      o.end = o.end + delta;
    }
    for (const v of Object.values(o)) if (v && typeof v === "object") stack.push(v);
  }
}
function closingBrace(text, from, limit) {
  let depth = 1;
  for (let i = from; i < limit; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}
function unescapeQuotes(text) {
  if (!text.includes('\\"') || /\\[^"]/.test(text)) return text;
  let open = false;
  return text.replace(/\\"/g, () => (open = !open) ? ' "' : '" ');
}

// src/resolve/var-files.ts
import { join, resolve } from "node:path";
var AUTO = /\.auto\.tfvars(\.json)?$/;
async function applyVarFiles(module, varFiles, cwd, parseError, roots, overlays, names = listDir(module.dir)) {
  const auto = names.filter((n) => AUTO.test(n)).sort();
  const found = [...["terraform.tfvars", "terraform.tfvars.json"].filter((n) => names.includes(n)), ...auto].map((n) => ({
    path: join(module.dir, n),
    confined: true
  }));
  const paths = [...found, ...varFiles.map((f) => ({ path: resolve(cwd, f), confined: false }))];
  for (const { path, confined } of paths) {
    if (confined) {
      const where = confine(path, roots);
      if (!where.ok) {
        parseError(path, where.reason === "outside" ? `variable file ${OUTSIDE_MESSAGE}` : "cannot read variable file");
        continue;
      }
    }
    const text = overlays?.get(path) ?? readRegularFile(path, "variable file");
    if (typeof text !== "string") {
      parseError(path, text.error);
      continue;
    }
    const src = makeSource(path, text);
    if (path.endsWith(".json")) {
      const parsed = parseJson({ file: path, text });
      for (const e of parsed.errors.slice(0, 1)) parseError(path, e.message, e.range);
      if (parsed.value?.kind === "object") for (const e of parsed.value.entries) module.varValues.set(e.key, e.value);
      else if (!parsed.errors.length) parseError(path, "a .tfvars.json file must hold one JSON object of variable values");
      continue;
    }
    const hcl = await parseHcl(src);
    for (const e of hcl.errors) parseError(path, e.message, e.range);
    const scope = moduleScope(module, { src, hcl });
    for (const a of hcl.body.attributes) module.varValues.set(a.name, evaluate(a.expr, scope));
  }
}

// src/resolve/module-manifest.ts
import { readFileSync, realpathSync, statSync } from "node:fs";
import { join as join2, relative, resolve as resolve2, sep, isAbsolute } from "node:path";
function readModuleManifest(rootDir) {
  const out = /* @__PURE__ */ new Map();
  let realRoot;
  let parsed;
  const file = join2(rootDir, ".terraform", "modules", "modules.json");
  if (!statSync(file, { throwIfNoEntry: false })?.isFile()) return out;
  try {
    realRoot = realpathSync(rootDir);
    if (!inside(realRoot, realpathSync(file))) return out;
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return out;
  }
  const modules = parsed?.Modules;
  if (!Array.isArray(modules)) return out;
  for (const m of modules) {
    const { Key: key, Dir: dir } = m ?? {};
    if (typeof key !== "string" || !key || typeof dir !== "string" || isAbsolute(dir)) continue;
    const abs = resolve2(rootDir, dir);
    try {
      if (inside(realRoot, realpathSync(abs))) out.set(key, abs);
    } catch {
    }
  }
  return out;
}
function inside(root, path) {
  const r = relative(root, path);
  return r === "" || !r.startsWith("..") && !isAbsolute(r) && !r.startsWith(sep);
}

// src/parse/references.ts
function dataReferences(body, type) {
  const out = /* @__PURE__ */ new Set();
  const stack = [];
  const pushBody = (b) => {
    for (const a of b.attributes) stack.push(a.expr);
    for (const blk of b.blocks) pushBody(blk.body);
  };
  pushBody(body);
  while (stack.length) {
    const e = stack.pop();
    switch (e.t) {
      case "getattr": {
        const names = [];
        let cur = e;
        while (cur.t === "getattr" || cur.t === "index") {
          if (cur.t === "getattr") names.unshift(cur.name);
          else stack.push(cur.key);
          cur = cur.object;
        }
        if (cur.t === "variable" && cur.name === "data" && names[0] === type && names[1]) out.add(`data.${type}.${names[1]}`);
        else stack.push(cur);
        break;
      }
      default:
        stack.push(...childExpressions(e));
    }
  }
  return out;
}

// src/extract/terraform.ts
function extractModule(module) {
  const out = { policies: [], problems: [] };
  const prefix = module.path.length ? `${module.path.join(".")}.` : "";
  const modulePath = module.path.length ? module.path : void 0;
  const calledAt = module.calledAt;
  const usedDocuments = /* @__PURE__ */ new Set();
  for (const file of module.files)
    if (file.src.text.includes("aws_iam_policy_document")) for (const r of dataReferences(file.hcl.body, "aws_iam_policy_document")) usedDocuments.add(r);
  for (const [address, { file, item }] of module.blocks) {
    if (item.type !== "resource") continue;
    const slots = POLICY_RESOURCES[item.labels[0]];
    if (!slots) continue;
    for (const { scope, suffix } of instanceScopes(module, file, item)) {
      for (const slot of slots) {
        const kind = slotKind(slot, decidingValue(item, slot, scope));
        if (kind === void 0) continue;
        for (const a of slotAttributes(item, slot)) {
          const info = {
            address: prefix + address + suffix,
            attribute: slot.attribute,
            kind: kind === "unknown" ? slot.kind : kind,
            resourceType: item.labels[0],
            modulePath,
            calledAt
          };
          const before = out.policies.length;
          addPolicy(out, evaluate(a.expr, scope), info, scope, a, kind === "unknown");
          if (kind === "unknown") for (const p of out.policies.slice(before)) p.kind = hasPrincipal(p.document) ? "rcp" : "scp";
        }
      }
    }
  }
  for (const [address, { file, item }] of module.blocks) {
    if (item.type !== "data" || item.labels[0] !== "aws_iam_policy_document" || usedDocuments.has(address)) continue;
    for (const { scope, suffix } of instanceScopes(module, file, item)) {
      const doc = { ...renderPolicyDocument(item, scope), source: "policy-document" };
      out.policies.push({
        origin: doc.origin,
        address: prefix + address + suffix,
        kind: "document",
        source: "policy-document",
        document: doc,
        modulePath,
        calledAt
      });
    }
  }
  return out;
}
function decidingValue(block, slot, scope) {
  if (!slot.kindFrom) return void 0;
  const a = attr(block.body, slot.kindFrom.attribute);
  if (!a) return void 0;
  const v = evaluate(a.expr, scope);
  return v.kind === "string" ? v.value : v.kind === "null" ? void 0 : "unknown";
}
function hasPrincipal(doc) {
  const st = doc.kind === "object" ? getEntry(doc, "Statement")?.value : void 0;
  const list = st?.kind === "list" ? st.items : st ? [st] : [];
  return list.some((s) => s.kind === "object" && !!getEntry(s, "Principal"));
}
function instanceScopes(module, file, block) {
  const base = moduleScope(module, file);
  let instances = gateInstances(block.body, base) ?? [{ bindings: /* @__PURE__ */ new Map() }];
  if (instances.length > 1 && !readsInstance(block.body)) instances = [{ bindings: /* @__PURE__ */ new Map() }];
  return instances.map((i) => ({ scope: { ...base, bindings: i.bindings }, suffix: instanceSuffix(i, instances.length > 1) }));
}
function slotAttributes(block, slot) {
  const [first, second] = slot.attribute.split(".");
  if (!second) {
    const a = attr(block.body, first);
    return a ? [a] : [];
  }
  return blocksOf(block.body, first).flatMap((b) => {
    const a = attr(b.body, second);
    return a ? [a] : [];
  });
}
function addPolicy(out, value, info, scope, a, onlyPolicies = false) {
  const use = { file: scope.file.src.path, range: a.expr.range };
  if (value.kind === "null" || value.kind === "string" && !value.value.trim()) return;
  if (onlyPolicies) {
    const doc = value.encoded === "json" ? value : value.embeddedJson?.().value;
    if (doc?.kind !== "object" || !getEntry(doc, "Statement")) return;
  }
  if (value.encoded === "json" && value.kind === "object") {
    out.policies.push({ ...info, origin: value.origin ?? use, source: value.source ?? "jsonencode", document: value, usedAt: use });
    return;
  }
  if (value.embeddedJson) {
    const parsed = value.embeddedJson();
    const file = value.source === "file-function" ? value.origin.file : (value.via?.[0] ?? value.origin)?.file ?? scope.file.src.path;
    const anchor = scope.file.src.path;
    for (const e of parsed.errors) out.problems.push({ ...e, file, duplicate: false, anchor });
    for (const d of parsed.duplicates) out.problems.push({ ...d, file, duplicate: true, anchor });
    if (parsed.value) {
      out.policies.push({ ...info, origin: parsed.value.origin ?? use, source: value.source ?? "string", document: parsed.value, usedAt: use });
    }
    return;
  }
  if (value.kind === "unknown") out.policies.push({ ...info, origin: use, source: "expression", document: unknown(value.text, use), usedAt: use });
}

// src/extract/policy-kind.ts
var IAM_VERSIONS = /* @__PURE__ */ new Set(["2012-10-17", "2008-10-17"]);
function isPolicyDocument(v) {
  if (v?.kind !== "object") return false;
  const st = getEntry(v, "Statement")?.value;
  if (!st) return false;
  const version = getEntry(v, "Version")?.value;
  if (version?.kind === "string" && !IAM_VERSIONS.has(version.value)) return false;
  const statements = st.kind === "list" ? st.items : [st];
  return statements.some((s) => s.kind === "object" && getEntry(s, "Effect"));
}
function guessKind(doc) {
  const st = doc.kind === "object" ? getEntry(doc, "Statement")?.value : void 0;
  const statements = st?.kind === "list" ? st.items : st ? [st] : [];
  const withPrincipal = statements.filter((s) => s.kind === "object" && (getEntry(s, "Principal") || getEntry(s, "NotPrincipal")));
  if (!withPrincipal.length) return "identity";
  const assumes = withPrincipal.every((s) => s.kind === "object" && /sts:AssumeRole/i.test(actionsText(s)));
  return assumes ? "trust" : "resource";
}
function actionsText(s) {
  const a = s.kind === "object" ? getEntry(s, "Action")?.value : void 0;
  return a?.kind === "string" ? a.value : a?.kind === "list" ? a.items.map((i) => i.kind === "string" ? i.value : "").join(" ") : "";
}

// src/extract/loose-documents.ts
var META_ARGUMENTS = /* @__PURE__ */ new Set([...MODULE_META_ARGUMENTS, "lifecycle"]);
function extractLooseDocuments(units) {
  const judged = /* @__PURE__ */ new Set();
  for (const { ex } of units) for (const p of ex.policies) for (const o of placesOf(p.document)) judged.add(o);
  for (const { ex, module } of units) looseDocuments(module, ex, judged);
}
function looseDocuments(module, out, judged) {
  const prefix = module.path.length ? `${module.path.join(".")}.` : "";
  const modulePath = module.path.length ? module.path : void 0;
  const consider = (address, attribute, a, file, via) => {
    if (!mayHoldPolicy(file.src.text.slice(a.nameRange.end, a.range.end))) return;
    const use = { file: file.src.path, range: a.expr.range };
    const found = documentOf(evaluate(a.expr, moduleScope(module, file)));
    if (!found) return;
    const places = placesOf(found.document);
    if (places.some((p) => judged.has(p))) return;
    for (const p of places) judged.add(p);
    for (const e of found.errors) out.problems.push({ ...e, file: found.document.origin?.file ?? use.file, duplicate: false });
    const document = found.document;
    out.policies.push({
      address: prefix + address,
      attribute,
      kind: guessKind(document),
      modulePath,
      origin: document.origin ?? use,
      source: found.source,
      document,
      usedAt: use,
      goesTo: via
    });
  };
  const never = (block, file) => gateInstances(block.body, moduleScope(module, file))?.length === 0;
  for (const [name, { file, item }] of module.calls) {
    if (module.child(name) || never(item, file)) continue;
    for (const a of item.body.attributes)
      if (!META_ARGUMENTS.has(a.name)) consider(`module.${name}`, a.name, a, file, `passed to input "${a.name}" of module.${name}`);
  }
  for (const [address, { file, item }] of module.blocks) {
    if (item.type !== "resource" || resourceInfo(item.labels[0]) || never(item, file)) continue;
    for (const { a, path } of attributesOf(item)) consider(address, path, a, file, `set as ${address}.${path}`);
  }
  for (const [name, { file, item }] of module.outputs) {
    const value = attr(item.body, "value");
    if (value) consider(`output.${name}`, "value", value, file, `returned by output "${name}"`);
  }
  for (const [name, { file, item }] of module.locals) {
    consider(`local.${name}`, name, item, file, `held by local.${name}`);
  }
}
function attributesOf(block) {
  const out = block.body.attributes.filter((a) => !META_ARGUMENTS.has(a.name)).map((a) => ({ a, path: a.name }));
  for (const nested of block.body.blocks) for (const a of nested.body.attributes) out.push({ a, path: `${nested.type}.${a.name}` });
  return out;
}
function placesOf(v) {
  return [v.origin, ...v.via ?? []].filter((o) => !!o).map((o) => `${o.file}\0${o.range.start}`);
}
function documentOf(v) {
  if (v.encoded === "json" && isPolicyDocument(v)) return { document: v, source: v.source ?? "jsonencode", errors: [] };
  if (!v.embeddedJson) return void 0;
  const parsed = v.embeddedJson();
  if (!parsed.value || !isPolicyDocument(parsed.value)) return void 0;
  return { document: parsed.value, source: v.source ?? "string", errors: parsed.errors };
}

// src/extract/json-files.ts
import { dirname, resolve as resolve3 } from "node:path";

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
function extractTemplateFile(src, kind) {
  const out = { policies: [], problems: [] };
  const parsed = standaloneTemplate(src);
  if (!parsed) return out;
  out.problems.push(...parsed.errors.map((e) => ({ ...e, file: src.path, duplicate: false })));
  out.problems.push(...parsed.duplicates.map((e) => ({ ...e, file: src.path, duplicate: true })));
  const root = parsed.value;
  if (root?.kind === "object" && getEntry(root, "Statement"))
    out.policies.push({ origin: root.origin, address: src.path, kind: kind ?? guessKind(root), source: "json-file", document: root });
  return out;
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
      walk(inner, address ? `${address}.module.${call.key}` : `module.${call.key}`, resolve3(dir, source));
    }
  };
  if (rootModule) walk(rootModule, "", dirname(src.path));
  return out;
}

// src/policy/normalize.ts
var NEGATED = /* @__PURE__ */ new Set([
  "StringNotEquals",
  "StringNotEqualsIgnoreCase",
  "StringNotLike",
  "ArnNotEquals",
  "ArnNotLike",
  "NumericNotEquals",
  "DateNotEquals",
  "NotIpAddress"
]);
function parseOperator(operator) {
  let rest = operator;
  let set;
  const m = /^(ForAllValues|ForAnyValue):(.*)$/i.exec(rest);
  if (m) {
    set = m[1].toLowerCase() === "forallvalues" ? "ForAllValues" : "ForAnyValue";
    rest = m[2];
  }
  const ifExists = /IfExists$/.test(rest) && rest !== "Null";
  const base = ifExists ? rest.slice(0, -"IfExists".length) : rest;
  return { base, ifExists, set, negated: NEGATED.has(base) };
}
var Normalized = class {
  constructor(policy) {
    this.policy = policy;
  }
  policy;
  version;
  statements = [];
  unknown = false;
  maps;
  get sourceMap() {
    return this.built().sourceMap;
  }
  get viaMap() {
    return this.built().viaMap;
  }
  built() {
    if (!this.maps) {
      this.maps = { sourceMap: /* @__PURE__ */ new Map(), viaMap: /* @__PURE__ */ new Map() };
      mapSources(this.policy.document, "", this.maps.sourceMap, this.maps.viaMap);
    }
    return this.maps;
  }
};
function normalize(policy) {
  const out = new Normalized(policy);
  const doc = policy.document;
  if (doc.kind !== "object") {
    out.unknown = true;
    return out;
  }
  const version = getEntry(doc, "Version")?.value;
  if (version?.kind === "string") out.version = version.value;
  const st = getEntry(doc, "Statement")?.value;
  if (!st || st.kind === "unknown") out.unknown = true;
  else if (st.kind === "list") st.items.forEach((s, i) => out.statements.push(statement(s, childPath("Statement", i))));
  else out.statements.push(statement(st, "Statement"));
  return out;
}
function mapSources(v, path, map, viaMap) {
  const stack = [[v, path]];
  while (stack.length) {
    const [cur, p] = stack.pop();
    if (cur.origin) map.set(p, cur.origin);
    if (cur.via?.length) viaMap.set(p, cur.via);
    if (cur.kind === "list") cur.items.forEach((it, i) => stack.push([it, childPath(p, i)]));
    else if (cur.kind === "object") {
      for (const e of cur.entries) {
        const cp = childPath(p, e.key);
        if (e.keyOrigin) map.set(`${cp}#key`, e.keyOrigin);
        stack.push([e.value, cp]);
      }
    }
  }
}
function elems(v, path) {
  if (v.kind === "list") return v.items.flatMap((it, i) => elems(it, childPath(path, i)));
  if (v.kind === "string") return [{ path, value: v.value, node: v, shown: v.symbolic ?? v.value }];
  if (v.kind === "unknown") return [{ path, value: v, node: v, shown: v.text }];
  if (v.kind === "number" || v.kind === "bool") return [{ path, value: String(v.value), node: v, shown: String(v.value) }];
  return [];
}
function statement(v, path) {
  const s = { path, node: v, effect: void 0, conditions: [], unknownParts: [], opaqueConditions: [] };
  if (v.kind !== "object") {
    s.unknownParts.push(path);
    return s;
  }
  for (const e of v.entries) {
    const p = childPath(path, e.key);
    const val = e.value;
    switch (e.key) {
      case "Sid":
        if (val.kind === "string") s.sid = val.value;
        break;
      case "Effect":
        if (val.kind === "string" && (val.value === "Allow" || val.value === "Deny")) s.effect = val.value;
        else if (val.kind === "unknown") s.unknownParts.push(p);
        break;
      case "Action":
      case "NotAction":
      case "Resource":
      case "NotResource": {
        const list = elems(val, p);
        const key = { Action: "actions", NotAction: "notActions", Resource: "resources", NotResource: "notResources" }[e.key];
        s[key] = list;
        if (list.some((x) => typeof x.value !== "string")) s.unknownParts.push(p);
        break;
      }
      case "Principal":
      case "NotPrincipal": {
        const pr = principals(val, p);
        if (e.key === "Principal") s.principal = pr;
        else s.notPrincipal = pr;
        if (pr.unknown) s.unknownParts.push(p);
        break;
      }
      case "Condition":
        conditions(val, p, s);
        break;
    }
  }
  return s;
}
function principals(v, path) {
  const out = { path, star: false, entries: [], unknown: false, ...v.kind === "unknown" && v.maybeAbsent ? { maybeAbsent: true } : {} };
  if (v.kind === "string") {
    if (v.value === "*") out.star = true;
    else out.entries.push({ type: "?", elem: { path, value: v.value, node: v, shown: v.value } });
  } else if (v.kind === "object") {
    for (const e of v.entries) for (const el of elems(e.value, childPath(path, e.key))) out.entries.push({ type: e.key, elem: el });
    out.unknown = out.entries.some((x) => typeof x.elem.value !== "string") || v.entries.some((e) => e.value.kind === "unknown");
  } else if (v.kind === "list") {
    out.list = true;
    v.items.forEach((it, i) => {
      for (const el of elems(it, childPath(path, i))) out.entries.push({ type: "?", elem: el });
    });
  } else out.unknown = true;
  return out;
}
function keyUnknownCondition(c, path, s) {
  if (!/[$%]\{/.test(c.key)) return;
  const key = c.key.replace(/[$%]\{[^}]*\}/g, "*");
  if (key.includes("{") || key.includes("}") || !key.replace(/\*/g, "")) return;
  const values = elems(c.values, path);
  (s.keyUnknownConditions ??= []).push({
    operator: c.operator,
    ...parseOperator(c.operator),
    key: c.key,
    keyLower: key.toLowerCase(),
    values,
    path,
    operatorPath: path
  });
}
function conditions(v, path, s) {
  if (v.kind === "null") return;
  if (v.kind !== "object") {
    s.unknownParts.push(path);
    s.opaqueConditions.push(path);
    return;
  }
  for (const op of v.entries) {
    const opPath = childPath(path, op.key);
    if (op.value.kind !== "object") {
      s.unknownParts.push(opPath);
      s.opaqueConditions.push(opPath);
      if (op.value.kind === "unknown" && op.value.condition) keyUnknownCondition(op.value.condition, opPath, s);
      continue;
    }
    const parsed = parseOperator(op.key);
    for (const k of op.value.entries) {
      const p = childPath(opPath, k.key);
      const values = elems(k.value, p);
      if (k.value.kind === "unknown" || values.some((x) => typeof x.value !== "string")) s.unknownParts.push(p);
      s.conditions.push({ operator: op.key, ...parsed, key: k.key, keyLower: k.key.toLowerCase(), values, path: p, operatorPath: opPath });
    }
  }
}

// src/suppress/inline.ts
var DIRECTIVE = /^(?:#|\/\/)\s*policylint:ignore\s/;
var RULE_LIST = /^[\w,\s/-]*$/;
function directive(text) {
  const m = DIRECTIVE.exec(text);
  if (!m) return void 0;
  const rest = text.slice(m[0].length);
  const dash = rest.indexOf("--");
  const rules = dash < 0 ? rest : rest.slice(0, dash);
  if (!RULE_LIST.test(rules)) return void 0;
  return [rules, dash < 0 ? void 0 : rest.slice(dash + 2)];
}
function splitExpires(reason) {
  const t = reason.trimEnd();
  const k = t.lastIndexOf("expires=");
  if (k < 0 || k > 0 && /\w/.test(t[k - 1])) return { reason };
  const value = t.slice(k + "expires=".length);
  if (!value || /\s/.test(value)) return { reason };
  return { reason: t.slice(0, k).trim(), expires: value };
}
function parseSuppressions(src, comments, body) {
  const out = [];
  for (const c of comments) {
    const m = directive(c.text.trim());
    if (!m) continue;
    const rules = m[0].split(",").map((r) => r.trim()).filter(Boolean);
    let reason = m[1]?.trim();
    let expires;
    if (reason) ({ reason, expires } = splitExpires(reason));
    out.push({ file: src.path, comment: c.range, rules, reason: reason || void 0, expires, scope: scopeOf(src, c.range, body), used: false });
  }
  return out;
}
function scopeOf(src, comment, body) {
  const line = positionAt(src, comment.start).line;
  const lineStart = src.lineStarts[line - 1];
  const before = src.text.slice(lineStart, comment.start);
  if (before.trim()) return { start: lineStart, end: src.lineStarts[line] ?? src.text.length };
  let next = line + 1;
  while (next <= src.lineStarts.length) {
    const text = src.text.slice(src.lineStarts[next - 1], src.lineStarts[next] ?? src.text.length).trim();
    if (text && !text.startsWith("#") && !text.startsWith("//")) break;
    next++;
  }
  const target = findStartingOn(src, body, next);
  if (target) return target;
  const start = src.lineStarts[next - 1] ?? src.text.length;
  return { start, end: src.lineStarts[next] ?? src.text.length };
}
function findStartingOn(src, body, line) {
  const items = [];
  const walk = (b) => {
    for (const blk of b.blocks) {
      items.push(blk.range);
      walk(blk.body);
    }
    for (const a of b.attributes) items.push(a.range);
  };
  walk(body);
  const candidates = items.filter((r) => positionAt(src, r.start).line === line);
  return candidates.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
}

// src/engine/unit.ts
async function parseDir(ctx, parsed, dir, files, called = false) {
  const moduleFiles = [];
  const left = called ? (ctx.readsLeft.get(dir) ?? 0) - 1 : 0;
  if (called && left >= 0) ctx.readsLeft.set(dir, left);
  const keep = left > 0;
  for (const path of [...files].sort()) {
    const mine = ctx.requested.has(path);
    if (!mine && !ctx.overrides.has(path) && !confine(path, ctx.roots).ok) continue;
    const pre = ctx.overrides.has(path) ? void 0 : ctx.parsedModules.get(path);
    if (keep && pre) ctx.parsedModules.set(path, pre);
    else if (called) ctx.parsedModules.delete(path);
    if (pre) {
      ctx.sources.set(path, pre.src);
      if (mine) for (const e of pre.hcl.errors) ctx.parseError(path, e.message, e.range);
      moduleFiles.push(pre);
      continue;
    }
    if (ctx.pause) await ctx.pause();
    const bytes = ctx.scanned.get(path);
    ctx.scanned.delete(path);
    const read = readSource(path, mine ? ctx.parseError : () => {
    }, ctx.overrides, bytes);
    if (!read) continue;
    const cached = ctx.opts.parseCache?.get(path);
    const src = cached?.src.text === read.text ? cached.src : read;
    ctx.sources.set(path, src);
    const hcl = cached?.src === src ? cached.hcl : path.endsWith(".json") ? await parseTerraformJson(src) : await parseHcl(src);
    ctx.opts.parseCache?.set(path, { src, hcl });
    if (mine) for (const e of hcl.errors) ctx.parseError(path, e.message, e.range);
    moduleFiles.push({ src, hcl });
    if (keep && !ctx.overrides.has(path)) ctx.parsedModules.set(path, { src, hcl });
  }
  parsed.set(dir, moduleFiles);
}
async function parseCalled(ctx, parsed, dir, downloaded) {
  const visited = /* @__PURE__ */ new Set();
  for (let pending = [{ dir, path: [], chain: [dir] }]; pending.length; ) {
    const next = [];
    for (const d of pending) {
      const probe = buildModule(d.dir, parsed.get(d.dir), () => void 0);
      for (const call of probe.calls.values()) {
        const path = [...d.path, call.item.labels[0]];
        const target = localSource(probe, call.item) ?? downloaded.get(path.join("."));
        if (!target) {
          const src = call.item.body.attributes.find((a) => a.name === "source");
          const text = src ? call.file.src.text.slice(src.expr.range.start, src.expr.range.end) : "?";
          ctx.info.push(
            `${displayPath(ctx.opts.cwd, call.file.src.path)}: module.${call.item.labels[0]} (source ${text}) is not fetched; its outputs are Unknown` + (downloaded.size ? "" : " (run terraform init or tofu init to have it read from .terraform/modules)")
          );
          continue;
        }
        if (!parsed.has(target)) await parseDir(ctx, parsed, target, siblings(target, ctx.listings.get(target)), true);
        const key = downloaded.size ? `${target}\0${path.join(".")}` : target;
        if (path.length <= MAX_MODULE_DEPTH && !visited.has(key) && !d.chain.includes(target)) {
          visited.add(key);
          next.push({ dir: target, path, chain: [...d.chain, target] });
        }
      }
    }
    pending = next;
  }
}
var MAX_MODULE_DEPTH = 8;
async function lintUnit(ctx, unit) {
  try {
    if (unit.kind === "module") await lintModuleUnit(ctx, unit.dir, new Set(unit.files));
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
async function lintModuleUnit(ctx, dir, files) {
  const parsed = /* @__PURE__ */ new Map();
  await parseDir(ctx, parsed, dir, files);
  const names = ctx.listings.get(dir) ?? listDir(dir);
  const downloaded = names.includes(".terraform") ? readModuleManifest(dir) : /* @__PURE__ */ new Map();
  await parseCalled(ctx, parsed, dir, downloaded);
  const reader = (d) => (rel) => {
    const abs = resolve4(d, rel);
    const unsaved = ctx.overrides.get(abs);
    if (unsaved !== void 0 && !ctx.sources.has(abs)) ctx.sources.set(abs, makeSource(abs, unsaved));
    const src = readModuleFile(d, rel, ctx.sources, ctx.roots);
    if (src && !("refused" in src)) ctx.rendered.add(src.path);
    return src;
  };
  const root = buildModule(dir, parsed.get(dir), reader(dir));
  await applyVarFiles(root, ctx.opts.varFiles ?? [], ctx.opts.cwd, ctx.parseError, ctx.roots, ctx.overrides, names);
  wireModules(root, parsed, reader, (key) => downloaded.get(key));
  const units = [];
  for (const m of moduleInstances(root)) {
    if (m.path.length && !m.calledAt) for (const f of m.files) ctx.reportable.add(f.src.path);
    units.push({ ex: extractModule(m), module: m });
  }
  for (const m of units.map((u) => u.module)) {
    for (const d of m.duplicates) {
      if (!ctx.reportable.has(d.again.file.src.path)) continue;
      const where = locate({ file: d.first.file.src.path, range: d.first.item.range }, ctx.loc);
      ctx.parseError(
        d.again.file.src.path,
        `${d.address} is declared again here; it is already declared in ${where.file} line ${where.line}, and Terraform rejects a duplicate address: rename or remove one`,
        { start: d.again.item.range.start, end: d.again.item.range.start }
      );
    }
  }
  for (const n of root.budget.notes) if (ctx.enabled("unresolved")) ctx.report(unresolved.meta, { origin: n.origin, message: n.message, key: n.message });
  extractLooseDocuments(units);
  if (ctx.opts.inlineConfig !== false) {
    for (const list of parsed.values())
      for (const f of list) if (ctx.reportable.has(f.src.path)) ctx.suppressions.push(...parseSuppressions(f.src, f.hcl.comments, f.hcl.body));
  }
  await judge(ctx, units);
  for (const list of parsed.values())
    for (const f of list) {
      const late = f.hcl.deferredErrors?.[0];
      if (late && !f.hcl.errors.length && ctx.requested.has(f.src.path)) ctx.parseError(f.src.path, late.message, late.range);
    }
}
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
    await judge(ctx, [{ ex: extractTemplateFile(src, configuredKind(ctx, path)) }]);
    return;
  }
  const ex = extractJsonFile(src, configuredKind(ctx, path));
  if (ex.planModuleDirs) {
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
  const rel = relative2(ctx.opts.configDir ?? ctx.opts.cwd, path).split(sep2).join("/");
  return ctx.opts.policyKinds?.find((k) => minimatch(rel, k.files, { dot: true }))?.kind;
}
async function configurationOf(ctx, p, dirs, parsed) {
  const m = /^((?:module\.[^.[]+(?:\[[^\]]*\])?\.)*)(.+)$/.exec(p.address);
  if (!m || !p.attribute) return void 0;
  const moduleKey = m[1].replace(/\[[^\]]*\]/g, "").replace(/\.$/, "");
  const local = m[2].replace(/\[[^\]]*\]$/, "");
  const dir = dirs.get(moduleKey);
  if (!dir) return void 0;
  if (!parsed.has(dir)) await parseDir(ctx, parsed, dir, siblings(dir), true);
  const module = buildModule(dir, parsed.get(dir), (rel) => readModuleFile(dir, rel, ctx.sources, ctx.roots));
  const block = module.blocks.get(local);
  if (!block) return void 0;
  const attribute = block.item.body.attributes.find((a) => a.name === p.attribute);
  const resource = { file: block.file.src.path, range: attribute?.range ?? block.item.range };
  const tf = extractModule(module).policies.find((x) => x.address === local && x.attribute === p.attribute && x.document.kind !== "unknown");
  return { sourceMap: tf ? normalize(tf).sourceMap : /* @__PURE__ */ new Map(), resource };
}
var DUPLICATE_HINT = ": IAM rejects repeated keys, and JSON parsers silently keep the last one; merge the values into one key";
async function judge(ctx, units) {
  const { opts } = ctx;
  const normalized = [];
  const graphs = [];
  for (const { ex, module } of units) {
    for (const p of ex.problems) {
      if (p.anchor && !ctx.reportable.has(p.anchor)) continue;
      ctx.parseError(p.file, p.duplicate ? `${p.message}${DUPLICATE_HINT}` : p.message, p.range);
    }
    for (const p of ex.policies) if (p.source === "json-file") p.address = displayPath(opts.root ?? opts.cwd, p.address);
    const mine = ex.policies.map((p) => normalize(p));
    if (opts.collectPolicies) ctx.policies.push(...ex.policies.filter((p) => visible(ctx, p)));
    normalized.push(...mine);
    if (module) graphs.push({ graph: buildIamGraph(module), policies: mine });
  }
  const strict = opts.ruleOptions.strict && ctx.enabled("unresolved");
  for (const n of normalized) {
    const r = policySize2(n);
    if (r && ctx.enabled("policy-size")) ctx.report(policySize.meta, r);
    if (strict && n.unknown) {
      const what = n.policy.document.kind === "unknown" ? n.policy.document.text : "its statements";
      ctx.report(unresolved.meta, {
        policy: n,
        message: `${n.policy.address}${n.policy.attribute ? `.${n.policy.attribute}` : ""} is ${what}, which policylint cannot resolve, so no rule judged it (--strict)`,
        key: "unresolved",
        checkId: "UR01"
      });
    }
  }
  const analysable = normalized.filter((n) => n.statements.length <= MAX_STATEMENTS_ANALYSED);
  if (opts.analyzer) ctx.analysable.push(...analysable);
  const undecided = new UndecidedStatements();
  for (const n of analysable) for (const st of n.statements) undecided.unreadable(n, st);
  const input = { policies: analysable, graphs, options: opts.ruleOptions, undecided: (ruleId, u) => undecided.add(ruleId, u) };
  for (const rule of opts.rules) {
    if (!rule.check) continue;
    let reports;
    try {
      reports = await rule.check(input);
    } catch (e) {
      ctx.internalErrors.push(`rule ${rule.meta.id} failed: ${e.message}`);
      continue;
    }
    for (const r of reports) ctx.report(rule.meta, r);
  }
  for (const n of normalized) {
    if (!visible(ctx, n.policy)) continue;
    const total = n.unknown && !n.statements.length ? 1 : n.statements.length;
    const unjudged = n.unknown && !n.statements.length ? 1 : n.statements.filter((st) => undecided.has(n, st)).length;
    ctx.coverage.statements += total;
    ctx.coverage.judged += total - unjudged;
  }
  if (strict) for (const r of undecided.notes()) ctx.report(unresolved.meta, r);
  ctx.endUnit();
}
var UndecidedStatements = class {
  malformed = /* @__PURE__ */ new Map();
  byStatement = /* @__PURE__ */ new Map();
  add(ruleId, u) {
    const entry = this.byStatement.get(u.statement) ?? {
      policy: u.policy,
      stops: /* @__PURE__ */ new Map(),
      rules: /* @__PURE__ */ new Set(),
      noted: false
    };
    for (const x of u.unknowns) {
      const text = typeof x === "string" ? x : x.text;
      const stop = entry.stops.get(text) ?? { rules: /* @__PURE__ */ new Set() };
      if (typeof x !== "string") stop.path ??= x.path;
      stop.rules.add(ruleId);
      entry.stops.set(text, stop);
    }
    entry.rules.add(ruleId);
    entry.noted ||= !!u.noted;
    this.byStatement.set(u.statement, entry);
  }
  unreadable(policy, st) {
    const node = st.node;
    if (node.kind === "unknown") return this.add("every rule", { policy, statement: st, unknowns: [node.text] });
    if (node.kind !== "object") {
      this.add("every rule", { policy, statement: st, unknowns: [] });
      this.malformed.set(st, `is a ${node.kind}, not a statement object (a JSON text where the object belongs?)`);
      return;
    }
    const effect = getEntry(node, "Effect")?.value;
    if (effect?.kind === "unknown") this.add("every rule", { policy, statement: st, unknowns: [{ text: effect.text, path: `${st.path}.Effect` }] });
  }
  has(policy, st) {
    return this.byStatement.get(st)?.policy === policy;
  }
  notes() {
    const out = [];
    for (const [st, e] of this.byStatement) {
      if (e.noted) continue;
      const label = `${e.policy.policy.address}${e.policy.policy.attribute ? `.${e.policy.policy.attribute}` : ""} ${st.path}${st.sid ? ` ("${st.sid}")` : ""}`;
      out.push({
        policy: e.policy,
        path: st.path,
        checkId: "UR02",
        key: `statement:${[...e.stops.keys()].sort().join(",")}`,
        message: this.malformed.has(st) ? `${label} ${this.malformed.get(st)}, so no rule judged it (--strict)` : e.stops.size ? `${label} was not judged fully: ${stopsText(st, e.stops)}; policylint cannot resolve ${e.stops.size === 1 ? "it" : "them"} (--strict)` : `${label} was not judged fully by ${[...e.rules].join(", ")}, which could not decide it (--strict)`
      });
    }
    return out;
  }
};
function stopsText(st, stops) {
  const groups = /* @__PURE__ */ new Map();
  for (const [text, s] of stops) {
    const who = s.rules.has("every rule") ? "every rule" : [...s.rules].join(", ");
    const where = s.path && s.path !== st.path ? ` (at ${s.path.slice(st.path.length).replace(/^\./, "")})` : "";
    groups.set(who, [...groups.get(who) ?? [], `${text}${where}`]);
  }
  return [...groups].map(([who, texts]) => `${texts.slice(0, 3).join(", ")}${texts.length > 3 ? ` and ${texts.length - 3} more` : ""} stopped ${who}`).join("; ");
}
function visible(ctx, p) {
  const anchor = p.calledAt?.file ?? p.usedAt?.file ?? p.origin.file;
  return ctx.reportable.has(anchor) || !HCL.test(anchor);
}

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
  parseTerraformJson,
  RunContext,
  lintUnit,
  UnitRecorder
};
