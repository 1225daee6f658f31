import { posix } from 'node:path';
import { parseJson } from '../parse/json.js';
import { STAND_INS, fromPlain, isKnownDeep, toPlain, unknown, type ObjectEntry, type Origin, type UnknownValue, type Value } from '../model/value.js';
import type { Scope } from './evaluate.js';
import { templateFile } from './templatefile.js';
import { MORE_FUNCTIONS } from './functions-more.js';
import { LIMITS, note, tooLong } from './limits.js';

interface CallContext {
  origin: Origin;
  text: string;
  scope: Scope;
}

type Fn = (args: Value[], ctx: CallContext) => Value | undefined;

const list = (items: Value[], origin: Origin): Value => ({ kind: 'list', items, origin });
const s = (value: string, origin: Origin): Value => ({ kind: 'string', value, origin });
const asList = (v: Value): Value[] | undefined => (v.kind === 'list' ? v.items : undefined);
const asString = (v: Value): string | undefined => (v.kind === 'string' ? v.value : v.kind === 'number' || v.kind === 'bool' ? String(v.value) : undefined);

/** The functions policies are built with (issue 4); anything else is Unknown. */
const FUNCTIONS: Record<string, Fn> = {
  ...MORE_FUNCTIONS,
  jsonencode: ([v]) => (v ? { ...v, encoded: 'json', source: v.source ?? 'jsonencode' } : undefined),
  jsondecode: ([v], ctx) => {
    if (v?.encoded === 'json') return { ...v, encoded: undefined };
    if (v?.embeddedJson) {
      // Terraform's jsondecode fails on what is not strict JSON: Unknown, not the tolerant reading.
      const p = v.embeddedJson();
      return p.errors.length ? undefined : p.value;
    }
    if (v?.kind !== 'string') return undefined;
    const parsed = parseJson({ file: ctx.origin.file, text: v.value });
    return parsed.value && !parsed.errors.length ? fromPlain(toPlain(parsed.value), v.origin) : undefined;
  },
  merge: (args, ctx) => {
    if (!args.every((a) => a.kind === 'object' || a.kind === 'null')) return undefined;
    const byKey = new Map<string, ObjectEntry>();
    for (const a of args) if (a.kind === 'object') for (const e of a.entries) byKey.set(e.key, e);
    return { kind: 'object', entries: [...byKey.values()], origin: ctx.origin };
  },
  concat: (args, ctx) =>
    args.every((a) => a.kind === 'list')
      ? list(
          args.flatMap((a) => asList(a)!),
          ctx.origin,
        )
      : undefined,
  flatten: ([v], ctx) => {
    if (v?.kind !== 'list') return undefined;
    const out: Value[] = [];
    const walk = (x: Value): boolean => {
      if (x.kind === 'unknown') return false;
      if (x.kind === 'list') return x.items.every(walk);
      out.push(x);
      return true;
    };
    return walk(v) ? list(out, ctx.origin) : undefined;
  },
  distinct: ([v], ctx) => dedupe(v, ctx),
  toset: ([v], ctx) => dedupe(v, ctx),
  tolist: ([v]) => (v?.kind === 'list' ? v : undefined),
  tostring: ([v], ctx) => (asString(v) !== undefined ? s(asString(v)!, ctx.origin) : undefined),
  lower: ([v], ctx) => (v?.kind === 'string' ? s(v.value.toLowerCase(), ctx.origin) : undefined),
  upper: ([v], ctx) => (v?.kind === 'string' ? s(v.value.toUpperCase(), ctx.origin) : undefined),
  trimspace: ([v], ctx) => (v?.kind === 'string' ? s(v.value.trim(), ctx.origin) : undefined),
  format: ([f, ...rest], ctx) => {
    // This account, partition or region stands in as it does in a template ("arn:${...}"): an ARN
    // built with format() is as known as one interpolated (format("arn:%s:iam::aws:policy/X",
    // data.aws_partition.current.partition) names the same managed policy in every partition).
    const text = (r: Value) => (r.kind === 'unknown' && r.symbol ? STAND_INS[r.symbol] : asString(r));
    if (f?.kind !== 'string' || !rest.every((r) => text(r) !== undefined)) return undefined;
    let i = 0;
    const out = f.value.replace(/%(%|[sdv])/g, (_m, c: string) => (c === '%' ? '%' : (text(rest[i++]) ?? '')));
    const symbolic = [f, ...rest].some((r) => (r.kind === 'unknown' && r.symbol) || (r.kind === 'string' && r.symbolic !== undefined));
    return symbolic ? { kind: 'string', value: out, origin: ctx.origin, symbolic: ctx.text } : s(out, ctx.origin);
  },
  join: ([sep, l], ctx) => {
    const items = l && asList(l);
    // join("", x.*.json) of one rendered document is that document's JSON text (count = 1 modules).
    // join("", x[*].partition) of one counted data source: that one (symbolic) value.
    if (sep?.kind === 'string' && items?.length === 1 && (items[0].encoded === 'json' || (items[0].kind === 'unknown' && items[0].symbol))) return items[0];
    if (sep?.kind !== 'string' || !items || !items.every((i) => asString(i) !== undefined)) return undefined;
    if (items.reduce((n, i) => n + asString(i)!.length + sep.value.length, 0) > LIMITS.stringLength)
      return tooLong(ctx.scope.module.budget, ctx.origin, ctx.text);
    return s(items.map((i) => asString(i)).join(sep.value), ctx.origin);
  },
  split: ([sep, v], ctx) =>
    sep?.kind === 'string' && v?.kind === 'string'
      ? list(
          v.value.split(sep.value).map((p) => s(p, ctx.origin)),
          ctx.origin,
        )
      : undefined,
  replace: ([v, a, b], ctx) => {
    if (v?.kind !== 'string' || a?.kind !== 'string' || b?.kind !== 'string') return undefined;
    if (a.value.length > 1 && a.value.startsWith('/') && a.value.endsWith('/')) return undefined;
    const parts = v.value.split(a.value);
    // Measured before it is built: thirty doublings were a V8 fatal error (issue 12).
    if (v.value.length + (parts.length - 1) * (b.value.length - a.value.length) > LIMITS.stringLength)
      return tooLong(ctx.scope.module.budget, ctx.origin, ctx.text);
    return s(parts.join(b.value), ctx.origin);
  },
  lookup: ([m, k, d]) => {
    if (m?.kind !== 'object' || k?.kind !== 'string') return undefined;
    return m.entries.findLast((e) => e.key === k.value)?.value ?? d;
  },
  element: ([l, i]) => {
    const items = l && asList(l);
    if (!items?.length || i?.kind !== 'number') return undefined;
    return items[Math.floor(i.value) % items.length];
  },
  length: ([v], ctx) => {
    const n = v?.kind === 'list' ? v.items.length : v?.kind === 'object' ? v.entries.length : v?.kind === 'string' ? [...v.value].length : undefined;
    return n === undefined ? undefined : { kind: 'number', value: n, origin: ctx.origin };
  },
  coalesce: (args) => args.find((a) => a.kind !== 'null' && !(a.kind === 'string' && a.value === '')) ?? undefined,
  compact: ([v], ctx) => {
    const items = v && asList(v);
    if (!items || items.some((i) => i.kind === 'unknown')) return undefined;
    return list(
      items.filter((i) => !(i.kind === 'null' || (i.kind === 'string' && i.value === ''))),
      ctx.origin,
    );
  },
  // Terraform's try: the first argument that is not an error. An Unknown one that may yet be a
  // value makes the result Unknown, not the fallback (`try(data.x.id, "")` is not "").
  try: (args) => args.find((a) => !(a.kind === 'unknown' && a.error)),
  can: ([v], ctx) => {
    if (!v) return undefined;
    if (v.kind === 'unknown') return v.error ? { kind: 'bool', value: false, origin: ctx.origin } : undefined;
    return { kind: 'bool', value: true, origin: ctx.origin };
  },
  one: ([v], ctx) => {
    if (v?.kind === 'null') return { kind: 'null', origin: ctx.origin };
    if (v?.kind !== 'list' || v.items.length > 1) return undefined;
    return v.items[0] ?? { kind: 'null', origin: ctx.origin };
  },
  templatefile: ([p, vars], ctx) => {
    if (p?.kind !== 'string' || (vars && vars.kind !== 'object')) return undefined;
    const src = readConfined('templatefile', p.value, ctx);
    return src ? templateFile(src, vars, ctx.scope, ctx.text, ctx.origin) : undefined;
  },
  file: ([p], ctx) => {
    if (p?.kind !== 'string') return undefined;
    const src = readConfined('file', p.value, ctx);
    if (!src) return undefined;
    const embeddedJson = () => parseJson({ file: src.path, text: src.text });
    return { kind: 'string', value: src.text, origin: { file: src.path, range: { start: 0, end: src.text.length } }, embeddedJson, source: 'file-function' };
  },
};

/** A file a function names, or nothing; a refusal (outside the scanned folders) is said, with no content. */
function readConfined(fn: string, path: string, ctx: CallContext) {
  const got = ctx.scope.module.readFile(posix.normalize(path));
  if (got && 'refused' in got) {
    note(ctx.scope.module.budget, ctx.origin, `${fn}("${path}") is not read: it ${got.refused}; the value is unresolved`);
    return undefined;
  }
  return got;
}

function dedupe(v: Value | undefined, ctx: CallContext): Value | undefined {
  if (v?.kind !== 'list' || !isKnownDeep(v)) return undefined;
  const seen = new Set<string>();
  const items = v.items.filter((i) => {
    const k = JSON.stringify(toPlain(i));
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return list(items, ctx.origin);
}

/** Functions that pick from or reshape a list: an Unknown reference to a resource they are given
 * (`one(aws_iam_policy.x[*].arn)`) is still that resource's, for the IAM graph. */
const KEEPS_REFERENCE = new Set(['one', 'element', 'join', 'tolist', 'toset', 'flatten', 'compact', 'distinct', 'coalesce', 'try', 'concat']);

export function callFunction(name: string, args: Value[], ctx: CallContext): Value {
  // Own names only: `valueOf()` or `__proto__()` must not find Object.prototype (issue 12).
  const bare = name.replace(/^provider::[^:]+::/, '');
  const fn = Object.hasOwn(FUNCTIONS, bare) ? FUNCTIONS[bare] : undefined;
  const result = fn ? fn(args, ctx) : undefined;
  if (result?.kind === 'string' && result.value.length > LIMITS.stringLength && result.source !== 'file-function')
    return tooLong(ctx.scope.module.budget, ctx.origin, ctx.text);
  if (result) return result;
  const withRef = KEEPS_REFERENCE.has(bare) ? args.filter((a): a is UnknownValue => a.kind === 'unknown' && !!a.ref) : [];
  const refs = [...new Set(withRef.map((a) => a.ref))];
  return unknown(ctx.text, ctx.origin, refs.length === 1 ? { ref: refs[0], refModule: withRef[0].refModule } : {});
}
