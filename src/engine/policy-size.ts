import type { NormalizedPolicy } from '../model/policy.js';
import { isKnownDeep, toPlain } from '../model/value.js';
import type { Report } from '../model/finding.js';
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
  const text = JSON.stringify(toPlain(p.policy.document), null, p.policy.document.indented ? 2 : undefined);
  const size = quota?.whitespace ? text.length : text.replace(/\s+/g, '').length;
  const limit = quota?.limit ?? ANY_POLICY_LIMIT;
  if (size <= limit && !huge) return undefined;
  const where = quota ? `the quota for ${quota.what} is ${limit.toLocaleString('en-US')}` : 'no AWS policy type allows that much';
  const skipped = huge ? `; with ${p.statements.length.toLocaleString('en-US')} statements, policylint did not run its rules on it` : '';
  return {
    policy: p,
    path: '',
    message: `policy is ${size.toLocaleString('en-US')} characters${quota?.whitespace ? '' : ' without white space'}, and ${where}, so AWS rejects it${skipped}; split it into smaller policies`,
    key: 'size',
  };
}
