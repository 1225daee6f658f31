import type { Condition, Elem } from '../model/policy.js';
import { parseArn } from './arn.js';

/**
 * Which of a condition's values could match one request value, without trying them all: a policy
 * with thousands of `aws:PrincipalArn` patterns is judged once per pattern (one witness each), so
 * trying every value every time was quadratic (issue 12: 5,000 patterns took minutes). Values are
 * bucketed by what any match must start with — the whole value for the Equals operators, the text
 * before the first wildcard for StringLike, the resource's text before its first wildcard for the
 * ARN operators — and a request value only meets the buckets its own prefixes name. Values that are
 * not plain text (Unknowns, templates) are always tried. Small conditions are not indexed: trying a
 * few values is cheaper than building anything.
 */
export function candidateValues(c: Condition, base: string, request: string): readonly Elem[] {
  if (c.values.length < INDEX_FROM) return c.values;
  let index = indexes.get(c);
  if (index === undefined) {
    index = build(c, base);
    indexes.set(c, index);
  }
  return index ? index.lookup(request) : c.values;
}

const INDEX_FROM = 32;

interface ValueIndex {
  lookup(request: string): readonly Elem[];
}

const indexes = new WeakMap<Condition, ValueIndex | null>();

function build(c: Condition, base: string): ValueIndex | null {
  switch (base) {
    case 'StringEquals':
      return exact(c.values, (s) => s);
    case 'StringEqualsIgnoreCase':
    case 'Bool':
      return exact(c.values, (s) => s.toLowerCase());
    case 'StringLike':
      return prefixed(
        c.values,
        (s) => s,
        (r) => r,
      );
    case 'ArnEquals':
    case 'ArnLike':
      // ARN operators match component by component (§2.3): a value that is not an ARN matches only
      // the pattern "*", so patterns that are not ARNs are always tried, and a request that is not
      // an ARN meets every value.
      return prefixed(
        c.values,
        (s) => parseArn(s)?.resource,
        (r) => parseArn(r)?.resource,
      );
    default:
      return null;
  }
}

function exact(values: readonly Elem[], key: (s: string) => string): ValueIndex {
  const always: Elem[] = [];
  const byKey = new Map<string, Elem[]>();
  for (const w of values) {
    if (!literal(w)) always.push(w);
    else push(byKey, key(w.value as string), w);
  }
  return { lookup: (request) => joined(always, [byKey.get(key(request))]) };
}

function prefixed(values: readonly Elem[], text: (s: string) => string | undefined, requestText: (r: string) => string | undefined): ValueIndex {
  const always: Elem[] = [];
  const byPrefix = new Map<string, Elem[]>();
  for (const w of values) {
    const t = literal(w) ? text(w.value as string) : undefined;
    if (t === undefined) always.push(w);
    else push(byPrefix, t.slice(0, firstWildcard(t)), w);
  }
  const lengths = [...new Set([...byPrefix.keys()].map((k) => k.length))];
  return {
    lookup(request) {
      const r = requestText(request);
      if (r === undefined) return values;
      return joined(
        always,
        lengths.filter((n) => n <= r.length).map((n) => byPrefix.get(r.slice(0, n))),
      );
    },
  };
}

const literal = (w: Elem) => typeof w.value === 'string' && !w.value.includes('${');

function firstWildcard(s: string): number {
  const star = s.indexOf('*');
  const q = s.indexOf('?');
  if (star < 0) return q < 0 ? s.length : q;
  return q < 0 ? star : Math.min(star, q);
}

function push(m: Map<string, Elem[]>, k: string, w: Elem) {
  const list = m.get(k);
  if (list) list.push(w);
  else m.set(k, [w]);
}

function joined(always: Elem[], buckets: (Elem[] | undefined)[]): Elem[] {
  const out = [...always];
  for (const b of buckets) if (b) out.push(...b);
  return out;
}
