// src/extract/iam-graph-merge.ts
var BY_NAME = "name:";
function mergeGraphs(graphs) {
  const out = {
    groups: [],
    groupPolicies: /* @__PURE__ */ new Map(),
    rolePolicies: /* @__PURE__ */ new Map(),
    oidcProviders: /* @__PURE__ */ new Map(),
    members: /* @__PURE__ */ new Map(),
    users: /* @__PURE__ */ new Map(),
    rolePaths: /* @__PURE__ */ new Map()
  };
  const into = (map, key, items) => map.set(key, [...map.get(key) ?? [], ...items]);
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
    if (group.name === void 0) continue;
    const key = `${BY_NAME}${group.name}`;
    const policies = out.groupPolicies.get(key);
    if (policies) into(out.groupPolicies, group.address, policies);
    const members = out.members.get(key);
    if (members) into(out.members, group.address, members);
  }
  return out;
}

export {
  BY_NAME,
  mergeGraphs
};
