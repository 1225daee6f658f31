import type { Condition, Statement } from '../model/policy.js';
import { arnLike } from './arn.js';
import { globMatch } from './glob.js';

export type Truth = true | false | 'unknown';

/**
 * What a request carries: principal keys with their values (absent keys are simply not there),
 * and the keys the caller chooses freely (it can always send a value that passes).
 */
export interface RequestContext {
  values: Map<string, string[]>;
  chosen: (keyLower: string) => boolean;
}

/** One condition against one request, following the absent-key table of iam-semantics §2.2. */
export function evaluateCondition(c: Condition, ctx: RequestContext): Truth {
  if (c.values.some((v) => typeof v.value !== 'string' || v.value.includes('${'))) return 'unknown';
  const wanted = c.values.map((v) => v.value as string);
  const present = ctx.values.get(c.keyLower);
  if (c.base === 'Null') {
    if (ctx.chosen(c.keyLower)) return true;
    const absent = present === undefined;
    return wanted.some((w) => (w.toLowerCase() === 'true') === absent);
  }
  if (present === undefined) {
    if (ctx.chosen(c.keyLower)) return true;
    if (c.ifExists) return true;
    if (c.set === 'ForAllValues') return true;
    if (c.set === 'ForAnyValue') return false;
    return c.negated;
  }
  const match = matcher(c.base);
  if (!match) return 'unknown';
  const hit = (v: string): Truth => anyTrue(wanted.map((w) => match(w, v)));
  const passes = (v: string): Truth => (c.negated ? not(hit(v)) : hit(v));
  if (c.set === 'ForAllValues') return allTrue(present.map(passes));
  if (c.set === 'ForAnyValue') return anyTrue(present.map(passes));
  return passes(present[0]);
}

export function evaluateConditions(st: Statement, ctx: RequestContext): Truth {
  return allTrue(st.conditions.map((c) => evaluateCondition(c, ctx)));
}

type Match = (pattern: string, value: string) => Truth;

const POSITIVE: Record<string, string> = {
  StringNotEquals: 'StringEquals',
  StringNotEqualsIgnoreCase: 'StringEqualsIgnoreCase',
  StringNotLike: 'StringLike',
  ArnNotEquals: 'ArnEquals',
  ArnNotLike: 'ArnLike',
};

function matcher(base: string): Match | undefined {
  switch (POSITIVE[base] ?? base) {
    case 'StringEquals':
      return (p, v) => p === v;
    case 'StringEqualsIgnoreCase':
      return (p, v) => p.toLowerCase() === v.toLowerCase();
    case 'StringLike':
      return (p, v) => globMatch(p, v);
    case 'ArnEquals':
    case 'ArnLike':
      // ArnEquals takes wildcards too: the two behave identically (§2.3, PA09).
      return (p, v) => arnLike(p, v);
    case 'Bool':
      return (p, v) => p.toLowerCase() === v.toLowerCase();
    default:
      return undefined;
  }
}

function not(t: Truth): Truth {
  return t === 'unknown' ? t : !t;
}

export function anyTrue(ts: Truth[]): Truth {
  if (ts.includes(true)) return true;
  return ts.includes('unknown') ? 'unknown' : false;
}

export function allTrue(ts: Truth[]): Truth {
  if (ts.includes(false)) return false;
  return ts.includes('unknown') ? 'unknown' : true;
}
