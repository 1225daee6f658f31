import { attr, type Block } from '../parse/hcl-ast.js';
import { refAddress, type Origin, type UnknownValue, type Value } from '../model/value.js';
import { evaluate, moduleScope } from '../resolve/evaluate.js';
import type { Module } from '../resolve/module.js';
import { BY_NAME, type Attachment, type IamGraph } from './iam-graph-merge.js';

export type { Attachment, IamGraph } from './iam-graph-merge.js';

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
  /** Users by name, for keys, login profiles and memberships that name the user rather than
   * refer to it (`user = local.name`, as the user's own `name` is): an Unknown name by its text. */
  const userByName = new Map<string, string>();
  const prefix = module.path.length ? `${module.path.join('.')}.` : '';
  const resources = [...module.blocks].filter(([, b]) => b.item.type === 'resource').map(([a, b]) => [prefix + a, b] as const);
  for (const [address, { file, item }] of resources) {
    if (item.labels[0] === 'aws_iam_group') {
      const name = attrValue(module, file, item, 'name');
      g.groups.push({ address, origin: { file: file.src.path, range: item.range }, name: name?.kind === 'string' ? name.value : undefined });
      if (name?.kind === 'string') byName.set(name.value, address);
    } else if (item.labels[0] === 'aws_iam_user') {
      g.users.set(address, { accessKey: false, loginProfile: false });
      const name = nameKey(attrValue(module, file, item, 'name'));
      if (name) userByName.set(name, address);
    } else if (item.labels[0] === 'aws_iam_role') {
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
    const user = type === 'aws_iam_user' ? nameKey(v) : undefined;
    if (user && userByName.has(user)) return [userByName.get(user)!];
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

/** A name as a key: its text when known, else the text of the expression it stays Unknown as. */
function nameKey(v: Value | undefined): string | undefined {
  if (v?.kind === 'string') return v.value;
  if (v?.kind === 'unknown' && !v.ref) return `\u0000${v.text}`;
  return undefined;
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
  return v.refModule ? refAddress(v.ref!, v.refModule) : prefix + v.ref;
}

function addMember(g: IamGraph, group: string, users: string[]) {
  g.members.set(group, [...(g.members.get(group) ?? []), ...users]);
}

function attrValue(module: Module, file: Module['files'][number], block: Block, name: string): Value | undefined {
  const a = attr(block.body, name);
  return a ? evaluate(a.expr, moduleScope(module, file)) : undefined;
}
