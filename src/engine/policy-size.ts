import type { NormalizedPolicy } from '../model/policy.js';
import { isKnownDeep, toPlain } from '../model/value.js';
import type { Report } from '../model/finding.js';
import type { Value } from '../model/value.js';
import { policySlot } from '../model/aws-resources.js';

/** Above this, no AWS policy type fits, and rules are not run on the policy at all. */
export const MAX_STATEMENTS_ANALYSED = 2000;
const ANY_POLICY_LIMIT = 20480;

export function policySize(p: NormalizedPolicy): Report | undefined {
  if (p.unknown && p.statements.length <= MAX_STATEMENTS_ANALYSED) return undefined;
  // iam-semantics §7: the quota for where the policy is attached, from the resource catalogue.
  const quota = policySlot(p.policy.resourceType, p.policy.kind)?.quota;
  const huge = p.statements.length > MAX_STATEMENTS_ANALYSED;
  if (!quota && !huge) return undefined;
  if (!huge && !isKnownDeep(p.policy.document)) return undefined;
  // Nearly every policy is far under its quota: a bound on its size, counted without building the
  // text, settles it (issue 16). Compact JSON's only white space is inside strings, which the bound
  // counts, so the bound also holds for quotas that count white space, unless the text is indented.
  const limit = quota?.limit ?? ANY_POLICY_LIMIT;
  if (!huge && !(quota?.whitespace && p.policy.document.indented) && sizeBound(p.policy.document, limit) <= limit) return undefined;
  const text = JSON.stringify(toPlain(p.policy.document), null, p.policy.document.indented ? 2 : undefined);
  const size = quota?.whitespace ? text.length : text.replace(/\s+/g, '').length;
  if (size <= limit && !huge) return undefined;
  const chars = `policy is ${size.toLocaleString('en-US')} characters${quota?.whitespace ? '' : ' without white space'}`;
  if (!huge && quota?.raisableTo && size <= quota.raisableTo) {
    // Above the default only: a warning, since the account's own quota decides.
    return {
      policy: p,
      path: '',
      severity: 'warning',
      message: `${chars}, above the default quota for ${quota.what} (${limit.toLocaleString('en-US')}), so AWS rejects it unless this account's quota was raised (Service Quotas, up to ${quota.raisableTo.toLocaleString('en-US')}); shorten it (one condition listing the values, fewer statements) or raise the quota`,
      key: 'size',
    };
  }
  const where = quota
    ? `the quota for ${quota.what} is ${(quota.raisableTo ?? limit).toLocaleString('en-US')}${quota.raisableTo ? ' even when raised' : ''}`
    : 'no AWS policy type allows that much';
  // A role has one trust policy: it cannot be split, only shortened or shared out.
  const fix = quota?.raisableTo ? 'shorten it, or give the callers several roles' : 'split it into smaller policies';
  const skipped = huge ? `; with ${p.statements.length.toLocaleString('en-US')} statements, policylint did not run its rules on it` : '';
  return {
    policy: p,
    path: '',
    message: `${chars}, and ${where}, so AWS rejects it${skipped}; ${fix}`,
    key: 'size',
  };
}

/** Characters that need an escape in JSON (and lone surrogates): a string holding one is not
 * bounded by its length, so the bound gives up and the text is built. */
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/** At least the length of the value's compact JSON (`JSON.stringify` without indentation);
 * stops counting once over `limit`. */
export function sizeBound(v: Value, limit: number): number {
  let n = 0;
  const str = (s: string) => {
    n += ESCAPED.test(s) ? Infinity : s.length + 2;
  };
  const walk = (x: Value): void => {
    if (n > limit) return;
    switch (x.kind) {
      case 'string':
        return str(x.value);
      case 'number':
        n += Math.max(4, String(x.value).length);
        return;
      case 'bool':
        n += 5;
        return;
      case 'null':
        n += 4;
        return;
      case 'list':
        n += 2 + x.items.length;
        for (const i of x.items) walk(i);
        return;
      case 'object':
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
