import { toPlain, type Origin, type Value } from '../model/value.js';

/**
 * Functions modules gate statements and build lists with (`contains(var.features, "x")`,
 * `keys(var.principals)`, `coalescelist(var.arns, [...])`), as Terraform defines them. Each
 * answers only when what it reads is known exactly (a string holding this account's stand-in is
 * not: comparing the stand-in would answer for a value the real one may not have).
 */
type Fn = (args: Value[], ctx: { origin: Origin }) => Value | undefined;

const exact = (v: Value | undefined): v is Value =>
  !!v &&
  (v.kind === 'string'
    ? !v.symbolic
    : v.kind === 'list'
      ? v.items.every(exact)
      : v.kind === 'object'
        ? v.entries.every((e) => exact(e.value))
        : v.kind !== 'unknown');
const same = (a: Value, b: Value) => JSON.stringify(toPlain(a)) === JSON.stringify(toPlain(b));
const bool = (value: boolean, origin: Origin): Value => ({ kind: 'bool', value, origin });
const str = (value: string, origin: Origin): Value => ({ kind: 'string', value, origin });
const list = (items: Value[], origin: Origin): Value => ({ kind: 'list', items, origin });
const text = (v: Value | undefined) => (v?.kind === 'string' && !v.symbolic ? v.value : undefined);
const num = (v: Value | undefined) => (v?.kind === 'number' ? v.value : v?.kind === 'string' && /^-?\d+(\.\d+)?$/.test(v.value) ? Number(v.value) : undefined);

export const MORE_FUNCTIONS: Record<string, Fn> = {
  contains: ([l, x], { origin }) => {
    if (l?.kind !== 'list' || !exact(x)) return undefined;
    if (l.items.some((i) => exact(i) && same(i, x))) return bool(true, origin);
    return l.items.every(exact) ? bool(false, origin) : undefined;
  },
  keys: ([m], { origin }) =>
    m?.kind === 'object'
      ? list(
          [...new Set(m.entries.map((e) => e.key))].sort().map((k) => str(k, origin)),
          origin,
        )
      : undefined,
  values: ([m], { origin }) => {
    if (m?.kind !== 'object') return undefined;
    const byKey = new Map(m.entries.map((e) => [e.key, e.value]));
    return list(
      [...byKey.keys()].sort().map((k) => byKey.get(k)!),
      origin,
    );
  },
  coalescelist: (args) => {
    for (const a of args) {
      if (a.kind !== 'list') return undefined;
      if (a.items.length) return a;
    }
    return undefined;
  },
  formatlist: ([f, ...rest], { origin }) => {
    const fmt = text(f);
    if (fmt === undefined) return undefined;
    const n = rest.find((r) => r.kind === 'list');
    const len = n?.kind === 'list' ? n.items.length : 1;
    if (rest.some((r) => r.kind === 'list' && r.items.length !== len)) return undefined;
    const out: Value[] = [];
    for (let i = 0; i < len; i++) {
      const vals = rest.map((r) => (r.kind === 'list' ? r.items[i] : r));
      if (!vals.every((v) => v.kind === 'number' || v.kind === 'bool' || text(v) !== undefined)) return undefined;
      let k = 0;
      out.push(
        str(
          fmt.replace(/%(%|[sdv])/g, (_m, c: string) => (c === '%' ? '%' : plainText(toPlain(vals[k++])))),
          origin,
        ),
      );
    }
    return list(out, origin);
  },
  tomap: ([m]) => (m?.kind === 'object' ? m : undefined),
  tonumber: ([v], { origin }) => {
    const n = num(v);
    return n === undefined ? undefined : { kind: 'number', value: n, origin };
  },
  tobool: ([v], { origin }) => (v?.kind === 'bool' ? v : text(v) === 'true' || text(v) === 'false' ? bool(text(v) === 'true', origin) : undefined),
  sensitive: ([v]) => v,
  nonsensitive: ([v]) => v,
  startswith: ([s, p], { origin }) => (text(s) !== undefined && text(p) !== undefined ? bool(text(s)!.startsWith(text(p)!), origin) : undefined),
  endswith: ([s, p], { origin }) => (text(s) !== undefined && text(p) !== undefined ? bool(text(s)!.endsWith(text(p)!), origin) : undefined),
  trimprefix: ([s, p], { origin }) =>
    text(s) !== undefined && text(p) !== undefined ? str(text(s)!.startsWith(text(p)!) ? text(s)!.slice(text(p)!.length) : text(s)!, origin) : undefined,
  trimsuffix: ([s, p], { origin }) =>
    text(s) !== undefined && text(p) !== undefined && text(p) !== ''
      ? str(text(s)!.endsWith(text(p)!) ? text(s)!.slice(0, -text(p)!.length) : text(s)!, origin)
      : undefined,
  alltrue: ([l], { origin }) => {
    if (l?.kind !== 'list') return undefined;
    if (l.items.some((i) => i.kind === 'bool' && !i.value)) return bool(false, origin);
    return l.items.every((i) => i.kind === 'bool') ? bool(true, origin) : undefined;
  },
  anytrue: ([l], { origin }) => {
    if (l?.kind !== 'list') return undefined;
    if (l.items.some((i) => i.kind === 'bool' && i.value)) return bool(true, origin);
    return l.items.every((i) => i.kind === 'bool') ? bool(false, origin) : undefined;
  },
  setunion: (args, { origin }) => {
    if (!args.every((a) => a.kind === 'list' && exact(a))) return undefined;
    const out: Value[] = [];
    for (const a of args) for (const i of (a as { items: Value[] }).items) if (!out.some((o) => same(o, i))) out.push(i);
    return list(out, origin);
  },
  reverse: ([l], { origin }) => (l?.kind === 'list' ? list([...l.items].reverse(), origin) : undefined),
  sort: ([l], { origin }) => {
    if (l?.kind !== 'list' || !l.items.every((i) => text(i) !== undefined)) return undefined;
    return list(
      [...l.items].sort((a, b) => (text(a)! < text(b)! ? -1 : text(a)! > text(b)! ? 1 : 0)),
      origin,
    );
  },
  zipmap: ([k, v], { origin }) => {
    if (k?.kind !== 'list' || v?.kind !== 'list' || k.items.length !== v.items.length || !k.items.every((x) => text(x) !== undefined)) return undefined;
    return { kind: 'object', entries: k.items.map((x, i) => ({ key: text(x)!, value: v.items[i] })), origin };
  },
  slice: ([l, a, b], { origin }) => {
    const s = num(a);
    const e = num(b);
    if (l?.kind !== 'list' || s === undefined || e === undefined || s < 0 || e > l.items.length || s > e) return undefined;
    return list(l.items.slice(s, e), origin);
  },
  max: (args, { origin }) =>
    args.every((a) => num(a) !== undefined) && args.length ? { kind: 'number', value: Math.max(...args.map((a) => num(a)!)), origin } : undefined,
  min: (args, { origin }) =>
    args.every((a) => num(a) !== undefined) && args.length ? { kind: 'number', value: Math.min(...args.map((a) => num(a)!)), origin } : undefined,
  range: (args, { origin }) => {
    // range(limit), range(start, limit), range(start, limit, step), as Terraform's: a step of
    // 1 or -1 by default, and at most 1,024 elements (Terraform's own bound: an error beyond).
    const n = args.map(num);
    if (!n.length || n.length > 3 || n.some((x) => x === undefined)) return undefined;
    const [start, limit] = n.length === 1 ? [0, n[0]!] : [n[0]!, n[1]!];
    const step = n[2] ?? (limit >= start ? 1 : -1);
    if (step === 0 || (step > 0 && limit < start) || (step < 0 && limit > start)) return undefined;
    if (Math.ceil(Math.abs((limit - start) / step)) > 1024) return undefined;
    const items: Value[] = [];
    for (let x = start; step > 0 ? x < limit : x > limit; x += step) items.push({ kind: 'number', value: x, origin });
    return list(items, origin);
  },
  // Terraform's title() is Go's strings.Title: the first letter after a separator upper-cased.
  // Modules write `effect = title(statement.value.effect)` so that "allow" is accepted too.
  title: ([v], { origin }) => {
    const t = text(v);
    // Separators as Go's: an ASCII character other than a letter, digit or underscore, or a space.
    return t === undefined
      ? undefined
      : str(
          t.replace(/(^|[\x00-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f]|\s)(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase()),
          origin,
        );
  },
};

/** `format`'s %s / %d / %v of a known value: strings as they are, anything else as JSON. */
function plainText(v: unknown): string {
  return typeof v === 'string' ? v : (JSON.stringify(v) ?? '');
}
