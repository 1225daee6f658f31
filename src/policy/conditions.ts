import type { Condition, Elem, Statement } from '../model/policy.js';
import { arnLike } from './arn.js';
import { globMatch } from './glob.js';
import { candidateValues } from './value-index.js';

export type Truth = true | false | 'unknown';

/**
 * What a request carries: principal keys with their values (absent keys are simply not there),
 * and the keys the caller chooses freely (it can always send a value that passes).
 */
export interface RequestContext {
  values: Map<string, string[]>;
  chosen: (keyLower: string) => boolean;
}

/**
 * One condition against one request, in three values (Unknown is a third answer): the absent-key
 * table of iam-semantics §2.2 first, since it does not depend on the policy's values at all, so an
 * Unknown value there changes nothing; then each value on its own (values are OR, under a negated
 * operator NOR, §2.1), so a known value that decides is not hidden by an Unknown one beside it.
 */
export function evaluateCondition(c: Condition, ctx: RequestContext): Truth {
  const present = ctx.values.get(c.keyLower);
  // A key the caller sets in its own request passes whatever the policy wants (§3.2).
  if (ctx.chosen(c.keyLower)) return true;
  if (c.base === 'Null') {
    const absent = present === undefined;
    return anyTrue(c.values.map((v) => (typeof v.value === 'string' ? (v.value.toLowerCase() === 'true') === absent : 'unknown')));
  }
  if (present === undefined) {
    if (c.ifExists) return true;
    if (c.set === 'ForAllValues') return true;
    if (c.set === 'ForAnyValue') return false;
    return c.negated;
  }
  const match = matcher(c.base);
  if (!match) return 'unknown';
  const positive = POSITIVE[c.base] ?? c.base;
  // Values are OR (§2.1): the first that matches decides; the rest cannot change a true.
  const hit = (v: string): Truth => {
    let unknown = false;
    for (const w of candidateValues(c, positive, v)) {
      const t = matchValue(w, v, match, c.base);
      if (t === true) return true;
      if (t === 'unknown') unknown = true;
    }
    return unknown ? 'unknown' : false;
  };
  const passes = (v: string): Truth => (c.negated ? not(hit(v)) : hit(v));
  if (c.set === 'ForAllValues') return allTrue(present.map(passes));
  if (c.set === 'ForAnyValue') return anyTrue(present.map(passes));
  return passes(present[0]);
}

/** One policy value against one request value. A policy variable (`${aws:username}`) or an
 * Unknown is 'unknown', unless even its widest reading cannot match (see `widestPattern`). */
function matchValue(w: Elem, v: string, match: Match, base: string): Truth {
  if (typeof w.value === 'string' && !w.value.includes('${')) return match(w.value, v);
  const pattern = widestPattern(w);
  if (pattern === undefined) return 'unknown';
  const ignoreCase = /IgnoreCase$/.test(POSITIVE[base] ?? base);
  return globMatch(pattern, v, ignoreCase) ? 'unknown' : false;
}

/**
 * The widest glob a value written as a template can take: each `${...}` may become anything, so
 * `arn:aws:iam::${var.account}:role/deploy` can never match `role/ExampleRole` in any account —
 * it pins the name whatever the account is. Undefined when the value's shape is not known (a
 * bare reference such as `var.ids` may be a whole list).
 */
export function widestPattern(w: Elem): string | undefined {
  const node = w.node;
  const text = typeof w.value === 'string' ? w.value : node.kind === 'unknown' && node.source === 'string' ? node.text : undefined;
  if (text === undefined || !/[$%]\{/.test(text)) return undefined;
  const out = text.replace(/[$%]\{[^}]*\}/g, '*');
  return out.includes('{') || out.includes('}') ? undefined : out;
}

export function evaluateConditions(st: Statement, ctx: RequestContext): Truth {
  const each: Truth[] = st.conditions.map((c) => evaluateCondition(c, ctx));
  // A condition block (or an operator's keys) that could not be read may hold a pin (§2.1: AND).
  if (st.opaqueConditions.length) each.push('unknown');
  return allTrue(each);
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

export function not(t: Truth): Truth {
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
