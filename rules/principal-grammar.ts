import type { Report } from '../src/model/finding.js';
import type { Rule, RuleInput } from './api.js';
import type { NormalizedPolicy, Principals, Statement } from '../src/model/policy.js';
import { hasWildcard } from '../src/policy/glob.js';

const TYPES = new Set(['AWS', 'Service', 'Federated', 'CanonicalUser']);

/**
 * Principal elements AWS rejects or ignores (iam-semantics §1.1, §1.2): a bare string other than
 * "*", an unknown principal type, a wildcard inside a principal ARN, a Principal in an identity
 * policy, and NotPrincipal in a trust policy. Peers accept some of these as "good" examples.
 */
export const principalGrammar: Rule = {
  meta: {
    id: 'principal-grammar',
    name: 'PrincipalGrammar',
    description: 'Principal elements that IAM rejects or that never match',
    severity: 'error',
    tags: ['security', 'iam', 'correctness'],
    precision: 'very-high',
    securitySeverity: 4.0,
    fix: 'Write principals as {"AWS": [...]}, {"Service": [...]}, {"Federated": ...} or "*"; use Principal "*" with an aws:PrincipalArn condition for patterns.',
    semantics: ['§1.1', '§1.2'],
  },
  check(input: RuleInput): Report[] {
    const out: Report[] = [];
    for (const policy of input.policies) {
      for (const st of policy.statements) {
        for (const p of [st.principal, st.notPrincipal]) if (p && !p.unknown) out.push(...checkPrincipals(policy, st, p));
      }
    }
    return out;
  },
};

function checkPrincipals(policy: NormalizedPolicy, st: Statement, p: Principals): Report[] {
  const out: Report[] = [];
  const element = p === st.notPrincipal ? 'NotPrincipal' : 'Principal';
  if (policy.policy.kind === 'identity') {
    out.push({
      policy,
      path: p.path,
      message: `${element} in an identity policy: AWS rejects it, because the principal is whoever holds the policy (iam-semantics §1.1); remove it, or move the statement to the resource's policy`,
      key: `identity:${element}`,
    });
    return out;
  }
  if (element === 'NotPrincipal' && policy.policy.kind === 'trust') {
    out.push({
      policy,
      path: p.path,
      message: 'NotPrincipal is not supported in role trust policies (iam-semantics §1.2); name the principals that may assume the role',
      key: 'trust-not-principal',
    });
  }
  for (const { type, elem } of p.entries) {
    const value = typeof elem.value === 'string' ? elem.value : undefined;
    if (value === undefined) continue;
    if (type === '?') {
      out.push({
        policy,
        path: elem.path,
        message: `${element} is the bare string "${value}": only "*" may stand alone; write {"AWS": "${value}"} (iam-semantics §1.1)`,
        key: `bare:${value}`,
      });
    } else if (!TYPES.has(type)) {
      out.push({
        policy,
        path: elem.path,
        message: `"${type}" is not a principal type: use AWS, Service, Federated or CanonicalUser (iam-semantics §1.1)`,
        key: `type:${type}`,
      });
    } else if (type === 'AWS' && value !== '*' && hasWildcard(value)) {
      out.push({
        policy,
        path: elem.path,
        message: `"${value}": a principal ARN cannot hold a wildcard; "*" may only mean everyone (iam-semantics §1.1), so this is rejected or never matches; write Principal "*" with ArnLike aws:PrincipalArn "${value}" and a pinned account`,
        key: `partial:${value}`,
      });
    }
  }
  return out;
}
