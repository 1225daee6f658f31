import {
  defineRule,
  hasWildcard,
  known,
  opaquePrincipal,
  whoUnknowns,
  type NormalizedPolicy,
  type Principals,
  type RuleReport,
  type Statement,
} from './api.js';

const TYPES = new Set(['AWS', 'Service', 'Federated', 'CanonicalUser']);

const CHECKS = {
  PG01: 'Principal or NotPrincipal in an identity policy',
  PG02: 'NotPrincipal in a role trust policy',
  PG03: 'a bare string other than "*" as the principal',
  PG04: 'a principal type other than AWS, Service, Federated or CanonicalUser',
  PG05: 'a wildcard inside an AWS principal ARN',
  PG06: 'a JSON array of bare strings as the principal, "*" among them or not',
};
type CheckId = keyof typeof CHECKS;

const MESSAGES = {
  identity:
    "{{element}} in an identity policy: AWS rejects it, because the principal is whoever holds the policy; remove it, or move the statement to the resource's policy",
  trustNotPrincipal: 'NotPrincipal is not supported in role trust policies; name the principals that may assume the role',
  bare: '{{element}} is the bare string "{{value}}": only "*" may stand alone; write {"AWS": "{{value}}"}',
  type: '"{{type}}" is not a principal type: use AWS, Service, Federated or CanonicalUser',
  list: '{{element}} is an array of bare strings ({{values}}), which IAM rejects: a principal is "*" alone or an object of types{{star}}; write {{fix}}',
  partial:
    '"{{value}}": a principal ARN cannot hold a wildcard; "*" may only mean everyone, so this is rejected or never matches; write Principal "*" with ArnLike aws:PrincipalArn "{{value}}" and a pinned account',
};
type MessageId = keyof typeof MESSAGES;

/**
 * Principal elements AWS rejects or ignores (iam-semantics §1.1, §1.2): a bare string other than
 * "*", an unknown principal type, a wildcard inside a principal ARN, a Principal in an identity
 * policy, and NotPrincipal in a trust policy. Peers accept some of these as "good" examples.
 */
export const principalGrammar = defineRule<Record<string, never>, CheckId, MessageId>({
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
  checks: CHECKS,
  messages: MESSAGES,
  // The grammar of a Principal is the Principal's alone: Unknowns elsewhere cannot change it.
  // (A safety net: create() vouches for every statement and names what stops it itself.)
  // Stryker disable next-line all: the safety net finds nothing here, whatever it is told
  unknowns: { ignores: ['Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition'] },
  create(ctx) {
    for (const policy of ctx.policies) {
      for (const st of policy.statements) {
        // Below, every Unknown that could break the grammar is said with ctx.undecided; a template
        // such as `arn:aws:iam::${var.id}:root` is an account root whatever the id (§1.1).
        ctx.judged(policy, st);
        for (const p of [st.principal, st.notPrincipal]) {
          if (!p) continue;
          // An element that may not exist (dynamic blocks over an Unknown collection) has no grammar to judge.
          if (p.maybeAbsent) {
            ctx.undecided({ policy, statement: st, unknowns: whoUnknowns(st, [p === st.principal ? 'Principal' : 'NotPrincipal']) });
            continue;
          }
          // A Principal in an identity policy is wrong whatever its value (§1.1).
          if (opaquePrincipal(p) && policy.policy.kind !== 'identity') {
            ctx.undecided({ policy, statement: st, unknowns: whoUnknowns(st, [p === st.principal ? 'Principal' : 'NotPrincipal']) });
            continue;
          }
          for (const r of checkPrincipals(policy, st, p)) ctx.report(r);
        }
      }
    }
  },
});

function checkPrincipals(policy: NormalizedPolicy, st: Statement, p: Principals): Array<RuleReport<CheckId, MessageId>> {
  const out: Array<RuleReport<CheckId, MessageId>> = [];
  const element = p === st.notPrincipal ? 'NotPrincipal' : 'Principal';
  if (policy.policy.kind === 'identity') {
    out.push({ policy, path: p.path, check: 'PG01', messageId: 'identity', data: { element }, key: `identity:${element}` });
    return out;
  }
  if (element === 'NotPrincipal' && policy.policy.kind === 'trust') {
    out.push({ policy, path: p.path, check: 'PG02', messageId: 'trustNotPrincipal', key: 'trust-not-principal' });
  }
  if (p.list) {
    out.push({ policy, path: p.path, check: 'PG06', messageId: 'list', data: listData(p, element), key: 'list' });
    return out;
  }
  for (const { type, elem } of p.entries) {
    const value = known(elem);
    if (value === undefined) continue;
    if (type === '?') {
      out.push({ policy, path: elem.path, check: 'PG03', messageId: 'bare', data: { element, value }, key: `bare:${value}` });
    } else if (!TYPES.has(type)) {
      out.push({ policy, path: elem.path, check: 'PG04', messageId: 'type', data: { type }, key: `type:${type}` });
    } else if (type === 'AWS' && value !== '*' && hasWildcard(value)) {
      out.push({ policy, path: elem.path, check: 'PG05', messageId: 'partial', data: { value }, key: `partial:${value}` });
    }
  }
  return out;
}

/** The values of a bare-string array, and the object to write instead: `"*"` inside an array is
 * not "everyone", and the other values are accounts or ARNs, so `{"AWS": [...]}` (§1.1). */
function listData(p: Principals, element: string): Record<string, string> {
  const shown = p.entries.map((e) => (typeof e.elem.value === 'string' ? e.elem.shown : e.elem.value.text));
  const rest = shown.filter((v) => v !== '*');
  const star = shown.includes('*');
  const aws = `{"AWS": ${JSON.stringify(rest.length === 1 ? rest[0] : rest)}}`;
  return {
    element,
    values: shown.map((v) => `"${v}"`).join(', '),
    star: star ? '; "*" means everyone only when it stands alone' : '',
    fix: star && rest.length ? `${aws}, or "${element}": "*" alone if everyone is meant` : star ? `"${element}": "*"` : aws,
  };
}
