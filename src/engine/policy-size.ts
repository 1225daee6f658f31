import type { NormalizedPolicy } from '../model/policy.js';
import { isKnownDeep, toPlain } from '../model/value.js';
import type { Report } from '../model/finding.js';

/** iam-semantics §7: IAM counts characters without white space; ECR is counted raw (conservative). */
const QUOTAS: Array<{ match: (p: NormalizedPolicy) => boolean; limit: number; what: string; whitespace: boolean }> = [
  { match: (p) => p.policy.resourceType === 'aws_iam_policy', limit: 6144, what: 'a managed policy', whitespace: false },
  { match: (p) => p.policy.resourceType === 'aws_iam_user_policy', limit: 2048, what: "a user's inline policies", whitespace: false },
  { match: (p) => p.policy.resourceType === 'aws_iam_group_policy', limit: 5120, what: "a group's inline policies", whitespace: false },
  {
    match: (p) => p.policy.resourceType === 'aws_iam_role_policy' || (p.policy.resourceType === 'aws_iam_role' && p.policy.kind === 'identity'),
    limit: 10240,
    what: "a role's inline policies",
    whitespace: false,
  },
  {
    match: (p) => p.policy.resourceType === 'aws_iam_role' && p.policy.kind === 'trust',
    limit: 2048,
    what: 'a role trust policy (default quota, adjustable)',
    whitespace: false,
  },
  {
    match: (p) => /^aws_ecr(public)?_(repository|registry)_policy$/.test(p.policy.resourceType ?? ''),
    limit: 10240,
    what: 'an ECR repository or registry policy',
    whitespace: true,
  },
];

/** Above this, no AWS policy type fits, and rules are not run on the policy at all. */
export const MAX_STATEMENTS_ANALYSED = 2000;
const ANY_POLICY_LIMIT = 20480;

export function policySize(p: NormalizedPolicy): Report | undefined {
  if (p.unknown && p.statements.length <= MAX_STATEMENTS_ANALYSED) return undefined;
  const quota = QUOTAS.find((q) => q.match(p));
  const huge = p.statements.length > MAX_STATEMENTS_ANALYSED;
  if (!quota && !huge) return undefined;
  if (!huge && !isKnownDeep(p.policy.document)) return undefined;
  const text = JSON.stringify(toPlain(p.policy.document));
  const size = quota?.whitespace ? text.length : text.replace(/\s+/g, '').length;
  const limit = quota?.limit ?? ANY_POLICY_LIMIT;
  if (size <= limit && !huge) return undefined;
  const where = quota ? `the quota for ${quota.what} is ${limit.toLocaleString('en-US')}` : 'no AWS policy type allows that much';
  const skipped = huge ? `; with ${p.statements.length.toLocaleString('en-US')} statements, policylint did not run its rules on it` : '';
  return {
    policy: p,
    path: '',
    message: `policy is ${size.toLocaleString('en-US')} characters${quota?.whitespace ? '' : ' without white space'}, and ${where} (iam-semantics §7), so AWS rejects it${skipped}; split it into smaller policies`,
    key: 'size',
  };
}
