import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../src/engine/lint.js';
import { RULES } from '../rules/index.js';

/** principal-arn-pattern as a user meets it: one small policy linted in-process per test, and the
 * findings (check id, severity, message, witness) and the statements it judged, with and without
 * --strict. The expected texts follow iam-semantics §4 (the PA catalogue) and the rule's doc. */

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The rule, and the engine's `unresolved` notes that name, under --strict, what it left undecided. */
const only = RULES.filter((r) => r.meta.id === 'principal-arn-pattern' || r.meta.id === 'unresolved');

interface Seen {
  checkId?: string;
  severity: string;
  message: string;
  witness?: string;
}

async function run(files: Record<string, string>, opts: { strict?: boolean; trusted?: string[] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'policylint-pa-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const res = await lint({ cwd: dir, paths: ['.'], rules: only, ruleOptions: { trustedAccounts: opts.trusted ?? [], strict: opts.strict ?? false } });
  const findings: Seen[] = res.findings
    .map((f) => ({ checkId: f.checkId, severity: f.severity, message: f.message, ...(f.witness ? { witness: f.witness } : {}) }))
    .sort((a, b) => `${a.checkId} ${a.message}`.localeCompare(`${b.checkId} ${b.message}`));
  return { findings, coverage: res.coverage, raw: res.findings };
}

type Statement = Record<string, unknown>;
const ROLE = 'arn:aws:iam::111122223333:role/x';
/** An S3 bucket policy statement open to "*" but for one aws:PrincipalArn condition. */
const allow = (op: string, value: unknown, more: Statement = {}): Statement => ({
  Effect: 'Allow',
  Principal: '*',
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::b/*',
  Condition: { [op]: { 'aws:PrincipalArn': value } },
  ...more,
});
const deny = (op: string, value: unknown, more: Statement = {}) => allow(op, value, { Effect: 'Deny', ...more });
/** A standalone JSON policy: with a Principal a resource policy, without one an identity policy. */
const json = (statements: Statement[], version: string | null = '2012-10-17') => ({
  'policy.json': JSON.stringify({ ...(version ? { Version: version } : {}), Statement: statements }, null, 2),
});
const lintJson = async (statements: Statement[], opts: { trusted?: string[] } = {}) => (await run(json(statements), opts)).findings;
const lintValue = (op: string, value: unknown, more: Statement = {}) => lintJson([allow(op, value, more)]);

const notArn = (v: string) =>
  `"${v}" is not an ARN with six components (arn:partition:service:region:account:resource), so it never matches; write the role ARN, e.g. arn:aws:iam::111122223333:role/NAME`;
const pa06 = (type: string, rest: string, prefix: string) => ({
  checkId: 'PA06',
  severity: 'warning',
  message: `"${type}/${rest}" matches any ${type} whose name starts with "${prefix}", e.g. ${type}/${prefix}-anything; list the exact names`,
});
const ANON = 'anyone, with an unsigned (anonymous) request passes every condition of the statement';
const pa01Allow = (pattern: string, name: string, example: string, fix: string) => ({
  checkId: 'PA01',
  severity: 'error',
  message: `account "*" in "${pattern}": role and user names are unique only within an account, so any AWS customer can create ${name} and pass every condition of the statement, e.g. ${example}; pin the account: ${fix}, or add StringEquals aws:PrincipalOrgID / aws:PrincipalAccount`,
  witness: `${example} passes every condition`,
});

/** A Terraform S3 bucket policy with one statement (HCL object syntax), after `pre`. */
const bucket = (statement: string, pre = '') => ({
  'main.tf': `${pre}
resource "aws_s3_bucket_policy" "b" {
  bucket = "b"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [${statement}]
  })
}
`,
});
const hclAllow = (condition: string, extra = '') =>
  `{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::b/*"${extra}, Condition = ${condition} }`;
/** An organization policy (`type` defaults to SERVICE_CONTROL_POLICY) with one statement. */
const orgPolicy = (statement: string, type?: string) => ({
  'main.tf': `
resource "aws_organizations_policy" "p" {
  name = "p"
  ${type ? `type = "${type}"` : ''}
  content = jsonencode({ Version = "2012-10-17", Statement = [${statement}] })
}
`,
});
/** A policy document no resource uses: a resource policy when it names principals, an identity policy otherwise. */
const document = (principals: string, test: string, value: string) => ({
  'main.tf': `
data "aws_iam_policy_document" "d" {
  statement {
    ${principals}
    actions   = ["s3:GetObject"]
    resources = ["*"]
    condition {
      test     = "${test}"
      variable = "aws:PrincipalArn"
      values   = ["${value}"]
    }
  }
}
output "d" { value = data.aws_iam_policy_document.d.json }
`,
});
const PRINCIPALS_STAR = 'principals {\n      type = "AWS"\n      identifiers = ["*"]\n    }';
const NOT_PRINCIPALS = `not_principals {\n      type = "AWS"\n      identifiers = ["${ROLE}"]\n    }`;
const OUTPUT = ' (the policy is returned by output "d")';

describe('principal-arn-pattern: values that never match (PA02, PA03, PA10, PA11, PA17, PA19)', () => {
  it('a value that is not an ARN is PA10, unless it is "*" or holds a policy variable', async () => {
    expect(await lintValue('ArnLike', 'role/Deployer')).toEqual([{ checkId: 'PA10', severity: 'error', message: notArn('role/Deployer') }]);
    expect(await lintValue('ArnLike', '*')).toEqual([]);
    expect(await lintValue('ArnLike', '${aws:username}')).toEqual([]);
  });

  it('a wildcard partition is a note, a partition AWS does not have an error', async () => {
    expect(await lintValue('ArnLike', 'arn:*:iam::111122223333:role/x')).toEqual([
      {
        checkId: 'PA02',
        severity: 'note',
        message: 'partition "*" is a wildcard; write the partition the resource lives in (data.aws_partition in Terraform)',
      },
    ]);
    expect(await lintValue('ArnLike', 'arn:aws-moon:iam::111122223333:role/x')).toEqual([
      {
        checkId: 'PA02',
        severity: 'error',
        message: '"aws-moon" is not an AWS partition (aws, aws-cn, aws-us-gov, ...), so "arn:aws-moon:iam::111122223333:role/x" never matches',
      },
    ]);
  });

  it('an assumed-role session ARN is PA03 and nothing else about it', async () => {
    const pa03 = (v: string, role: string) => ({
      checkId: 'PA03',
      severity: 'error',
      message: `"${v}" is an assumed-role session ARN; aws:PrincipalArn holds the role ARN, never the session, so this never matches; write ${role}`,
    });
    const session = 'arn:aws:sts::111122223333:assumed-role/Deployer/session';
    expect(await lintValue('ArnLike', session)).toEqual([pa03(session, 'arn:aws:iam::111122223333:role/Deployer')]);
    // A region too: the session ARN is the fault to fix, the region goes with it.
    const regional = 'arn:aws:sts:us-east-1:111122223333:assumed-role/x/s';
    expect(await lintValue('ArnLike', regional)).toEqual([pa03(regional, ROLE)]);
  });

  it('an ARN of another service is PA11 and nothing else about it; an STS federated user is a principal', async () => {
    const pa11 = (v: string, service: string) => ({
      checkId: 'PA11',
      severity: 'error',
      message: `"${v}" is a ${service} ARN, not an IAM principal; aws:PrincipalArn holds role, user, federated-user or root ARNs: use aws:SourceArn for the calling resource, or the role ARN it runs as`,
    });
    const fn = 'arn:aws:lambda:us-east-1:111122223333:function:f';
    expect(await lintValue('ArnLike', fn)).toEqual([pa11(fn, 'lambda')]);
    // Its short account is no second finding: the value is wrong as a whole.
    const short = 'arn:aws:lambda:us-east-1:1234:function:f';
    expect(await lintValue('ArnLike', short)).toEqual([pa11(short, 'lambda')]);
    const stsRole = 'arn:aws:sts::111122223333:role/x';
    expect(await lintValue('ArnLike', stsRole)).toEqual([pa11(stsRole, 'sts')]);
    expect(await lintValue('ArnLike', 'arn:aws:sts::111122223333:federated-user/bob')).toEqual([]);
    expect(await lintValue('ArnLike', 'arn:aws:sts::1234:federated-user/bob')).toEqual([
      {
        checkId: 'PA10',
        severity: 'error',
        message: 'account "1234" in "arn:aws:sts::1234:federated-user/bob" is not 12 digits, so it never matches; write the 12-digit account id',
      },
    ]);
  });

  it('a region in an IAM ARN is PA10, with the ARN in an AWS partition as the fix', async () => {
    expect(await lintValue('ArnLike', 'arn:aws:iam:us-east-1:111122223333:role/x')).toEqual([
      {
        checkId: 'PA10',
        severity: 'error',
        message: `"arn:aws:iam:us-east-1:111122223333:role/x" has region "us-east-1", but IAM ARNs have an empty region, so it never matches; write ${ROLE}`,
      },
    ]);
    const moon = 'arn:aws-moon:iam:us-east-1:111122223333:role/x';
    expect(await lintValue('ArnLike', moon)).toEqual([
      { checkId: 'PA02', severity: 'error', message: `"aws-moon" is not an AWS partition (aws, aws-cn, aws-us-gov, ...), so "${moon}" never matches` },
      {
        checkId: 'PA10',
        severity: 'error',
        message: `"${moon}" has region "us-east-1", but IAM ARNs have an empty region, so it never matches; write ${ROLE}`,
      },
    ]);
  });

  it.each(['1234', '1111222233334', 'a11122223333', '11112222333x'])('account %s is not 12 digits (PA10)', async (account) => {
    const v = `arn:aws:iam::${account}:role/x`;
    expect(await lintValue('ArnLike', v)).toEqual([
      {
        checkId: 'PA10',
        severity: 'error',
        message: `account "${account}" in "${v}" is not 12 digits, so it never matches; write the 12-digit account id`,
      },
    ]);
  });

  it('no resource type is PA10; a type that is no principal is PA11; "*" or a wildcard type is neither', async () => {
    expect(await lintValue('ArnLike', 'arn:aws:iam::111122223333:Deployer')).toEqual([
      {
        checkId: 'PA10',
        severity: 'error',
        message: '"arn:aws:iam::111122223333:Deployer" has no resource type (role/, user/), so it never matches; write arn:aws:iam::111122223333:role/Deployer',
      },
    ]);
    expect(await lintValue('ArnLike', 'arn:aws:iam::111122223333:group/admins')).toEqual([
      {
        checkId: 'PA11',
        severity: 'error',
        message: '"group" is not a principal type: aws:PrincipalArn holds role, user, federated-user or root ARNs, never groups',
      },
    ]);
    expect(await lintValue('ArnLike', 'arn:aws:iam::111122223333:*')).toEqual([]);
    expect(await lintValue('ArnLike', 'arn:aws:iam::111122223333:ro*/x')).toEqual([]);
    expect(await lintValue('ArnLike', 'arn:aws:iam::111122223333:user/bob')).toEqual([]);
    // A name prefix of a type that is no principal is that type's fault, not PA06's.
    expect(await lintValue('ArnLike', 'arn:aws:iam::111122223333:group/admin*')).toEqual([
      {
        checkId: 'PA11',
        severity: 'error',
        message: '"group" is not a principal type: aws:PrincipalArn holds role, user, federated-user or root ARNs, never groups',
      },
    ]);
    // Sessions are STS ARNs: under iam the type does not exist.
    expect(await lintValue('ArnLike', 'arn:aws:iam::111122223333:assumed-role/x/s')).toEqual([
      {
        checkId: 'PA11',
        severity: 'error',
        message: '"assumed-role" is not a principal type: aws:PrincipalArn holds role, user, federated-user or root ARNs, never assumed-roles',
      },
    ]);
  });

  it(':root in an Allow is PA17; in a Deny it is what AWS examples write', async () => {
    const root = 'arn:aws:iam::111122223333:root';
    const pa17 = {
      checkId: 'PA17',
      severity: 'warning',
      message: `"${root}" in aws:PrincipalArn matches only the account's root user, unlike in Principal; to allow the whole account use StringEquals aws:PrincipalAccount = "111122223333"`,
    };
    expect(await lintValue('ArnLike', root)).toEqual([pa17]);
    expect(await lintJson([deny('ArnLike', root)])).toEqual([]);
    expect(await lintJson([deny('ArnNotLike', root)])).toEqual([]);
  });

  it('a policy variable is literal text under Version 2008-10-17 or without a Version (PA19)', async () => {
    const v = 'arn:aws:iam::111122223333:role/${aws:username}';
    const pa19 = (shown: string, version: string) => ({
      checkId: 'PA19',
      severity: 'error',
      message: `"${shown}" uses a policy variable, but the policy's Version is ${version}, under which variables are literal text and never match; set "Version": "2012-10-17"`,
    });
    expect((await run(json([allow('ArnLike', v)], '2008-10-17'))).findings).toEqual([pa19(v, '"2008-10-17"')]);
    expect((await run(json([allow('ArnLike', '${aws:username}')], null))).findings).toEqual([pa19('${aws:username}', 'missing')]);
    expect(await lintValue('ArnLike', v)).toEqual([]);
    // A value without a variable means the same under either Version.
    expect((await run(json([allow('ArnLike', ROLE)], '2008-10-17'))).findings).toEqual([]);
  });

  it('values in two AWS partitions are one PA02 on the condition; one partition, or a partition AWS lacks, is not', async () => {
    const cn = 'arn:aws-cn:iam::111122223333:role/x';
    expect(await lintValue('ArnLike', [ROLE, cn])).toEqual([
      {
        checkId: 'PA02',
        severity: 'warning',
        message:
          'aws:PrincipalArn values in several partitions (aws, aws-cn): a policy is deployed in one, so the others never match; use the partition of the deployment (data.aws_partition in Terraform)',
      },
    ]);
    expect(await lintValue('ArnLike', [ROLE, 'arn:aws:iam::111122223333:role/y'])).toEqual([]);
    expect((await lintValue('ArnLike', [ROLE, 'arn:aws-moon:iam::111122223333:role/y'])).map((f) => f.message)).toEqual([
      '"aws-moon" is not an AWS partition (aws, aws-cn, aws-us-gov, ...), so "arn:aws-moon:iam::111122223333:role/y" never matches',
    ]);
    expect((await lintValue('ArnLike', [ROLE, 'role/y'])).map((f) => f.checkId)).toEqual(['PA10']);
  });

  it('reports where the value is written', async () => {
    const res = await run(json([allow('ArnLike', 'role/Deployer')]));
    expect(res.raw.map((f) => [f.ruleId, f.checkId, f.line, f.column])).toEqual([['principal-arn-pattern', 'PA10', 11, 31]]);
  });

  it('a statement without Effect is left to the parser', async () => {
    const { Effect: _, ...noEffect } = allow('ArnLike', 'role/Deployer');
    expect(await lintJson([noEffect])).toEqual([]);
  });
});

describe('principal-arn-pattern: patterns wider than meant (PA05, PA06, PA09, PA12)', () => {
  it('"*" before the name is PA05, with the two values to write', async () => {
    expect(await lintValue('ArnLike', 'arn:aws:iam::111122223333:role/*Deployer')).toEqual([
      {
        checkId: 'PA05',
        severity: 'warning',
        message:
          '"role/*Deployer" puts "*" before the name, so it also matches roles such as role/evilDeployer; for any path write two values: role/Deployer and role/*/Deployer',
      },
    ]);
    // A "*" inside the name is no delimited prefix either: it matches a path too (`Dep/a/b/loyer`),
    // and no pair of values without it says the same: the fix is the exact names.
    expect(await lintValue('ArnLike', 'arn:aws:iam::111122223333:role/deploy-*-prod')).toEqual([
      {
        checkId: 'PA05',
        severity: 'warning',
        message:
          '"role/deploy-*-prod" has "*" inside the name, so it also matches roles such as role/deploy-evil-prod and role/deploy-team/evil-prod; list the exact names',
      },
    ]);
  });

  it('a name prefix without a delimiter is PA06, for roles and users; with a delimiter it is the recommended form', async () => {
    expect(await lintValue('ArnLike', 'arn:aws:iam::111122223333:role/deploy*')).toEqual([pa06('role', 'deploy*', 'deploy')]);
    expect(await lintValue('ArnLike', 'arn:aws:iam::111122223333:user/deploy*')).toEqual([pa06('user', 'deploy*', 'deploy')]);
    expect(await lintValue('ArnLike', 'arn:aws:iam::111122223333:role/ci/deploy*')).toEqual([pa06('role', 'ci/deploy*', 'deploy')]);
    for (const name of ['deploy-*', 'deploy_*', 'deploy.*']) expect(await lintValue('ArnLike', `arn:aws:iam::111122223333:role/${name}`), name).toEqual([]);
    // A delimiter alone is no prefix; a "?" before it still matches any character.
    expect(await lintValue('ArnLike', 'arn:aws:iam::111122223333:role/-*')).toEqual([pa06('role', '-*', '-')]);
    expect((await lintValue('ArnLike', 'arn:aws:iam::111122223333:role/deplo?-*')).map((f) => f.checkId)).toEqual(['PA06', 'PA12']);
    // The prefix ends at the first wildcard.
    expect((await lintValue('ArnLike', 'arn:aws:iam::111122223333:role/deplo?er*')).filter((f) => f.checkId === 'PA06')).toEqual([
      pa06('role', 'deplo?er*', 'deplo'),
    ]);
    // A delimiter before the final "*" makes no prefix of a name with another "*" in it, or of one
    // that goes on after the "*".
    for (const name of ['x*y-*', 'deploy-*x'])
      expect(
        (await lintValue('ArnLike', `arn:aws:iam::111122223333:role/${name}`)).map((f) => f.checkId),
        name,
      ).toEqual(['PA05']);
    // Every role of the account is no prefix; a Deny's positive condition denies more, lets no one in.
    expect(await lintValue('ArnLike', 'arn:aws:iam::111122223333:role/*')).toEqual([]);
    expect(await lintJson([deny('ArnLike', 'arn:aws:iam::111122223333:role/deploy*')])).toEqual([]);
  });

  it('IAM Identity Center roles: a trailing "*" under the reserved path names a permission set', async () => {
    const sso = 'role/aws-reserved/sso.amazonaws.com';
    expect(await lintValue('ArnLike', `arn:aws:iam::111122223333:${sso}/AWSReservedSSO_Admin*`)).toEqual([]);
    expect(await lintValue('ArnLike', `arn:aws:iam::111122223333:${sso}/eu-west-1/AWSReservedSSO_Admin*`)).toEqual([]);
    for (const [resource, type, rest, prefix] of [
      ['role/aws-reserved/other/AWSReservedSSO_Admin*', 'role', 'aws-reserved/other/AWSReservedSSO_Admin*', 'AWSReservedSSO_Admin'],
      ['role/custom/sso.amazonaws.com/AWSReservedSSO_Admin*', 'role', 'custom/sso.amazonaws.com/AWSReservedSSO_Admin*', 'AWSReservedSSO_Admin'],
      ['user/aws-reserved/sso.amazonaws.com/AWSReservedSSO_Admin*', 'user', 'aws-reserved/sso.amazonaws.com/AWSReservedSSO_Admin*', 'AWSReservedSSO_Admin'],
      [`${sso}/AWSReservedSSOAdmin*`, 'role', 'aws-reserved/sso.amazonaws.com/AWSReservedSSOAdmin*', 'AWSReservedSSOAdmin'],
      [`${sso}/MyAWSReservedSSO_Admin*`, 'role', 'aws-reserved/sso.amazonaws.com/MyAWSReservedSSO_Admin*', 'MyAWSReservedSSO_Admin'],
    ])
      expect(await lintValue('ArnLike', `arn:aws:iam::111122223333:${resource}`), resource).toEqual([pa06(type, rest, prefix)]);
    // A "*" that is not the last character is no permission-set suffix.
    expect((await lintValue('ArnLike', `arn:aws:iam::111122223333:${sso}/AWSReservedSSO_Admin*x`)).map((f) => f.checkId)).toEqual(['PA05']);
  });

  it('ArnEquals and ArnNotEquals with a wildcard are notes (PA09): they are ArnLike and ArnNotLike', async () => {
    const v = 'arn:aws:iam::111122223333:role/x-*';
    const pa09 = (op: string, like: string) => ({
      checkId: 'PA09',
      severity: 'note',
      message: `${op} treats "*" and "?" in "${v}" as wildcards, exactly like ${like}; write ${like} so the pattern reads as one`,
    });
    expect(await lintValue('ArnEquals', v)).toEqual([pa09('ArnEquals', 'ArnLike')]);
    expect(await lintJson([deny('ArnNotEquals', v)])).toEqual([pa09('ArnNotEquals', 'ArnNotLike')]);
    expect(await lintValue('ArnEquals', ROLE)).toEqual([]);
  });

  it('"?" in the name is PA12 where matching lets principals in', async () => {
    expect(await lintValue('ArnLike', 'arn:aws:iam::111122223333:role/deploy?r')).toEqual([
      {
        checkId: 'PA12',
        severity: 'warning',
        message: '"?" in "role/deploy?r" matches exactly one character, any character including "/"; write the name literally',
      },
    ]);
    // In a Deny's positive condition a wider match denies more: nothing escapes.
    expect(await lintJson([deny('ArnLike', 'arn:aws:iam::111122223333:role/deploy?r')])).toEqual([]);
    // In the account it is PA01's: any account whose id fits.
    expect((await lintValue('ArnLike', 'arn:aws:iam::11112222333?:role/x')).map((f) => f.checkId)).toEqual(['PA01']);
  });

  it('an ArnNotLike exception list in an Allow grants nothing more unless the principal is broad', async () => {
    const prefix = 'arn:aws:iam::111122223333:role/deploy*';
    expect(await lintValue('ArnNotLike', prefix, { Principal: { AWS: ROLE } })).toEqual([]);
    expect(await lintJson([{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { ArnNotLike: { 'aws:PrincipalArn': prefix } } }])).toEqual([]);
    for (const principal of ['111122223333', 'arn:aws:iam::111122223333:root', ['arn:aws:iam::111122223333:role/r', 'arn:aws-cn:iam::111122223333:root']])
      expect(await lintValue('ArnNotLike', prefix, { Principal: { AWS: principal } }), JSON.stringify(principal)).toEqual([pa06('role', 'deploy*', 'deploy')]);
    // A role whose name is twelve digits, or an account id that is not one, is no account principal.
    for (const principal of ['arn:aws:iam::111122223333:role/123456789012', '1111222233334', 'x111122223333', 'arn:aws:iam::111122223333:root/x'])
      expect(await lintValue('ArnNotLike', prefix, { Principal: { AWS: principal } }), principal).toEqual([]);
  });
});

describe('principal-arn-pattern: operators (PA07, PA08, PA14, PA15, PA16)', () => {
  it('StringEquals and StringNotEquals compare "*" literally (PA07)', async () => {
    const v = 'arn:aws:iam::111122223333:role/x-*';
    const pa07 = (op: string, effect: string) => ({
      checkId: 'PA07',
      severity: 'error',
      message: `${op} compares "${v}" literally: "*" and "?" are wildcards only for StringLike and ARN operators, so this ${effect}; use ArnLike`,
    });
    expect(await lintValue('StringEquals', v)).toEqual([pa07('StringEquals', 'never matches')]);
    expect(await lintValue('StringEqualsIgnoreCase', v)).toEqual([pa07('StringEqualsIgnoreCase', 'never matches')]);
    expect(await lintJson([deny('StringNotEquals', v)])).toEqual([pa07('StringNotEquals', 'excludes nothing')]);
  });

  it('a string operator without wildcards is a note (PA08)', async () => {
    for (const op of ['StringEquals', 'StringLike'])
      expect(await lintValue(op, ROLE), op).toEqual([
        { checkId: 'PA08', severity: 'note', message: `${op} ignores ARN structure; AWS recommends ArnEquals/ArnLike for aws:PrincipalArn` },
      ]);
  });

  it('a negated operator in an Allow open to "*" lets anonymous callers in (PA14)', async () => {
    const pa14 = (op: string) => ({
      checkId: 'PA14',
      severity: 'error',
      message: `${op} on aws:PrincipalArn in an Allow admits every principal except the ones listed, and anonymous callers too (absent key → negated operator true); allow the principals with ArnEquals, and put exclusions in a Deny`,
      witness: ANON,
    });
    expect(await lintValue('ArnNotEquals', ROLE)).toEqual([pa14('ArnNotEquals')]);
    expect(await lintValue('ArnNotEquals', ROLE, { Principal: { AWS: '*' } })).toEqual([pa14('ArnNotEquals')]);
    expect(await lintValue('ArnNotLike', 'arn:aws:iam::111122223333:role/deploy*')).toEqual([pa06('role', 'deploy*', 'deploy'), pa14('ArnNotLike')]);
    // An account Principal lets no anonymous or foreign caller in; a source IP keeps anonymous callers
    // from everywhere else out.
    expect(await lintValue('ArnNotEquals', ROLE, { Principal: { AWS: '111122223333' } })).toEqual([]);
    expect(
      await lintValue('ArnNotEquals', ROLE, { Condition: { ArnNotEquals: { 'aws:PrincipalArn': ROLE }, IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }),
    ).toEqual([]);
    expect(await lintJson([deny('ArnNotEquals', ROLE)])).toEqual([]);
  });

  it('IfExists in an Allow is PA15 when an anonymous caller can get in', async () => {
    const pa15 = {
      checkId: 'PA15',
      severity: 'error',
      message:
        'ArnEqualsIfExists on aws:PrincipalArn in an Allow is true when the key is absent, and anonymous requests carry no aws:PrincipalArn; use ArnEquals',
      witness: ANON,
    };
    expect(await lintValue('ArnEqualsIfExists', ROLE)).toEqual([pa15]);
    // SQS takes no unsigned requests; nor does a statement whose actions are not all S3's.
    for (const Action of ['sqs:SendMessage', ['s3:GetObject', 'sqs:SendMessage'], ['s3:GetObject', '*']])
      expect(await lintValue('ArnEqualsIfExists', ROLE, { Action }), JSON.stringify(Action)).toEqual([]);
    expect(await lintValue('ArnEqualsIfExists', ROLE, { Principal: { AWS: ROLE } })).toEqual([]);
    expect(
      await lintValue('ArnEqualsIfExists', ROLE, {
        Condition: { ArnEqualsIfExists: { 'aws:PrincipalArn': ROLE }, IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
      }),
    ).toEqual([]);
    // An S3 bucket takes unsigned requests whatever its actions are.
    const res = await run(
      bucket(
        `{ Effect = "Allow", Principal = "*", Action = [var.act, "s3:GetObject"], Resource = "*", Condition = { ArnEqualsIfExists = { "aws:PrincipalArn" = "${ROLE}" } } }`,
        'variable "act" {}',
      ),
    );
    expect(res.findings).toEqual([pa15]);
    // An identity policy's caller is its holder, a signed principal.
    expect(await lintJson([{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { ArnLikeIfExists: { 'aws:PrincipalArn': ROLE } } }])).toEqual(
      [],
    );
  });

  it('a set operator is PA16: an error when ForAllValues lets an outside caller into an Allow, a warning otherwise', async () => {
    const pa16 = (op: string, set: string, base: string, open: boolean) => ({
      checkId: 'PA16',
      severity: open ? 'error' : 'warning',
      message: `${op} on aws:PrincipalArn: it is a single-valued key, and set operators on it ${open ? 'are true when the key is absent, so anonymous callers pass' : 'can be overly permissive'}; use ${base} without "${set}:"`,
    });
    expect(await lintValue('ForAllValues:ArnEquals', ROLE)).toEqual([pa16('ForAllValues:ArnEquals', 'ForAllValues', 'ArnEquals', true)]);
    expect(await lintValue('ForAnyValue:ArnEquals', ROLE)).toEqual([pa16('ForAnyValue:ArnEquals', 'ForAnyValue', 'ArnEquals', false)]);
    expect(await lintJson([deny('ForAllValues:ArnEquals', ROLE)])).toEqual([pa16('ForAllValues:ArnEquals', 'ForAllValues', 'ArnEquals', false)]);
    expect(await lintValue('ForAllValues:ArnEquals', ROLE, { Action: 'sqs:SendMessage' })).toEqual([
      pa16('ForAllValues:ArnEquals', 'ForAllValues', 'ArnEquals', false),
    ]);
    expect(
      await lintJson([{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { 'ForAllValues:ArnLike': { 'aws:PrincipalArn': ROLE } } }]),
    ).toEqual([pa16('ForAllValues:ArnLike', 'ForAllValues', 'ArnLike', false)]);
    // ForAnyValue is false for an absent key: the role of any account still gets in, which is PA01's finding.
    const any = 'arn:aws:iam::*:role/x';
    expect(await lintValue('ForAnyValue:ArnLike', any)).toEqual([
      pa01Allow(any, 'x', 'arn:aws:iam::000000000000:role/x', 'arn:aws:iam::<account-id>:role/x'),
      pa16('ForAnyValue:ArnLike', 'ForAnyValue', 'ArnLike', false),
    ]);
  });
});

describe('principal-arn-pattern: an account wildcard (PA01) judged on the whole statement', () => {
  const any = 'arn:aws:iam::*:role/x';
  const foreign = 'arn:aws:iam::000000000000:role/x';

  it("in an Allow: an error naming the outside role, the fix in the pattern's partition and a trusted account", async () => {
    expect(await lintValue('ArnLike', any)).toEqual([pa01Allow(any, 'x', foreign, 'arn:aws:iam::<account-id>:role/x')]);
    expect(await lintJson([allow('ArnLike', any)], { trusted: ['444455556666', '777788889999'] })).toEqual([
      pa01Allow(any, 'x', foreign, 'arn:aws:iam::444455556666:role/x'),
    ]);
    const cn = 'arn:aws-cn:iam::*:role/ci/x';
    expect(await lintValue('ArnLike', cn)).toEqual([pa01Allow(cn, 'x', 'arn:aws-cn:iam::000000000000:role/ci/x', 'arn:aws-cn:iam::<account-id>:role/ci/x')]);
    const q = 'arn:aws:iam::11112222333?:role/x';
    expect((await lintValue('ArnLike', q))[0]).toMatchObject({ checkId: 'PA01', witness: 'arn:aws:iam::111122223330:role/x passes every condition' });
  });

  it('a pin beside the pattern, an IP range, or a partition no principal lives in keeps the outside role out', async () => {
    expect(
      await lintValue('ArnLike', any, { Condition: { ArnLike: { 'aws:PrincipalArn': any }, StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } }),
    ).toEqual([]);
    expect(await lintValue('ArnLike', any, { Condition: { ArnLike: { 'aws:PrincipalArn': any }, IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } })).toEqual(
      [],
    );
    expect((await lintValue('ArnLike', 'arn:aws-moon:iam::*:role/x')).map((f) => f.checkId)).toEqual(['PA02']);
  });

  it("in a Deny's exception list: a warning when a foreign role escapes it; positive conditions are AWS's SCP pattern", async () => {
    expect(await lintJson([deny('ArnNotLike', any)])).toEqual([
      {
        checkId: 'PA01',
        severity: 'warning',
        message: `account "*" in "${any}": role and user names are unique only within an account, so any AWS customer can create x and be exempt from this Deny, e.g. ${foreign}; pin the account: arn:aws:iam::<account-id>:role/x`,
        witness: `${foreign} is exempt from the Deny`,
      },
    ]);
    expect(await lintJson([deny('ArnLike', any)])).toEqual([]);
    expect(
      await lintJson([
        deny('ArnNotLike', any, { Condition: { ArnNotLike: { 'aws:PrincipalArn': any }, StringEquals: { 'aws:PrincipalAccount': '111122223333' } } }),
      ]),
    ).toEqual([]);
    // The Deny applies only to requests from one IP range: a foreign role elsewhere is not stopped at all.
    expect(
      await lintJson([deny('ArnNotLike', any, { Condition: { ArnNotLike: { 'aws:PrincipalArn': any }, IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } })]),
    ).toEqual([]);
  });

  it('never in an identity policy, or in an SCP; a note in an RCP', async () => {
    expect(await lintJson([{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { ArnLike: { 'aws:PrincipalArn': any } } }])).toEqual([]);
    const scp = (op: string) => `{ Effect = "Deny", Action = "iam:CreateRole", Resource = "*", Condition = { ${op} = { "aws:PrincipalArn" = "${any}" } } }`;
    expect((await run(orgPolicy(scp('ArnNotLike')))).findings).toEqual([]);
    expect((await run(orgPolicy(scp('ArnNotLike'), 'SERVICE_CONTROL_POLICY'))).findings).toEqual([]);
    const rcp = `{ Effect = "Deny", Principal = "*", Action = "s3:*", Resource = "*", Condition = { ArnNotLike = { "aws:PrincipalArn" = "${any}" } } }`;
    expect((await run(orgPolicy(rcp, 'RESOURCE_CONTROL_POLICY'))).findings).toEqual([
      {
        checkId: 'PA01',
        severity: 'note',
        message: `account "*" in "${any}": role and user names are unique only within an account, so any AWS customer can create x and be exempt from this Deny, e.g. ${foreign} (a resource control policy: the role escapes the guardrail, not yet granted access); pin the account: arn:aws:iam::<account-id>:role/x`,
        witness: `${foreign} is exempt from the Deny`,
      },
    ]);
  });

  it('an SCP statement is no door for outside callers: IfExists and set operators are no error there', async () => {
    const st = (op: string) => `{ Effect = "Allow", Action = "s3:GetObject", Resource = "*", Condition = { "${op}" = { "aws:PrincipalArn" = "${ROLE}" } } }`;
    expect((await run(orgPolicy(st('ArnLikeIfExists')))).findings).toEqual([]);
    expect((await run(orgPolicy(st('ForAllValues:ArnLike')))).findings.map((f) => [f.checkId, f.severity])).toEqual([['PA16', 'warning']]);
  });

  it('a policy document is a resource policy when it names principals or not_principals, an identity policy otherwise', async () => {
    expect((await run(document(PRINCIPALS_STAR, 'ArnLike', any))).findings).toEqual([
      {
        ...pa01Allow(any, 'x', foreign, 'arn:aws:iam::<account-id>:role/x'),
        message: pa01Allow(any, 'x', foreign, 'arn:aws:iam::<account-id>:role/x').message + OUTPUT,
      },
    ]);
    expect((await run(document(NOT_PRINCIPALS, 'ArnLike', any))).findings.map((f) => [f.checkId, f.severity])).toEqual([['PA01', 'error']]);
    expect((await run(document('', 'ArnLike', any))).findings).toEqual([]);
    const pa15 = {
      checkId: 'PA15',
      severity: 'error',
      message: `ArnLikeIfExists on aws:PrincipalArn in an Allow is true when the key is absent, and anonymous requests carry no aws:PrincipalArn; use ArnLike${OUTPUT}`,
      witness: ANON,
    };
    expect((await run(document(PRINCIPALS_STAR, 'ArnLikeIfExists', ROLE))).findings).toEqual([pa15]);
    expect((await run(document(NOT_PRINCIPALS, 'ArnLikeIfExists', ROLE))).findings).toEqual([pa15]);
    expect((await run(document('', 'ArnLikeIfExists', ROLE))).findings).toEqual([]);
  });
});

describe('principal-arn-pattern: roles the module declares (PA04, PA13)', () => {
  const role = (path: string) => `
resource "aws_iam_role" "r" {
  name = "Deployer"
  ${path ? `path = "${path}"` : ''}
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }] })
}`;
  const lintRole = async (value: string, path = '/ci/') =>
    (await run(bucket(hclAllow(`{ ArnLike = { "aws:PrincipalArn" = "${value}" } }`), role(path)))).findings;

  it('named without its path: PA04 with the full ARN and the path-agnostic pair', async () => {
    expect(await lintRole('arn:aws:iam::111122223333:role/Deployer')).toEqual([
      {
        checkId: 'PA04',
        severity: 'warning',
        message:
          'role Deployer is declared here with path "/ci/", so its ARN is arn:aws:iam::111122223333:role/ci/Deployer; "arn:aws:iam::111122223333:role/Deployer" leaves the path out and never matches — write arn:aws:iam::111122223333:role/ci/Deployer, or the pair role/Deployer and role/*/Deployer',
      },
    ]);
  });

  it('named in another case: PA13 with the ARN as declared', async () => {
    expect(await lintRole('arn:aws-us-gov:iam::111122223333:role/deployer')).toEqual([
      {
        checkId: 'PA13',
        severity: 'warning',
        message:
          'the module declares the role as "Deployer", and ARN operators compare case-sensitively, so "arn:aws-us-gov:iam::111122223333:role/deployer" never matches; write arn:aws-us-gov:iam::111122223333:role/ci/Deployer',
      },
    ]);
  });

  it('silent when the ARN is right, the role lives at "/", or the value names another role or path', async () => {
    expect(await lintRole('arn:aws:iam::111122223333:role/ci/Deployer')).toEqual([]);
    expect(await lintRole('arn:aws:iam::111122223333:role/Deployer', '')).toEqual([]);
    expect(await lintRole('arn:aws:iam::111122223333:role/Other')).toEqual([]);
    expect(await lintRole('arn:aws:iam::111122223333:role/other/role/Deployer')).toEqual([]);
    expect(await lintRole('arn:aws:iam::111122223333:user/Deployer')).toEqual([]);
    expect((await lintRole('arn:aws:iam::111122223333:role/Deployer*')).map((f) => f.checkId)).toEqual(['PA06']);
    // Any account's role of that name is PA01's, not a path question.
    expect((await lintRole('arn:aws:iam::*:role/Deployer')).map((f) => f.checkId)).toEqual(['PA01']);
  });
});

describe('principal-arn-pattern: Unknowns (--strict)', () => {
  const VARS = ['cond', 'key', 'arn', 'a', 'n', 'org', 's', 'r', 'act'].map((v) => `variable "${v}" {}`).join('\n');
  const note = (what: string) => ({
    checkId: 'UR02',
    severity: 'note',
    message: `aws_s3_bucket_policy.b.policy Statement[0] was not judged fully: ${what} stopped principal-arn-pattern; policylint cannot resolve it (--strict)`,
  });
  const strict = async (condition: string, extra = '') => {
    const res = await run(bucket(hclAllow(condition, extra), VARS), { strict: true });
    return { findings: res.findings, coverage: res.coverage };
  };

  it('a value that may name any account stops the checks, named by its text', async () => {
    expect(await strict('{ ArnLike = { "aws:PrincipalArn" = var.arn } }')).toEqual({ findings: [note('var.arn')], coverage: { statements: 1, judged: 0 } });
    expect(await strict('{ ArnLike = { "aws:PrincipalArn" = "arn:aws:iam::${var.a}:role/x" } }')).toEqual({
      findings: [note('arn:aws:iam::${var.a}:role/x')],
      coverage: { statements: 1, judged: 0 },
    });
  });

  it('a value whose account is known is judged whatever the name', async () => {
    expect(await strict('{ ArnLike = { "aws:PrincipalArn" = "arn:aws:iam::111122223333:role/${var.n}" } }')).toEqual({
      findings: [],
      coverage: { statements: 1, judged: 1 },
    });
  });

  it('an account wildcard beside an Unknown that could pin it is undecided, in an Allow and in a Deny exception', async () => {
    expect(await strict('{ ArnLike = { "aws:PrincipalArn" = "arn:aws:iam::*:role/x" }, StringEquals = { "aws:PrincipalOrgID" = var.org } }')).toEqual({
      findings: [note('var.org')],
      coverage: { statements: 1, judged: 0 },
    });
    const denyStatement = (cond: string) => `{ Effect = "Deny", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::b/*", Condition = ${cond} }`;
    const res = await run(
      bucket(denyStatement('{ ArnNotLike = { "aws:PrincipalArn" = "arn:aws:iam::*:role/x" }, StringEquals = { "aws:PrincipalOrgID" = var.org } }'), VARS),
      { strict: true },
    );
    expect({ findings: res.findings, coverage: res.coverage }).toEqual({ findings: [note('var.org')], coverage: { statements: 1, judged: 0 } });
  });

  it('a condition block it cannot read stops it; Unknowns in Sid, actions and resources do not', async () => {
    expect(await strict('var.cond')).toEqual({ findings: [note('var.cond (at Condition)')], coverage: { statements: 1, judged: 0 } });
    // Only the condition is named: who a pattern lets in does not depend on the other elements.
    expect(await strict('var.cond', ', Sid = var.s, NotAction = var.act, NotResource = var.r')).toEqual({
      findings: [note('var.cond (at Condition)')],
      coverage: { statements: 1, judged: 0 },
    });
    const res = await run(bucket(`{ Effect = "Allow", Sid = var.s, Principal = "*", Action = var.act, Resource = var.r, Condition = var.cond }`, VARS), {
      strict: true,
    });
    expect(res.findings).toEqual([note('var.cond (at Condition)')]);
    expect(await strict(`{ ArnLike = { "aws:PrincipalArn" = "${ROLE}" } }`, ', Sid = var.s, NotAction = var.act, NotResource = var.r')).toEqual({
      findings: [],
      coverage: { statements: 1, judged: 1 },
    });
  });

  it('a policy-document condition whose Unknown key cannot be aws:PrincipalArn is judged; one that can is not', async () => {
    const doc = (variable: string) => ({
      'main.tf': `
variable "k" {}
data "aws_iam_policy_document" "d" {
  statement {
    ${PRINCIPALS_STAR}
    actions   = ["s3:GetObject"]
    resources = ["*"]
    condition {
      test     = "StringEquals"
      variable = ${variable}
      values   = ["x"]
    }
  }
}
resource "aws_s3_bucket_policy" "b" {
  bucket = "b"
  policy = data.aws_iam_policy_document.d.json
}
`,
    });
    const judged = async (variable: string) => (await run(doc(variable), { strict: true })).coverage.judged;
    expect(await judged('"${var.k}:sub"')).toBe(1);
    expect(await judged('"aws:${var.k}"')).toBe(0);
    expect(await judged('var.k')).toBe(0);
  });
});
