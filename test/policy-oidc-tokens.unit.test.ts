import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { globMatch } from '../src/policy/glob.js';
import { OUTSIDER, eksTokens, githubTokens, gitlabTokens, pinFor, terraformTokens, type Patterns, type Token } from '../src/policy/oidc-tokens.js';

// src/policy/oidc-tokens.ts builds the tokens an OIDC issuer really signs (docs/iam-semantics.md
// §8.3) for the names an outsider can register, or that complete the policy's own wildcards (§8.4).
// oidc-trust evaluates a trust policy's conditions against them: a token in a wrong format is a
// false report, a missing one a missed hole.

if (process.env.CI) fc.configureGlobal({ seed: 20261206 });

const P = (sub: string[], repository: string[] = []): Patterns => ({ sub, repository });
/** StringLike on `sub` (§2.4): the token passes the policy's pattern. */
const passes = (pattern: string) => (t: Token) => globMatch(pattern, t.sub);
const ofScope = (tokens: Token[], scope: Token['scope']) => tokens.filter((t) => t.scope === scope);
const subs = (tokens: Token[]) => tokens.map((t) => t.sub);

/** The documented `sub` formats (§8.3), with the names each provider accepts. */
const GITHUB_LEGACY = /^repo:([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+):(ref:refs\/(heads|tags)\/[^:]+|environment:[^:]+|pull_request)$/;
const GITHUB_IMMUTABLE = /^repo:([A-Za-z0-9][A-Za-z0-9-]*)@(\d+)\/([A-Za-z0-9._-]+)@(\d+):(ref:refs\/(heads|tags)\/[^:]+|environment:[^:]+|pull_request)$/;
const GITLAB = /^project_path:[A-Za-z0-9][\w.-]*(\/[\w.-]+)+:ref_type:(branch|tag):ref:.+$/;
const TERRAFORM = /^organization:[A-Za-z0-9][\w-]*:project:[^:]+:workspace:[^:]+:run_phase:(plan|apply)$/;
/** Namespaces and service accounts are DNS labels: lower-case alphanumerics and `-`, not at either end. */
const EKS = /^system:serviceaccount:[a-z0-9]([a-z0-9-]*[a-z0-9])?:[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

/** Policy-like `sub` patterns for each provider, wildcards included, and some junk. Owners written
 * literally are names that can exist (a literal name is taken as written; see the report on issue 13). */
const piece = fc.oneof(fc.constantFrom('acme', 'app', 'attacker', '*', '?', 'a*', '*-x', 'x_y', '-', '', 'my app', 'main'), fc.string({ maxLength: 4 }));
const owner = fc.oneof(
  fc.constantFrom('acme', 'Acme', 'attacker', 'ATTACKER', 'a1-b'),
  fc.constantFrom('*', '?', 'a*', '*-x', '*_', '-*', '*.*', 'x_y*', 'my *'),
);
const repoName = fc.constantFrom('app', 'my.app', 'a_b-c', '*', '?', 'app-*', 'my *', '*/x', 'team/app', '');
const githubName = repoName.filter((r) => r !== 'team/app');
const githubPattern = fc.oneof(
  fc.tuple(owner, githubName, piece).map(([o, r, rest]) => `repo:${o}/${r}:${rest}`),
  fc
    .tuple(owner, githubName, fc.constantFrom('ref:refs/heads/', 'ref:refs/tags/', 'environment:', 'pull_request', 'weird:'))
    .map(([o, r, k]) => `repo:${o}/${r}:${k}${k === 'pull_request' ? '' : 'r*'}`),
  fc.tuple(owner, githubName).map(([o, r]) => `repo:${o}@123/${r}@456:*`),
  owner.map((o) => `repo:${o}`),
  piece,
);
const githubRepository = fc.oneof(
  fc.tuple(owner, githubName).map(([o, r]) => `${o}/${r}`),
  owner,
);
const gitlabPattern = fc.oneof(
  fc.tuple(owner, repoName, fc.constantFrom('branch', 'tag', '*', 'x'), piece).map(([g, p, t, r]) => `project_path:${g}/${p}:ref_type:${t}:ref:${r}`),
  fc.tuple(owner, repoName).map(([g, p]) => `project_path:${g}/${p}`),
  piece,
);
const terraformPattern = fc
  .tuple(owner, piece, piece, fc.constantFrom('plan', 'apply', '*'))
  .map(([o, p, w, ph]) => `organization:${o}:project:${p}:workspace:${w}:run_phase:${ph}`);
const eksPattern = fc.oneof(
  fc
    .tuple(fc.constantFrom('team', 'team-*', '*', 'kube-?', 'default'), fc.constantFrom('app', '*', 'default', 'a?'))
    .map(([ns, sa]) => `system:serviceaccount:${ns}:${sa}`),
  fc.constantFrom('system:serviceaccount:*', 'system:serviceaccount:team-*'),
);

describe('GitHub Actions tokens (§8.3)', () => {
  it('an outsider gets tokens in every documented sub form, from a fresh owner and repository', () => {
    const tokens = githubTokens(P([]), []);
    const legacy = tokens.filter((t) => GITHUB_LEGACY.test(t.sub));
    expect(new Set(legacy.map((t) => t.scope))).toEqual(new Set(['outsider']));
    expect(legacy.every((t) => t.organization === OUTSIDER && t.claims.repository === `${OUTSIDER}/any`)).toBe(true);
    expect(subs(legacy)).toEqual(
      expect.arrayContaining([
        'repo:attacker/any:ref:refs/heads/main',
        'repo:attacker/any:ref:refs/tags/v1',
        'repo:attacker/any:environment:production',
        'repo:attacker/any:pull_request',
      ]),
    );
  });

  it('says who each token is and sets the claims STS exposes (§8.2) as GitHub fills them', () => {
    const tokens = githubTokens(P([]), []);
    const by = (sub: string) => tokens.find((t) => t.sub === sub)!;
    const branch = by('repo:attacker/any:ref:refs/heads/main');
    expect(branch.who).toBe('a workflow in repository attacker/any on branch main');
    expect(branch.claims.ref).toBe('refs/heads/main');
    expect(branch.claims).not.toHaveProperty('environment');
    const tag = by('repo:attacker/any:ref:refs/tags/v1');
    expect(tag.who).toBe('a workflow in repository attacker/any on tag v1');
    expect(tag.claims.ref).toBe('refs/tags/v1');
    const pr = by('repo:attacker/any:pull_request');
    expect(pr.who).toBe('a workflow in repository attacker/any for a pull request');
    // A pull_request workflow runs on the merge ref of the pull request.
    expect(pr.claims.ref).toMatch(/^refs\/pull\/\d+\/merge$/);
    const env = by('repo:attacker/any:environment:production');
    expect(env.who).toBe('a workflow in repository attacker/any in environment production');
    expect(env.claims.environment).toBe('production');
    // The outsider owns the repository: its environment job runs from the main branch.
    expect(env.claims.ref).toBe('refs/heads/main');
    for (const t of tokens) {
      expect(t.claims.sub).toBe(t.sub);
      expect(t.claims.repository).toBe(`${t.organization}/${t.claims.repository.split('/')[1]}`);
      expect(t.claims.repository_id).toMatch(/^\d+$/);
      expect(t.claims.actor_id).toMatch(/^\d+$/);
      expect(t.claims.workflow).not.toBe('');
      // `OWNER/REPO/.github/workflows/FILE@REF`, the reusable-workflow claim GitHub documents.
      expect(t.claims.job_workflow_ref).toMatch(new RegExp(`^${t.claims.repository}/\\.github/workflows/[\\w.-]+\\.ya?ml@${t.claims.ref}$`));
      // The outsider runs its own workflow.
      expect(t.claims.actor).toBe(OUTSIDER);
    }
  });

  it('pairs every older-format token with its twin in the immutable format, ids matching the claims', () => {
    const tokens = githubTokens(P(['repo:acme/app:*']), []);
    const legacy = tokens.filter((t) => t.twin);
    expect(legacy.length).toBeGreaterThan(0);
    expect(tokens.length).toBe(2 * legacy.length);
    for (const t of legacy) {
      const [, owner, repo, rest] = GITHUB_LEGACY.exec(t.sub)!;
      const twin = t.twin!;
      expect(tokens).toContain(twin);
      const m = GITHUB_IMMUTABLE.exec(twin.sub)!;
      expect(m).not.toBeNull();
      expect([m[1], m[3], m[5]]).toEqual([owner, repo, rest]);
      expect(twin.claims.repository_id).toBe(m[4]);
      expect(twin.who).toBe(t.who);
      expect(twin.scope).toBe(t.scope);
      if (t.scope === 'outsider') expect(twin.claims.actor_id).toBe(m[2]);
    }
  });

  it('completes the policy’s own wildcards, so a fork or a look-alike owner is found (§8.4 OT01)', () => {
    for (const pattern of [
      'repo:*/app:*',
      'repo:acme*',
      'repo:*',
      'repo:*/app:ref:refs/heads/release-*',
      'repo:*/app:ref:refs/tags/v?',
      'repo:*/app-*:environment:prod*',
    ]) {
      const outsider = ofScope(githubTokens(P([pattern]), []), 'outsider');
      expect(outsider.some(passes(pattern)), pattern).toBe(true);
    }
    // A fork keeps the repository's name; only forks from before the immutable format match `*/app:*`.
    const fork = ofScope(githubTokens(P(['repo:*/app:*']), []), 'outsider').find(passes('repo:*/app:*'))!;
    expect(fork.claims.repository).toBe('attacker/app');
    expect(fork.twin && globMatch('repo:*/app:*', fork.twin.sub)).toBe(false);
  });

  it('finds the tokens a GitHub repository claim admits (§8.2, 2026)', () => {
    const tokens = githubTokens(P([], ['acme/app']), []);
    expect(ofScope(tokens, 'repository').every((t) => t.claims.repository === 'acme/app')).toBe(true);
    expect(ofScope(tokens, 'repository').length).toBeGreaterThan(0);
    expect(ofScope(tokens, 'organization').every((t) => t.organization === 'acme' && t.claims.repository !== 'acme/app')).toBe(true);
    expect(ofScope(tokens, 'organization').length).toBeGreaterThan(0);
    expect(ofScope(tokens, 'outsider').some((t) => t.claims.repository === 'attacker/app')).toBe(true);
  });

  it('never makes the outsider an owner the policy names or the user trusts, whatever the case', () => {
    // `attacker` is the name policylint would pick: a policy naming it gets no outsider at all.
    expect(ofScope(githubTokens(P(['repo:attacker/app:*']), []), 'outsider')).toEqual([]);
    expect(ofScope(githubTokens(P(['repo:ATTACKER/app:*']), []), 'outsider')).toEqual([]);
    expect(ofScope(githubTokens(P(['repo:*']), ['Attacker']), 'outsider')).toEqual([]);
    // A wildcard owner completed to a trusted name is no outsider either.
    const filled = githubTokens(P(['repo:*-corp/*']), ['attacker-corp']);
    expect(filled.some((t) => t.organization.toLowerCase() === 'attacker-corp')).toBe(false);
    expect(ofScope(filled, 'outsider').length).toBeGreaterThan(0);
  });

  it('gives the organization scope to an owner the policy names, unless it is trusted', () => {
    const tokens = githubTokens(P(['repo:acme/*']), []);
    const org = ofScope(tokens, 'organization');
    expect(org.some(passes('repo:acme/*'))).toBe(true);
    expect(org.every((t) => t.organization === 'acme')).toBe(true);
    expect(ofScope(tokens, 'outsider').some(passes('repo:acme/*'))).toBe(false);
    // A member of the organization runs the workflow, not the organization account itself.
    expect(org.every((t) => t.claims.actor !== 'acme' && /^[A-Za-z0-9][A-Za-z0-9-]*$/.test(t.claims.actor))).toBe(true);
    expect(ofScope(githubTokens(P(['repo:acme/*']), ['ACME']), 'organization')).toEqual([]);
    // Inside the organization, a wildcard repository name is completed: `app-*` admits app-other-repo.
    expect(ofScope(githubTokens(P(['repo:acme/app-*:*']), []), 'organization').some(passes('repo:acme/app-*:*'))).toBe(true);
    // An organization-scope token is a new repository, never the one the policy names.
    expect(ofScope(githubTokens(P(['repo:acme/app:*']), []), 'organization').some((t) => t.claims.repository === 'acme/app')).toBe(false);
  });

  it('gives the repository scope every other ref of a repository the policy names (§8.4 OT03)', () => {
    const tokens = ofScope(githubTokens(P(['repo:acme/app:ref:refs/heads/main']), []), 'repository');
    const legacy = tokens.filter((t) => t.twin);
    expect(legacy.every((t) => t.claims.repository === 'acme/app' && t.organization === 'acme')).toBe(true);
    expect(subs(legacy)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^repo:acme\/app:ref:refs\/heads\/(?!main$)/),
        expect.stringMatching(/^repo:acme\/app:ref:refs\/tags\//),
        'repo:acme/app:pull_request',
        expect.stringMatching(/^repo:acme\/app:environment:/),
      ]),
    );
    expect(legacy.some(passes('repo:acme/app:*'))).toBe(true);
    // Whoever can push a branch runs the environment job from that branch, not from main.
    const env = legacy.find((t) => t.claims.environment)!;
    expect(env.claims.ref).toMatch(/^refs\/heads\//);
    expect(env.claims.ref).not.toBe('refs/heads/main');
    expect(env.who).toBe(`a workflow in repository acme/app in environment ${env.claims.environment}`);
    expect(legacy.find((t) => t.sub.endsWith(':pull_request'))!.claims.ref).toMatch(/^refs\/pull\/\d+\/merge$/);
    // A repository named with a wildcard, or by owner alone, has no repository scope.
    for (const p of ['repo:acme/app-*:*', 'repo:acme*/app:*', 'repo:acme', 'repo:acme/:*'])
      expect(ofScope(githubTokens(P([p]), []), 'repository'), p).toEqual([]);
  });

  it('reads the immutable sub format’s owner and repository names without their ids', () => {
    const tokens = githubTokens(P(['repo:acme@1234/app@5678:*']), []);
    expect(new Set(ofScope(tokens, 'repository').map((t) => t.claims.repository))).toEqual(new Set(['acme/app']));
    expect(new Set(ofScope(tokens, 'organization').map((t) => t.organization))).toEqual(new Set(['acme']));
  });

  it('takes no owner from a value that is not a GitHub sub', () => {
    const tokens = githubTokens(P(['organization:acme:project:*', 'system:serviceaccount:x:y', 'sts.amazonaws.com']), []);
    expect(new Set(tokens.map((t) => t.scope))).toEqual(new Set(['outsider']));
    expect(new Set(tokens.map((t) => t.organization))).toEqual(new Set([OUTSIDER]));
  });

  it('builds only well-formed tokens, and none for an owner the policy names literally or the user trusts', () => {
    fc.assert(
      fc.property(
        fc.array(githubPattern, { maxLength: 4 }),
        fc.array(githubRepository, { maxLength: 2 }),
        fc.subarray(['acme', 'Attacker']),
        (sub, repository, trusted) => {
          const tokens = githubTokens(P(sub, repository), trusted);
          const named = [...sub.map((s) => /^repo:([^/:@]*)/.exec(s)?.[1]), ...repository.map((r) => /^([^/:@]*)/.exec(r)?.[1])].filter(
            (o) => o && !/[*?]/.test(o),
          );
          for (const t of tokens) {
            if (!(t.twin ? GITHUB_LEGACY : GITHUB_IMMUTABLE).test(t.sub)) return false;
            // (A trusted organization's own repositories still have their refs judged: OT03 is its own option.)
            if (t.scope !== 'repository' && trusted.some((o) => o.toLowerCase() === t.organization.toLowerCase())) return false;
            if (t.scope === 'outsider' && named.some((o) => o!.toLowerCase() === t.organization.toLowerCase())) return false;
          }
          return tokens.length > 0 || trusted.includes('Attacker') || named.some((o) => o!.toLowerCase() === OUTSIDER);
        },
      ),
    );
  });
});

describe('GitLab tokens (§8.3)', () => {
  it('an outsider gets branch and tag tokens of a fresh group and project', () => {
    const tokens = gitlabTokens(P([]), [], 'gitlab.com');
    expect(subs(tokens)).toEqual(
      expect.arrayContaining(['project_path:attacker/any:ref_type:branch:ref:main', 'project_path:attacker/any:ref_type:tag:ref:v1']),
    );
    expect(tokens.every((t) => t.scope === 'outsider' && t.organization === OUTSIDER && t.claims.sub === t.sub)).toBe(true);
    const branch = tokens.find((t) => t.sub === 'project_path:attacker/any:ref_type:branch:ref:main')!;
    expect(branch.who).toBe('a pipeline in project attacker/any on branch main');
    expect(tokens.find((t) => t.sub === 'project_path:attacker/any:ref_type:tag:ref:v1')!.who).toBe('a pipeline in project attacker/any on tag v1');
    // A self-managed instance is named: its users are who can obtain the token.
    const selfManaged = gitlabTokens(P([]), [], 'gitlab.example.com');
    expect(selfManaged.find((t) => t.sub === 'project_path:attacker/any:ref_type:branch:ref:main')!.who).toBe(
      'a pipeline in project attacker/any on gitlab.example.com on branch main',
    );
  });

  it('completes wildcards, keeps a project’s name for an outsider, and scopes named groups and projects', () => {
    for (const pattern of [
      'project_path:*',
      'project_path:*/app:*',
      'project_path:acme*',
      'project_path:*/app:ref_type:branch:ref:release-*',
      'project_path:*/app:ref_type:tag:ref:v?',
    ]) {
      expect(ofScope(gitlabTokens(P([pattern]), [], 'gitlab.com'), 'outsider').some(passes(pattern)), pattern).toBe(true);
    }
    const tokens = gitlabTokens(P(['project_path:acme/app:ref_type:branch:ref:main', 'project_path:acme/tools-*:*']), [], 'gitlab.com');
    expect(ofScope(tokens, 'outsider').every((t) => t.organization !== 'acme')).toBe(true);
    const org = ofScope(tokens, 'organization');
    expect(org.every((t) => t.organization === 'acme' && !t.sub.startsWith('project_path:acme/app:'))).toBe(true);
    expect(org.some(passes('project_path:acme/tools-*:*'))).toBe(true);
    expect(org.some(passes('project_path:acme/*'))).toBe(true);
    const repo = ofScope(tokens, 'repository');
    expect(repo.length).toBeGreaterThan(0);
    expect(repo.every((t) => t.sub.startsWith('project_path:acme/app:') && t.sub !== 'project_path:acme/app:ref_type:branch:ref:main')).toBe(true);
    expect(repo.some(passes('project_path:acme/app:ref_type:branch:*'))).toBe(true);
    expect(repo.some(passes('project_path:acme/app:ref_type:tag:*'))).toBe(true);
    expect(repo.find(passes('project_path:acme/app:ref_type:tag:*'))!.who).toMatch(/^a pipeline in project acme\/app on tag \S+$/);
    // Only a literal group and project have a repository scope.
    for (const p of ['project_path:acme/*', 'project_path:acme*/app:*', 'project_path:acme'])
      expect(ofScope(gitlabTokens(P([p]), [], 'gitlab.com'), 'repository'), p).toEqual([]);
    expect(ofScope(gitlabTokens(P(['project_path:acme/app:*']), ['Acme'], 'gitlab.com'), 'organization')).toEqual([]);
    expect(ofScope(gitlabTokens(P(['project_path:attacker/*']), [], 'gitlab.com'), 'outsider')).toEqual([]);
  });

  it('reads subgroups as part of the project path', () => {
    const tokens = gitlabTokens(P(['project_path:*/team/app:*']), [], 'gitlab.com');
    expect(ofScope(tokens, 'outsider').some(passes('project_path:*/team/app:*'))).toBe(true);
  });

  it('builds only well-formed tokens, none for a trusted group, none for a named group as the outsider', () => {
    fc.assert(
      fc.property(fc.array(gitlabPattern, { maxLength: 4 }), fc.subarray(['acme']), (sub, trusted) => {
        const tokens = gitlabTokens(P(sub), trusted, 'gitlab.com');
        const named = sub.map((s) => /^project_path:([^/:]*)/.exec(s)?.[1]).filter((o) => o && !/[*?]/.test(o));
        return tokens.every(
          (t) =>
            GITLAB.test(t.sub) &&
            !(t.scope !== 'repository' && trusted.includes(t.organization.toLowerCase())) &&
            !(t.scope === 'outsider' && named.some((o) => o!.toLowerCase() === t.organization.toLowerCase())) &&
            t.who.startsWith(`a pipeline in project ${t.sub.split(':')[1]} on `),
        );
      }),
    );
  });
});

describe('HCP Terraform tokens (§8.3)', () => {
  it('an outsider gets plan and apply runs of a fresh organization, and says which', () => {
    const tokens = terraformTokens(P([]), []);
    expect(tokens.every((t) => t.scope === 'outsider' && t.organization === OUTSIDER && t.claims.sub === t.sub)).toBe(true);
    const apply = tokens.find((t) => t.sub.endsWith(':run_phase:apply'))!;
    const plan = tokens.find((t) => t.sub.endsWith(':run_phase:plan'))!;
    expect(apply.sub).toMatch(/^organization:attacker:project:[^:]+:workspace:[^:]+:run_phase:apply$/);
    expect(apply.who).toMatch(/^an apply run in workspace [^:]+ of HCP Terraform organization attacker$/);
    expect(plan.who).toMatch(/^a plan run in workspace [^:]+ of HCP Terraform organization attacker$/);
    // Every organization has its default project.
    expect(tokens.some((t) => t.sub.includes(':project:Default Project:'))).toBe(true);
  });

  it('completes the project and workspace wildcards the policy writes', () => {
    for (const pattern of [
      'organization:*',
      'organization:acme*:project:*:workspace:*:run_phase:*',
      'organization:*:project:infra-*:workspace:prod-?:run_phase:apply',
    ]) {
      expect(ofScope(terraformTokens(P([pattern]), []), 'outsider').some(passes(pattern)), pattern).toBe(true);
    }
  });

  it('gives a named organization a new workspace, never one it names, and respects trust', () => {
    const pattern = 'organization:acme:project:Default Project:workspace:prod:run_phase:*';
    const tokens = terraformTokens(P([pattern]), []);
    expect(ofScope(tokens, 'outsider').every((t) => t.organization !== 'acme')).toBe(true);
    const org = ofScope(tokens, 'organization');
    expect(org.length).toBeGreaterThan(0);
    expect(org.every((t) => t.organization === 'acme' && !t.sub.includes(':workspace:prod:'))).toBe(true);
    expect(org.some(passes('organization:acme:project:Default Project:workspace:*:run_phase:apply'))).toBe(true);
    expect(org.some(passes('organization:acme:project:Default Project:workspace:*:run_phase:plan'))).toBe(true);
    expect(org.find(passes('organization:acme:*:run_phase:apply'))!.who).toMatch(/^an apply run in workspace \S+ of HCP Terraform organization acme$/);
    expect(ofScope(terraformTokens(P([pattern]), ['ACME']), 'organization')).toEqual([]);
    expect(ofScope(terraformTokens(P(['organization:attacker:project:*:workspace:*:run_phase:*']), []), 'outsider')).toEqual([]);
    // No repository scope: workspace names are unique in an organization.
    expect(ofScope(tokens, 'repository')).toEqual([]);
  });

  it('builds only well-formed tokens', () => {
    fc.assert(
      fc.property(fc.array(terraformPattern, { maxLength: 4 }), (sub) =>
        terraformTokens(P(sub), []).every((t) => TERRAFORM.test(t.sub) && t.who.includes(` of HCP Terraform organization ${t.organization}`)),
      ),
    );
  });
});

describe('EKS IRSA tokens (§8.3)', () => {
  it('the default service account of the default namespace always exists', () => {
    const [t, ...rest] = eksTokens(P([]), 'EXAMPLE0D');
    expect(rest).toEqual([]);
    expect(t).toEqual({
      scope: 'outsider',
      who: 'a pod with service account default in namespace default of cluster EXAMPLE0D',
      sub: 'system:serviceaccount:default:default',
      claims: { sub: 'system:serviceaccount:default:default' },
      organization: 'default',
    });
  });

  it('completes namespace and service-account wildcards, and spares namespaces the policy names', () => {
    for (const pattern of ['system:serviceaccount:*', 'system:serviceaccount:*:app', 'system:serviceaccount:team-*:*', 'system:serviceaccount:kube-?:a?']) {
      // Pin the default namespace too, so that only a completed wildcard can be the witness.
      const tokens = eksTokens(P([pattern, 'system:serviceaccount:default:ci']), 'C');
      expect(tokens.some(passes(pattern)), pattern).toBe(true);
      expect(tokens.some((t) => t.organization === 'default')).toBe(false);
    }
    const tokens = eksTokens(P(['system:serviceaccount:team-*']), 'C');
    expect(tokens.find(passes('system:serviceaccount:team-*'))!.who).toMatch(/^a pod with service account \S+ in namespace team-\S+ of cluster C$/);
    // A literal namespace is pinned (OT04 is silent on `system:serviceaccount:team:*`).
    expect(eksTokens(P(['system:serviceaccount:team:*']), 'C').some(passes('system:serviceaccount:team:*'))).toBe(false);
    // A value that is not a service-account sub names no namespace.
    expect(subs(eksTokens(P(['x-system:serviceaccount:*:app', 'repo:*']), 'C'))).toEqual(['system:serviceaccount:default:default']);
  });

  it('builds only well-formed tokens', () => {
    fc.assert(fc.property(fc.array(eksPattern, { maxLength: 4 }), (sub) => eksTokens(P(sub), 'C').every((t) => EKS.test(t.sub) && t.claims.sub === t.sub)));
  });
});

describe('tokens an issuer never signs', () => {
  it('are not built from wildcards that complete to names or refs the provider rejects', () => {
    const github = [
      'repo:*/app:x:pull_request',
      'repo:*/app:pull_request:x',
      'repo:*/my *:*',
      'repo:*/* x:*',
      'repo:-*/app:*',
      'repo:*_/app:*',
      'repo:* x/app:*',
    ];
    for (const t of githubTokens(P(github), [])) expect((t.twin ? GITHUB_LEGACY : GITHUB_IMMUTABLE).test(t.sub), t.sub).toBe(true);
    const gitlab = [
      'project_path:*/my *:*',
      'project_path:* x/app:*',
      'project_path:*/app:x:ref_type:branch:ref:*',
      'project_path:*/app:ref_type:other:ref:*',
      'project_path:*/app:ref_type:branch:ref:a\n*',
    ];
    for (const t of gitlabTokens(P(gitlab), [], 'gitlab.com')) expect(GITLAB.test(t.sub), t.sub).toBe(true);
    for (const t of terraformTokens(P(['organization:*:project:*:workspace:*:run_phase:*', 'organization:-*', 'sts.amazonaws.com']), []))
      expect(TERRAFORM.test(t.sub), t.sub).toBe(true);
    for (const t of eksTokens(P(['system:serviceaccount:*', 'system:serviceaccount:team-*', 'system:serviceaccount:*-x:*']), 'C'))
      expect(EKS.test(t.sub), t.sub).toBe(true);
  });

  it('completes a ref wildcard to a name git accepts (no trailing "/" or ".")', () => {
    const gitRef = (name: string) => name !== '' && !/(^|\/)\.|\.\.|[/.]$|[\s~^:?*[\\]/.test(name);
    for (const ref of ['feature/*', 'v1.*']) {
      const gh = `repo:*/app:ref:refs/heads/${ref}`;
      const ghWitness = ofScope(githubTokens(P([gh]), []), 'outsider').filter(passes(gh));
      expect(ghWitness.length, gh).toBeGreaterThan(0);
      for (const t of ghWitness) expect(gitRef(t.claims.ref.slice('refs/heads/'.length)), t.sub).toBe(true);
      const gl = `project_path:*/app:ref_type:branch:ref:${ref}`;
      const glWitness = ofScope(gitlabTokens(P([gl]), [], 'gitlab.com'), 'outsider').filter(passes(gl));
      expect(glWitness.length, gl).toBeGreaterThan(0);
      for (const t of glWitness) expect(gitRef(t.sub.split(':ref:')[1]), t.sub).toBe(true);
    }
  });

  it('still completes a wildcard the policy writes after many literal names (the cap counts candidates only)', () => {
    const literal = Array.from({ length: 11 }, (_, i) => `org${i + 1}`);
    const gh = ofScope(githubTokens(P([...literal.map((o) => `repo:${o}/app:*`), 'repo:evil*/app:*']), []), 'outsider');
    expect(gh.some(passes('repo:evil*/app:*'))).toBe(true);
    const eks = eksTokens(P([...literal.map((ns) => `system:serviceaccount:${ns}:app`), 'system:serviceaccount:evil-*:*']), 'C');
    expect(eks.some(passes('system:serviceaccount:evil-*:*'))).toBe(true);
  });

  it('a value without an organization names none', () => {
    const tokens = terraformTokens(P(['sts.amazonaws.com', 'project:p:workspace:w']), []);
    expect(tokens.length).toBeGreaterThan(0);
    expect(new Set(tokens.map((t) => `${t.scope} ${t.organization}`))).toEqual(new Set([`outsider ${OUTSIDER}`]));
  });
});

describe('the sub to pin to', () => {
  it('keeps the literal names the policy writes and a placeholder for the rest', () => {
    expect(pinFor('github', P(['repo:acme/app:*']))).toEqual(['repo:acme/app:environment:NAME', 'repo:acme/app:ref:refs/heads/BRANCH']);
    expect(pinFor('github', P(['repo:*/app:*']))).toEqual(['repo:ORG/app:environment:NAME', 'repo:ORG/app:ref:refs/heads/BRANCH']);
    expect(pinFor('github', P(['repo:acme/*']))).toEqual(['repo:acme/REPO:environment:NAME', 'repo:acme/REPO:ref:refs/heads/BRANCH']);
    expect(pinFor('github', P(['*'], ['acme/app']))).toEqual(['repo:acme/app:environment:NAME', 'repo:acme/app:ref:refs/heads/BRANCH']);
    expect(pinFor('github', P([]))).toEqual(['repo:ORG/REPO:environment:NAME', 'repo:ORG/REPO:ref:refs/heads/BRANCH']);
    expect(pinFor('gitlab', P(['x', 'project_path:acme/app:*']))).toEqual(['project_path:acme/app:ref_type:branch:ref:BRANCH']);
    expect(pinFor('gitlab', P(['project_path:acme*']))).toEqual(['project_path:GROUP/PROJECT:ref_type:branch:ref:BRANCH']);
    expect(pinFor('terraform', P(['organization:acme:project:*:workspace:prod:run_phase:*']))).toEqual([
      'organization:acme:project:PROJECT:workspace:prod:run_phase:*',
    ]);
    expect(pinFor('terraform', P(['x', 'organization:acme*']))).toEqual(['organization:ORG:project:PROJECT:workspace:WORKSPACE:run_phase:*']);
    expect(pinFor('terraform', P(['x', 'organization:acme:project:infra:workspace:prod:run_phase:apply']))).toEqual([
      'organization:acme:project:infra:workspace:prod:run_phase:*',
    ]);
    expect(pinFor('eks', P(['system:serviceaccount:team:*']))).toEqual(['system:serviceaccount:NAMESPACE:SERVICE_ACCOUNT']);
  });
});
