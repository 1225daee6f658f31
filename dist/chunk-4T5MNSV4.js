import {
  childPath,
  parentPath
} from "./chunk-XRNNRSWR.js";
import {
  HCL,
  positionAt
} from "./chunk-Y7NYNGOL.js";
import {
  getEntry,
  isKnownDeep,
  policySlot,
  toPlain
} from "./chunk-KMQPKPIB.js";

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
import { dirname, relative, sep } from "node:path";
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
  const statement2 = st ? st.sid ? `Sid=${st.sid}` : `content=${contentHash(st.node)}` : "";
  const inside = (m ? r.path.slice(m[0].length) : r.path ?? "").replace(/\[\d+\]/g, "[]");
  return [ruleId, r.checkId ?? "", folder, address, statement2, inside, r.key ?? r.message];
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
  const str = (s) => {
    n += ESCAPED.test(s) ? Infinity : s.length + 2;
  };
  const walk = (x) => {
    if (n > limit) return;
    switch (x.kind) {
      case "string":
        return str(x.value);
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
          str(e.key);
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
    if (graph) graphs.push({ graph: graph(), policies: mine });
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

export {
  fingerprint,
  originOf,
  displayPath,
  locate,
  toFinding,
  isPolicyDocument,
  guessKind,
  parseError,
  suppression,
  unresolved,
  policySize,
  normalize,
  judge
};
