import type { Origin } from '../model/value.js';

// The IAM graph's shape and its merge, apart from building a module's graph (iam-graph.ts, which
// evaluates Terraform): the rules merge graphs, and a run of JSON policies alone loads the rules
// but never the evaluator (issue 16).

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

/** The key of an attachment or membership that names a group by a name its module does not define. */
export const BY_NAME = 'name:';

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
