import { defineRule, type Condition, type IamGraph, type NormalizedPolicy, type Statement } from './api.js';

const CHECKS = {
  GM01: 'a group with no policy that requires MFA',
  GM02: 'a Deny on "Bool aws:MultiFactorAuthPresent false", which access keys bypass',
  GM03: 'an Allow gated by "BoolIfExists ... true", which lets access keys in',
  GM04: 'an Allow on "Null aws:MultiFactorAuthPresent false", which any temporary credential passes',
  GM05: 'aws:MultiFactorAuthPresent mentioned in a way that gates nothing',
  GM06: 'a group whose policies policylint cannot resolve (--strict, note)',
};
type CheckId = keyof typeof CHECKS;

const MFA_KEY = 'aws:multifactorauthpresent';

/**
 * An IAM group none of whose policies enforces MFA as iam-semantics §6.3 defines: a broad Deny
 * with `BoolIfExists aws:MultiFactorAuthPresent false` (or Deny `Bool false` plus Deny `Null true`),
 * or every Allow gated by `Bool aws:MultiFactorAuthPresent true`. Weaker forms are named (§6.1).
 */
export const groupMfa = defineRule<Record<string, never>, CheckId>({
  meta: {
    id: 'group-mfa',
    name: 'GroupMfa',
    description: 'IAM groups whose policies do not enforce MFA',
    severity: 'error',
    tags: ['security', 'iam', 'mfa'],
    precision: 'high',
    securitySeverity: 5.5,
    fix: 'Attach a Deny of every action except MFA setup with "BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}; for CI users, move to a role assumed through OIDC instead.',
    semantics: ['§6.1', '§6.2', '§6.3', '§3.2'],
  },
  checks: CHECKS,
  create(ctx) {
    for (const { graph, policies } of ctx.input.graphs) {
      for (const group of graph.groups) {
        const verdict = judge(group.address, graph, policies);
        if (verdict.enforced) continue;
        if (verdict.unknown) {
          if (ctx.strict)
            ctx.report({
              check: 'GM06',
              origin: group.origin,
              severity: 'note',
              message: `${group.address}: whether its policies enforce MFA depends on policies policylint cannot resolve (--strict)`,
              key: `${group.address}:unknown`,
            });
          continue;
        }
        ctx.report({
          check: verdict.check,
          origin: group.origin,
          message: `${group.address} ${verdict.why}${machineUsers(group.address, graph)}`,
          severity: verdict.weak ? 'warning' : undefined,
          key: group.address,
        });
      }
    }
  },
});

interface Verdict {
  check: CheckId;
  enforced: boolean;
  unknown: boolean;
  weak?: boolean;
  why: string;
}

const isMfa = (c: Condition) => c.keyLower === MFA_KEY && !c.set;
const says = (c: Condition, v: string) => c.values.length > 0 && c.values.every((x) => typeof x.value === 'string' && x.value.toLowerCase() === v);
const broad = (st: Statement) =>
  (!!st.notActions || !!st.actions?.some((a) => a.value === '*')) && (!!st.resources?.some((r) => r.value === '*') || !st.resources);

function judge(group: string, graph: IamGraph, policies: NormalizedPolicy[]): Verdict {
  const attached = graph.groupPolicies.get(group) ?? [];
  const docs: NormalizedPolicy[] = [];
  let unknown = false;
  const managed: string[] = [];
  for (const a of attached) {
    if (a.unresolved !== undefined) unknown = true;
    else if (a.arn) managed.push(a.arn);
    else {
      const found = policies.filter((p) => p.policy.address === a.policyAddress && p.policy.kind === 'identity');
      if (!found.length || found.some((p) => p.unknown)) unknown = true;
      docs.push(...found);
    }
  }
  const statements = docs.flatMap((d) => d.statements);
  const deny = statements.filter((s) => s.effect === 'Deny' && broad(s));
  const strongDeny = deny.some((s) => s.conditions.some((c) => isMfa(c) && c.base === 'Bool' && c.ifExists && says(c, 'false')));
  const boolFalse = deny.some((s) => s.conditions.some((c) => isMfa(c) && c.base === 'Bool' && !c.ifExists && says(c, 'false')));
  const nullTrue = deny.some((s) => s.conditions.some((c) => isMfa(c) && c.base === 'Null' && says(c, 'true')));
  const allows = statements.filter((s) => s.effect === 'Allow');
  const gated = allows.length > 0 && allows.every((s) => s.conditions.some((c) => isMfa(c) && c.base === 'Bool' && !c.ifExists && says(c, 'true')));
  if (strongDeny || (boolFalse && nullTrue) || gated) return { check: 'GM01', enforced: true, unknown, why: '' };
  if (statements.some((s) => s.unknownParts.length)) unknown = true;
  const mentions = statements.filter((s) => s.conditions.some((c) => c.keyLower === MFA_KEY));
  if (boolFalse)
    return {
      check: 'GM02',
      enforced: false,
      unknown,
      weak: true,
      why: 'denies only when "Bool aws:MultiFactorAuthPresent" is "false", which long-term access keys bypass: the key is absent for them (iam-semantics §6.1); use "BoolIfExists" in that Deny',
    };
  if (allows.some((s) => s.conditions.some((c) => isMfa(c) && c.base === 'Bool' && c.ifExists && says(c, 'true'))))
    return {
      check: 'GM03',
      enforced: false,
      unknown,
      weak: true,
      why: 'gates its Allow with "BoolIfExists aws:MultiFactorAuthPresent true", which requires MFA only for console and temporary credentials and lets access keys in without it (iam-semantics §6.1); use "Bool", or a Deny with "BoolIfExists ... false"',
    };
  if (allows.some((s) => s.conditions.some((c) => isMfa(c) && c.base === 'Null' && says(c, 'false'))))
    return {
      check: 'GM04',
      enforced: false,
      unknown,
      weak: true,
      why: 'uses "Null aws:MultiFactorAuthPresent false", which allows every temporary credential whether or not MFA was used (iam-semantics §6.1); use "Bool ... true" or a Deny with "BoolIfExists ... false"',
    };
  if (mentions.length)
    return {
      check: 'GM05',
      enforced: false,
      unknown,
      weak: true,
      why: 'mentions aws:MultiFactorAuthPresent, but that condition does not gate the group\'s permissions (iam-semantics §6.3); add a Deny of every action with "BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}',
    };
  const what = attached.length
    ? `has ${attached.length} polic${attached.length === 1 ? 'y' : 'ies'}${managed.length ? ` (AWS managed ${managed.map((m) => m.split('/').pop()).join(', ')} does not enforce MFA)` : ''}, none of which requires MFA`
    : 'has no policy that requires MFA';
  return {
    check: 'GM01',
    enforced: false,
    unknown,
    why: `${what}: its members can act with a password or access key alone (iam-semantics §6.3); attach a Deny of every action except MFA setup with "BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}`,
  };
}

/** §6.3's trap: a group of CI users with access keys cannot take an MFA deny. */
function machineUsers(group: string, graph: IamGraph): string {
  const members = graph.members.get(group) ?? [];
  if (!members.length) return '';
  const all = members.every((m) => graph.users.get(m)?.accessKey && !graph.users.get(m)?.loginProfile);
  if (!all) return '';
  return `. Its members (${members.join(', ')}) have access keys and no console login: an MFA deny would block every call they make, so move them to a role assumed through OIDC, or suppress this finding with the reason ("# policylint:ignore group-mfa -- <reason>")`;
}
