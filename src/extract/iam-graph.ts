import { attr, type Block } from '../parse/hcl-ast.js';
import type { Origin, UnknownValue, Value } from '../model/value.js';
import { evaluate, moduleScope } from '../resolve/evaluate.js';
import type { Module } from '../resolve/module.js';

export interface Attachment {
  policyAddress?: string;
  arn?: string;
  unresolved?: string;
  origin: Origin;
}

/** Groups, what is attached to them and who is in them: what `group-mfa` must see (§6); what is
 * attached to roles and which OIDC providers exist: what `oidc-trust` says a role can do (§8). */
export interface IamGraph {
  groups: Array<{ address: string; origin: Origin; name?: string }>;
  /** Group address → attached or inline policies. */
  groupPolicies: Map<string, Attachment[]>;
  /** Role address → attached or inline policies (`aws_iam_role_policy`, attachments, `managed_policy_arns`). */
  rolePolicies: Map<string, Attachment[]>;
  /** `aws_iam_openid_connect_provider` address → its issuer as condition keys name it (no `https://`). */
  oidcProviders: Map<string, string>;
  members: Map<string, string[]>;
  users: Map<string, { accessKey: boolean; loginProfile: boolean }>;
  /** Role name → its IAM path ("/" by default), for roles whose name is known (PA04, PA13). */
  rolePaths: Map<string, string>;
}

export function buildIamGraph(module: Module): IamGraph {
  const g: IamGraph = {
    groups: [],
    groupPolicies: new Map(),
    rolePolicies: new Map(),
    oidcProviders: new Map(),
    members: new Map(),
    users: new Map(),
    rolePaths: new Map(),
  };
  const byName = new Map<string, string>();
  const roleByName = new Map<string, string>();
  const prefix = module.path.length ? `${module.path.join('.')}.` : '';
  const resources = [...module.blocks].filter(([, b]) => b.item.type === 'resource').map(([a, b]) => [prefix + a, b] as const);
  for (const [address, { file, item }] of resources) {
    if (item.labels[0] === 'aws_iam_group') {
      const name = attrValue(module, file, item, 'name');
      g.groups.push({ address, origin: { file: file.src.path, range: item.range }, name: name?.kind === 'string' ? name.value : undefined });
      if (name?.kind === 'string') byName.set(name.value, address);
    } else if (item.labels[0] === 'aws_iam_user') g.users.set(address, { accessKey: false, loginProfile: false });
    else if (item.labels[0] === 'aws_iam_role') {
      const name = attrValue(module, file, item, 'name');
      const path = attrValue(module, file, item, 'path');
      if (name?.kind === 'string' && (!path || path.kind === 'string')) g.rolePaths.set(name.value, path?.kind === 'string' ? path.value : '/');
      if (name?.kind === 'string') roleByName.set(name.value, address);
      const managed = attrValue(module, file, item, 'managed_policy_arns');
      const origin = { file: file.src.path, range: item.range };
      if (managed?.kind === 'list')
        for (const arn of managed.items) attachTo(g.rolePolicies, address, arn.kind === 'string' ? { arn: arn.value, origin } : policyRef(arn, origin, prefix));
    } else if (item.labels[0] === 'aws_iam_openid_connect_provider') {
      const url = attrValue(module, file, item, 'url');
      if (url?.kind === 'string')
        g.oidcProviders.set(
          address,
          url.value
            .replace(/^https:\/\//, '')
            .replace(/\/$/, '')
            .toLowerCase(),
        );
    }
  }
  const refsOf = (v: Value | undefined, type: string): string[] => {
    if (!v) return [];
    if (v.kind === 'list') return v.items.flatMap((i) => refsOf(i, type));
    if (v.kind === 'unknown' && v.ref?.startsWith(`${type}.`)) return [absolute(v, prefix)];
    // A name no group of this module has may be a group of another module of the run (passed
    // through an output or a variable): kept by name, for mergeGraphs to find.
    if (v.kind === 'string' && type === 'aws_iam_group') return [byName.get(v.value) ?? `${BY_NAME}${v.value}`];
    if (v.kind === 'string' && type === 'aws_iam_role' && roleByName.has(v.value)) return [roleByName.get(v.value)!];
    return [];
  };
  const attach = (group: string, entry: Attachment) => attachTo(g.groupPolicies, group, entry);
  for (const [address, { file, item }] of resources) {
    const v = (name: string) => attrValue(module, file, item, name);
    const origin = { file: file.src.path, range: item.range };
    switch (item.labels[0]) {
      case 'aws_iam_group_policy':
        for (const grp of refsOf(v('group'), 'aws_iam_group')) attach(grp, { policyAddress: address, origin });
        break;
      case 'aws_iam_role_policy':
        for (const role of refsOf(v('role'), 'aws_iam_role')) attachTo(g.rolePolicies, role, { policyAddress: address, origin });
        break;
      case 'aws_iam_role_policy_attachment': {
        const arn = v('policy_arn');
        const entry = arn?.kind === 'string' ? { arn: arn.value, origin } : policyRef(arn, origin, prefix);
        for (const role of refsOf(v('role'), 'aws_iam_role')) attachTo(g.rolePolicies, role, entry);
        break;
      }
      case 'aws_iam_group_policy_attachment':
      case 'aws_iam_policy_attachment': {
        const arn = v('policy_arn');
        const policy = refsOf(arn, 'aws_iam_policy')[0];
        const entry = policy
          ? { policyAddress: policy, origin }
          : arn?.kind === 'string'
            ? { arn: arn.value, origin }
            : {
                unresolved: file.src.text.slice(attr(item.body, 'policy_arn')?.expr.range.start ?? 0, attr(item.body, 'policy_arn')?.expr.range.end ?? 0),
                origin,
              };
        for (const grp of refsOf(v(item.labels[0] === 'aws_iam_policy_attachment' ? 'groups' : 'group'), 'aws_iam_group')) attach(grp, entry);
        if (item.labels[0] === 'aws_iam_policy_attachment') for (const role of refsOf(v('roles'), 'aws_iam_role')) attachTo(g.rolePolicies, role, entry);
        break;
      }
      case 'aws_iam_user_group_membership':
        for (const grp of refsOf(v('groups'), 'aws_iam_group')) addMember(g, grp, refsOf(v('user'), 'aws_iam_user'));
        break;
      case 'aws_iam_group_membership':
        for (const grp of refsOf(v('group'), 'aws_iam_group')) addMember(g, grp, refsOf(v('users'), 'aws_iam_user'));
        break;
      case 'aws_iam_access_key':
      case 'aws_iam_user_login_profile':
        for (const user of refsOf(v('user'), 'aws_iam_user')) {
          const u = g.users.get(user);
          if (u && item.labels[0] === 'aws_iam_access_key') u.accessKey = true;
          if (u && item.labels[0] === 'aws_iam_user_login_profile') u.loginProfile = true;
        }
        break;
    }
  }
  return g;
}

/** The key of an attachment or membership that names a group by a name its module does not define. */
const BY_NAME = 'name:';

/**
 * The IAM graphs of every module instance of a unit as one: a group made in a child module gets
 * its policies and members from wherever the configuration attaches them — the root, through the
 * module's output (a reference, or the group's name), or a sibling module. IAM names a group in
 * the account, not in a module.
 */
export function mergeGraphs(graphs: readonly IamGraph[]): IamGraph {
  const out: IamGraph = {
    groups: [],
    groupPolicies: new Map(),
    rolePolicies: new Map(),
    oidcProviders: new Map(),
    members: new Map(),
    users: new Map(),
    rolePaths: new Map(),
  };
  const into = <T>(map: Map<string, T[]>, key: string, items: readonly T[]) => map.set(key, [...(map.get(key) ?? []), ...items]);
  for (const g of graphs) {
    out.groups.push(...g.groups);
    for (const [k, v] of g.groupPolicies) into(out.groupPolicies, k, v);
    for (const [k, v] of g.rolePolicies) into(out.rolePolicies, k, v);
    for (const [k, v] of g.members) into(out.members, k, v);
    for (const [k, v] of g.oidcProviders) out.oidcProviders.set(k, v);
    for (const [k, v] of g.users) out.users.set(k, v);
    for (const [k, v] of g.rolePaths) out.rolePaths.set(k, v);
  }
  for (const group of out.groups) {
    if (group.name === undefined) continue;
    const key = `${BY_NAME}${group.name}`;
    const policies = out.groupPolicies.get(key);
    if (policies) into(out.groupPolicies, group.address, policies);
    const members = out.members.get(key);
    if (members) into(out.members, group.address, members);
  }
  return out;
}

function attachTo(map: Map<string, Attachment[]>, key: string, entry: Attachment) {
  map.set(key, [...(map.get(key) ?? []), entry]);
}

/** An attachment whose policy is a resource of the module, or an expression policylint cannot resolve. */
function policyRef(v: Value | undefined, origin: Origin, prefix: string): Attachment {
  if (v?.kind === 'unknown' && v.ref?.startsWith('aws_iam_policy.')) return { policyAddress: absolute(v, prefix), origin };
  return { unresolved: v?.kind === 'unknown' ? v.text : '?', origin };
}

/** A reference's full address: through a module output or a variable it names a resource of
 * another module (`module.policies.aws_iam_policy.mfa`), which group-mfa must find. */
function absolute(v: UnknownValue, prefix: string): string {
  if (!v.refModule) return prefix + v.ref;
  return (v.refModule.length ? `${v.refModule.join('.')}.` : '') + v.ref;
}

function addMember(g: IamGraph, group: string, users: string[]) {
  g.members.set(group, [...(g.members.get(group) ?? []), ...users]);
}

function attrValue(module: Module, file: Module['files'][number], block: Block, name: string): Value | undefined {
  const a = attr(block.body, name);
  return a ? evaluate(a.expr, moduleScope(module, file)) : undefined;
}
