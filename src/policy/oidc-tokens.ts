/**
 * Tokens an OIDC issuer really signs, in each provider's documented claim format
 * (iam-semantics §8.3), built with names an outsider can register or names that complete the
 * trust policy's own wildcards. The rule evaluates them against the conditions; nothing here
 * decides a verdict.
 */

export type Provider = 'github' | 'gitlab' | 'terraform' | 'eks';

/** outsider: anyone can obtain it; organization: anyone who can add a repository, project or
 * workspace to one organization; repository: anyone who can push a branch or tag to one repository. */
export type Scope = 'outsider' | 'organization' | 'repository';

export interface Token {
  scope: Scope;
  /** For messages: "a workflow in repository attacker/app on branch main". */
  who: string;
  sub: string;
  /** Claims STS puts in the request context as `<issuer>:<claim>` (iam-semantics §8.2). */
  claims: Record<string, string>;
  /** The organization (GitHub owner, GitLab top group, HCP Terraform organization) the token is from. */
  organization: string;
  /** The same workflow's token in GitHub's immutable `sub` format, for a token in the older one. */
  twin?: Token;
}

export interface Patterns {
  /** Every value written for `<issuer>:sub`, whatever the operator. */
  sub: string[];
  /** GitHub's `repository` claim values (`owner/repo`), which can pin on their own since 2026. */
  repository: string[];
}

export const OUTSIDER = 'attacker';

const fill = (pattern: string, star: string) => pattern.replace(/\*/g, star).replace(/\?/g, 'x');
const wild = (s: string) => /[*?]/.test(s);
/** Candidates per segment are capped: a policy with hundreds of patterns must not cost a product of
 * hundreds (a capped search can only miss a witness, never invent one). */
const uniq = (xs: string[]) => [...new Set(xs)].slice(0, 12);
const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

interface Segments {
  owner: string;
  name?: string;
  rest?: string;
}

/** `prefix OWNER/NAME:REST`, segments as written (they may hold wildcards). */
function segments(pattern: string, prefix: string): Segments | undefined {
  if (!pattern.startsWith(prefix)) return undefined;
  const m = /^([^/:]*)(?:\/([^:]*))?(?::(.*))?$/s.exec(pattern.slice(prefix.length));
  // GitHub's immutable format appends @ID to owner and repository (§8.3); the names are what matter here.
  const name = (x: string | undefined) => x?.replace(/@.*$/, '');
  return m ? { owner: name(m[1])!, name: name(m[2]), rest: m[3] } : undefined;
}

/** Names an outsider can use for the owner segment: a fresh one, and each wildcard owner filled in. */
function outsiderOwners(segs: Segments[], trusted: string[]): string[] {
  // Stryker disable next-line MethodExpression: a wildcard owner holds * or ?, which no candidate that passes the name test below can equal
  const literal = segs.filter((s) => !wild(s.owner)).map((s) => s.owner);
  const candidates = [OUTSIDER, ...segs.filter((s) => wild(s.owner)).map((s) => fill(s.owner, OUTSIDER))];
  return uniq(candidates).filter((o) => /^[A-Za-z0-9][A-Za-z0-9-]*$/.test(o) && ![...literal, ...trusted].some((l) => sameName(l, o)));
}

const literalOwners = (segs: Segments[], trusted: string[]) =>
  uniq(segs.filter((s) => s.owner && !wild(s.owner)).map((s) => s.owner)).filter((o) => !trusted.some((t) => sameName(t, o)));

/** Repository or project names: a fresh one, and each name segment filled in — literal names too
 * for an outsider (a fork keeps its name), wildcard ones only inside an organization. */
function names(segs: Segments[], fresh: string, valid: RegExp, literalToo: boolean): string[] {
  const written = segs.filter((s) => s.name !== undefined && (literalToo || wild(s.name)));
  return uniq([fresh, ...written.map((s) => fill(s.name!, fresh))]).filter((n) => valid.test(n));
}

// ---- GitHub Actions: repo:OWNER/REPO:ref:refs/heads/BRANCH | …:environment:NAME | …:pull_request (§8.3)

const GITHUB_RESTS = ['ref:refs/heads/main', 'environment:production', 'pull_request', 'ref:refs/tags/v1'];
const GITHUB_OTHER_REFS = ['ref:refs/heads/any-branch', 'pull_request', 'ref:refs/tags/any-tag', 'environment:any-environment'];
const GITHUB_REST = /^(ref:refs\/(heads|tags)\/[^:]+|environment:[^:]+|pull_request)$/;
const GITHUB_NAME = /^[A-Za-z0-9._-]+$/;

function githubToken(scope: Scope, owner: string, repo: string, rest: string, immutable: boolean): Token {
  const env = rest.startsWith('environment:') ? rest.slice('environment:'.length) : undefined;
  // An environment job runs from some branch: the main one, or for a repository-scope token any branch.
  const ref = rest.startsWith('ref:')
    ? rest.slice(4)
    : rest === 'pull_request'
      ? 'refs/pull/1/merge'
      : scope === 'repository'
        ? 'refs/heads/any-branch'
        : 'refs/heads/main';
  // Repositories created after 2026-07-15 carry owner and repository ids in sub (§8.3).
  const sub = immutable ? `repo:${owner}@99999999/${repo}@999999999:${rest}` : `repo:${owner}/${repo}:${rest}`;
  const where = env
    ? `in environment ${env}`
    : rest === 'pull_request'
      ? 'for a pull request'
      : ref.startsWith('refs/tags/')
        ? `on tag ${ref.slice(10)}`
        : `on branch ${ref.slice(11)}`;
  return {
    scope,
    who: `a workflow in repository ${owner}/${repo} ${where}`,
    sub,
    organization: owner,
    claims: {
      sub,
      repository: `${owner}/${repo}`,
      repository_id: '999999999',
      ref,
      ...(env ? { environment: env } : {}),
      actor: scope === 'outsider' ? owner : 'a-member',
      actor_id: '99999999',
      workflow: 'deploy',
      job_workflow_ref: `${owner}/${repo}/.github/workflows/deploy.yml@${ref}`,
    },
  };
}

export function githubTokens(p: Patterns, trusted: string[]): Token[] {
  const segs = [...p.sub.map((s) => segments(s, 'repo:')), ...p.repository.map((r) => segments(r, ''))].filter((s): s is Segments => !!s);
  const rests = uniq([...GITHUB_RESTS, ...segs.filter((s) => s.rest !== undefined).map((s) => fill(s.rest!, 'main'))]).filter((r) => GITHUB_REST.test(r));
  // Each token in the older format carries its twin in the immutable one, which repositories made
  // after 2026-07-15 get: a message can then say when only older repositories match (§8.3).
  const legacy: Token[] = [];
  const add = (scope: Scope, owner: string, repo: string, rest: string) =>
    legacy.push({ ...githubToken(scope, owner, repo, rest, false), twin: githubToken(scope, owner, repo, rest, true) });
  for (const owner of outsiderOwners(segs, trusted))
    for (const repo of names(segs, 'any', GITHUB_NAME, true)) for (const rest of rests) add('outsider', owner, repo, rest);
  for (const owner of literalOwners(segs, trusted))
    for (const repo of names(segs, 'other-repo', GITHUB_NAME, false)) for (const rest of rests) add('organization', owner, repo, rest);
  // A name GitHub cannot give (`github.com/app`: a slash) is no repository: no workflow's sub has it.
  for (const s of segs.filter((x) => !wild(x.owner) && x.name && !wild(x.name) && GITHUB_NAME.test(x.name)))
    for (const rest of GITHUB_OTHER_REFS) add('repository', s.owner, s.name!, rest);
  return [...legacy, ...legacy.map((t) => t.twin!)];
}

// ---- GitLab: project_path:GROUP/PROJECT:ref_type:branch|tag:ref:NAME (§8.3)

const GITLAB_RESTS = ['ref_type:branch:ref:main', 'ref_type:tag:ref:v1'];
const GITLAB_OTHER_REFS = ['ref_type:branch:ref:any-branch', 'ref_type:tag:ref:any-tag'];
const GITLAB_REST = /^ref_type:(branch|tag):ref:.+$/;
const GITLAB_PATH = /^[A-Za-z0-9._/-]+$/;

function gitlabToken(scope: Scope, group: string, project: string, rest: string, host: string): Token {
  const sub = `project_path:${group}/${project}:${rest}`;
  const [, type, name] = /^ref_type:(\w+):ref:(.*)$/.exec(rest)!;
  const on = host === 'gitlab.com' ? '' : ` on ${host}`;
  return { scope, who: `a pipeline in project ${group}/${project}${on} on ${type} ${name}`, sub, claims: { sub }, organization: group };
}

export function gitlabTokens(p: Patterns, trusted: string[], host: string): Token[] {
  const segs = p.sub.map((s) => segments(s, 'project_path:')).filter((s): s is Segments => !!s);
  const rests = uniq([...GITLAB_RESTS, ...segs.filter((s) => s.rest !== undefined).map((s) => fill(s.rest!, 'main'))]).filter((r) => GITLAB_REST.test(r));
  const out: Token[] = [];
  for (const group of outsiderOwners(segs, trusted))
    for (const project of names(segs, 'any', GITLAB_PATH, true)) for (const rest of rests) out.push(gitlabToken('outsider', group, project, rest, host));
  for (const group of literalOwners(segs, trusted))
    for (const project of names(segs, 'any-new-project', GITLAB_PATH, false))
      for (const rest of rests) out.push(gitlabToken('organization', group, project, rest, host));
  for (const s of segs.filter((x) => !wild(x.owner) && x.name && !wild(x.name)))
    for (const rest of GITLAB_OTHER_REFS) out.push(gitlabToken('repository', s.owner, s.name!, rest, host));
  return out;
}

// ---- HCP Terraform: organization:ORG:project:PROJECT:workspace:WORKSPACE:run_phase:PHASE (§8.3)

function terraformToken(scope: Scope, org: string, project: string, workspace: string, phase: string): Token {
  const sub = `organization:${org}:project:${project}:workspace:${workspace}:run_phase:${phase}`;
  return {
    scope,
    who: `${phase === 'apply' ? 'an' : 'a'} ${phase} run in workspace ${workspace} of HCP Terraform organization ${org}`,
    sub,
    claims: { sub },
    organization: org,
  };
}

const field = (pattern: string, key: string) => new RegExp(`(?:^|:)${key}:([^:]*)`).exec(pattern)?.[1];

export function terraformTokens(p: Patterns, trusted: string[]): Token[] {
  const orgs = p.sub.map((s) => field(s, 'organization')).filter((o): o is string => o !== undefined);
  const segs = orgs.map((owner) => ({ owner }));
  const projects = uniq([
    'Default Project',
    ...p.sub
      .map((s) => field(s, 'project'))
      .filter((x): x is string => !!x)
      .map((x) => fill(x, 'any')),
  ]);
  const workspaces = uniq([
    'any',
    ...p.sub
      .map((s) => field(s, 'workspace'))
      .filter((x): x is string => !!x)
      .map((x) => fill(x, 'any')),
  ]);
  const out: Token[] = [];
  for (const org of outsiderOwners(segs, trusted))
    for (const project of projects)
      for (const ws of workspaces) for (const phase of ['apply', 'plan']) out.push(terraformToken('outsider', org, project, ws, phase));
  // Workspace names are unique in an organization: only a new workspace name is organization-wide.
  for (const org of literalOwners(segs, trusted))
    for (const project of projects) for (const phase of ['apply', 'plan']) out.push(terraformToken('organization', org, project, 'any-new-workspace', phase));
  return out;
}

// ---- EKS IRSA: system:serviceaccount:NAMESPACE:SERVICE_ACCOUNT, one issuer per cluster (§8.3)

export function eksTokens(p: Patterns, cluster: string): Token[] {
  const parsed = p.sub.map((s) => /^system:serviceaccount:([^:]*)(?::(.*))?$/.exec(s)).filter((m): m is RegExpExecArray => !!m);
  // Every namespace has a "default" service account, so that token always exists.
  const candidates: Array<[string, string]> = [['default', 'default']];
  for (const m of parsed) if (wild(m[1])) candidates.push([fill(m[1], 'any-namespace'), fill(m[2] ?? '*', 'any')]);
  // Stryker disable next-line MethodExpression: a wildcard namespace holds * or ?, which no candidate namespace (filled, or default) can equal
  const literalNamespaces = parsed.filter((m) => !wild(m[1])).map((m) => m[1]);
  return uniq(candidates.map((c) => c.join(':')))
    .map((c) => c.split(':'))
    .filter(([ns]) => !literalNamespaces.includes(ns))
    .map(([ns, sa]) => {
      const sub = `system:serviceaccount:${ns}:${sa}`;
      return {
        scope: 'outsider' as const,
        who: `a pod with service account ${sa} in namespace ${ns} of cluster ${cluster}`,
        sub,
        claims: { sub },
        organization: ns,
      };
    });
}

/** The `sub` values to pin to, keeping the names the policy already spells out (`repo:acme/app:…`);
 * `p` holds the patterns of positive conditions only. */
export function pinFor(provider: Provider, p: Patterns): string[] {
  const first = (prefix: string) => p.sub.map((s) => segments(s, prefix)).find((s) => !!s);
  const lit = (x: string | undefined, placeholder: string) => (x && !wild(x) ? x : placeholder);
  switch (provider) {
    case 'github': {
      const s = first('repo:') ?? segments(p.repository[0] ?? '', '');
      // Stryker disable next-line OptionalChaining: segments(x, '') matches every string, so s is never undefined
      const repo = `repo:${lit(s?.owner, 'ORG')}/${lit(s?.name, 'REPO')}`;
      return [`${repo}:environment:NAME`, `${repo}:ref:refs/heads/BRANCH`];
    }
    case 'gitlab': {
      const s = first('project_path:');
      return [`project_path:${lit(s?.owner, 'GROUP')}/${lit(s?.name, 'PROJECT')}:ref_type:branch:ref:BRANCH`];
    }
    case 'terraform': {
      const f = (k: string, placeholder: string) =>
        lit(
          p.sub.map((s) => field(s, k)).find((x) => x !== undefined),
          placeholder,
        );
      return [`organization:${f('organization', 'ORG')}:project:${f('project', 'PROJECT')}:workspace:${f('workspace', 'WORKSPACE')}:run_phase:*`];
    }
    case 'eks':
      return ['system:serviceaccount:NAMESPACE:SERVICE_ACCOUNT'];
  }
}
