import {
  defineRule,
  expandAction,
  known,
  mergeGraphs,
  refAddress,
  statementUnknowns,
  type Condition,
  type Elem,
  type IamGraph,
  type NormalizedPolicy,
  type Statement,
} from './api.js';

const CHECKS = {
  GM01: 'a group with no policy that requires MFA',
  GM02: 'a Deny on "Bool aws:MultiFactorAuthPresent false", which access keys bypass',
  GM03: 'an Allow gated by "BoolIfExists ... true", which lets access keys in',
  GM04: 'an Allow on "Null aws:MultiFactorAuthPresent false", which any temporary credential passes',
  GM05: 'aws:MultiFactorAuthPresent mentioned in a way that gates nothing',
  GM06: 'a group whose policies policylint cannot resolve (--strict, note)',
  GM07: 'a group of machine users (access keys, no console login), which MFA cannot protect: use roles through OIDC (note)',
  GM08: 'a group that requires no MFA itself, whose every member is also in a group that enforces it (note)',
};

/**
 * What a user must be able to do before MFA, as AWS's own "manage your own MFA device" and
 * IAMUserChangePassword policies grant (iam-semantics §6.1, P-MFASELF): a group that grants only
 * these has nothing to protect. Names are checked against iam-data by test/group-mfa.test.ts.
 */
export const SELF_SERVICE = [
  'iam:ChangePassword',
  'iam:GetAccountPasswordPolicy',
  'iam:GetUser',
  'iam:CreateVirtualMFADevice',
  'iam:EnableMFADevice',
  'iam:GetMFADevice',
  'iam:ListMFADevices',
  'iam:ListVirtualMFADevices',
  'iam:ResyncMFADevice',
  'sts:GetSessionToken',
];
/** AWS managed policies that grant only SELF_SERVICE actions. */
export const SELF_SERVICE_MANAGED = ['arn:aws:iam::aws:policy/IAMUserChangePassword'];
const SELF = new Set(SELF_SERVICE.map((a) => a.toLowerCase()));
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
  // The policies attached to a group, judged for the group; MFA depends on effect, actions and
  // conditions alone, so an Unknown Resource never changes the verdict (§6.3).
  unknowns: { judges: (p, input) => attachedToAGroup(p, input.graphs), ignores: ['Sid', 'Resource', 'NotResource'] },
  async create(ctx) {
    // One graph for the unit: a group made in a child module is attached its policies by the root.
    const graph = mergeGraphs(ctx.input.graphs.map((g) => g.graph));
    const verdicts = new Map<string, Verdict>();
    for (const group of graph.groups) verdicts.set(group.address, await judge(group.address, graph, ctx.policies));
    for (const group of graph.groups) {
      const verdict = verdicts.get(group.address)!;
      // A verdict reached (enforced, nothing to protect, a finding) holds whatever the Unknowns it
      // did not need; an undecided group leaves its statements' Unknowns named, statement by statement.
      for (const d of verdict.docs) for (const st of d.statements) if (!verdict.unknown) ctx.judged(d, st);
      for (const { policy, statement } of verdict.stoppedBy)
        ctx.undecided({ policy, statement, unknowns: statementUnknowns(statement, ['Sid', 'Resource', 'NotResource']) });
      if (verdict.enforced || verdict.nothingToProtect) continue;
      if (verdict.unknown) {
        if (ctx.strict)
          ctx.report({
            check: 'GM06',
            origin: group.origin,
            severity: 'note',
            message: `${group.address}: whether its policies enforce MFA depends on ${verdict.unknownWhat ?? 'policies policylint cannot resolve'} (--strict)`,
            key: `${group.address}:unknown`,
          });
        continue;
      }
      // Stryker disable next-line ArrayDeclaration: a group with no members is neither machine-only (GM07) nor covered (GM08), and a made-up member is in no users map and no other group: the same GM01
      const members = graph.members.get(group.address) ?? [];
      if (members.length && members.every((m) => graph.users.get(m)?.accessKey && !graph.users.get(m)?.loginProfile)) {
        ctx.report({
          check: 'GM07',
          origin: group.origin,
          severity: 'note',
          message: `${group.address} requires no MFA, and its members (${members.join(', ')}) are machine users, with access keys and no console login: MFA cannot protect an access key, and an MFA deny would block every call they make; move them to a role assumed through OIDC, with no long-term key`,
          key: `${group.address}:machine`,
        });
        continue;
      }
      const coveredBy = members.length ? members.map((m) => enforcingGroupOf(m, group.address, graph, verdicts)) : [];
      if (coveredBy.length && coveredBy.every((g) => g !== undefined)) {
        ctx.report({
          check: 'GM08',
          origin: group.origin,
          severity: 'note',
          message: `${group.address} requires no MFA itself, but every member is also in a group that enforces it (${members.map((m, i) => `${m} in ${coveredBy[i]}`).join(', ')}), and that Deny applies to all their requests; a user added to this group alone would not be covered, so attach the same MFA policy here`,
          key: `${group.address}:covered`,
        });
        continue;
      }
      ctx.report({
        check: verdict.check,
        origin: group.origin,
        message: `${group.address} ${verdict.why}`,
        severity: verdict.weak ? 'warning' : undefined,
        key: group.address,
      });
    }
  },
});

/** Another group of the user's that enforces MFA, if any. */
function enforcingGroupOf(user: string, except: string, graph: IamGraph, verdicts: Map<string, Verdict>): string | undefined {
  for (const [group, members] of graph.members) if (group !== except && members.includes(user) && verdicts.get(group)?.enforced) return group;
  return undefined;
}

/** Whether a group's policy: by address, attached in any module of the unit (addresses are whole:
 * `module.policies.aws_iam_policy.mfa`). */
function attachedToAGroup(p: NormalizedPolicy, graphs: Array<{ graph: IamGraph; policies: NormalizedPolicy[] }>): boolean {
  return graphs.some((g) => [...g.graph.groupPolicies.values()].some((list) => list.some((a) => a.policyAddress === p.policy.address)));
}

interface Verdict {
  /** The documents judged for the group, and the statements whose Unknowns made it Unknown. */
  docs: NormalizedPolicy[];
  stoppedBy: Array<{ policy: NormalizedPolicy; statement: Statement }>;
  check: CheckId;
  enforced: boolean;
  unknown: boolean;
  /** What made it Unknown, for --strict. */
  unknownWhat?: string;
  /** Only MFA-bootstrap and self-service actions: nothing MFA would protect. */
  nothingToProtect?: boolean;
  weak?: boolean;
  why: string;
}

const isMfa = (c: Condition) => c.keyLower === MFA_KEY && !c.set;
const says = (c: Condition, v: string) => c.values.length > 0 && c.values.every((x) => typeof x.value === 'string' && x.value.toLowerCase() === v);
const broad = (st: Statement) =>
  (!!st.notActions || !!st.actions?.some((a) => a.value === '*')) && (!!st.resources?.some((r) => r.value === '*') || !st.resources);

/**
 * When a broad Deny applies, from its conditions on aws:MultiFactorAuthPresent: to a request
 * without the key (long-term access keys), and to one where it is "false" (signed in without MFA).
 * A condition block is an AND, so `Bool false` and `Null true` in one statement never hold
 * together: that Deny applies to nobody. A statement with no MFA condition, or with one that is
 * neither of these two, counts for neither.
 */
function mfaDenies(st: Statement): { withoutKey: boolean; withoutMfa: boolean } {
  const mfa = st.conditions.filter(isMfa);
  const none = { withoutKey: false, withoutMfa: false };
  if (!mfa.length) return none;
  let withoutKey = true;
  let withoutMfa = true;
  for (const c of mfa) {
    if (c.base === 'Bool' && says(c, 'false')) withoutKey &&= c.ifExists;
    else if (c.base === 'Null' && says(c, 'true')) withoutMfa = false;
    // Anything else (a Deny on "Null false" or "Bool true" also hits requests made with MFA) is
    // not an MFA requirement; GM05 and the Allow checks say what it is.
    else return none;
  }
  return { withoutKey, withoutMfa };
}

async function judge(group: string, graph: IamGraph, policies: NormalizedPolicy[]): Promise<Verdict> {
  const attached = graph.groupPolicies.get(group) ?? [];
  const docs: NormalizedPolicy[] = [];
  const unknowns: string[] = [];
  const managed: string[] = [];
  for (const a of attached) {
    if (a.unresolved !== undefined) unknowns.push(`the policy ARN ${a.unresolved}`);
    else if (a.arn) managed.push(a.arn);
    else {
      const found = policies.filter((p) => p.policy.address === a.policyAddress && p.policy.kind === 'identity');
      if (!found.length || found.some((p) => p.unknown)) unknowns.push(`${a.policyAddress}, which policylint cannot resolve`);
      docs.push(...found);
    }
  }
  let unknown = unknowns.length > 0;
  const statements = docs.flatMap((d) => d.statements);
  const deny = statements.filter((s) => s.effect === 'Deny' && broad(s)).map(mfaDenies);
  // BoolIfExists false alone, or the pair Bool false + Null true in two statements (§6.3).
  const strongDeny = deny.some((d) => d.withoutKey) && deny.some((d) => d.withoutMfa);
  const boolFalse = deny.some((d) => d.withoutMfa && !d.withoutKey);
  const allows = statements.filter((s) => s.effect === 'Allow');
  const gated = allows.length > 0 && allows.every((s) => s.conditions.some((c) => isMfa(c) && c.base === 'Bool' && !c.ifExists && says(c, 'true')));
  // Stryker disable next-line StringLiteral: an enforced group is never reported, so its check and why are never read
  if (strongDeny || gated) return { docs, stoppedBy: [], check: 'GM01', enforced: true, unknown: false, why: '' };
  // MFA depends on effect, actions and conditions alone: an Unknown Resource changes nothing (§6.3).
  const undecided = statements.filter((s) => s.unknownParts.some((p) => !/\.(Not)?Resource(\[\d+\])?$/.test(p)));
  const stoppedBy = undecided.map((statement) => ({ policy: docs.find((d) => d.statements.includes(statement))!, statement }));
  if (undecided.length) {
    unknown = true;
    unknowns.push(
      // Stryker disable next-line OptionalChaining: undecided statements are taken from docs, so find always finds one
      `${undecided[0].path} of ${docs.find((d) => d.statements.includes(undecided[0]))?.policy.address}, which holds a value policylint cannot resolve`,
    );
  }
  const unknownWhat = unknowns[0];
  if (!unknown && attached.length && (await selfServiceOnly(allows, managed)))
    // Stryker disable next-line StringLiteral: a group with nothing to protect is never reported, so its check and why are never read
    return { docs, stoppedBy, check: 'GM01', enforced: false, unknown, why: '', nothingToProtect: true };
  if (!unknown && !managed.length && (await assumesOnlyMfaRoles(allows, policies)))
    // Stryker disable next-line StringLiteral: an enforced group is never reported, so its check and why are never read
    return { docs, stoppedBy, check: 'GM01', enforced: true, unknown, why: '' };
  const mentions = statements.filter((s) => s.conditions.some((c) => c.keyLower === MFA_KEY));
  if (boolFalse)
    return {
      docs,
      stoppedBy,
      check: 'GM02',
      enforced: false,
      unknown,
      unknownWhat,
      weak: true,
      why: 'denies only when "Bool aws:MultiFactorAuthPresent" is "false", which long-term access keys bypass: the key is absent for them; use "BoolIfExists" in that Deny',
    };
  if (allows.some((s) => s.conditions.some((c) => isMfa(c) && c.base === 'Bool' && c.ifExists && says(c, 'true'))))
    return {
      docs,
      stoppedBy,
      check: 'GM03',
      enforced: false,
      unknown,
      unknownWhat,
      weak: true,
      why: 'gates its Allow with "BoolIfExists aws:MultiFactorAuthPresent true", which requires MFA only for console and temporary credentials and lets access keys in without it; use "Bool", or a Deny with "BoolIfExists ... false"',
    };
  if (allows.some((s) => s.conditions.some((c) => isMfa(c) && c.base === 'Null' && says(c, 'false'))))
    return {
      docs,
      stoppedBy,
      check: 'GM04',
      enforced: false,
      unknown,
      unknownWhat,
      weak: true,
      why: 'uses "Null aws:MultiFactorAuthPresent false", which allows every temporary credential whether or not MFA was used; use "Bool ... true" or a Deny with "BoolIfExists ... false"',
    };
  if (mentions.length)
    return {
      docs,
      stoppedBy,
      check: 'GM05',
      enforced: false,
      unknown,
      unknownWhat,
      weak: true,
      why: 'mentions aws:MultiFactorAuthPresent, but that condition does not gate the group\'s permissions; add a Deny of every action with "BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}',
    };
  const what = attached.length
    ? `has ${attached.length} polic${attached.length === 1 ? 'y' : 'ies'}${managed.length ? ` (AWS managed ${managed.map((m) => m.split('/').pop()).join(', ')} does not enforce MFA)` : ''}, none of which requires MFA`
    : 'has no policy that requires MFA';
  return {
    docs,
    stoppedBy,
    check: 'GM01',
    enforced: false,
    unknown,
    unknownWhat,
    why: `${what}: its members can act with a password or access key alone; attach a Deny of every action except MFA setup with "BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}`,
  };
}

/**
 * MFA-protected API access (iam-semantics §6.1, P-MFAAPI: MFA conditions in role trust policies):
 * every Allow of the group grants only sts:AssumeRole (beside self-service actions), on roles of
 * this configuration whose trust policies let an AWS principal in only with "Bool": {"aws:MultiFactorAuthPresent": "true"}. Without MFA a
 * member can do nothing but be refused by sts:AssumeRole: the roles enforce what the group's
 * policies do not. A role named by its ARN, or whose trust policy policylint cannot read whole,
 * does not count.
 */
async function assumesOnlyMfaRoles(allows: Statement[], policies: NormalizedPolicy[]): Promise<boolean> {
  let assumes = false;
  for (const st of allows) {
    if (st.notResources) return false;
    const names = await grantedNames(st);
    if (!names?.every((n) => SELF.has(n) || n === 'sts:assumerole')) return false;
    if (!names.includes('sts:assumerole')) continue;
    assumes = true;
    if (!st.resources?.length || !st.resources.every((r) => mfaRole(r.value, policies))) return false;
  }
  return assumes;
}

/** A role of the configuration (`aws_iam_role.admin.arn`) whose trust policy is read whole and
 * lets AWS principals in only with MFA (Bool, not BoolIfExists: access keys carry no key). */
function mfaRole(resource: Elem['value'], policies: NormalizedPolicy[]): boolean {
  if (typeof resource === 'string' || !resource.ref?.startsWith('aws_iam_role.')) return false;
  const address = refAddress(resource.ref, resource.refModule ?? []);
  const trusts = policies.filter((p) => p.policy.address === address && p.policy.kind === 'trust');
  if (!trusts.length || trusts.some((t) => t.unknown)) return false;
  const allows = trusts.flatMap((t) => t.statements).filter((s) => s.effect !== 'Deny');
  return allows.every(
    (s) =>
      s.effect === 'Allow' &&
      (!s.principal || s.principal.unknown || s.principal.star || s.principal.entries.some((e) => e.type === 'AWS' || e.type === '?')
        ? s.conditions.some((c) => isMfa(c) && c.base === 'Bool' && !c.ifExists && says(c, 'true'))
        : true),
  );
}

/** Whether every Allow grants only MFA-bootstrap and self-service actions (wildcards expanded
 * through iam-data), and every managed policy is one AWS documents as such. */
async function selfServiceOnly(allows: Statement[], managed: string[]): Promise<boolean> {
  if (!managed.every((m) => SELF_SERVICE_MANAGED.includes(m))) return false;
  for (const st of allows) if (!(await grantedNames(st))?.every((n) => SELF.has(n))) return false;
  return true;
}

/** Every action a statement's Action grants, lower case, wildcards expanded through iam-data;
 * undefined for NotAction, no action, or one that is Unknown, "*" or unknown to the data. */
async function grantedNames(st: Statement): Promise<string[] | undefined> {
  if (st.notActions || !st.actions?.length) return undefined;
  const names: string[] = [];
  for (const a of st.actions) {
    const v = known(a);
    // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: a fast path: an Unknown action makes the group Unknown before this is asked, and expandAction('*') is undefined, which the next test returns false for
    if (v === undefined || v === '*') return undefined;
    const infos = await expandAction(v);
    if (!infos?.length) return undefined;
    for (const i of infos) names.push(i.name.toLowerCase());
  }
  return names;
}
