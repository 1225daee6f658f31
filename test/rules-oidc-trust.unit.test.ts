import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../src/engine/lint.js';
import { RULES } from '../rules/index.js';

/** oidc-trust on one trust policy at a time: what a user sees (check ids, severities, messages),
 * and which statements it counts as judged (issue 20 item 4), with and without --strict. */

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const only = RULES.filter((r) => r.meta.id === 'oidc-trust' || r.meta.id === 'unresolved');

async function run(statement: string, strict: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'policylint-oidc-'));
  dirs.push(dir);
  const tf = `
variable "actions" {}
variable "sub" {}
variable "anything" {}
resource "aws_iam_role" "ci" {
  name = "ci"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [${statement}]
  })
}
`;
  writeFileSync(join(dir, 'main.tf'), tf);
  const res = await lint({ cwd: dir, paths: ['.'], rules: only, ruleOptions: { trustedAccounts: [], strict } });
  return {
    findings: res.findings.map((f) => ({ checkId: f.checkId, severity: f.severity, message: f.message })),
    coverage: res.coverage,
  };
}

const GITHUB = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com';
const OTHER = 'arn:aws:iam::111122223333:oidc-provider/oidc.example.com';
const GITLAB = 'arn:aws:iam::111122223333:oidc-provider/gitlab.com';
const statement = (provider: string, condition: string, extra = '') =>
  `{ Effect = "Allow", Principal = { Federated = "${provider}" }, Action = "sts:AssumeRoleWithWebIdentity"${extra}${condition ? `, Condition = ${condition}` : ''} }`;

describe('oidc-trust: statements it cannot decide', () => {
  const unknownAction = `{ Effect = "Allow", Principal = { Federated = "${GITHUB}" }, Action = var.actions }`;

  it('an Unknown action: one OT07 note under --strict naming it, and the statement is not judged', async () => {
    const strict = await run(unknownAction, true);
    expect(strict.findings).toEqual([
      {
        checkId: 'OT07',
        severity: 'note',
        message: 'Whether this statement allows sts:AssumeRoleWithWebIdentity depends on var.actions, which policylint cannot resolve (--strict)',
      },
    ]);
    expect(strict.coverage).toEqual({ statements: 1, judged: 0 });
    const quiet = await run(unknownAction, false);
    expect(quiet).toEqual({ findings: [], coverage: { statements: 1, judged: 0 } });
  });

  it('an issuer it has no claim format for: OT06 under --strict unless sub is pinned to literal values', async () => {
    const note = {
      checkId: 'OT06',
      severity: 'note',
      message:
        'policylint has no claim format for issuer oidc.example.com (--strict), so it cannot name who can assume this role; pin "oidc.example.com:sub" with StringEquals',
    };
    for (const condition of [
      '{ StringLike = { "oidc.example.com:sub" = "team-*" } }',
      '{ StringLike = { "oidc.example.com:sub" = "team-?" } }',
      '{ StringNotEquals = { "oidc.example.com:sub" = "team-a" } }',
      '{ "ForAnyValue:StringEquals" = { "oidc.example.com:sub" = "team-a" } }',
      '{ NumericEquals = { "oidc.example.com:sub" = "1" } }',
      '{ StringEquals = { "oidc.example.com:sub" = var.sub } }',
      '{ StringEquals = { "oidc.example.com:aud" = "sts" } }',
    ]) {
      const strict = await run(statement(OTHER, condition), true);
      expect(strict.findings, condition).toEqual([note]);
      expect(strict.coverage, condition).toEqual({ statements: 1, judged: 0 });
      expect(await run(statement(OTHER, condition), false), condition).toEqual({ findings: [], coverage: { statements: 1, judged: 0 } });
    }
    for (const condition of [
      '{ StringEquals = { "oidc.example.com:sub" = "team-a" } }',
      '{ StringLike = { "oidc.example.com:sub" = ["team-a", "team-b"] } }',
    ]) {
      expect(await run(statement(OTHER, condition), true), condition).toEqual({ findings: [], coverage: { statements: 1, judged: 1 } });
    }
  });

  it('Unknowns in Sid or Resource never change who may assume: judged', async () => {
    const pinned =
      '{ StringEquals = { "token.actions.githubusercontent.com:sub" = "repo:acme/app:environment:prod", "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com" } }';
    const res = await run(statement(GITHUB, pinned, ', Sid = var.anything, Resource = var.anything'), true);
    expect(res).toEqual({ findings: [], coverage: { statements: 1, judged: 1 } });
  });
});

describe('oidc-trust: messages', () => {
  it('with no sub condition, says the conditions do not test it', async () => {
    const res = await run(statement(GITHUB, '{ StringEquals = { "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com" } }'), false);
    expect(res.findings.map((f) => f.checkId)).toEqual(['OT01']);
    expect(res.findings[0].message).toMatch(
      /^Any GitHub user can assume this role: .* passes the conditions, which do not test token\.actions\.githubusercontent\.com:sub\. /,
    );
    expect(res.coverage).toEqual({ statements: 1, judged: 1 });
  });

  it('any ref of one GitLab project is a note naming the project', async () => {
    const res = await run(statement(GITLAB, '{ StringLike = { "gitlab.com:sub" = "project_path:acme/app:*" } }'), false);
    expect(res.findings).toEqual([
      {
        checkId: 'OT03',
        severity: 'note',
        message: expect.stringMatching(
          /^Any branch or tag of GitLab project acme\/app can assume this role: .* passes StringLike gitlab\.com:sub\. Pin it with StringEquals "gitlab\.com:sub": /,
        ),
      },
    ]);
  });
});
