import {
  parseJson
} from "./chunk-65EAIF3L.js";
import {
  POLICY_RESOURCES,
  policySlot,
  slotKind
} from "./chunk-MPQXCWKJ.js";
import {
  loadParser
} from "./chunk-CMMA6BZU.js";
import {
  displayPath,
  originOf,
  toFinding
} from "./chunk-INKYPUYQ.js";
import {
  childPath
} from "./chunk-U5J2JU7Q.js";
import {
  getEntry,
  isKnownDeep,
  toPlain
} from "./chunk-XZ32KR2X.js";
import {
  HCL,
  loadSource,
  makeSource,
  minimatch,
  readSource,
  scanRoots
} from "./chunk-Y7NYNGOL.js";

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

// rules/engine-rules.ts
var parseError = {
  meta: {
    engine: true,
    id: "parse-error",
    name: "ParseError",
    description: "Input that cannot be parsed as Terraform or JSON, or a policy with duplicate keys",
    severity: "error",
    tags: ["security", "correctness"],
    precision: "very-high",
    securitySeverity: 5,
    fix: "Fix the syntax at the reported position; for duplicate keys, merge the values into one key (IAM rejects repeated keys).",
    semantics: ["\xA77"]
  }
};
var suppression = {
  meta: {
    engine: true,
    id: "suppression",
    name: "SuppressionComment",
    description: "A policylint:ignore comment without a reason, expired, unused, or naming an unknown rule",
    severity: "warning",
    tags: ["security", "maintainability"],
    precision: "very-high",
    securitySeverity: 2,
    fix: 'Write "# policylint:ignore rule-id -- reason [expires=YYYY-MM-DD]" above the block the finding is in, or remove the comment.',
    semantics: []
  }
};
var unresolved = {
  meta: {
    engine: true,
    id: "unresolved",
    name: "UnresolvedPolicy",
    description: "A policy or statement policylint cannot resolve, so no rule could judge it (reported with --strict); and a value it would not read or evaluate: a file outside the scanned folders, or a bound on work reached",
    severity: "note",
    tags: ["security", "coverage"],
    precision: "very-high",
    securitySeverity: 1,
    fix: "Give the variables it uses defaults or a -var-file, or lint the Terraform plan (terraform show -json) where every value is known.",
    semantics: [],
    checks: {
      UR01: "a policy whose document or statement list cannot be resolved, so no rule judged it",
      UR02: "a statement whose verdict depends on an Unknown, named with the rules it stopped"
    }
  }
};
var policySize = {
  meta: {
    engine: true,
    id: "policy-size",
    name: "PolicySizeQuota",
    description: "A policy larger than the AWS quota for where it is attached",
    severity: "error",
    tags: ["security", "correctness"],
    precision: "high",
    securitySeverity: 2,
    fix: "Split the policy (several managed policies, or one statement per purpose), or remove repeated statements.",
    semantics: ["\xA77"]
  }
};

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

// src/engine/judge.ts
var DUPLICATE_HINT = ": IAM rejects repeated keys, and JSON parsers silently keep the last one; merge the values into one key";
async function judge(ctx, units) {
  const { opts } = ctx;
  const normalized = [];
  const graphs = [];
  for (const { ex, graph } of units) {
    for (const p of ex.problems) {
      if (p.anchor && !ctx.reportable.has(p.anchor)) continue;
      ctx.parseError(p.file, p.duplicate ? `${p.message}${DUPLICATE_HINT}` : p.message, p.range);
    }
    for (const p of ex.policies) if (p.source === "json-file") p.address = displayPath(opts.root ?? opts.cwd, p.address);
    const mine = ex.policies.map((p) => normalize(p));
    if (opts.collectPolicies) ctx.policies.push(...ex.policies.filter((p) => visible(ctx, p)));
    normalized.push(...mine);
    if (graph) graphs.push({ graph, policies: mine });
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
    const { extractTemplateFile } = await import("./module-path-E6NHCQTL.js");
    await judge(ctx, [{ ex: extractTemplateFile(src, configuredKind(ctx, path)) }]);
    return;
  }
  const ex = extractJsonFile(src, configuredKind(ctx, path));
  if (ex.planModuleDirs) {
    const { configurationOf } = await import("./module-path-E6NHCQTL.js");
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
var modulePath = () => terraform ??= import("./module-path-E6NHCQTL.js");
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

// src/extract/iam-graph-merge.ts
var BY_NAME = "name:";
function mergeGraphs(graphs) {
  const out = {
    groups: [],
    groupPolicies: /* @__PURE__ */ new Map(),
    rolePolicies: /* @__PURE__ */ new Map(),
    oidcProviders: /* @__PURE__ */ new Map(),
    members: /* @__PURE__ */ new Map(),
    users: /* @__PURE__ */ new Map(),
    rolePaths: /* @__PURE__ */ new Map()
  };
  const into = (map, key, items) => map.set(key, [...map.get(key) ?? [], ...items]);
  for (const g of graphs) {
    out.groups.push(...g.groups);
    for (const [k, v] of g.groupPolicies) into(out.groupPolicies, k, v);
    for (const [k, v] of g.rolePolicies) into(out.rolePolicies, k, v);
    for (const [k, v] of g.members) into(out.members, k, v);
    for (const [k, v] of g.oidcProviders) out.oidcProviders.set(k, v);
    for (const [k, v] of g.users) out.users.set(k, v);
    for (const [k, v] of g.rolePaths) out.rolePaths.set(k, v);
  }
  for (const group of out.groups) {
    if (group.name === void 0) continue;
    const key = `${BY_NAME}${group.name}`;
    const policies = out.groupPolicies.get(key);
    if (policies) into(out.groupPolicies, group.address, policies);
    const members = out.members.get(key);
    if (members) into(out.members, group.address, members);
  }
  return out;
}

export {
  RunContext,
  isPolicyDocument,
  guessKind,
  parseError,
  suppression,
  unresolved,
  policySize,
  normalize,
  judge,
  BY_NAME,
  mergeGraphs,
  lintUnit
};
