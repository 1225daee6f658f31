import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/engine/lint.js';
import { RULES } from '../rules/index.js';
import { tempDirs } from './helpers/temp.js';

const temp = tempDirs('oidc');
const fixtures = join(__dirname, '..', 'fixtures', 'rules', 'oidc-trust');

async function findings(dir: string, options: { strict?: boolean; rules?: Record<string, Record<string, unknown>> } = {}) {
  const res = await lint({ cwd: dir, paths: ['.'], rules: RULES, ruleOptions: { trustedAccounts: [], strict: options.strict ?? false, rules: options.rules } });
  return res.findings.filter((f) => f.ruleId === 'oidc-trust');
}

function trustPolicy(
  condition: Record<string, unknown> | undefined,
  principal: unknown = { Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com' },
) {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRoleWithWebIdentity', ...(condition ? { Condition: condition } : {}) }],
  });
}

/** The documented claim formats (iam-semantics §8.3): a witness must be a token the issuer signs. */
const FORMATS: Array<[RegExp, RegExp]> = [
  [/^repo:/, /^repo:[A-Za-z0-9][A-Za-z0-9-]*(@\d+)?\/[A-Za-z0-9._-]+(@\d+)?:(ref:refs\/(heads|tags)\/[^:]+|environment:[^:]+|pull_request)$/],
  [/^project_path:/, /^project_path:[\w.-]+(\/[\w.-]+)+:ref_type:(branch|tag):ref:.+$/],
  [/^organization:/, /^organization:[^:]+:project:[^:]+:workspace:[^:]+:run_phase:(plan|apply)$/],
  [/^system:/, /^system:serviceaccount:[a-z0-9-]+:[a-z0-9-]+$/],
];

describe('oidc-trust', () => {
  it('names a fork as the witness, what the role can then do, and the sub to pin', async () => {
    const dir = temp();
    cpSync(join(fixtures, 'module'), dir, { recursive: true });
    const [f, ...rest] = await findings(dir);
    expect(rest).toEqual([]);
    expect(f.severity).toBe('error');
    expect(f.line).toBe(24);
    // A fork made today gets the immutable sub format, which repo:*/app:* does not match; older forks do.
    expect(f.witness).toBe(
      'a workflow in repository attacker/app created before 2026-07-15 (as existing forks are) on branch main (sub "repo:attacker/app:ref:refs/heads/main")',
    );
    expect(f.checkId).toBe('OT01');
    expect(f.message).toContain('Any GitHub user can assume this role: a workflow in repository attacker/app');
    expect(f.message).toContain('and then can push to ECR repository app (aws_iam_policy.ecr_push) and use AWS managed ReadOnlyAccess');
    expect(f.message).toContain(
      'Pin it with StringEquals "token.actions.githubusercontent.com:sub": "repo:ORG/app:environment:NAME" or "repo:ORG/app:ref:refs/heads/BRANCH"',
    );
  });

  it('builds every witness in its provider claim format, and never from the organization the policy names', async () => {
    const dir = temp();
    cpSync(fixtures, dir, { recursive: true, filter: (src) => !src.endsWith('.json') });
    const all = await findings(dir);
    expect(all.length).toBeGreaterThanOrEqual(10);
    for (const f of all.filter((x) => /^OT0[1-4]$/.test(x.checkId ?? ''))) {
      const sub = /\(sub "([^"]+)"\)/.exec(f.witness ?? '')?.[1];
      expect(sub, f.message).toBeDefined();
      const format = FORMATS.find(([prefix]) => prefix.test(sub!));
      expect(format, sub).toBeDefined();
      expect(sub).toMatch(format![1]);
      if (f.checkId === 'OT01') expect(sub, f.message).not.toMatch(/^(repo|project_path|organization):acme[/:@]/);
    }
  });

  it('stays silent on org-wide patterns for a trusted organization, and on any-ref patterns when asked', async () => {
    const dir = temp();
    cpSync(join(fixtures, 'jsonencode'), dir, { recursive: true });
    const before = (await findings(dir)).map((f) => f.checkId);
    expect(before).toContain('OT02');
    expect(before).toContain('OT03');
    const after = (await findings(dir, { rules: { 'oidc-trust': { trustedGitHubOrganizations: ['ACME'], anyRefOfRepository: 'off' } } })).map((f) => f.checkId);
    expect(after).not.toContain('OT02');
    expect(after).not.toContain('OT03');
    expect(after.filter((c) => c === 'OT01')).toHaveLength(before.filter((c) => c === 'OT01').length);
  });

  it('trusting an organization does not trust names that merely start with it', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'trust.json'), trustPolicy({ StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme*' } }));
    const [f] = await findings(dir, { rules: { 'oidc-trust': { trustedGitHubOrganizations: ['acme'] } } });
    expect(f.checkId).toBe('OT01');
    expect(f.witness).toContain('repo:acmeattacker/any');
  });

  it('a Deny that stops the witness silences the Allow; one that stops a different token does not', async () => {
    const deny = (sub: string) => ({
      Effect: 'Deny',
      Principal: '*',
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: { StringNotLike: { 'token.actions.githubusercontent.com:sub': sub } },
    });
    const allow = JSON.parse(trustPolicy({ StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } })).Statement[0];
    const dir = temp();
    writeFileSync(join(dir, 'pinned.json'), JSON.stringify({ Version: '2012-10-17', Statement: [allow, deny('repo:acme/app:*')] }));
    writeFileSync(join(dir, 'open.json'), JSON.stringify({ Version: '2012-10-17', Statement: [allow, deny('repo:*')] }));
    const got = await findings(dir);
    expect(got.map((f) => `${f.file} ${f.checkId}`)).toEqual(['open.json OT01']);
  });

  it('says nothing about an issuer it has no claim format for, except under --strict', async () => {
    const dir = temp();
    const principal = { Federated: 'arn:aws:iam::111122223333:oidc-provider/auth.example.com' };
    writeFileSync(join(dir, 'trust.json'), trustPolicy({ StringEquals: { 'auth.example.com:aud': 'my-app' } }, principal));
    writeFileSync(join(dir, 'pinned.json'), trustPolicy({ StringEquals: { 'auth.example.com:sub': 'user-1' } }, principal));
    expect(await findings(dir)).toEqual([]);
    const strict = await findings(dir, { strict: true });
    expect(strict.map((f) => `${f.file} ${f.severity}`)).toEqual(['trust.json note']);
    expect(strict[0].message).toContain('no claim format for issuer auth.example.com (--strict)');
    expect(strict[0].checkId).toBe('OT06');
  });

  it('an OIDC provider it cannot resolve and no issuer in the keys: silent, a note under --strict', async () => {
    const dir = temp();
    writeFileSync(
      join(dir, 'main.tf'),
      `variable "provider_arn" { type = string }
resource "aws_iam_role" "ci" {
  name = "ci"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Federated = var.provider_arn }, Action = "sts:AssumeRoleWithWebIdentity" }]
  })
}
`,
    );
    expect(await findings(dir)).toEqual([]);
    const [note] = await findings(dir, { strict: true });
    expect(note.severity).toBe('note');
    expect(note.message).toContain('var.provider_arn');
    expect(note.checkId).toBe('OT07');
  });
});

describe('oidc-trust, patterns and attachments', () => {
  it('an organization-wide pattern that names an environment is still organization-wide', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'trust.json'), trustPolicy({ StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/*:environment:prod' } }));
    const [f] = await findings(dir);
    expect(f.checkId).toBe('OT02');
    expect(f.witness).toBe(
      'a workflow in repository acme/other-repo created before 2026-07-15 in environment prod (sub "repo:acme/other-repo:environment:prod")',
    );
  });

  it('reads inline policies, aws_iam_role_policy and managed_policy_arns as what the role can do', async () => {
    const dir = temp();
    writeFileSync(
      join(dir, 'main.tf'),
      `resource "aws_iam_role" "deploy" {
  name = "deploy"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = "arn:aws:iam::111122223333:oidc-provider/app.terraform.io" }
      Action    = "sts:AssumeRoleWithWebIdentity"
    }]
  })
  managed_policy_arns = ["arn:aws:iam::aws:policy/AdministratorAccess"]
  inline_policy {
    name   = "pull"
    policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "ecr:BatchGetImage", Resource = "arn:aws:ecr:eu-west-1:111122223333:repository/base" }] })
  }
}

resource "aws_iam_role_policy" "logs" {
  role   = aws_iam_role.deploy.id
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "logs:PutLogEvents", Resource = "*" }] })
}
`,
    );
    const [f] = await findings(dir);
    expect(f.checkId).toBe('OT01');
    expect(f.message).toContain('Any HCP Terraform organization can assume this role');
    expect(f.message).toContain('pull from ECR repository base (inline policy)');
    expect(f.message).toContain('use AWS managed AdministratorAccess');
    expect(f.message).toContain('run logs:PutLogEvents on * (aws_iam_role_policy.logs)');
  });
});

describe('oidc-trust and GitHub immutable subjects', () => {
  it('says "created before 2026-07-15" only when the immutable sub format does not match', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'any.json'), trustPolicy({ StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:*' } }));
    writeFileSync(join(dir, 'fork.json'), trustPolicy({ StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:*/app:*' } }));
    writeFileSync(join(dir, 'immutable.json'), trustPolicy({ StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:*@*/app@*:*' } }));
    const byFile = Object.fromEntries((await findings(dir)).map((f) => [f.file, f.witness]));
    expect(byFile['any.json']).toBe('a workflow in repository attacker/any on branch main (sub "repo:attacker/any:ref:refs/heads/main")');
    expect(byFile['fork.json']).toContain('attacker/app created before 2026-07-15 (as existing forks are)');
    expect(byFile['immutable.json']).toBe(
      'a workflow in repository attacker/app on branch main (sub "repo:attacker@99999999/app@999999999:ref:refs/heads/main")',
    );
  });
});

describe('oidc-trust on hostile input', () => {
  it('hundreds of sub patterns cost a bounded search, and the witness is still found', async () => {
    const dir = temp();
    const subs = Array.from({ length: 400 }, (_, i) => `repo:org${i}-*/repo${i}-*:ref:refs/heads/b${i}-*`);
    writeFileSync(join(dir, 'trust.json'), trustPolicy({ StringLike: { 'token.actions.githubusercontent.com:sub': subs } }));
    const start = Date.now();
    const [f] = await findings(dir);
    expect(Date.now() - start).toBeLessThan(5000);
    expect(f.checkId).toBe('OT01');
    expect(f.witness).toMatch(/^a workflow in repository org\d+-attacker\/repo\d+-any on branch b\d+-main/);
  });
});
