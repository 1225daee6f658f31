import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../src/engine/lint.js';
import { RULES } from '../rules/index.js';

/** group-mfa as a user meets it: one small Terraform module linted in-process per test (with
 * --strict, so that what the rule could not judge is named), and what it reports per group —
 * check id, severity, full message — and which statements it counted as judged. The verdicts follow
 * the rule's doc (rules/group-mfa.md) and iam-semantics §6.1–§6.3: a broad Deny on
 * `BoolIfExists aws:MultiFactorAuthPresent false` (or `Bool false` plus `Null true`), or every
 * Allow gated by `Bool ... true`, enforces MFA; the weaker forms are named as warnings. */

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The rule, and the engine's `unresolved` notes that name, under --strict, what it left undecided. */
const only = RULES.filter((r) => r.meta.id === 'group-mfa' || r.meta.id === 'unresolved');

async function run(files: Record<string, string>, strict = true) {
  const dir = mkdtempSync(join(tmpdir(), 'policylint-gm-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const res = await lint({ cwd: dir, paths: ['.'], rules: only, ruleOptions: { trustedAccounts: [], strict } });
  // A rule that throws is reported as an internal error, not as a finding: none is expected here.
  expect(res.internalErrors).toEqual([]);
  return {
    findings: res.findings.map((f) => ({ checkId: f.checkId, severity: f.severity, message: f.message })),
    fingerprints: new Map(res.findings.map((f) => [f.message, f.fingerprint])),
    coverage: res.coverage,
  };
}

const VARS = 'variable "actions" {}\nvariable "sid" {}\nvariable "bucket" {}\nvariable "mfa" {}\nvariable "arn" {}\n';
const group = (name: string) => `resource "aws_iam_group" "${name}" {\n  name = "${name}"\n}\n`;
/** An inline policy of group `g`, named `name`, with these statements (HCL object syntax). */
const inline = (g: string, statements: string[], name = g) =>
  `resource "aws_iam_group_policy" "${name}" {\n  group  = aws_iam_group.${g}.name\n  policy = jsonencode({ Version = "2012-10-17", Statement = [\n    ${statements.join(',\n    ')}\n  ] })\n}\n`;
const attach = (g: string, name: string, arn: string) =>
  `resource "aws_iam_group_policy_attachment" "${name}" {\n  group      = aws_iam_group.${g}.name\n  policy_arn = ${arn}\n}\n`;
const user = (name: string, { key = false, login = false } = {}) =>
  `resource "aws_iam_user" "${name}" {\n  name = "${name}"\n}\n` +
  (key ? `resource "aws_iam_access_key" "${name}" {\n  user = aws_iam_user.${name}.name\n}\n` : '') +
  (login ? `resource "aws_iam_user_login_profile" "${name}" {\n  user = aws_iam_user.${name}.name\n}\n` : '');
const members = (g: string, users: string[], name = g) =>
  `resource "aws_iam_group_membership" "${name}" {\n  name  = "${name}"\n  group = aws_iam_group.${g}.name\n  users = [${users.map((u) => `aws_iam_user.${u}.name`).join(', ')}]\n}\n`;
const lintTf = (...blocks: string[]) => run({ 'main.tf': VARS + blocks.join('') });

const MFA = '"aws:MultiFactorAuthPresent"';
const ALLOW_ALL = '{ Effect = "Allow", Action = "*", Resource = "*" }';
const deny = (condition: string, scope = 'Action = "*", Resource = "*"') => `{ Effect = "Deny", ${scope}, Condition = ${condition} }`;
const allow = (condition: string, scope = 'Action = "s3:GetObject", Resource = "*"') => `{ Effect = "Allow", ${scope}, Condition = ${condition} }`;
const STRONG = deny(`{ BoolIfExists = { ${MFA} = "false" } }`);
const BOOL_FALSE = deny(`{ Bool = { ${MFA} = "false" } }`);

const FIX =
  ': its members can act with a password or access key alone; attach a Deny of every action except MFA setup with "BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}';
const gm01 = (g: string, what: string) => ({ checkId: 'GM01', severity: 'error', message: `aws_iam_group.${g} ${what}${FIX}` });
const NONE_OF_ONE = 'has 1 policy, none of which requires MFA';
const GM02 = {
  checkId: 'GM02',
  severity: 'warning',
  message:
    'aws_iam_group.g denies only when "Bool aws:MultiFactorAuthPresent" is "false", which long-term access keys bypass: the key is absent for them; use "BoolIfExists" in that Deny',
};
const GM03 = {
  checkId: 'GM03',
  severity: 'warning',
  message:
    'aws_iam_group.g gates its Allow with "BoolIfExists aws:MultiFactorAuthPresent true", which requires MFA only for console and temporary credentials and lets access keys in without it; use "Bool", or a Deny with "BoolIfExists ... false"',
};
const GM04 = {
  checkId: 'GM04',
  severity: 'warning',
  message:
    'aws_iam_group.g uses "Null aws:MultiFactorAuthPresent false", which allows every temporary credential whether or not MFA was used; use "Bool ... true" or a Deny with "BoolIfExists ... false"',
};
const GM05 = {
  checkId: 'GM05',
  severity: 'warning',
  message:
    'aws_iam_group.g mentions aws:MultiFactorAuthPresent, but that condition does not gate the group\'s permissions; add a Deny of every action with "BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}',
};

describe('group-mfa: what enforces MFA (§6.3), silent and judged', () => {
  it.each([
    ['a broad Deny on BoolIfExists false', [ALLOW_ALL, STRONG]],
    ['the key in another case, the value a JSON boolean', [ALLOW_ALL, deny('{ BoolIfExists = { "AWS:multifactorauthpresent" = false } }')]],
    ['a Deny whose Action list holds "*"', [ALLOW_ALL, deny(`{ BoolIfExists = { ${MFA} = "false" } }`, 'Action = ["iam:*", "*"], Resource = "*"')]],
    ['a Deny whose Resource list holds "*"', [ALLOW_ALL, deny(`{ BoolIfExists = { ${MFA} = "false" } }`, 'Action = "*", Resource = ["arn:aws:s3:::b", "*"]')]],
    [
      "AWS's NotAction Deny (DenyAllExceptListedIfNoMFA)",
      [ALLOW_ALL, deny(`{ BoolIfExists = { ${MFA} = "false" } }`, 'NotAction = ["iam:EnableMFADevice", "sts:GetSessionToken"], Resource = "*"')],
    ],
    ['Deny Bool false and Deny Null true, in two statements', [ALLOW_ALL, BOOL_FALSE, deny(`{ Null = { ${MFA} = "true" } }`)]],
    [
      'a Deny on BoolIfExists false and Null true (requests without the key) with a Deny on Bool false',
      [ALLOW_ALL, BOOL_FALSE, deny(`{ BoolIfExists = { ${MFA} = "false" }, Null = { ${MFA} = "true" } }`)],
    ],
    [
      'Deny Bool false, and Deny Null true on the MFA key and on aws:MultiFactorAuthAge',
      [ALLOW_ALL, BOOL_FALSE, deny(`{ Null = { ${MFA} = "true", "aws:MultiFactorAuthAge" = "true" } }`)],
    ],
    [
      'every Allow gated by Bool true',
      [allow(`{ Bool = { ${MFA} = "true" } }`), allow(`{ Bool = { ${MFA} = ["true"] } }`, 'Action = "ec2:*", Resource = "*"')],
    ],
    [
      'every Allow gated by Bool true, next to a Deny with no MFA condition (a Deny grants nothing to gate)',
      [allow(`{ Bool = { ${MFA} = "true" } }`), '{ Effect = "Deny", Action = "iam:DeleteUser", Resource = "*" }'],
    ],
  ])('%s', async (_, statements) => {
    const { findings, coverage } = await lintTf(group('g'), inline('g', statements));
    expect(findings).toEqual([]);
    expect(coverage).toEqual({ statements: statements.length, judged: statements.length });
  });

  it('an enforced group is judged whatever the Unknowns of its other statements', async () => {
    const { findings, coverage } = await lintTf(
      group('g'),
      inline('g', [
        STRONG,
        '{ Sid = var.sid, Effect = "Allow", Action = var.actions, Resource = "*", Condition = { StringEquals = { "aws:RequestedRegion" = var.bucket } } }',
      ]),
    );
    expect(findings).toEqual([]);
    expect(coverage).toEqual({ statements: 2, judged: 2 });
  });
});

describe('group-mfa: no MFA (GM01)', () => {
  it('a group with no policy at all', async () => {
    expect((await lintTf(group('g'))).findings).toEqual([gm01('g', 'has no policy that requires MFA')]);
  });

  it('one policy, two policies, and AWS managed policies counted and named', async () => {
    const s3 = '{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }';
    const { findings } = await lintTf(
      group('one'),
      inline('one', [s3]),
      group('two'),
      inline('two', [s3]),
      inline('two', [s3], 'two_more'),
      group('managed'),
      attach('managed', 'ro', '"arn:aws:iam::aws:policy/ReadOnlyAccess"'),
      attach('managed', 'pw', '"arn:aws:iam::aws:policy/IAMUserChangePassword"'),
      inline('managed', [s3]),
    );
    expect(findings).toEqual([
      gm01('one', NONE_OF_ONE),
      gm01('two', 'has 2 policies, none of which requires MFA'),
      gm01('managed', 'has 3 policies (AWS managed ReadOnlyAccess, IAMUserChangePassword does not enforce MFA), none of which requires MFA'),
    ]);
  });

  it.each([
    ['a Deny on BoolIfExists false of another key', [ALLOW_ALL, deny('{ BoolIfExists = { "aws:SecureTransport" = "false" } }')]],
    ['a Deny on Bool false of another key', [ALLOW_ALL, deny('{ Bool = { "aws:SecureTransport" = "false" } }')]],
    ['an Allow gated by Bool true of another key', [allow('{ Bool = { "aws:SecureTransport" = "true" } }')]],
    ['an Allow gated by BoolIfExists true of another key', [allow('{ BoolIfExists = { "aws:SecureTransport" = "true" } }')]],
    ['an Allow with a condition that does not name MFA', [allow('{ StringEquals = { "aws:RequestedRegion" = "eu-west-1" } }')]],
  ])('%s is no MFA condition', async (_, statements) => {
    const { findings, coverage } = await lintTf(group('g'), inline('g', statements));
    expect(findings).toEqual([gm01('g', NONE_OF_ONE)]);
    expect(coverage).toEqual({ statements: statements.length, judged: statements.length });
  });
});

describe('group-mfa: weaker forms, named (GM02–GM05)', () => {
  it('GM02: Deny on Bool false alone, which access keys bypass', async () => {
    expect((await lintTf(group('g'), inline('g', [ALLOW_ALL, BOOL_FALSE]))).findings).toEqual([GM02]);
  });

  it('GM02: Bool false next to another key of the same Deny (aws:ViaAWSService, so service calls pass)', async () => {
    const both = deny(`{ Bool = { ${MFA} = "false", "aws:ViaAWSService" = "false" } }`);
    expect((await lintTf(group('g'), inline('g', [ALLOW_ALL, both]))).findings).toEqual([GM02]);
  });

  it('GM02: a Null true Deny on another key does not complete the pair', async () => {
    const vpc = deny('{ Null = { "aws:SourceVpc" = "true" } }');
    expect((await lintTf(group('g'), inline('g', [ALLOW_ALL, BOOL_FALSE, vpc]))).findings).toEqual([GM02]);
  });

  it('GM03: an Allow gated by BoolIfExists true', async () => {
    expect((await lintTf(group('g'), inline('g', [allow(`{ BoolIfExists = { ${MFA} = "true" } }`)]))).findings).toEqual([GM03]);
  });

  it('GM04: an Allow on Null false', async () => {
    expect((await lintTf(group('g'), inline('g', [allow(`{ Null = { ${MFA} = "false" } }`)]))).findings).toEqual([GM04]);
  });

  it.each([
    ['a Deny on BoolIfExists false of some actions only', [ALLOW_ALL, deny(`{ BoolIfExists = { ${MFA} = "false" } }`, 'Action = "s3:*", Resource = "*"')]],
    [
      'a Deny on BoolIfExists false of one bucket only',
      [ALLOW_ALL, deny(`{ BoolIfExists = { ${MFA} = "false" } }`, 'Action = "*", Resource = "arn:aws:s3:::b"')],
    ],
    ['a Deny with no Action', [ALLOW_ALL, deny(`{ BoolIfExists = { ${MFA} = "false" } }`, 'Resource = "*"')]],
    ['a Deny on Null true alone (only long-term keys)', [ALLOW_ALL, deny(`{ Null = { ${MFA} = "true" } }`)]],
    ['a Deny on Null false (temporary credentials, MFA or not)', [ALLOW_ALL, deny(`{ Null = { ${MFA} = "false" } }`)]],
    [
      'Bool false and Null true in one Deny: an AND of "false" and "absent", true of no request',
      [ALLOW_ALL, deny(`{ Bool = { ${MFA} = "false" }, Null = { ${MFA} = "true" } }`)],
    ],
    [
      'BoolIfExists false with Null true in one Deny: it hits only requests without the key',
      [ALLOW_ALL, deny(`{ BoolIfExists = { ${MFA} = "false" }, Null = { ${MFA} = "true" } }`)],
    ],
    ['a Deny on a set operator, which the single-valued key does not take (§2.6)', [ALLOW_ALL, deny(`{ "ForAnyValue:BoolIfExists" = { ${MFA} = "false" } }`)]],
    ['a Deny whose MFA condition lists no value', [ALLOW_ALL, deny(`{ BoolIfExists = { ${MFA} = [] } }`)]],
    ['an Allow on BoolIfExists false, which is no Deny', [allow(`{ BoolIfExists = { ${MFA} = "false" } }`, 'Action = "*", Resource = "*"')]],
    ['an Allow on Bool "true" or "false", which passes either way', [allow(`{ Bool = { ${MFA} = ["true", "false"] } }`)]],
    ['an Allow on Null true, which only requests without MFA pass', [allow(`{ Null = { ${MFA} = "true" } }`)]],
    ['one Allow of two gated by Bool true', [allow(`{ Bool = { ${MFA} = "true" } }`), '{ Effect = "Allow", Action = "ec2:*", Resource = "*" }']],
  ])('GM05: %s', async (_, statements) => {
    const { findings, coverage } = await lintTf(group('g'), inline('g', statements));
    expect(findings).toEqual([GM05]);
    expect(coverage).toEqual({ statements: statements.length, judged: statements.length });
  });
});

describe('group-mfa: nothing to protect', () => {
  it.each([
    ['MFA setup and password change', ['{ Effect = "Allow", Action = ["iam:ChangePassword", "iam:EnableMFADevice", "sts:GetSessionToken"], Resource = "*" }']],
    ['iam:ListVirtualMFADevices, written as a wildcard that names no other action', ['{ Effect = "Allow", Action = "iam:ListVirtualMFA*", Resource = "*" }']],
  ])('a group granting only %s is silent', async (_, statements) => {
    expect((await lintTf(group('g'), inline('g', statements))).findings).toEqual([]);
  });

  it('the AWS managed IAMUserChangePassword alone is silent', async () => {
    expect((await lintTf(group('g'), attach('g', 'pw', '"arn:aws:iam::aws:policy/IAMUserChangePassword"'))).findings).toEqual([]);
  });

  it.each([
    ['a wildcard reaching beyond self-service (iam:Get*)', '{ Effect = "Allow", Action = "iam:Get*", Resource = "*" }'],
    ['iam:ListMFAD*, which names iam:ListMFADeviceTags too', '{ Effect = "Allow", Action = "iam:ListMFAD*", Resource = "*" }'],
    ['iam:CreateAccessKey', '{ Effect = "Allow", Action = ["iam:ChangePassword", "iam:CreateAccessKey"], Resource = "*" }'],
    ['"*"', '{ Effect = "Allow", Action = "*", Resource = "*" }'],
    ['NotAction', '{ Effect = "Allow", NotAction = "iam:ChangePassword", Resource = "*" }'],
    ['an Allow with no Action', '{ Effect = "Allow", Resource = "*" }'],
    ['an action iam-data does not know', '{ Effect = "Allow", Action = "iam:ChangePasswordNow", Resource = "*" }'],
    ['an action of a service AWS does not have', '{ Effect = "Allow", Action = "iamm:ChangePassword", Resource = "*" }'],
  ])('%s brings the finding back', async (_, statement) => {
    expect((await lintTf(group('g'), inline('g', [statement]))).findings).toEqual([gm01('g', NONE_OF_ONE)]);
  });

  it('a self-service group enforces nothing for its members in other groups', async () => {
    const { findings } = await lintTf(
      user('alice', { login: true }),
      group('self'),
      inline('self', ['{ Effect = "Allow", Action = "iam:ChangePassword", Resource = "*" }']),
      members('self', ['alice']),
      group('g'),
      inline('g', [ALLOW_ALL]),
      members('g', ['alice']),
    );
    expect(findings).toEqual([gm01('g', NONE_OF_ONE)]);
  });
});

describe('group-mfa: members (GM07, GM08)', () => {
  const gm07 = (g: string, who: string) => ({
    checkId: 'GM07',
    severity: 'note',
    message: `aws_iam_group.${g} requires no MFA, and its members (${who}) are machine users, with access keys and no console login: MFA cannot protect an access key, and an MFA deny would block every call they make; move them to a role assumed through OIDC, with no long-term key`,
  });
  const gm08 = (g: string, covered: string) => ({
    checkId: 'GM08',
    severity: 'note',
    message: `aws_iam_group.${g} requires no MFA itself, but every member is also in a group that enforces it (${covered}), and that Deny applies to all their requests; a user added to this group alone would not be covered, so attach the same MFA policy here`,
  });

  it('GM07: every member has an access key and no console login', async () => {
    const { findings } = await lintTf(
      user('ci', { key: true }),
      user('deploy', { key: true }),
      group('g'),
      inline('g', [ALLOW_ALL]),
      members('g', ['ci', 'deploy']),
    );
    expect(findings).toEqual([gm07('g', 'aws_iam_user.ci, aws_iam_user.deploy')]);
  });

  it.each([
    ['one member also signs in to the console', { key: true, login: true }],
    ['one member has no access key', {}],
  ])('GM01 when %s', async (_, second) => {
    const { findings } = await lintTf(user('ci', { key: true }), user('bob', second), group('g'), inline('g', [ALLOW_ALL]), members('g', ['ci', 'bob']));
    expect(findings).toEqual([gm01('g', NONE_OF_ONE)]);
  });

  it('GM08: every member is also in a group that enforces MFA', async () => {
    const { findings } = await lintTf(
      user('alice', { login: true }),
      user('bob', { login: true }),
      group('mfa'),
      inline('mfa', [STRONG]),
      members('mfa', ['alice', 'bob']),
      group('g'),
      inline('g', [ALLOW_ALL]),
      members('g', ['alice', 'bob']),
    );
    expect(findings).toEqual([gm08('g', 'aws_iam_user.alice in aws_iam_group.mfa, aws_iam_user.bob in aws_iam_group.mfa')]);
  });

  it('GM01 when only some members are covered, or the other group enforces nothing either', async () => {
    const { findings } = await lintTf(
      user('alice', { login: true }),
      user('bob', { login: true }),
      group('mfa'),
      inline('mfa', [STRONG]),
      members('mfa', ['alice']),
      group('g'),
      inline('g', [ALLOW_ALL]),
      members('g', ['alice', 'bob']),
      group('h'),
      inline('h', [ALLOW_ALL]),
      members('h', ['bob']),
    );
    expect(findings).toEqual([gm01('g', NONE_OF_ONE), gm01('h', NONE_OF_ONE)]);
  });

  it('members and groups of another module count: a group of the child covers the root’s user (GM08)', async () => {
    const { findings } = await run({
      'main.tf': `module "people" {\n  source = "./people"\n}\n${group('g')}${inline('g', [ALLOW_ALL])}${user('local', { login: true })}
resource "aws_iam_user_group_membership" "m" {\n  user   = module.people.user_name\n  groups = [aws_iam_group.g.name, module.people.group_name]\n}
resource "aws_iam_user_group_membership" "local" {\n  user   = aws_iam_user.local.name\n  groups = [module.people.group_name, aws_iam_group.g.name]\n}\n`,
      'people/main.tf': `${user('p', { key: true })}${group('other')}${inline('other', [STRONG])}
output "user_name" {\n  value = aws_iam_user.p.name\n}\noutput "group_name" {\n  value = aws_iam_group.other.name\n}\n`,
    });
    // Both members of g are also in the child's group "other", which enforces MFA.
    expect(findings).toEqual([
      {
        checkId: 'GM08',
        severity: 'note',
        message:
          'aws_iam_group.g requires no MFA itself, but every member is also in a group that enforces it (module.people.aws_iam_user.p in module.people.aws_iam_group.other, aws_iam_user.local in module.people.aws_iam_group.other), and that Deny applies to all their requests; a user added to this group alone would not be covered, so attach the same MFA policy here',
      },
    ]);
  });
});

describe('group-mfa: Unknowns (GM06 and the undecided statements)', () => {
  const stopped = (n: number, what: string) =>
    `aws_iam_group_policy.g.policy Statement[${n}] was not judged fully: ${what} stopped group-mfa; policylint cannot resolve it (--strict)`;

  it('an Unknown action: GM06 names the statement, the UR02 note names only what is not Sid or Resource', async () => {
    const statements = [
      '{ Sid = var.sid, Effect = "Allow", Action = var.actions, Resource = var.bucket }',
      '{ Sid = var.sid, Effect = "Allow", Action = "s3:GetObject", Resource = [var.bucket] }',
      '{ Effect = "Allow", Action = "s3:GetObject", NotResource = [var.bucket] }',
      '{ Effect = "Allow", Action = var.actions, NotResource = var.bucket }',
    ];
    const strict = await lintTf(group('g'), inline('g', statements));
    expect(strict.findings).toEqual([
      {
        checkId: 'GM06',
        severity: 'note',
        message:
          'aws_iam_group.g: whether its policies enforce MFA depends on Statement[0] of aws_iam_group_policy.g, which holds a value policylint cannot resolve (--strict)',
      },
      { checkId: 'UR02', severity: 'note', message: stopped(0, 'var.actions (at Action)') },
      { checkId: 'UR02', severity: 'note', message: stopped(3, 'var.actions (at Action)') },
    ]);
    expect(strict.coverage).toEqual({ statements: 4, judged: 2 });
    expect(await run({ 'main.tf': VARS + group('g') + inline('g', statements) }, false)).toMatchObject({
      findings: [],
      coverage: { statements: 4, judged: 2 },
    });
  });

  it('an Unknown in a condition key that only starts with "Resource" is no Resource', async () => {
    const { findings } = await lintTf(group('g'), inline('g', [allow('{ StringEquals = { ResourceAccount = var.bucket } }')]));
    expect(findings.map((f) => f.checkId)).toEqual(['GM06', 'UR02']);
  });

  it('an Unknown MFA value: undecided, not a crash', async () => {
    const { findings } = await lintTf(group('g'), inline('g', [ALLOW_ALL, deny(`{ BoolIfExists = { ${MFA} = var.mfa } }`)]));
    expect(findings).toEqual([
      {
        checkId: 'GM06',
        severity: 'note',
        message:
          'aws_iam_group.g: whether its policies enforce MFA depends on Statement[1] of aws_iam_group_policy.g, which holds a value policylint cannot resolve (--strict)',
      },
      { checkId: 'UR02', severity: 'note', message: stopped(1, 'var.mfa (at Condition.BoolIfExists["aws:MultiFactorAuthPresent"])') },
    ]);
  });

  it('an Unknown policy ARN first, then a statement: GM06 names the first', async () => {
    const { findings } = await lintTf(group('g'), attach('g', 'a', 'var.arn'), inline('g', ['{ Effect = "Allow", Action = var.actions, Resource = "*" }']));
    expect(findings[0]).toEqual({
      checkId: 'GM06',
      severity: 'note',
      message: 'aws_iam_group.g: whether its policies enforce MFA depends on the policy ARN var.arn (--strict)',
    });
  });

  it('a policy of a group another module defines is undecided for group-mfa; a policy of no group is not its to judge', async () => {
    const policy = (kind: string, name: string, more = '') =>
      `resource "${kind}" "${name}" {\n${more}  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = var.actions, Resource = "*" }] })\n}\n`;
    const { findings, coverage } = await run({
      'main.tf': `${VARS}module "people" {\n  source = "./people"\n}\n${group('local')}${inline('local', [ALLOW_ALL])}
${policy('aws_iam_group_policy', 'p', '  group  = module.people.group_name\n')}${policy('aws_iam_policy', 'free')}
resource "aws_iam_group_policy" "q" {\n  group  = module.people.group_name\n  policy = jsonencode({ Version = "2012-10-17", Statement = [${ALLOW_ALL}] })\n}\n`,
      'people/main.tf': `${group('other')}\noutput "group_name" {\n  value = aws_iam_group.other.name\n}\n`,
    });
    expect(findings.filter((f) => f.checkId === 'UR02')).toEqual([
      {
        checkId: 'UR02',
        severity: 'note',
        message:
          'aws_iam_group_policy.p.policy Statement[0] was not judged fully: var.actions (at Action) stopped group-mfa; policylint cannot resolve it (--strict)',
      },
    ]);
    expect(coverage).toEqual({ statements: 4, judged: 3 });
  });
});

describe('group-mfa: fingerprints follow the group, not its place in the file', () => {
  it('two groups of each note and finding keep their fingerprints when written in the other order', async () => {
    const blocks = (order: 'ab' | 'ba') => {
      const out: string[] = [];
      for (const s of order === 'ab' ? ['a', 'b'] : ['b', 'a']) {
        out.push(
          group(`none_${s}`),
          group(`unknown_${s}`),
          inline(`unknown_${s}`, ['{ Effect = "Allow", Action = var.actions, Resource = "*" }']),
          user(`ci_${s}`, { key: true }),
          group(`machine_${s}`),
          inline(`machine_${s}`, [ALLOW_ALL]),
          members(`machine_${s}`, [`ci_${s}`]),
          user(`person_${s}`, { login: true }),
          group(`mfa_${s}`),
          inline(`mfa_${s}`, [STRONG]),
          members(`mfa_${s}`, [`person_${s}`]),
          group(`covered_${s}`),
          inline(`covered_${s}`, [ALLOW_ALL]),
          members(`covered_${s}`, [`person_${s}`]),
        );
      }
      return out;
    };
    const before = (await lintTf(...blocks('ab'))).fingerprints;
    const after = (await lintTf(...blocks('ba'))).fingerprints;
    const who = (m: string) => m.split(' ')[0];
    expect([...before.keys()].map(who).sort()).toEqual(
      [
        ...['covered', 'machine', 'none'].flatMap((g) => [`aws_iam_group.${g}_a`, `aws_iam_group.${g}_b`]),
        ...['a', 'b'].flatMap((s) => [`aws_iam_group.unknown_${s}:`, `aws_iam_group_policy.unknown_${s}.policy`]),
      ].sort(),
    );
    expect(after).toEqual(before);
  });
});
