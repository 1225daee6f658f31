import {
  classify,
  coversWebIdentity,
  defineRule,
  deniesFor,
  findTokenWitness,
  patternsFor,
  pinFor,
  roleCapabilities,
  subConditions,
  subPinnedWhateverIssuer,
  tokensFor,
  unknownTexts,
  statementUnknowns,
  webIdentityTargets,
  type Found,
  type IamGraph,
  type Issuer,
  type NormalizedPolicy,
  type RuleInput,
  type Severity,
  type Statement,
  type Target,
  type Token,
  type Trusted,
} from './api.js';

const CHECKS = {
  OT01: 'a token any outsider can obtain passes the conditions: no sub condition, "*", an owner wildcard, a fork pattern, a negated operator',
  OT02: 'any repository, project or workspace of one GitHub organization, GitLab group or HCP Terraform organization can assume',
  OT03: 'any branch, tag, pull request or environment of one repository or project can assume (note)',
  OT04: 'any service account of an EKS cluster can assume: no sub condition, or a namespace wildcard',
  OT05: 'a GitHub sub condition without an aud condition (note)',
  OT06: 'an issuer policylint has no claim format for (--strict, note)',
  OT07: 'a verdict that depends on values policylint cannot resolve (--strict, note)',
};
type CheckId = keyof typeof CHECKS;

interface Options extends Record<string, unknown> {
  trustedGitHubOrganizations: string[];
  trustedGitLabGroups: string[];
  trustedTerraformOrganizations: string[];
  anyRefOfRepository: 'note' | 'off';
}

/**
 * A role trust policy that lets an outside CI job or workload become the role through web-identity
 * federation (iam-semantics §8): tokens built from each provider's claim format are evaluated
 * against the statement's conditions, and a Deny of the same policy that stops them silences it.
 */
export const oidcTrust = defineRule<Options, CheckId>({
  meta: {
    id: 'oidc-trust',
    name: 'OidcTrust',
    description: 'A web-identity (OIDC) trust policy that a CI job or workload outside yours can satisfy',
    severity: 'error',
    tags: ['security', 'iam', 'oidc', 'trust-policy'],
    precision: 'high',
    securitySeverity: 8.8,
    fix: 'Pin "<issuer>:sub" with StringEquals to one repository and branch or environment (GitHub "repo:ORG/REPO:environment:NAME"), one GitLab project ref, one HCP Terraform workspace, or one Kubernetes service account.',
    semantics: ['§8.1', '§8.2', '§8.3', '§8.4', '§2.2'],
  },
  checks: CHECKS,
  options: {
    defaults: { trustedGitHubOrganizations: [], trustedGitLabGroups: [], trustedTerraformOrganizations: [], anyRefOfRepository: 'note' },
    schema: {
      trustedGitHubOrganizations: {
        type: 'array',
        items: { type: 'string' },
        description: 'GitHub organizations whose every repository may assume (silences OT02)',
      },
      trustedGitLabGroups: { type: 'array', items: { type: 'string' }, description: 'GitLab top-level groups whose every project may assume (silences OT02)' },
      trustedTerraformOrganizations: {
        type: 'array',
        items: { type: 'string' },
        description: 'HCP Terraform organizations whose every workspace may assume (silences OT02)',
      },
      anyRefOfRepository: {
        enum: ['note', 'off'],
        default: 'note',
        description: 'Any branch, tag or environment of one repository (OT03): a note (default) or off',
      },
    },
  },
  // Trust policies only; who may assume never depends on a Resource. A safety net: create() below
  // judges or names every statement of a trust policy itself, so the accounting finds none here.
  // Stryker disable next-line all: the safety net finds nothing (see above), whatever it is told
  unknowns: { judges: (p) => p.policy.kind === 'trust', ignores: ['Sid', 'Resource', 'NotResource'] },
  create(ctx) {
    const o = ctx.options;
    const trusted: Trusted = { github: o.trustedGitHubOrganizations, gitlab: o.trustedGitLabGroups, terraform: o.trustedTerraformOrganizations };
    for (const { policy, graph, policies } of trustPolicies(ctx.input)) {
      for (const st of policy.statements) {
        // An Unknown Effect stops every rule: the engine names it; an invalid one allows nothing.
        const covers = st.effect === 'Allow' ? coversWebIdentity(st) : false;
        if (covers === 'unknown') {
          // OT07 names the Unknowns itself under --strict: one note for the statement. (The list
          // is shown only in the engine's note, which `noted` suppresses; without --strict no note.)
          // Stryker disable next-line ArrayDeclaration,StringLiteral: the list is never shown (above)
          ctx.undecided({ policy, statement: st, unknowns: statementUnknowns(st, ['Sid', 'Resource', 'NotResource']), noted: ctx.strict });
          if (ctx.strict)
            ctx.report({
              check: 'OT07',
              policy,
              path: st.path,
              severity: 'note',
              message: `Whether this statement allows sts:AssumeRoleWithWebIdentity depends on ${unknownTexts(st.node).join(', ')}, which policylint cannot resolve (--strict)`,
              key: `OT07:${st.path}`,
            });
          continue;
        }
        if (covers !== true) {
          ctx.judged(policy, st);
          continue;
        }
        const can = () => (graph ? roleCapabilities(policy.policy.address, graph.rolePolicies.get(policy.policy.address) ?? [], policies) : '');
        let stopped = false;
        for (const target of webIdentityTargets(st, graph?.oidcProviders))
          for (const r of judge(policy, st, target, { trusted, anyRefOfRepository: o.anyRefOfRepository }, can)) {
            // OT06 / OT07: who can assume is not known; said under --strict, counted as not judged.
            if (UNDECIDED.has(r.check)) stopped = true;
            if (!UNDECIDED.has(r.check) || ctx.strict) ctx.report(r);
          }
        // Stryker disable next-line ArrayDeclaration,StringLiteral: never shown, as for OT07 above
        if (stopped) ctx.undecided({ policy, statement: st, unknowns: statementUnknowns(st, ['Sid', 'Resource', 'NotResource']), noted: ctx.strict });
        else ctx.judged(policy, st);
      }
    }
  },
});

function trustPolicies(input: RuleInput) {
  const inGraph = new Map<NormalizedPolicy, { graph: IamGraph; policies: NormalizedPolicy[] }>();
  for (const g of input.graphs) for (const p of g.policies) inGraph.set(p, g);
  // Stryker disable next-line ObjectLiteral,ArrayDeclaration: without a graph, `policies` is never read
  return input.policies.filter((p) => p.policy.kind === 'trust').map((policy) => ({ policy, ...(inGraph.get(policy) ?? { graph: undefined, policies: [] }) }));
}

const WHO: Record<string, (t: Token, i: Issuer) => string> = {
  'github:outsider': () => 'Any GitHub user',
  'github:organization': (t) => `Anyone who can create a repository in GitHub organization ${t.organization}`,
  'github:repository': (t) => `Any branch, tag, pull request or environment of ${t.claims.repository}`,
  'gitlab:outsider': (_, i) => (i.selfManaged ? `Any user of ${i.host}` : 'Any gitlab.com user'),
  'gitlab:organization': (t) => `Anyone who can create a project in GitLab group ${t.organization}`,
  'gitlab:repository': (t) => `Any branch or tag of GitLab project ${t.sub.split(':')[1]}`,
  'terraform:outsider': () => 'Any HCP Terraform organization',
  'terraform:organization': (t) => `Anyone who can create a workspace in HCP Terraform organization ${t.organization}`,
  'eks:outsider': () => 'Any pod in the EKS cluster, whatever its namespace,',
};

/** Which kinds of workflow of one repository get in, as the headline says it: "Any pull request
 * of o/r" where the sub pins `pull_request` (a review-app role), not "any branch, tag, …". */
function githubRepositoryWho(t: Token, issuer: Issuer, repositoryTokens: Token[], passes: (t: Token) => boolean): string {
  const KINDS: Array<[RegExp, string]> = [
    [/:ref:refs\/heads\/[^:]+$/, 'branch'],
    [/:ref:refs\/tags\/[^:]+$/, 'tag'],
    [/:pull_request$/, 'pull request'],
    [/:environment:[^:]+$/, 'environment'],
  ];
  const open = KINDS.filter(([form]) => repositoryTokens.some((x) => form.test(x.sub) && passes(x))).map(([, kind]) => kind);
  if (!open.length || open.length === KINDS.length) return WHO['github:repository'](t, issuer);
  const list = open.length === 1 ? open[0] : `${open.slice(0, -1).join(', ')} or ${open[open.length - 1]}`;
  return `Any ${list} of ${t.claims.repository}`;
}

interface Judging {
  trusted: Trusted;
  anyRefOfRepository: Options['anyRefOfRepository'];
}

/** The checks whose note says the verdict is not known (--strict), not a verdict. */
const UNDECIDED = new Set<string>(['OT06', 'OT07']);

function judge(policy: NormalizedPolicy, st: Statement, target: Target, opts: Judging, can: () => string): Found<CheckId>[] {
  const note = (check: CheckId, message: string, key: string): Found<CheckId>[] => [{ check, policy, path: target.path, severity: 'note', message, key }];
  // Pinned to one subject whatever issuer an Unknown key prefix names: silent for every value (§8.2).
  if (subPinnedWhateverIssuer(st)) return [];
  if (!target.host)
    return note(
      'OT07',
      `Which OIDC provider ${target.unresolved} is, policylint cannot resolve (--strict), so it cannot say who can assume this role`,
      'OT07:provider',
    );
  const host = target.host;
  const patterns = patternsFor(st, host);
  const issuer = classify(host, patterns.sub);
  const subs = subConditions(st, host);
  const at = subs[0]?.values[0]?.path ?? target.path;
  const shownKey = subs[0]?.key ?? `${target.shown ?? host}:sub`;
  if (!issuer.provider)
    return pinnedLiterally(st, host)
      ? []
      : note(
          'OT06',
          `policylint has no claim format for issuer ${host} (--strict), so it cannot name who can assume this role; pin "${host}:sub" with StringEquals`,
          `OT06:${host}`,
        );
  const tokens = tokensFor(issuer, patterns, opts.trusted, target.shown);
  const denies = deniesFor(policy.statements, host);
  let unknown = false;
  for (const scope of ['outsider', 'organization', 'repository'] as const) {
    if (scope === 'repository' && opts.anyRefOfRepository === 'off') break;
    const found = findTokenWitness(
      st,
      denies,
      host,
      tokens.filter((t) => t.scope === scope),
    );
    if (found.truth === 'unknown') unknown = true;
    if (!found.token) continue;
    const t = found.token;
    const check: CheckId = issuer.provider === 'eks' ? 'OT04' : scope === 'outsider' ? 'OT01' : scope === 'organization' ? 'OT02' : 'OT03';
    const severity: Severity | undefined = check === 'OT03' ? 'note' : check === 'OT02' || issuer.selfManaged ? 'warning' : undefined;
    const who =
      issuer.provider === 'github' && scope === 'repository'
        ? githubRepositoryWho(
            t,
            issuer,
            tokens.filter((x) => x.scope === scope && x.twin && x.claims.repository === t.claims.repository),
            (x) => findTokenWitness(st, denies, host, [x]).truth === true,
          )
        : WHO[`${issuer.provider}:${scope}`](t, issuer);
    // Only repositories from before GitHub's immutable sub format (2026-07-15) match: say so (§8.3).
    const olderOnly =
      t.twin && findTokenWitness(st, denies, host, [t.twin]).truth !== true
        ? ` created before 2026-07-15${scope === 'outsider' ? ' (as existing forks are)' : ''}`
        : '';
    const witness = `${t.who.replace(/^(a workflow in repository \S+)/, `$1${olderOnly}`)} (sub "${t.sub}")`;
    const passes = subs.length ? `passes ${subs.map((c) => `${c.operator} ${c.key}`).join(' and ')}` : `passes the conditions, which do not test ${shownKey}`;
    return [
      {
        check,
        policy,
        path: at,
        severity,
        message: `${who} can assume this role: ${witness} ${passes}${can()}. Pin it with StringEquals "${shownKey}": ${pinFor(
          issuer.provider,
          patternsFor(st, host, true),
        )
          .map((v) => `"${v}"`)
          .join(' or ')}`,
        witness,
        key: `${check}:${host}:${st.sid ?? st.path}`,
      },
    ];
  }
  if (unknown)
    return note(
      'OT07',
      `Whether a CI job outside yours can assume this role depends on ${unknownTexts(st.node).join(', ') || 'values'} that policylint cannot resolve (--strict); check that "${shownKey}" is pinned`,
      `OT07:${host}`,
    );
  if (issuer.provider === 'github' && subs.length && !st.conditions.some((c) => c.keyLower === `${host}:aud`))
    return [
      {
        check: 'OT05',
        policy,
        path: target.path,
        severity: 'note',
        message: `No "${host}:aud" condition: GitHub and AWS pair the sub condition with StringEquals "${host}:aud": "sts.amazonaws.com"; the audience is chosen by the workflow, so this is hygiene, not a way in`,
        key: `OT05:${host}`,
      },
    ];
  return [];
}

function pinnedLiterally(st: Statement, host: string): boolean {
  return subConditions(st, host).some(
    (c) => !c.negated && !c.set && /^String(Equals|Like)$/.test(c.base) && c.values.every((v) => typeof v.value === 'string' && !/[*?]/.test(v.value)),
  );
}
