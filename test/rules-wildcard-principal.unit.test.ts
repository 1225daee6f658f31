import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../src/engine/lint.js';
import { RULES } from '../rules/index.js';

/** wildcard-principal as a user meets it: one small resource policy linted in-process per test, and
 * what it reports (check id, severity, position, message, witness) and which statements it counted
 * as judged, with and without --strict. The expected verdicts follow the rule's doc
 * (rules/wildcard-principal.md) and iam-semantics §1.1–§1.3: "*" lets in an anonymous caller only
 * where the service takes unsigned requests (S3 here), and another AWS account's role elsewhere. */

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The rule, and the engine's `unresolved` notes that name, under --strict, what it left undecided. */
const only = RULES.filter((r) => r.meta.id === 'wildcard-principal' || r.meta.id === 'unresolved');

async function run(files: Record<string, string>, strict = true) {
  const dir = mkdtempSync(join(tmpdir(), 'policylint-wp-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const res = await lint({ cwd: dir, paths: ['.'], rules: only, ruleOptions: { trustedAccounts: [], strict } });
  // A rule that throws is reported as an internal error, not as a finding: none is expected here.
  expect(res.internalErrors).toEqual([]);
  return {
    findings: res.findings.map((f) => ({
      checkId: f.checkId,
      severity: f.severity,
      at: `${f.line}:${f.column}`,
      message: f.message,
      ...(f.witness ? { witness: f.witness } : {}),
    })),
    coverage: res.coverage,
  };
}

const VARS = 'variable "e" {}\nvariable "p" {}\nvariable "a" {}\nvariable "r" {}\nvariable "sid" {}\nvariable "org" {}\nvariable "vpc" {}\n';
/** One policy of a Terraform resource, its statement on line 11 of main.tf. */
const tf = (type: string, arg: string, statement: string, strict = true) =>
  run(
    { 'main.tf': `${VARS}resource "${type}" "x" {\n  ${arg}\n  policy = jsonencode({ Version = "2012-10-17", Statement = [\n    ${statement}\n  ] })\n}\n` },
    strict,
  );
const bucket = (statement: string, strict = true) => tf('aws_s3_bucket_policy', 'bucket = "b"', statement, strict);
const queue = (statement: string, strict = true) => tf('aws_sqs_queue_policy', 'queue_url = "q"', statement, strict);
const ecrPublic = (statement: string) => tf('aws_ecrpublic_repository_policy', 'repository_name = "r"', statement);
/** A standalone JSON policy, its one statement on line 4. */
const json = (statement: Record<string, unknown>) => run({ 'policy.json': JSON.stringify({ Version: '2012-10-17', Statement: [statement] }, null, 2) });

const ROLE = 'a role in any other AWS account, such as arn:aws:iam::000000000000:role/ExampleRole';
const ANON = 'anyone, with an unsigned (anonymous) request';
const wp02 = (at: string, who: string, actions: string, conditions = ' (the statement has no condition)') => ({
  checkId: 'WP02',
  severity: 'error',
  at,
  message: `Principal "*" in an Allow is not pinned to your accounts: ${who}, can run ${actions}${conditions}. Pin it with aws:PrincipalOrgID or aws:PrincipalAccount, or name the principals`,
  witness: `${who} can run ${actions}`,
});
const wp01 = (at: string, who: string) => ({
  checkId: 'WP01',
  severity: 'error',
  at,
  message: `Allow with NotPrincipal grants every principal not listed, ${who}, and AWS no longer supports it; use "Principal" with the principals that need access, or Principal "*" pinned by aws:PrincipalArn / aws:PrincipalOrgID`,
});
const stopped = (address: string, what: string, them = false) =>
  `${address}.policy Statement[0] was not judged fully: ${what}; policylint cannot resolve ${them ? 'them' : 'it'} (--strict)`;

describe('wildcard-principal: "*" with a witness (WP02, WP03)', () => {
  it('WP02 on a bucket: the anonymous caller, with the witness', async () => {
    expect(await bucket('{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::b/*" }')).toEqual({
      findings: [wp02('11:37', ANON, 's3:GetObject')],
      coverage: { statements: 1, judged: 1 },
    });
  });

  it("WP02 on a queue: every request is signed, so another account's role", async () => {
    const { findings } = await queue('{ Effect = "Allow", Principal = { AWS = "*" }, Action = "sqs:SendMessage", Resource = "*" }');
    expect(findings).toEqual([wp02('11:45', ROLE, 'sqs:SendMessage')]);
  });

  it('WP03: "*" limited only by an IP range, with the witness', async () => {
    const { findings } = await queue(
      '{ Effect = "Allow", Principal = { AWS = "*" }, Action = "sqs:SendMessage", Resource = "*", Condition = { IpAddress = { "aws:SourceIp" = "203.0.113.0/24" } } }',
    );
    expect(findings).toEqual([
      {
        checkId: 'WP03',
        severity: 'warning',
        at: '11:45',
        message: `Principal "*" is limited only by network conditions: ${ROLE}, can run sqs:SendMessage from the network the policy's conditions allow; an IP range or VPC does not say who the principal is. Pin it with aws:PrincipalOrgID or aws:PrincipalAccount`,
        witness: `${ROLE} can run sqs:SendMessage from the allowed network`,
      },
    ]);
  });

  it('"*" pinned to an organization: silent and judged', async () => {
    expect(
      await queue(
        '{ Effect = "Allow", Principal = "*", Action = "sqs:SendMessage", Resource = "*", Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-abc123def4" } } }',
      ),
    ).toEqual({ findings: [], coverage: { statements: 1, judged: 1 } });
  });
});

describe('wildcard-principal: NotPrincipal in an Allow (WP01)', () => {
  const statement = (actions: string) => `{ Effect = "Allow", NotPrincipal = { AWS = "arn:aws:iam::111122223333:root" }, ${actions}, Resource = "*" }`;

  it('on a bucket, anonymous callers included', async () => {
    expect((await bucket(statement('Action = "s3:GetObject"'))).findings).toEqual([wp01('11:40', 'including anonymous callers')]);
  });

  it('on a queue, every AWS account', async () => {
    expect((await queue(statement('Action = "sqs:SendMessage"'))).findings).toEqual([wp01('11:40', 'in every AWS account')]);
  });

  it.each([
    ['S3 actions only: anonymous callers included', { Action: ['s3:GetObject', 's3:ListBucket'] }, 'including anonymous callers'],
    ['an S3 action next to "*": every AWS account', { Action: ['s3:GetObject', '*'] }, 'in every AWS account'],
    ['an S3 and an SQS action: every AWS account', { Action: ['s3:GetObject', 'sqs:SendMessage'] }, 'in every AWS account'],
    ['an action written without its colon ("s3*"), which names no service: every AWS account', { Action: ['s3:GetObject', 's3*'] }, 'in every AWS account'],
    ['NotAction: every AWS account', { NotAction: 's3:GetObject' }, 'in every AWS account'],
  ])('in a JSON policy, whose resource is not known, the actions decide: %s', async (_, actions, who) => {
    const { findings } = await json({ Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' }, ...actions, Resource: '*' });
    expect(findings.map((f) => f.message)).toEqual([wp01('', who).message]);
  });
});

describe('wildcard-principal: ECR Public, public for pull by design (§1.3)', () => {
  it('"*" reading the repository only is silent', async () => {
    expect(await ecrPublic('{ Effect = "Allow", Principal = "*", Action = ["ecr-public:DescribeImages", "ecr-public:BatchCheckLayerAvailability"] }')).toEqual({
      findings: [],
      coverage: { statements: 1, judged: 1 },
    });
  });

  it.each([
    ['a push action', 'Action = ["ecr-public:DescribeImages", "ecr-public:PutImage"]', 'ecr-public:DescribeImages and 1 more action'],
    ['an action of private ECR', 'Action = ["ecr:BatchGetImage"]', 'ecr:BatchGetImage'],
    ['an Unknown action', 'Action = [var.a]', 'var.a'],
    ['NotAction', 'NotAction = "ecr-public:PutImage"', 'every action except those in NotAction'],
    ['no Action at all', 'Resource = "*"', 'the statement'],
  ])('%s is left to the witness', async (_, actions, what) => {
    expect((await ecrPublic(`{ Effect = "Allow", Principal = "*", ${actions} }`)).findings).toEqual([wp02('11:37', ROLE, what)]);
  });

  it('a read action of ECR Public in a JSON policy, whose resource is not known: reported', async () => {
    const { findings } = await json({ Effect: 'Allow', Principal: '*', Action: 'ecr-public:DescribeImages', Resource: '*' });
    expect(findings.map((f) => f.checkId)).toEqual(['WP02']);
  });
});

describe('wildcard-principal: Unknowns', () => {
  it('WP04 under --strict names the Unknown, and the engine does not say it twice; without --strict, silent', async () => {
    const statement =
      '{ Sid = "Org", Effect = "Allow", Principal = "*", Action = var.a, Resource = var.r, Condition = { StringEquals = { "aws:PrincipalOrgID" = var.org } } }';
    expect(await queue(statement)).toEqual({
      findings: [
        {
          checkId: 'WP04',
          severity: 'note',
          at: '11:50',
          message:
            'Principal "*" in an Allow: whether an outside caller gets in depends on var.org that policylint cannot resolve (--strict); check that the conditions pin your accounts or organization',
        },
      ],
      coverage: { statements: 1, judged: 0 },
    });
    expect(await queue(statement, false)).toEqual({ findings: [], coverage: { statements: 1, judged: 0 } });
  });

  it('WP04 names every Unknown the verdict depends on, in any order', async () => {
    const { findings } = await queue(
      '{ Effect = "Allow", Principal = "*", Action = "sqs:SendMessage", Resource = "*", Condition = { StringEquals = { "aws:PrincipalOrgID" = var.org, "aws:PrincipalAccount" = var.vpc } } }',
    );
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatch(/ depends on (var\.org, var\.vpc|var\.vpc, var\.org) that policylint cannot resolve /);
  });

  it('a Deny is judged whatever its Unknowns', async () => {
    const deny =
      '{ Effect = "Deny", Principal = { AWS = var.p }, Action = var.a, Resource = "*", Condition = { StringNotEquals = { "aws:PrincipalOrgID" = var.org } } }';
    expect(await queue(deny)).toEqual({ findings: [], coverage: { statements: 1, judged: 1 } });
  });

  it.each([
    [
      'a Principal',
      '{ Effect = "Allow", Principal = { AWS = var.p }, Action = var.a, Resource = "*", Condition = { StringEquals = { "aws:SourceVpc" = var.vpc } } }',
    ],
    [
      'a NotPrincipal',
      '{ Effect = "Allow", NotPrincipal = { AWS = var.p }, Action = var.a, Resource = "*", Condition = { StringEquals = { "aws:SourceVpc" = var.vpc } } }',
    ],
  ])('%s that is a bare Unknown may be "*": undecided, named by itself', async (_, statement) => {
    expect(await queue(statement)).toEqual({
      findings: [{ checkId: 'UR02', severity: 'note', at: '11:5', message: stopped('aws_sqs_queue_policy.x', 'var.p stopped wildcard-principal') }],
      coverage: { statements: 1, judged: 0 },
    });
  });

  it('a VPC endpoint policy: "*" grants nothing there, but a bare Unknown principal is still undecided', async () => {
    const endpoint = (principal: string) =>
      tf('aws_vpc_endpoint_policy', 'vpc_endpoint_id = "v"', `{ Effect = "Allow", Principal = ${principal}, Action = "s3:GetObject", Resource = "*" }`);
    expect(await endpoint('"*"')).toEqual({ findings: [], coverage: { statements: 1, judged: 1 } });
    expect(await endpoint('{ AWS = var.p }')).toEqual({
      findings: [{ checkId: 'UR02', severity: 'note', at: '11:5', message: stopped('aws_vpc_endpoint_policy.x', 'var.p stopped wildcard-principal') }],
      coverage: { statements: 1, judged: 0 },
    });
  });

  it.each(['Resource', 'NotResource'])(
    'an Unknown Effect stops every rule; what else this rule would need is named too, never the Sid or %s',
    async (element) => {
      const statement = `{ Sid = var.sid, Effect = var.e, Principal = "*", Action = "s3:GetObject", ${element} = var.r, Condition = { StringEquals = { "aws:PrincipalOrgID" = var.org } } }`;
      expect((await bucket(statement)).findings).toEqual([
        {
          checkId: 'UR02',
          severity: 'note',
          at: '11:5',
          message: stopped(
            'aws_s3_bucket_policy.x',
            'var.e (at Effect) stopped every rule; var.org (at Condition.StringEquals["aws:PrincipalOrgID"]) stopped wildcard-principal',
            true,
          ),
        },
      ]);
    },
  );

  it.each([
    ['an identity policy', 'aws_iam_policy', 'name = "p"', 'policy'],
    ['a service control policy', 'aws_organizations_policy', 'name = "p"', 'content'],
  ])("%s is not this rule's to judge: an Unknown Effect stops every rule, and nothing more", async (_, type, arg, attribute) => {
    const statement = '{ Effect = var.e, Action = "s3:GetObject", Resource = "*", Condition = { StringEquals = { "aws:PrincipalOrgID" = var.org } } }';
    const { findings } = await run({
      'main.tf': `${VARS}resource "${type}" "x" {\n  ${arg}\n  ${attribute} = jsonencode({ Version = "2012-10-17", Statement = [\n    ${statement}\n  ] })\n}\n`,
    });
    expect(findings.map((f) => f.message)).toEqual([
      `${type}.x.${attribute} Statement[0] was not judged fully: var.e (at Effect) stopped every rule; policylint cannot resolve it (--strict)`,
    ]);
  });
});
