import type { Elem, Statement } from '../model/policy.js';
import { allTrue, anyTrue, evaluateCondition, not, widestPattern, type Truth } from './conditions.js';
import { globMatch } from './glob.js';
import type { Caller } from './callers.js';
import { principalAdmits } from './callers.js';

/**
 * A test of whether the policy's own Deny statements stop a caller from everything one Allow
 * grants, as findWitness and admitsDespite take it; undefined when no Deny could. An explicit Deny
 * wins over any Allow (iam-semantics §1.4; §2.2 for its conditions), so "Allow *" beside "Deny
 * unless the request comes through my VPC endpoint / from my organization" lets no outsider in.
 * The test is true when one Deny certainly applies to the caller and covers every action and
 * resource of the Allow; 'unknown' when one might (an Unknown value, an opaque condition); false
 * otherwise. A Deny that covers only part of the Allow is not counted: the caller keeps the rest.
 */
export function denialOf(statements: readonly Statement[], allow: Statement): ((caller: Caller) => Truth) | undefined {
  // What a Deny covers does not depend on the caller: judged once per Allow, and a Deny that
  // covers none of it is never asked about a caller (a 2,000-statement policy asked each of its
  // Denies about each witness of each Allow).
  const covering: Array<{ d: Statement; cover: Truth }> = [];
  for (const d of denyStatements(statements)) {
    // Resources first: Denies of other resources, the usual case, are dropped before their actions are read.
    const resources = covers(d.resources, d.notResources, allow.resources, allow.notResources, false);
    const cover = resources === false ? false : allTrue([resources, covers(d.actions, d.notActions, allow.actions, allow.notActions, true)]);
    if (cover !== false) covering.push({ d, cover });
  }
  if (!covering.length) return undefined;
  return (caller) => anyTrue(covering.map(({ d, cover }) => allTrue([cover, appliesTo(d, caller)])));
}

/** The Deny statements of a policy. */
export function denyStatements(statements: readonly Statement[]): Statement[] {
  return statements.filter((s) => s.effect === 'Deny');
}

/** Whether the Deny applies to the caller's request. The caller chooses its own request: a
 * condition on a key it sets (aws:SecureTransport, aws:RequestedRegion, the network it sends
 * from where that is free) is one it avoids, so it never makes the Deny certain. */
function appliesTo(d: Statement, caller: Caller): Truth {
  const principal = d.notPrincipal ? not(principalAdmits(d.notPrincipal, caller)) : d.principal ? principalAdmits(d.principal, caller) : true;
  if (principal === false) return false;
  const each: Truth[] = d.conditions.map((c) => (caller.context.chosen(c.keyLower) ? false : evaluateCondition(c, caller.context)));
  if (d.opaqueConditions.length) each.push('unknown');
  return allTrue([principal, ...each]);
}

/**
 * Whether the Deny's Action (or Resource) list takes in every element of the Allow's. NotAction
 * and NotResource in the Deny are not read (a Deny with them is not counted); an Allow with them
 * is covered only by a Deny of "*". A Deny with no Resource at all (a policy document that leaves it out)
 * is the resource the policy is attached to.
 */
function covers(deny: Elem[] | undefined, notDeny: Elem[] | undefined, allow: Elem[] | undefined, notAllow: Elem[] | undefined, action: boolean): Truth {
  if (notDeny) return false;
  if (!deny) return !action;
  if (deny.some((p) => p.value === '*')) return true;
  if (notAllow || !allow) return false;
  return allTrue(allow.map((a) => anyTrue(deny.map((p) => takesIn(p, a, action)))));
}

/** Whether one Deny pattern takes in one Allow element (its wildcards as written). */
function takesIn(p: Elem, a: Elem, ignoreCase: boolean): Truth {
  if (p.shown === a.shown) return true;
  const value = typeof a.value === 'string' && !a.value.includes('${') ? a.value : undefined;
  if (typeof p.value === 'string' && !p.value.includes('${')) {
    if (value !== undefined) return globMatch(p.value, value, ignoreCase);
    // An Unknown Allow element written as a template may still be outside the pattern.
    const wide = widestPattern(a);
    return wide !== undefined && !globMatch(p.value, wide, ignoreCase) && !globMatch(wide, p.value, ignoreCase) ? false : 'unknown';
  }
  const wide = widestPattern(p);
  if (wide !== undefined && value !== undefined && !globMatch(wide, value, ignoreCase)) return false;
  return 'unknown';
}
