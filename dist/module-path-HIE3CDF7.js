import {
  BY_NAME
} from "./chunk-W3TADBF4.js";
import {
  LIMITS,
  buildModule,
  calledFolders,
  localSource,
  note,
  parseTerraformJson,
  readsPerFolder,
  tooLong
} from "./chunk-UYKOBCRN.js";
import {
  MODULE_META_ARGUMENTS,
  codePoint,
  mayHoldPolicy,
  parseHcl,
  parseHclLoaded,
  unescapeQuoted
} from "./chunk-EAAWNLU4.js";
import {
  displayPath,
  guessKind,
  isPolicyDocument,
  judge,
  locate,
  normalize,
  unresolved
} from "./chunk-4T5MNSV4.js";
import {
  parseJson
} from "./chunk-XRNNRSWR.js";
import {
  OUTSIDE_MESSAGE,
  confine,
  listDir,
  makeSource,
  positionAt,
  readModuleFile,
  readRegularFile,
  readSource,
  siblings
} from "./chunk-Y7NYNGOL.js";
import {
  POLICY_RESOURCES,
  fromPlain,
  getEntry,
  isKnownDeep,
  resourceInfo,
  slotKind,
  toPlain,
  unknown
} from "./chunk-KMQPKPIB.js";
import "./chunk-CMMA6BZU.js";

// src/engine/unit.ts
import { resolve as resolve3 } from "node:path";

// src/parse/hcl-ast.ts
function attr(body, name) {
  return body.attributes.find((a) => a.name === name);
}
function blocksOf(body, type) {
  return body.blocks.filter((b) => b.type === type);
}
function exprText(text2, e) {
  return text2.slice(e.range.start, e.range.end);
}
function childExpressions(e) {
  switch (e.t) {
    case "getattr":
      return [e.object];
    case "splat":
      return [e.object, ...e.each.flatMap((s2) => s2.t === "index" ? [s2.key] : [])];
    case "index":
      return [e.object, e.key];
    case "template":
      return e.parts.flatMap((p) => p.t === "interpolation" ? [p.expr] : []);
    case "tuple":
      return e.items;
    case "object":
      return e.elems.flatMap((el) => [el.key, el.value]);
    case "call":
      return e.args;
    case "for":
      return [e.collection, e.value, ...e.key ? [e.key] : [], ...e.cond ? [e.cond] : []];
    case "conditional":
      return [e.cond, e.then, e.else];
    case "unary":
      return [e.operand];
    case "binary":
      return [e.left, e.right];
    default:
      return [];
  }
}

// src/resolve/clone.ts
var MAX_VIA = 8;
function atUse(v, use) {
  const via = v.origin ? [...(v.via ?? []).slice(-(MAX_VIA - 1)), v.origin] : v.via;
  switch (v.kind) {
    case "list":
      return { ...v, origin: use, via, items: v.items.map((i) => atUse(i, use)) };
    case "object":
      return { ...v, origin: use, via, entries: v.entries.map((e) => ({ ...e, keyOrigin: use, value: atUse(e.value, use) })) };
    default:
      return { ...v, origin: use, via };
  }
}

// src/resolve/functions.ts
import { posix } from "node:path";

// src/resolve/template-json.ts
function templateAsJson(src, tmpl, evaluate2) {
  const out = [];
  const offsets = [];
  const masked = [];
  const holes = [];
  let inString = false;
  let escaped = false;
  const text2 = src.text;
  const push = (s2, at2) => {
    for (let i = 0; i < s2.length; i++) {
      const c = s2[i];
      if (inString) {
        if (escaped) escaped = false;
        else if (c === "\\") escaped = true;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      out.push(c);
      offsets.push(typeof at2 === "number" ? at2 : at2(i));
    }
  };
  const literal = (start, end) => {
    let i = start;
    while (i < end) {
      const c = text2[i];
      if ((c === "$" || c === "%") && text2[i + 1] === c && text2[i + 2] === "{") {
        push(c + "{", (k) => i + 1 + k);
        i += 3;
      } else if (!tmpl.heredoc && c === "\\" && i + 1 < end) {
        const m = /^\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/s.exec(text2.slice(i, i + 10));
        const esc = m[1];
        const ch = esc === "n" ? "\n" : esc === "t" ? "	" : esc === "r" ? "\r" : esc[0] === "u" || esc[0] === "U" ? codePoint(esc.slice(1)) : esc;
        push(ch, i);
        i += m[0].length;
      } else {
        push(c, i);
        i++;
      }
    }
  };
  const parts = [...tmpl.parts].sort((a, b) => a.range.start - b.range.start);
  let pos = tmpl.content.start;
  for (const part of parts) {
    if (part.t === "literal") continue;
    literal(pos, Math.max(pos, part.range.start));
    substitute(part);
    pos = Math.max(pos, part.range.end);
  }
  literal(pos, tmpl.content.end);
  offsets.push(tmpl.content.end);
  return parseJson({ file: src.path, text: out.join(""), offsets, masked, holes });
  function substitute(part) {
    const exprText2 = text2.slice(part.range.start, part.range.end);
    const value = part.t === "interpolation" ? evaluate2(part.expr) : void 0;
    const plain = value && isKnownDeep(value) ? toPlain(value) : void 0;
    if (plain !== void 0) {
      const s2 = inString ? JSON.stringify(typeof plain === "string" ? plain : JSON.stringify(plain)).slice(1, -1) : JSON.stringify(plain);
      push(s2, part.range.start);
      return;
    }
    const start = out.length;
    const len = part.range.end - part.range.start;
    if (part.t === "directive" && !inString) {
      push(" ".repeat(len), (k) => part.range.start + k);
      holes.push({ start, end: start + len, expr: exprText2 });
      return;
    }
    const filler = inString ? "_".repeat(len) : "0" + " ".repeat(len - 1);
    push(filler, (k) => part.range.start + k);
    masked.push({ start, end: start + len, expr: exprText2 });
  }
}

// src/resolve/templatefile.ts
var END = "POLICYLINT_TEMPLATE_END";
function templateFile(src, vars, scope, text2, at2) {
  if (src.text.includes(END)) return unknown(text2);
  const key = `templatefile:${src.path}`;
  if (scope.resolving.has(key) || [...scope.resolving].filter((k) => k.startsWith("templatefile:")).length >= LIMITS.templateDepth) {
    note(scope.module.budget, at2, `templatefile("${src.path.split(/[\\/]/).pop()}") renders itself, which Terraform rejects; the value is unresolved`);
    return unknown(text2, at2);
  }
  scope.resolving.add(key);
  try {
    return render(src, vars, scope, text2);
  } finally {
    scope.resolving.delete(key);
  }
}
var HEADER = `t = <<${END}
`;
function wrappedTemplate(src) {
  let hit = wrappedTemplates.get(src);
  if (!hit) {
    const wrapped = makeSource(src.path, `${HEADER}${src.text}
${END}
`);
    hit = { wrapped, hcl: parseHclLoaded(wrapped) };
    wrappedTemplates.set(src, hit);
  }
  return hit;
}
var wrappedTemplates = /* @__PURE__ */ new WeakMap();
function render(src, vars, scope, text2) {
  const header = HEADER;
  const { wrapped, hcl } = wrappedTemplate(src);
  const expr = hcl?.body.attributes[0]?.expr;
  if (!hcl || hcl.errors.length || expr?.t !== "template") return unknown(text2);
  const bindings = /* @__PURE__ */ new Map();
  if (vars?.kind === "object") for (const e of vars.entries) bindings.set(e.key, e.value);
  const value = evaluate(expr, { ...scope, file: { src: wrapped, hcl }, bindings });
  const inner = value.embeddedJson;
  const shift = -header.length;
  return { ...value, source: "file-function", embeddedJson: inner && (() => shiftParse(inner(), shift)) };
}
function standaloneTemplate(src) {
  if (src.text.includes(END)) return void 0;
  const header = HEADER;
  const { wrapped, hcl } = wrappedTemplate(src);
  const expr = hcl?.body.attributes[0]?.expr;
  if (!hcl || hcl.errors.length || expr?.t !== "template") return void 0;
  const parsed = templateAsJson(wrapped, expr, (e) => unknown(wrapped.text.slice(e.range.start, e.range.end)));
  return shiftParse(parsed, -header.length);
}
function shiftParse(p, delta) {
  const move = (r) => ({ ...r, start: r.start + delta, end: r.end + delta });
  const walk = (v) => {
    const origin = v.origin && { ...v.origin, range: move(v.origin.range) };
    if (v.kind === "list") return { ...v, origin, items: v.items.map(walk) };
    if (v.kind === "object")
      return {
        ...v,
        origin,
        entries: v.entries.map((e) => ({ ...e, keyOrigin: e.keyOrigin && { ...e.keyOrigin, range: move(e.keyOrigin.range) }, value: walk(e.value) }))
      };
    return { ...v, origin };
  };
  return {
    value: p.value && walk(p.value),
    errors: p.errors.map((e) => ({ ...e, range: move(e.range) })),
    duplicates: p.duplicates.map((e) => ({ ...e, range: move(e.range) }))
  };
}

// src/resolve/functions-more.ts
var exact = (v) => !!v && (v.kind === "string" ? !v.symbolic : v.kind === "list" ? v.items.every(exact) : v.kind === "object" ? v.entries.every((e) => exact(e.value)) : v.kind !== "unknown");
var same = (a, b) => JSON.stringify(toPlain(a)) === JSON.stringify(toPlain(b));
var bool = (value, origin) => ({ kind: "bool", value, origin });
var str = (value, origin) => ({ kind: "string", value, origin });
var list = (items, origin) => ({ kind: "list", items, origin });
var text = (v) => v?.kind === "string" && !v.symbolic ? v.value : void 0;
var num = (v) => v?.kind === "number" ? v.value : v?.kind === "string" && /^-?\d+(\.\d+)?$/.test(v.value) ? Number(v.value) : void 0;
var MORE_FUNCTIONS = {
  contains: ([l, x], { origin }) => {
    if (l?.kind !== "list" || !exact(x)) return void 0;
    if (l.items.some((i) => exact(i) && same(i, x))) return bool(true, origin);
    return l.items.every(exact) ? bool(false, origin) : void 0;
  },
  keys: ([m], { origin }) => m?.kind === "object" ? list(
    [...new Set(m.entries.map((e) => e.key))].sort().map((k) => str(k, origin)),
    origin
  ) : void 0,
  values: ([m], { origin }) => {
    if (m?.kind !== "object") return void 0;
    const byKey = new Map(m.entries.map((e) => [e.key, e.value]));
    return list(
      [...byKey.keys()].sort().map((k) => byKey.get(k)),
      origin
    );
  },
  coalescelist: (args) => {
    for (const a of args) {
      if (a.kind !== "list") return void 0;
      if (a.items.length) return a;
    }
    return void 0;
  },
  formatlist: ([f, ...rest], { origin }) => {
    const fmt = text(f);
    if (fmt === void 0) return void 0;
    const n = rest.find((r) => r.kind === "list");
    const len = n?.kind === "list" ? n.items.length : 1;
    if (rest.some((r) => r.kind === "list" && r.items.length !== len)) return void 0;
    const out = [];
    for (let i = 0; i < len; i++) {
      const vals = rest.map((r) => r.kind === "list" ? r.items[i] : r);
      if (!vals.every((v) => v.kind === "number" || v.kind === "bool" || text(v) !== void 0)) return void 0;
      let k = 0;
      out.push(
        str(
          fmt.replace(/%(%|[sdv])/g, (_m, c) => c === "%" ? "%" : plainText(toPlain(vals[k++]))),
          origin
        )
      );
    }
    return list(out, origin);
  },
  tomap: ([m]) => m?.kind === "object" ? m : void 0,
  tonumber: ([v], { origin }) => {
    const n = num(v);
    return n === void 0 ? void 0 : { kind: "number", value: n, origin };
  },
  tobool: ([v], { origin }) => v?.kind === "bool" ? v : text(v) === "true" || text(v) === "false" ? bool(text(v) === "true", origin) : void 0,
  sensitive: ([v]) => v,
  nonsensitive: ([v]) => v,
  startswith: ([s2, p], { origin }) => text(s2) !== void 0 && text(p) !== void 0 ? bool(text(s2).startsWith(text(p)), origin) : void 0,
  endswith: ([s2, p], { origin }) => text(s2) !== void 0 && text(p) !== void 0 ? bool(text(s2).endsWith(text(p)), origin) : void 0,
  trimprefix: ([s2, p], { origin }) => text(s2) !== void 0 && text(p) !== void 0 ? str(text(s2).startsWith(text(p)) ? text(s2).slice(text(p).length) : text(s2), origin) : void 0,
  trimsuffix: ([s2, p], { origin }) => text(s2) !== void 0 && text(p) !== void 0 && text(p) !== "" ? str(text(s2).endsWith(text(p)) ? text(s2).slice(0, -text(p).length) : text(s2), origin) : void 0,
  alltrue: ([l], { origin }) => {
    if (l?.kind !== "list") return void 0;
    if (l.items.some((i) => i.kind === "bool" && !i.value)) return bool(false, origin);
    return l.items.every((i) => i.kind === "bool") ? bool(true, origin) : void 0;
  },
  anytrue: ([l], { origin }) => {
    if (l?.kind !== "list") return void 0;
    if (l.items.some((i) => i.kind === "bool" && i.value)) return bool(true, origin);
    return l.items.every((i) => i.kind === "bool") ? bool(false, origin) : void 0;
  },
  setunion: (args, { origin }) => {
    if (!args.every((a) => a.kind === "list" && exact(a))) return void 0;
    const out = [];
    for (const a of args) for (const i of a.items) if (!out.some((o) => same(o, i))) out.push(i);
    return list(out, origin);
  },
  reverse: ([l], { origin }) => l?.kind === "list" ? list([...l.items].reverse(), origin) : void 0,
  sort: ([l], { origin }) => {
    if (l?.kind !== "list" || !l.items.every((i) => text(i) !== void 0)) return void 0;
    return list(
      [...l.items].sort((a, b) => text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0),
      origin
    );
  },
  zipmap: ([k, v], { origin }) => {
    if (k?.kind !== "list" || v?.kind !== "list" || k.items.length !== v.items.length || !k.items.every((x) => text(x) !== void 0)) return void 0;
    return { kind: "object", entries: k.items.map((x, i) => ({ key: text(x), value: v.items[i] })), origin };
  },
  slice: ([l, a, b], { origin }) => {
    const s2 = num(a);
    const e = num(b);
    if (l?.kind !== "list" || s2 === void 0 || e === void 0 || s2 < 0 || e > l.items.length || s2 > e) return void 0;
    return list(l.items.slice(s2, e), origin);
  },
  max: (args, { origin }) => args.every((a) => num(a) !== void 0) && args.length ? { kind: "number", value: Math.max(...args.map((a) => num(a))), origin } : void 0,
  min: (args, { origin }) => args.every((a) => num(a) !== void 0) && args.length ? { kind: "number", value: Math.min(...args.map((a) => num(a))), origin } : void 0
};
function plainText(v) {
  return typeof v === "string" ? v : JSON.stringify(v) ?? "";
}

// src/resolve/functions.ts
var list2 = (items, origin) => ({ kind: "list", items, origin });
var s = (value, origin) => ({ kind: "string", value, origin });
var asList = (v) => v.kind === "list" ? v.items : void 0;
var asString = (v) => v.kind === "string" ? v.value : v.kind === "number" || v.kind === "bool" ? String(v.value) : void 0;
var FUNCTIONS = {
  ...MORE_FUNCTIONS,
  jsonencode: ([v]) => v ? { ...v, encoded: "json", source: v.source ?? "jsonencode" } : void 0,
  jsondecode: ([v], ctx) => {
    if (v?.encoded === "json") return { ...v, encoded: void 0 };
    if (v?.embeddedJson) {
      const p = v.embeddedJson();
      return p.errors.length ? void 0 : p.value;
    }
    if (v?.kind !== "string") return void 0;
    const parsed = parseJson({ file: ctx.origin.file, text: v.value });
    return parsed.value && !parsed.errors.length ? fromPlain(toPlain(parsed.value), v.origin) : void 0;
  },
  merge: (args, ctx) => {
    if (!args.every((a) => a.kind === "object" || a.kind === "null")) return void 0;
    const byKey = /* @__PURE__ */ new Map();
    for (const a of args) if (a.kind === "object") for (const e of a.entries) byKey.set(e.key, e);
    return { kind: "object", entries: [...byKey.values()], origin: ctx.origin };
  },
  concat: (args, ctx) => args.every((a) => a.kind === "list") ? list2(
    args.flatMap((a) => asList(a)),
    ctx.origin
  ) : void 0,
  flatten: ([v], ctx) => {
    if (v?.kind !== "list") return void 0;
    const out = [];
    const walk = (x) => {
      if (x.kind === "unknown") return false;
      if (x.kind === "list") return x.items.every(walk);
      out.push(x);
      return true;
    };
    return walk(v) ? list2(out, ctx.origin) : void 0;
  },
  distinct: ([v], ctx) => dedupe(v, ctx),
  toset: ([v], ctx) => dedupe(v, ctx),
  tolist: ([v]) => v?.kind === "list" ? v : void 0,
  tostring: ([v], ctx) => asString(v) !== void 0 ? s(asString(v), ctx.origin) : void 0,
  lower: ([v], ctx) => v?.kind === "string" ? s(v.value.toLowerCase(), ctx.origin) : void 0,
  upper: ([v], ctx) => v?.kind === "string" ? s(v.value.toUpperCase(), ctx.origin) : void 0,
  trimspace: ([v], ctx) => v?.kind === "string" ? s(v.value.trim(), ctx.origin) : void 0,
  format: ([f, ...rest], ctx) => {
    if (f?.kind !== "string" || !rest.every((r) => asString(r) !== void 0)) return void 0;
    let i = 0;
    const out = f.value.replace(/%(%|[sdv])/g, (_m, c) => c === "%" ? "%" : asString(rest[i++]) ?? "");
    return s(out, ctx.origin);
  },
  join: ([sep2, l], ctx) => {
    const items = l && asList(l);
    if (sep2?.kind === "string" && items?.length === 1 && (items[0].encoded === "json" || items[0].kind === "unknown" && items[0].symbol)) return items[0];
    if (sep2?.kind !== "string" || !items || !items.every((i) => asString(i) !== void 0)) return void 0;
    if (items.reduce((n, i) => n + asString(i).length + sep2.value.length, 0) > LIMITS.stringLength)
      return tooLong(ctx.scope.module.budget, ctx.origin, ctx.text);
    return s(items.map((i) => asString(i)).join(sep2.value), ctx.origin);
  },
  split: ([sep2, v], ctx) => sep2?.kind === "string" && v?.kind === "string" ? list2(
    v.value.split(sep2.value).map((p) => s(p, ctx.origin)),
    ctx.origin
  ) : void 0,
  replace: ([v, a, b], ctx) => {
    if (v?.kind !== "string" || a?.kind !== "string" || b?.kind !== "string") return void 0;
    if (a.value.length > 1 && a.value.startsWith("/") && a.value.endsWith("/")) return void 0;
    const parts = v.value.split(a.value);
    if (v.value.length + (parts.length - 1) * (b.value.length - a.value.length) > LIMITS.stringLength)
      return tooLong(ctx.scope.module.budget, ctx.origin, ctx.text);
    return s(parts.join(b.value), ctx.origin);
  },
  lookup: ([m, k, d]) => {
    if (m?.kind !== "object" || k?.kind !== "string") return void 0;
    return m.entries.findLast((e) => e.key === k.value)?.value ?? d;
  },
  element: ([l, i]) => {
    const items = l && asList(l);
    if (!items?.length || i?.kind !== "number") return void 0;
    return items[Math.floor(i.value) % items.length];
  },
  length: ([v], ctx) => {
    const n = v?.kind === "list" ? v.items.length : v?.kind === "object" ? v.entries.length : v?.kind === "string" ? [...v.value].length : void 0;
    return n === void 0 ? void 0 : { kind: "number", value: n, origin: ctx.origin };
  },
  coalesce: (args) => args.find((a) => a.kind !== "null" && !(a.kind === "string" && a.value === "")) ?? void 0,
  compact: ([v], ctx) => {
    const items = v && asList(v);
    if (!items || items.some((i) => i.kind === "unknown")) return void 0;
    return list2(
      items.filter((i) => !(i.kind === "null" || i.kind === "string" && i.value === "")),
      ctx.origin
    );
  },
  // Terraform's try: the first argument that is not an error. An Unknown one that may yet be a
  // value makes the result Unknown, not the fallback (`try(data.x.id, "")` is not "").
  try: (args) => args.find((a) => !(a.kind === "unknown" && a.error)),
  can: ([v], ctx) => {
    if (!v) return void 0;
    if (v.kind === "unknown") return v.error ? { kind: "bool", value: false, origin: ctx.origin } : void 0;
    return { kind: "bool", value: true, origin: ctx.origin };
  },
  one: ([v], ctx) => {
    if (v?.kind === "null") return { kind: "null", origin: ctx.origin };
    if (v?.kind !== "list" || v.items.length > 1) return void 0;
    return v.items[0] ?? { kind: "null", origin: ctx.origin };
  },
  templatefile: ([p, vars], ctx) => {
    if (p?.kind !== "string" || vars && vars.kind !== "object") return void 0;
    const src = readConfined("templatefile", p.value, ctx);
    return src ? templateFile(src, vars, ctx.scope, ctx.text, ctx.origin) : void 0;
  },
  file: ([p], ctx) => {
    if (p?.kind !== "string") return void 0;
    const src = readConfined("file", p.value, ctx);
    if (!src) return void 0;
    const embeddedJson = () => parseJson({ file: src.path, text: src.text });
    return { kind: "string", value: src.text, origin: { file: src.path, range: { start: 0, end: src.text.length } }, embeddedJson, source: "file-function" };
  }
};
function readConfined(fn, path, ctx) {
  const got = ctx.scope.module.readFile(posix.normalize(path));
  if (got && "refused" in got) {
    note(ctx.scope.module.budget, ctx.origin, `${fn}("${path}") is not read: it ${got.refused}; the value is unresolved`);
    return void 0;
  }
  return got;
}
function dedupe(v, ctx) {
  if (v?.kind !== "list" || !isKnownDeep(v)) return void 0;
  const seen = /* @__PURE__ */ new Set();
  const items = v.items.filter((i) => {
    const k = JSON.stringify(toPlain(i));
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return list2(items, ctx.origin);
}
var KEEPS_REFERENCE = /* @__PURE__ */ new Set(["one", "element", "join", "tolist", "toset", "flatten", "compact", "distinct", "coalesce", "try", "concat"]);
function callFunction(name, args, ctx) {
  const bare = name.replace(/^provider::[^:]+::/, "");
  const fn = Object.hasOwn(FUNCTIONS, bare) ? FUNCTIONS[bare] : void 0;
  const result = fn ? fn(args, ctx) : void 0;
  if (result?.kind === "string" && result.value.length > LIMITS.stringLength && result.source !== "file-function")
    return tooLong(ctx.scope.module.budget, ctx.origin, ctx.text);
  if (result) return result;
  const withRef = KEEPS_REFERENCE.has(bare) ? args.filter((a) => a.kind === "unknown" && !!a.ref) : [];
  const refs = [...new Set(withRef.map((a) => a.ref))];
  return unknown(ctx.text, ctx.origin, refs.length === 1 ? { ref: refs[0], refModule: withRef[0].refModule } : {});
}

// src/resolve/instances.ts
var MAX_INSTANCES = 16;
function blockInstances(body, scope) {
  const count = attr(body, "count");
  const forEach = attr(body, "for_each");
  if (count) {
    const v = evaluate(count.expr, scope);
    const n = v.kind === "number" ? v.value : v.kind === "string" && /^\d+$/.test(v.value) ? Number(v.value) : void 0;
    if (n === void 0 || !Number.isInteger(n) || n < 0) return void 0;
    if (n > MAX_INSTANCES) return [{ bindings: /* @__PURE__ */ new Map([["count", { kind: "unknown", text: "count" }]]) }];
    return Array.from({ length: n }, (_, i) => ({ key: i, bindings: /* @__PURE__ */ new Map([["count", obj([["index", { kind: "number", value: i }]])]]) }));
  }
  if (forEach) {
    const v = evaluate(forEach.expr, scope);
    let pairs;
    if (v.kind === "list") {
      if (!v.items.every((i) => i.kind === "string" && !i.symbolic)) return void 0;
      pairs = v.items.map((i) => [i.value, i]);
    } else if (v.kind === "object") pairs = v.entries.map((e) => [e.key, e.value]);
    else return void 0;
    if (pairs.length > MAX_INSTANCES) return [{ bindings: /* @__PURE__ */ new Map([["each", { kind: "unknown", text: "each" }]]) }];
    return pairs.map(([key, value]) => ({
      key,
      bindings: /* @__PURE__ */ new Map([
        [
          "each",
          obj([
            ["key", { kind: "string", value: key }],
            ["value", value]
          ])
        ]
      ])
    }));
  }
  return [{ bindings: /* @__PURE__ */ new Map() }];
}
function obj(entries) {
  return { kind: "object", entries: entries.map(([key, value]) => ({ key, value })) };
}
function instanceSuffix(i, many) {
  if (!many || i.key === void 0) return "";
  return typeof i.key === "number" ? `[${i.key}]` : `[${JSON.stringify(i.key)}]`;
}
function gateInstances(body, scope) {
  const normal = blockInstances(body, scope);
  if (normal?.length !== 0) return normal;
  return blockInstances(body, { ...scope, defaults: false })?.length === 0 ? [] : void 0;
}
function certainlyEmpty(forEach, scope) {
  const v = evaluate(forEach.expr, { ...scope, defaults: false });
  return v.kind === "list" && !v.items.length || v.kind === "object" && !v.entries.length || v.kind === "null";
}
function readsInstance(body) {
  const stack = [];
  const pushBody = (b) => {
    for (const a of b.attributes) if (a.name !== "count" && a.name !== "for_each") stack.push(a.expr);
    for (const blk of b.blocks) pushBody(blk.body);
  };
  pushBody(body);
  while (stack.length) {
    const e = stack.pop();
    switch (e.t) {
      case "variable":
        if (e.name === "each" || e.name === "count") return true;
        break;
      default:
        stack.push(...childExpressions(e));
    }
  }
  return false;
}

// src/resolve/policy-document.ts
function renderPolicyDocument(block, scope) {
  const origin = at(scope, block.range);
  const body = block.body;
  const entries = [];
  const version = attr(body, "version");
  entries.push({ key: "Version", value: version ? evaluate(version.expr, scope) : { kind: "string", value: "2012-10-17", origin } });
  const id = attr(body, "policy_id");
  if (id) entries.push({ key: "Id", keyOrigin: at(scope, id.nameRange), value: evaluate(id.expr, scope) });
  const own = statementsOf(body, scope);
  let statements = documentStatements(attr(body, "source_policy_documents") && evaluate(attr(body, "source_policy_documents").expr, scope));
  statements = overrideBySid(statements ?? [], own);
  const overrides = attr(body, "override_policy_documents");
  if (overrides)
    statements = overrideBySid(
      statements,
      documentStatements(evaluate(overrides.expr, scope)) ?? [unknown("override_policy_documents", at(scope, overrides.range))]
    );
  entries.push({ key: "Statement", value: { kind: "list", items: statements, origin } });
  return { kind: "object", entries, origin };
}
function at(scope, range) {
  return { file: scope.file.src.path, range };
}
function documentStatements(v) {
  if (!v) return void 0;
  if (v.kind !== "list") return [unknown("source_policy_documents", v.origin)];
  return v.items.flatMap((item) => {
    if (item.kind === "null" || item.kind === "string" && !item.value.trim()) return [];
    const doc = item.kind === "string" ? parsedDocument(item) : item;
    if (doc?.kind !== "object") return [unknown("policy document", item.origin)];
    const st = getEntry(doc, "Statement")?.value;
    if (!st) return [];
    return st.kind === "list" ? st.items : [st];
  });
}
function parsedDocument(s2) {
  const parsed = s2.embeddedJson ? s2.embeddedJson() : parseJson({ file: s2.origin?.file ?? "", text: s2.value });
  return parsed.errors.length ? void 0 : parsed.value;
}
function sidOf(st) {
  if (st.kind !== "object") return void 0;
  const sid = getEntry(st, "Sid")?.value;
  return sid?.kind === "string" && sid.value ? sid.value : void 0;
}
function overrideBySid(base, next) {
  const out = [...base];
  for (const st of next) {
    const sid = sidOf(st);
    const i = sid === void 0 ? -1 : out.findIndex((o) => sidOf(o) === sid);
    if (i >= 0) out[i] = st;
    else out.push(st);
  }
  return out;
}
function statementsOf(body, scope) {
  const out = [];
  for (const b of body.blocks) {
    if (b.type === "statement") out.push(renderStatement(b.body, b.range, scope));
    else if (b.type === "dynamic" && b.labels[0] === "statement")
      out.push(...expandDynamic(b, scope, (content, inner) => renderStatement(content.body, b.range, inner)));
  }
  return out;
}
function expandDynamic(b, scope, render2) {
  const content = blocksOf(b.body, "content")[0];
  const forEach = attr(b.body, "for_each");
  if (!content || !forEach) return [];
  const coll = evaluate(forEach.expr, scope);
  const iterator = attr(b.body, "iterator");
  const name = iterator?.expr.t === "variable" ? iterator.expr.name : b.labels[0];
  let pairs;
  if (coll.kind === "list") pairs = coll.items.map((v) => [v, v]);
  else if (coll.kind === "object") pairs = coll.entries.map((e) => [{ kind: "string", value: e.key }, e.value]);
  else return [unknown(`dynamic "${b.labels[0]}" (for_each = ${coll.kind === "unknown" ? coll.text : coll.kind})`, at(scope, b.range))];
  if (!pairs.length && !certainlyEmpty(forEach, scope)) return [unknown(`dynamic "${b.labels[0]}" (for_each = ${source(forEach, scope)})`, at(scope, b.range))];
  return pairs.map(([key, value]) => {
    const bindings = new Map(scope.bindings);
    bindings.set(name, {
      kind: "object",
      entries: [
        { key: "key", value: key },
        { key: "value", value }
      ]
    });
    return render2(content, { ...scope, bindings });
  });
}
var LIST_ATTRIBUTES = [
  ["actions", "Action"],
  ["not_actions", "NotAction"],
  ["resources", "Resource"],
  ["not_resources", "NotResource"]
];
function renderStatement(body, range, scope) {
  const origin = at(scope, range);
  const entries = [];
  const sid = attr(body, "sid");
  if (sid) entries.push({ key: "Sid", keyOrigin: at(scope, sid.nameRange), value: evaluate(sid.expr, scope) });
  const effect = attr(body, "effect");
  entries.push({
    key: "Effect",
    keyOrigin: effect && at(scope, effect.nameRange),
    value: effect ? evaluate(effect.expr, scope) : { kind: "string", value: "Allow", origin }
  });
  for (const [hcl, json] of LIST_ATTRIBUTES) {
    const a = attr(body, hcl);
    if (a) entries.push({ key: json, keyOrigin: at(scope, a.nameRange), value: singleOrList(asSet(evaluate(a.expr, scope))) });
  }
  for (const [hcl, json] of [
    ["principals", "Principal"],
    ["not_principals", "NotPrincipal"]
  ]) {
    const principal = renderPrincipals(body, hcl, scope);
    if (principal) entries.push({ key: json, keyOrigin: principal.origin, value: principal });
  }
  const condition = renderConditions(body, scope);
  if (condition) entries.push({ key: "Condition", keyOrigin: condition.origin, value: condition });
  return { kind: "object", entries, origin };
}
function asSet(v) {
  if (v.kind !== "list") return v;
  const seen = /* @__PURE__ */ new Set();
  const items = v.items.filter((i) => i.kind !== "string" || !seen.has(i.value) && !!seen.add(i.value));
  return items.length === v.items.length ? v : { ...v, items };
}
function singleOrList(v) {
  return v.kind === "list" && v.items.length === 1 ? v.items[0] : v;
}
function nestedBlocks(body, name, scope) {
  const out = [];
  for (const b of body.blocks) {
    if (b.type === name) out.push({ body: b.body, range: b.range, scope });
    else if (b.type === "dynamic" && b.labels[0] === name) {
      expandDynamic(b, scope, (content, inner) => {
        out.push({ body: content.body, range: b.range, scope: inner });
        return { kind: "null" };
      }).forEach((v) => v.kind === "unknown" && out.push({ body: { attributes: [], blocks: [] }, range: b.range, scope, placeholder: true }));
    }
  }
  return out;
}
function renderPrincipals(body, name, scope) {
  const blocks = nestedBlocks(body, name, scope);
  if (!blocks.length) return void 0;
  const origin = at(scope, blocks[0].range);
  if (blocks.every((b) => b.placeholder)) return { ...unknown(`dynamic "${name}"`, origin), maybeAbsent: true };
  const byType = /* @__PURE__ */ new Map();
  for (const b of blocks) {
    const typeAttr = attr(b.body, "type");
    const ids = attr(b.body, "identifiers");
    const type = typeAttr ? evaluate(typeAttr.expr, b.scope) : void 0;
    if (!typeAttr || !ids || type?.kind !== "string") return unknown(name, origin);
    const idValue = evaluate(ids.expr, b.scope);
    if (type.value === "*") return { kind: "string", value: "*", origin: at(b.scope, b.range) };
    const slot = byType.get(type.value) ?? { keyOrigin: at(b.scope, typeAttr.expr.range), items: [] };
    if (idValue.kind === "list") slot.items.push(...idValue.items);
    else slot.items.push(idValue);
    slot.items = asSet({ kind: "list", items: slot.items }).items;
    byType.set(type.value, slot);
  }
  const entries = [...byType].map(([type, slot]) => ({
    key: type,
    keyOrigin: slot.keyOrigin,
    value: singleOrList({ kind: "list", items: slot.items, origin: slot.items[0]?.origin ?? slot.keyOrigin })
  }));
  return { kind: "object", entries, origin };
}
function renderConditions(body, scope) {
  const blocks = nestedBlocks(body, "condition", scope);
  if (!blocks.length) return void 0;
  const origin = at(scope, blocks[0].range);
  const ops = [];
  for (const b of blocks) {
    const test = attr(b.body, "test");
    const variable = attr(b.body, "variable");
    const values = attr(b.body, "values");
    const t = test && evaluate(test.expr, b.scope);
    const k = variable && evaluate(variable.expr, b.scope);
    if (t?.kind !== "string" || k?.kind !== "string" || !values) {
      const opaque = unknown(k?.kind === "unknown" ? k.text : "condition", at(b.scope, b.range));
      if (t?.kind === "string" && k?.kind === "unknown" && values)
        opaque.condition = { operator: t.value, key: k.text, values: singleOrList(evaluate(values.expr, b.scope)) };
      ops.push({ key: "?", value: opaque });
      continue;
    }
    let op = ops.find((o) => o.key === t.value);
    if (!op) {
      op = { key: t.value, keyOrigin: at(b.scope, test.expr.range), value: { kind: "object", entries: [], origin: at(b.scope, b.range) } };
      ops.push(op);
    }
    const v = evaluate(values.expr, b.scope);
    op.value.entries.push({ key: k.value, keyOrigin: at(b.scope, variable.expr.range), value: singleOrList(v) });
  }
  return { kind: "object", entries: ops, origin };
}
function source(a, scope) {
  return scope.file.src.text.slice(a.expr.range.start, a.expr.range.end);
}

// src/resolve/block-values.ts
function instancesValue(block, module, file, one, text2) {
  const gated = !!attr(block.body, "count") || !!attr(block.body, "for_each");
  let instances = gateInstances(block.body, moduleScope(module, file));
  if (!instances && attr(block.body, "count")) instances = [{ key: 0, bindings: /* @__PURE__ */ new Map([["count", unknown("count")]]) }];
  if (!instances) return unknown(text2);
  if (!gated) return one(instances[0]);
  if (attr(block.body, "count")) return { kind: "list", items: instances.map(one) };
  return { kind: "object", entries: instances.map((i) => ({ key: String(i.key), value: one(i) })) };
}
function documentValue(address, block, module, resolving) {
  const memo = module.memo.documents;
  const cached = memo.get(address);
  if (cached) return cached;
  const value = instancesValue(
    block.item,
    module,
    block.file,
    (i) => {
      const scope = { ...moduleScope(module, block.file), bindings: i.bindings, resolving };
      const doc = { ...renderPolicyDocument(block.item, scope), encoded: "json", source: "policy-document" };
      const entries = [
        // The provider indents `json` (what policy-size counts), not `minified_json`.
        { key: "json", value: { ...doc, indented: true } },
        { key: "minified_json", value: doc },
        { key: "id", value: unknown(`${address}.id`, void 0, { ref: address }) }
      ];
      return { kind: "object", entries, origin: doc.origin };
    },
    address
  );
  memo.set(address, value);
  return value;
}
function moduleValue(module, name, withOutputs = true) {
  const memo = module.memo.calls;
  const key = `${withOutputs}\0${name}`;
  if (!memo.has(key)) memo.set(key, moduleInstancesValue(module, name, withOutputs));
  return memo.get(key);
}
function moduleInstancesValue(module, name, withOutputs) {
  const call = module.calls.get(name);
  const child = module.child(name);
  if (!call || !child) return void 0;
  const outputs = () => ({
    kind: "object",
    entries: withOutputs ? [...child.outputs.keys()].map((o) => ({ key: o, value: moduleOutput(module, name, o) ?? unknown(`module.${name}.${o}`) })) : []
  });
  let shared;
  return instancesValue(call.item, module, call.file, () => shared ??= outputs(), `module.${name}`);
}
function symbolValue(address, block, module, symbols) {
  return instancesValue(
    block.item,
    module,
    block.file,
    () => ({
      kind: "object",
      entries: Object.entries(symbols).map(([key, symbol]) => ({ key, value: unknown(`${address}.${key}`, void 0, { symbol }) }))
    }),
    address
  );
}

// src/resolve/evaluate.ts
function moduleScope(module, file) {
  return { module, file, bindings: /* @__PURE__ */ new Map(), resolving: /* @__PURE__ */ new Set() };
}
var MAX_ITEMS = 1e4;
var STAND_INS = { "this-account": "000000000001", "this-partition": "aws", "this-region": "us-east-1" };
function evaluate(e, scope) {
  const origin = { file: scope.file.src.path, range: e.range };
  const text2 = () => exprText(scope.file.src.text, e);
  const budget = scope.module.budget;
  if (++budget.steps > LIMITS.steps) {
    if (!budget.exhausted) {
      budget.exhausted = true;
      note(
        budget,
        origin,
        `evaluation stopped here: this root module needs over ${LIMITS.steps.toLocaleString("en-US")} evaluation steps; the rest of its values are unresolved`
      );
    }
    return unknown(text2(), origin);
  }
  switch (e.t) {
    case "literal":
      if (e.value === null) return { kind: "null", origin };
      return fromPlain(e.value, origin);
    case "template":
      return evaluateTemplate(e, scope, origin);
    case "tuple":
      return { kind: "list", items: e.items.map((i) => evaluate(i, scope)), origin };
    case "object": {
      const entries = [];
      for (const el of e.elems) {
        const key = objectKey(el.key, scope);
        if (key === void 0) return unknown(text2(), origin);
        entries.push({ key, keyOrigin: { file: origin.file, range: el.key.range }, value: evaluate(el.value, scope) });
      }
      return { kind: "object", entries, origin };
    }
    case "variable": {
      const bound = scope.bindings.get(e.name);
      if (bound) return bound;
      return unknown(text2(), origin);
    }
    case "getattr":
    case "index":
    case "splat":
      return evaluateTraversal(e, scope, origin);
    case "call": {
      const args = e.args.map((a) => evaluate(a, scope));
      return callFunction(e.name, args, { origin, text: text2(), scope });
    }
    case "for":
      return evaluateFor(e, scope, origin, text2());
    case "conditional":
      return evaluateConditional(e, scope, origin, text2());
    case "unary": {
      const v = evaluate(e.operand, scope);
      const b = asBool(v);
      const n = toNumber(v);
      if (e.op === "!" && b !== void 0) return { kind: "bool", value: !b, origin };
      if (e.op === "-" && n !== void 0) return { kind: "number", value: -n, origin };
      return unknown(text2(), origin);
    }
    case "binary":
      return evaluateBinary(e, scope, origin, text2());
    case "invalid":
      return unknown(text2(), origin);
  }
}
function objectKey(k, scope) {
  if (k.t === "variable") return k.name;
  const v = evaluate(k, scope);
  return v.kind === "string" ? v.value : v.kind === "number" || v.kind === "bool" ? String(v.value) : void 0;
}
function evaluateTemplate(e, scope, origin) {
  const src = scope.file.src;
  const only = e.parts.length === 1 ? e.parts[0] : void 0;
  if (!e.heredoc && only?.t === "interpolation" && only.range.start === e.content.start && only.range.end === e.content.end) return evaluate(only.expr, scope);
  let out = "";
  let known = true;
  let symbolic = false;
  let pos = e.content.start;
  const sub = (from, to) => {
    const raw = src.text.slice(from, to);
    out += e.heredoc ? raw.replace(/([$%])\1\{/g, "$1{") : unescapeQuoted(raw);
  };
  for (const p of e.parts) {
    if (p.t === "literal") continue;
    sub(pos, Math.max(pos, p.range.start));
    pos = Math.max(pos, p.range.end);
    if (p.t === "directive") {
      known = false;
      continue;
    }
    const v = evaluate(p.expr, scope);
    if (v.kind === "string" || v.kind === "number" || v.kind === "bool") out += String(v.value);
    else if (v.kind === "unknown" && v.symbol) {
      out += STAND_INS[v.symbol];
      symbolic = true;
    } else known = false;
  }
  sub(pos, e.content.end);
  if (out.length > LIMITS.stringLength && e.parts.some((p) => p.t !== "literal"))
    return tooLong(scope.module.budget, origin, src.text.slice(e.range.start, Math.min(e.range.end, e.range.start + 40)));
  if (e.heredoc && isStripHeredoc(src.text, e.range.start)) out = stripIndent(out);
  const embeddedJson = () => templateAsJson(src, e, (x) => evaluate(x, scope));
  const source2 = e.heredoc ? "heredoc" : "string";
  const shown = e.heredoc ? src.text.slice(e.range.start, e.range.end) : src.text.slice(e.content.start, e.content.end);
  if (known) return { kind: "string", value: out, origin, embeddedJson, source: source2, ...symbolic ? { symbolic: shown } : {} };
  return { ...unknown(shown, origin), embeddedJson, source: source2 };
}
function isStripHeredoc(text2, start) {
  return text2.startsWith("<<-", start);
}
function stripIndent(s2) {
  const lines = s2.split("\n");
  let n = Infinity;
  for (const l of lines) if (l.trim()) n = Math.min(n, /^[ \t]*/.exec(l)[0].length);
  if (n === Infinity) n = 0;
  return lines.map((l) => l.slice(Math.min(n, /^[ \t]*/.exec(l)[0].length))).join("\n");
}
function evaluateTraversal(e, scope, origin) {
  const path = [];
  let root = e;
  while (root.t === "getattr" || root.t === "index") {
    path.unshift(root.t === "getattr" ? { t: "attr", name: root.name } : { t: "index", key: root.key });
    root = root.object;
  }
  const text2 = exprText(scope.file.src.text, e);
  if (root.t === "splat") {
    const base = evaluate(root.object, scope);
    if (base.kind === "unknown") return unknown(text2, origin, base.ref ? { ref: base.ref, refModule: base.refModule } : {});
    const items = base.kind === "list" ? base.items : base.kind === "null" ? [] : [base];
    return { kind: "list", items: items.map((it) => applyPath(it, [...root.each, ...path], scope, origin, text2)), origin };
  }
  if (root.t !== "variable") return applyPath(evaluate(root, scope), path, scope, origin, text2);
  const name = root.name;
  if (scope.bindings.has(name)) return applyPath(scope.bindings.get(name), path, scope, origin, text2);
  const first = path[0]?.t === "attr" ? path[0].name : void 0;
  const second = path[1]?.t === "attr" ? path[1].name : void 0;
  const atThisUse = (v) => atUse(v, origin);
  if (name === "var" && first) return applyPath(variableValue(first, scope), path.slice(1), scope, origin, text2, atThisUse);
  if (name === "local" && first) return applyPath(localValue(first, scope), path.slice(1), scope, origin, text2, atThisUse);
  if (name === "path" && first === "module") return { kind: "string", value: ".", origin };
  if (name === "data" && first && second) return dataReference(first, second, path.slice(2), scope, origin, text2);
  if (name === "module" && first && second) {
    const out = guarded(`module.${first}.${second}`, scope, () => moduleOutput(scope.module, first, second) ?? unknown(text2, origin));
    return applyPath(out, path.slice(2), scope, origin, text2);
  }
  const output = path[2]?.t === "attr" ? path[2].name : void 0;
  if (name === "module" && first && output && path[1]?.t === "index" && scope.module.child(first)?.outputs.has(output)) {
    const exists = applyPath(moduleValue(scope.module, first, false) ?? unknown(text2, origin), path.slice(1, 2), scope, origin, text2);
    if (exists.kind === "unknown") return exists;
    const out = guarded(`module.${first}.${output}`, scope, () => moduleOutput(scope.module, first, output) ?? unknown(text2, origin));
    return applyPath(out, path.slice(3), scope, origin, text2);
  }
  if (name === "module" && first) {
    const all = guarded(`module.${first}`, scope, () => moduleValue(scope.module, first) ?? unknown(text2, origin));
    return applyPath(all, path.slice(1), scope, origin, text2);
  }
  if (first && !["count", "each", "self", "module", "terraform"].includes(name)) {
    const address = `${name}.${first}`;
    if (scope.module.blocks.has(address)) return unknown(text2, origin, { ref: address, refModule: scope.module.path });
  }
  return unknown(text2, origin);
}
function applyPath(v, path, scope, origin, text2, reached = (x) => x) {
  let cur = v;
  for (const step of path) {
    if (cur.kind === "unknown")
      return unknown(text2, origin, { ...cur.ref ? { ref: cur.ref, refModule: cur.refModule } : {}, ...cur.error ? { error: true } : {} });
    let key;
    if (step.t === "attr") key = step.name;
    else {
      const k = evaluate(step.key, scope);
      key = k.kind === "string" || k.kind === "number" ? k.value : void 0;
      if (k.kind === "string" && cur.kind === "list" && /^\d+$/.test(k.value)) key = Number(k.value);
    }
    if (key === void 0) return unknown(text2, origin);
    if (cur.kind === "object") {
      const entry = cur.entries.findLast((en) => en.key === String(key));
      if (!entry) return unknown(text2, origin, { error: true });
      cur = entry.value;
    } else if (cur.kind === "list" && typeof key === "number") {
      if (key < 0 || key >= cur.items.length) return unknown(text2, origin, { error: true });
      cur = cur.items[key];
    } else return unknown(text2, origin, cur.kind === "null" ? { error: true } : {});
  }
  return reached(cur);
}
function variableValue(name, scope) {
  const given = () => scope.module.varValues.get(name) ?? scope.module.input?.(name);
  const set = scope.defaults === false ? scope.module.inputWithoutDefaults?.(name) ?? given() : given();
  if (set) return set;
  if (scope.defaults === false && !scope.module.path.length) return unknown(`var.${name}`);
  const decl = scope.module.variables.get(name);
  const def = decl?.item.body.attributes.find((a) => a.name === "default");
  if (!decl || !def) return unknown(`var.${name}`);
  return memoised(
    scope,
    `var.${name}`,
    { file: decl.file.src.path, range: def.expr.range },
    () => guarded(`var.${name}`, scope, () => evaluate(def.expr, { ...scope, file: decl.file, bindings: /* @__PURE__ */ new Map() }))
  );
}
function localValue(name, scope) {
  const decl = scope.module.locals.get(name);
  if (!decl) return unknown(`local.${name}`);
  return memoised(
    scope,
    `local.${name}`,
    { file: decl.file.src.path, range: decl.item.expr.range },
    () => guarded(`local.${name}`, scope, () => evaluate(decl.item.expr, { ...scope, file: decl.file, bindings: /* @__PURE__ */ new Map() }))
  );
}
function memoised(scope, key, at2, f) {
  const memo = scope.module.memo.values;
  const slot = scope.defaults === false ? `${key}\0without-defaults` : key;
  const hit = memo.get(slot);
  if (hit) return hit;
  if (scope.resolving.has(key)) return f();
  let v = f();
  if (valueSize(v, LIMITS.valueNodes) > LIMITS.valueNodes) {
    note(scope.module.budget, at2, `${key} holds over ${LIMITS.valueNodes.toLocaleString("en-US")} values, more than policylint evaluates; it is unresolved`);
    v = unknown(key, at2);
  }
  memo.set(slot, v);
  return v;
}
function valueSize(v, limit) {
  let n = 0;
  const stack = [v];
  while (stack.length && n <= limit) {
    const x = stack.pop();
    n++;
    if (x.kind === "list") for (const i of x.items) stack.push(i);
    else if (x.kind === "object") for (const e of x.entries) stack.push(e.value);
  }
  return n;
}
function guarded(key, scope, f) {
  if (scope.resolving.has(key)) return unknown(key);
  scope.resolving.add(key);
  try {
    return f();
  } finally {
    scope.resolving.delete(key);
  }
}
var SYMBOLS = {
  aws_caller_identity: { account_id: "this-account" },
  aws_partition: { partition: "this-partition" },
  aws_region: { name: "this-region", region: "this-region" }
};
function dataReference(type, name, rest, scope, origin, text2) {
  const attrName = rest.find((s2) => s2.t === "attr")?.name;
  const symbol = attrName && Object.hasOwn(SYMBOLS, type) && Object.hasOwn(SYMBOLS[type], attrName) ? SYMBOLS[type][attrName] : void 0;
  if (symbol) return unknown(text2, origin, { symbol });
  const address = `data.${type}.${name}`;
  const block = scope.module.blocks.get(address);
  if (SYMBOLS[type] && block && !rest.length) return symbolValue(address, block, scope.module, SYMBOLS[type]);
  if (type === "aws_iam_policy_document" && block) {
    const all = guarded(address, scope, () => documentValue(address, block, scope.module, scope.resolving));
    return applyPath(all, rest, scope, origin, text2);
  }
  return unknown(text2, origin, block ? { ref: address, refModule: scope.module.path } : {});
}
function evaluateFor(e, scope, origin, text2) {
  const coll = evaluate(e.collection, scope);
  let pairs;
  if (coll.kind === "list") pairs = coll.items.map((v, i) => [{ kind: "number", value: i }, v]);
  else if (coll.kind === "object") pairs = coll.entries.map((en) => [{ kind: "string", value: en.key }, en.value]);
  else return unknown(text2, origin);
  if (pairs.length > MAX_ITEMS) return unknown(text2, origin);
  const items = [];
  const entries = [];
  for (const [k, v] of pairs) {
    if (scope.module.budget.exhausted) return unknown(text2, origin);
    const bindings = new Map(scope.bindings);
    if (e.keyVar) bindings.set(e.keyVar, k);
    bindings.set(e.valueVar, v);
    const inner = { ...scope, bindings };
    if (e.cond) {
      const c = evaluate(e.cond, inner);
      if (c.kind !== "bool") return unknown(text2, origin);
      if (!c.value) continue;
    }
    const value = evaluate(e.value, inner);
    if (e.form === "tuple") items.push(value);
    else {
      const key = evaluate(e.key, inner);
      if (key.kind !== "string") return unknown(text2, origin);
      entries.push({ key: key.value, value });
    }
  }
  return e.form === "tuple" ? { kind: "list", items, origin } : { kind: "object", entries, origin };
}
function asBool(v) {
  if (v.kind === "bool") return v.value;
  if (v.kind === "string" && !v.symbolic && (v.value === "true" || v.value === "false")) return v.value === "true";
  return void 0;
}
function isExact(v) {
  if (v.kind === "string") return !v.symbolic;
  if (v.kind === "list") return v.items.every(isExact);
  if (v.kind === "object") return v.entries.every((e) => isExact(e.value));
  return v.kind !== "unknown";
}
var canonical = (x) => Array.isArray(x) ? `[${x.map(canonical).join(",")}]` : x && typeof x === "object" ? `{${Object.keys(x).sort().map((k) => `${JSON.stringify(k)}:${canonical(x[k])}`).join(",")}}` : JSON.stringify(x);
var sameValue = (a, b) => canonical(toPlain(a)) === canonical(toPlain(b));
function evaluateConditional(e, scope, origin, text2) {
  const c = asBool(evaluate(e.cond, scope));
  if (c !== void 0) return evaluate(c ? e.then : e.else, scope);
  const a = evaluate(e.then, scope);
  const b = evaluate(e.else, scope);
  return isExact(a) && isExact(b) && sameValue(a, b) ? a : unknown(text2, origin);
}
function evaluateBinary(e, scope, origin, text2) {
  const l = evaluate(e.left, scope);
  const r = evaluate(e.right, scope);
  const num2 = (x) => ({ kind: "number", value: x, origin });
  const bool2 = (x) => ({ kind: "bool", value: x, origin });
  if (e.op === "&&" || e.op === "||") {
    const a2 = asBool(l);
    const b2 = asBool(r);
    const decider = e.op === "||";
    if (a2 === decider || b2 === decider) return bool2(decider);
    return a2 !== void 0 && b2 !== void 0 ? bool2(decider ? a2 || b2 : a2 && b2) : unknown(text2, origin);
  }
  if ((e.op === "==" || e.op === "!=") && (l.kind === "null" || r.kind === "null") && l.kind !== "unknown" && r.kind !== "unknown")
    return bool2(l.kind === r.kind === (e.op === "=="));
  if (!isExact(l) || !isExact(r)) return unknown(text2, origin);
  if (e.op === "==") return bool2(sameValue(l, r));
  if (e.op === "!=") return bool2(!sameValue(l, r));
  const a = toNumber(l);
  const b = toNumber(r);
  if (a === void 0 || b === void 0) return unknown(text2, origin);
  switch (e.op) {
    case "+":
      return num2(a + b);
    case "-":
      return num2(a - b);
    case "*":
      return num2(a * b);
    case "/":
      return b === 0 ? unknown(text2, origin, { error: true }) : num2(a / b);
    case "%":
      return b === 0 ? unknown(text2, origin, { error: true }) : num2(a % b);
    case "<":
      return bool2(a < b);
    case ">":
      return bool2(a > b);
    case "<=":
      return bool2(a <= b);
    case ">=":
      return bool2(a >= b);
  }
  return unknown(text2, origin);
}
function toNumber(v) {
  if (v.kind === "number") return v.value;
  if (v.kind === "string" && v.value.trim() !== "" && Number.isFinite(Number(v.value))) return Number(v.value);
  return void 0;
}

// src/resolve/module-graph.ts
var MAX_DEPTH = 8;
function wireModules(root, parsed, readFile, downloaded = () => void 0) {
  const wire = (m, chain) => {
    const cache = /* @__PURE__ */ new Map();
    const child = (name) => {
      if (cache.has(name)) return cache.get(name);
      cache.set(name, void 0);
      const call = m.calls.get(name);
      const path = [...m.path, `module.${name}`];
      const local = call && localSource(m, call.item);
      const dir = local ?? downloaded(manifestKey(path));
      const files = dir ? parsed.get(dir) : void 0;
      if (!call || !dir || !files || m.path.length >= MAX_DEPTH) return void 0;
      const at2 = { file: call.file.src.path, range: (attr(call.item.body, "source") ?? call.item).range };
      if (chain.includes(dir)) {
        note(
          m.budget,
          at2,
          `module.${name} calls ${dir === m.dir ? "its own folder" : "a folder that calls it"}, a cycle Terraform rejects; policylint does not follow it`
        );
        return void 0;
      }
      if (++m.budget.instances > LIMITS.instances) {
        note(m.budget, at2, `module.${name} is not evaluated: this root reaches over ${LIMITS.instances} module instances; its outputs are unresolved`);
        return void 0;
      }
      const callee = buildModule(dir, files, readFile(dir), path, m.budget);
      const base = moduleScope(m, call.file);
      const instances = gateInstances(call.item.body, base);
      callee.exists = m.exists !== false && instances?.length !== 0;
      const scope = instances?.length === 1 ? { ...base, bindings: instances[0].bindings } : base;
      callee.calledAt = m.calledAt ?? (local ? void 0 : { file: call.file.src.path, range: call.item.range });
      const inputs = /* @__PURE__ */ new Map();
      const input = (v) => {
        if (MODULE_META_ARGUMENTS.has(v)) return void 0;
        let value = inputs.get(v);
        if (value) return value;
        const a = call.item.body.attributes.findLast((x) => x.name === v);
        if (!a) return void 0;
        value = atUse(evaluate(a.expr, scope), { file: call.file.src.path, range: a.expr.range });
        inputs.set(v, value);
        return value;
      };
      callee.input = input;
      const strict = /* @__PURE__ */ new Map();
      const inputWithoutDefaults = (v) => {
        const a = MODULE_META_ARGUMENTS.has(v) ? void 0 : attr(call.item.body, v);
        if (!a) return void 0;
        if (!strict.has(v)) strict.set(v, evaluate(a.expr, { ...scope, defaults: false }));
        return strict.get(v);
      };
      callee.inputWithoutDefaults = inputWithoutDefaults;
      wire(callee, [...chain, dir]);
      cache.set(name, callee);
      return callee;
    };
    m.child = child;
  };
  wire(root, [root.dir]);
}
function moduleInstances(root) {
  const out = [root];
  for (let i = 0; i < out.length; i++) {
    for (const name of out[i].calls.keys()) {
      const c = out[i].child(name);
      if (c && c.exists !== false) out.push(c);
    }
  }
  return out;
}
function manifestKey(path) {
  return path.map((p) => p.replace(/^module\./, "")).join(".");
}
function moduleOutput(m, name, output) {
  const child = m.child(name);
  const out = child?.outputs.get(output);
  const value = out && attr(out.item.body, "value");
  if (!child || !out || !value) return void 0;
  return evaluate(value.expr, moduleScope(child, out.file));
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
    const text2 = overlays?.get(path) ?? readRegularFile(path, "variable file");
    if (typeof text2 !== "string") {
      parseError(path, text2.error);
      continue;
    }
    const src = makeSource(path, text2);
    if (path.endsWith(".json")) {
      const parsed = parseJson({ file: path, text: text2 });
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
  const list3 = st?.kind === "list" ? st.items : st ? [st] : [];
  return list3.some((s2) => s2.kind === "object" && !!getEntry(s2, "Principal"));
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

// src/extract/iam-graph.ts
function buildIamGraph(module) {
  const g = {
    groups: [],
    groupPolicies: /* @__PURE__ */ new Map(),
    rolePolicies: /* @__PURE__ */ new Map(),
    oidcProviders: /* @__PURE__ */ new Map(),
    members: /* @__PURE__ */ new Map(),
    users: /* @__PURE__ */ new Map(),
    rolePaths: /* @__PURE__ */ new Map()
  };
  const byName = /* @__PURE__ */ new Map();
  const roleByName = /* @__PURE__ */ new Map();
  const prefix = module.path.length ? `${module.path.join(".")}.` : "";
  const resources = [...module.blocks].filter(([, b]) => b.item.type === "resource").map(([a, b]) => [prefix + a, b]);
  for (const [address, { file, item }] of resources) {
    if (item.labels[0] === "aws_iam_group") {
      const name = attrValue(module, file, item, "name");
      g.groups.push({ address, origin: { file: file.src.path, range: item.range }, name: name?.kind === "string" ? name.value : void 0 });
      if (name?.kind === "string") byName.set(name.value, address);
    } else if (item.labels[0] === "aws_iam_user") g.users.set(address, { accessKey: false, loginProfile: false });
    else if (item.labels[0] === "aws_iam_role") {
      const name = attrValue(module, file, item, "name");
      const path = attrValue(module, file, item, "path");
      if (name?.kind === "string" && (!path || path.kind === "string")) g.rolePaths.set(name.value, path?.kind === "string" ? path.value : "/");
      if (name?.kind === "string") roleByName.set(name.value, address);
      const managed = attrValue(module, file, item, "managed_policy_arns");
      const origin = { file: file.src.path, range: item.range };
      if (managed?.kind === "list")
        for (const arn of managed.items) attachTo(g.rolePolicies, address, arn.kind === "string" ? { arn: arn.value, origin } : policyRef(arn, origin, prefix));
    } else if (item.labels[0] === "aws_iam_openid_connect_provider") {
      const url = attrValue(module, file, item, "url");
      if (url?.kind === "string")
        g.oidcProviders.set(
          address,
          url.value.replace(/^https:\/\//, "").replace(/\/$/, "").toLowerCase()
        );
    }
  }
  const refsOf = (v, type) => {
    if (!v) return [];
    if (v.kind === "list") return v.items.flatMap((i) => refsOf(i, type));
    if (v.kind === "unknown" && v.ref?.startsWith(`${type}.`)) return [absolute(v, prefix)];
    if (v.kind === "string" && type === "aws_iam_group") return [byName.get(v.value) ?? `${BY_NAME}${v.value}`];
    if (v.kind === "string" && type === "aws_iam_role" && roleByName.has(v.value)) return [roleByName.get(v.value)];
    return [];
  };
  const attach = (group, entry) => attachTo(g.groupPolicies, group, entry);
  for (const [address, { file, item }] of resources) {
    const v = (name) => attrValue(module, file, item, name);
    const origin = { file: file.src.path, range: item.range };
    switch (item.labels[0]) {
      case "aws_iam_group_policy":
        for (const grp of refsOf(v("group"), "aws_iam_group")) attach(grp, { policyAddress: address, origin });
        break;
      case "aws_iam_role_policy":
        for (const role of refsOf(v("role"), "aws_iam_role")) attachTo(g.rolePolicies, role, { policyAddress: address, origin });
        break;
      case "aws_iam_role_policy_attachment": {
        const arn = v("policy_arn");
        const entry = arn?.kind === "string" ? { arn: arn.value, origin } : policyRef(arn, origin, prefix);
        for (const role of refsOf(v("role"), "aws_iam_role")) attachTo(g.rolePolicies, role, entry);
        break;
      }
      case "aws_iam_group_policy_attachment":
      case "aws_iam_policy_attachment": {
        const arn = v("policy_arn");
        const policy = refsOf(arn, "aws_iam_policy")[0];
        const entry = policy ? { policyAddress: policy, origin } : arn?.kind === "string" ? { arn: arn.value, origin } : {
          unresolved: file.src.text.slice(attr(item.body, "policy_arn")?.expr.range.start ?? 0, attr(item.body, "policy_arn")?.expr.range.end ?? 0),
          origin
        };
        for (const grp of refsOf(v(item.labels[0] === "aws_iam_policy_attachment" ? "groups" : "group"), "aws_iam_group")) attach(grp, entry);
        if (item.labels[0] === "aws_iam_policy_attachment") for (const role of refsOf(v("roles"), "aws_iam_role")) attachTo(g.rolePolicies, role, entry);
        break;
      }
      case "aws_iam_user_group_membership":
        for (const grp of refsOf(v("groups"), "aws_iam_group")) addMember(g, grp, refsOf(v("user"), "aws_iam_user"));
        break;
      case "aws_iam_group_membership":
        for (const grp of refsOf(v("group"), "aws_iam_group")) addMember(g, grp, refsOf(v("users"), "aws_iam_user"));
        break;
      case "aws_iam_access_key":
      case "aws_iam_user_login_profile":
        for (const user of refsOf(v("user"), "aws_iam_user")) {
          const u = g.users.get(user);
          if (u && item.labels[0] === "aws_iam_access_key") u.accessKey = true;
          if (u && item.labels[0] === "aws_iam_user_login_profile") u.loginProfile = true;
        }
        break;
    }
  }
  return g;
}
function attachTo(map, key, entry) {
  map.set(key, [...map.get(key) ?? [], entry]);
}
function policyRef(v, origin, prefix) {
  if (v?.kind === "unknown" && v.ref?.startsWith("aws_iam_policy.")) return { policyAddress: absolute(v, prefix), origin };
  return { unresolved: v?.kind === "unknown" ? v.text : "?", origin };
}
function absolute(v, prefix) {
  if (!v.refModule) return prefix + v.ref;
  return (v.refModule.length ? `${v.refModule.join(".")}.` : "") + v.ref;
}
function addMember(g, group, users) {
  g.members.set(group, [...g.members.get(group) ?? [], ...users]);
}
function attrValue(module, file, block, name) {
  const a = attr(block.body, name);
  return a ? evaluate(a.expr, moduleScope(module, file)) : void 0;
}

// src/suppress/inline.ts
var DIRECTIVE = /^(?:#|\/\/)\s*policylint:ignore\s/;
var RULE_LIST = /^[\w,\s/-]*$/;
function directive(text2) {
  const m = DIRECTIVE.exec(text2);
  if (!m) return void 0;
  const rest = text2.slice(m[0].length);
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
    const text2 = src.text.slice(src.lineStarts[next - 1], src.lineStarts[next] ?? src.text.length).trim();
    if (text2 && !text2.startsWith("#") && !text2.startsWith("//")) break;
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
          const text2 = src ? call.file.src.text.slice(src.expr.range.start, src.expr.range.end) : "?";
          ctx.info.push(
            `${displayPath(ctx.opts.cwd, call.file.src.path)}: module.${call.item.labels[0]} (source ${text2}) is not fetched; its outputs are Unknown` + (downloaded.size ? "" : " (run terraform init or tofu init to have it read from .terraform/modules)")
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
async function lintModuleUnit(ctx, dir, files) {
  const parsed = /* @__PURE__ */ new Map();
  await parseDir(ctx, parsed, dir, files);
  const names = ctx.listings.get(dir) ?? listDir(dir);
  const downloaded = names.includes(".terraform") ? readModuleManifest(dir) : /* @__PURE__ */ new Map();
  await parseCalled(ctx, parsed, dir, downloaded);
  const reader = (d) => (rel) => {
    const abs = resolve3(d, rel);
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
    for (const list3 of parsed.values())
      for (const f of list3) if (ctx.reportable.has(f.src.path)) ctx.suppressions.push(...parseSuppressions(f.src, f.hcl.comments, f.hcl.body));
  }
  await judge(
    ctx,
    units.map((u) => ({ ex: u.ex, graph: () => buildIamGraph(u.module) }))
  );
  for (const list3 of parsed.values())
    for (const f of list3) {
      const late = f.hcl.deferredErrors?.[0];
      if (late && !f.hcl.errors.length && ctx.requested.has(f.src.path)) ctx.parseError(f.src.path, late.message, late.range);
    }
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

// src/extract/template-files.ts
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
export {
  calledFolders,
  configurationOf,
  extractTemplateFile,
  lintModuleUnit,
  readsPerFolder
};
