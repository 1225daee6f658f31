import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../src/engine/lint.js';
import { RULES, rulesByIds } from '../rules/index.js';
import { unresolved } from '../rules/engine-rules.js';

/** policy-grammar as a user meets it: one small policy linted in-process per test (with --strict,
 * so that what the rule could not judge is named), and the findings it reports — check id,
 * severity, full message. The expected texts follow the rule's doc (rules/policy-grammar.md) and
 * iam-semantics §2.1, §2.2, §2.6, §9: a name that does not exist grants nothing in an Allow and
 * protects nothing in a Deny. */

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const only = RULES.filter((r) => r.meta.id === 'policy-grammar' || r.meta.id === 'unresolved');

async function run(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'policylint-gr-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const res = await lint({ cwd: dir, paths: ['.'], rules: only, ruleOptions: { trustedAccounts: [], strict: true } });
  // A rule that throws is reported as an internal error, not as a finding: none is expected here.
  expect(res.internalErrors).toEqual([]);
  return {
    findings: res.findings.map((f) => ({ checkId: f.checkId, severity: f.severity, message: f.message })),
    fingerprints: new Map(res.findings.map((f) => [f.message, f.fingerprint])),
    coverage: res.coverage,
  };
}

type Statement = Record<string, unknown>;
/** IAM reads service prefixes and action names case-insensitively (iam-semantics §2.1), so a
 * spelling in any case must get the same verdict. The rule remembers each action as written for
 * the whole run; a fresh spelling per run also keeps that memo from answering for the code under
 * test (mutation testing runs every test many times in one process). */
const anyCase = (...names: string[]) => fc.tuple(...names.map((n) => fc.mixedCase(fc.constant(n))));
const few = { numRuns: 4 };

/** A standalone JSON identity policy. */
const lintJson = (...statements: Statement[]) => run({ 'policy.json': JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2) });
/** A Terraform identity policy, where `var.a`, `var.r` and `var.e` are Unknowns. */
const lintHcl = (statement: string) =>
  run({
    'main.tf': `variable "a" {}\nvariable "r" {}\nvariable "e" {}\nresource "aws_iam_policy" "x" {\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [${statement}]\n  })\n}\n`,
  });
const findings = async (...statements: Statement[]) => (await lintJson(...statements)).findings;

const ALLOW = 'so the Allow grants nothing through it (a dead permission)';
const DENY = 'so the Deny protects nothing through it: the deny the policy relies on does not exist';
const NEVER_ALLOW = 'the condition is never true, so the Allow grants nothing (a dead permission)';
const NEVER_DENY = 'the condition is never true, so the Deny protects nothing: the deny the policy relies on does not exist';
const SAR = 'in the Service Authorization Reference';
const ECR_REPO = 'arn:aws:ecr:${Region}:${Account}:repository/${RepositoryName}';
const cond = (effect: 'Allow' | 'Deny', operator: string, key: string, action: string | string[] = 'ecr:PutImage'): Statement => ({
  Effect: effect,
  Action: action,
  Resource: '*',
  Condition: { [operator]: { [key]: 'x' } },
});

describe('policy-grammar: actions (GR01–GR03)', () => {
  it('GR01: a service prefix no AWS service has, with the closest real service', async () => {
    expect(await findings({ Effect: 'Allow', Action: 'ecrr:GetAuthorizationToken', Resource: '*' })).toEqual([
      {
        checkId: 'GR01',
        severity: 'warning',
        message: `"ecrr:GetAuthorizationToken": no AWS service has the prefix "ecrr" ${SAR}, ${ALLOW}; did you mean ecr:GetAuthorizationToken?`,
      },
    ]);
  });

  it('GR02 in a Deny is an error, and names the closest action and the one sharing the longest prefix', async () => {
    expect(await findings({ Effect: 'Deny', Action: ['ecr:BatchImportLayerAvailability'], Resource: '*' })).toEqual([
      {
        checkId: 'GR02',
        severity: 'error',
        message: `"ecr:BatchImportLayerAvailability": ecr has no action of that name (it has 60) ${SAR}, ${DENY}; did you mean ecr:BatchCheckLayerAvailability or ecr:BatchImportUpstreamImage?`,
      },
    ]);
  });

  it('GR02 in NotAction of an Allow: the action meant to be left out is granted', async () => {
    expect(await findings({ Effect: 'Allow', NotAction: 'ecr:BatchImportLayerAvailability', Resource: '*' })).toEqual([
      {
        checkId: 'GR02',
        severity: 'error',
        message: `"ecr:BatchImportLayerAvailability": ecr has no action of that name (it has 60) ${SAR}, so NotAction excludes nothing and the Allow grants what it was meant to leave out; did you mean ecr:BatchCheckLayerAvailability or ecr:BatchImportUpstreamImage?`,
      },
    ]);
  });

  it('GR03: a pattern matching none of the service actions suggests actions to list, without a question mark', async () => {
    expect(await findings({ Effect: 'Allow', Action: 'ecr:DeleteRepo*Image', Resource: '*' })).toEqual([
      {
        checkId: 'GR03',
        severity: 'warning',
        message: `"ecr:DeleteRepo*Image": it matches none of the 60 ecr actions ${SAR}, ${ALLOW}; list the actions meant, e.g. ecr:DeleteRepository`,
      },
    ]);
  });

  it('a name too long to have a close real one is reported without a suggestion', async () => {
    const name = `ecr:${'X'.repeat(140)}`;
    expect(await findings({ Effect: 'Allow', Action: name, Resource: '*' })).toEqual([
      { checkId: 'GR02', severity: 'warning', message: `"${name}": ecr has no action of that name (it has 60) ${SAR}, ${ALLOW}` },
    ]);
  });

  it('names up to 2048 characters (the longest ARN) are judged; longer ones are not', async () => {
    const longest = `ecr:${'Q'.repeat(2044)}`;
    expect((await findings({ Effect: 'Allow', Action: longest, Resource: '*' })).map((f) => f.checkId)).toEqual(['GR02']);
    expect(await findings({ Effect: 'Allow', Action: `${longest}Q`, Resource: '*' })).toEqual([]);
  });

  it('"*", names without a service prefix and service wildcards are not names to look up', async () => {
    await fc.assert(
      fc.asyncProperty(anyCase('nocolon', ':GetObject', 's*:GetObject', 'ecr:*'), async (names) => {
        expect(await findings({ Effect: 'Allow', Action: ['*', ...names], Resource: '*' })).toEqual([]);
      }),
      few,
    );
  });

  it('each misspelt action is a finding of its own, whose fingerprint follows its value', async () => {
    const a = { Effect: 'Allow', Action: ['ecrr:Get', 'ecrx:Put'], Resource: '*' };
    const before = await lintJson(a);
    const after = await lintJson({ ...a, Action: ['ecrx:Put', 'ecrr:Get'] });
    expect(before.findings.map((f) => f.message)).toEqual([
      `"ecrr:Get": no AWS service has the prefix "ecrr" ${SAR}, ${ALLOW}; did you mean ecr:Get?`,
      `"ecrx:Put": no AWS service has the prefix "ecrx" ${SAR}, ${ALLOW}; did you mean ecr:Put?`,
    ]);
    expect(new Set(before.fingerprints.values()).size).toBe(2);
    expect(after.fingerprints).toEqual(before.fingerprints);
  });

  it('an action holding a Terraform-style variable has no name to judge', async () => {
    const { findings: found, coverage } = await lintJson({ Effect: 'Allow', Action: 'ecr:Get${var.x}', Resource: '*' });
    expect(found).toEqual([]);
    expect(coverage).toEqual({ statements: 1, judged: 1 });
  });
});

describe('policy-grammar: condition keys (GR04, GR05)', () => {
  it('GR04 on an aws: key says it is not a global key, and suggests global ones', async () => {
    expect(await findings(cond('Deny', 'StringEquals', 'aws:PrincipalTagg/x'))).toEqual([
      {
        checkId: 'GR04',
        severity: 'error',
        message: `aws:PrincipalTagg/x is not a global condition key, so it is never in the request; ${NEVER_DENY}; did you mean aws:PrincipalArn or aws:PrincipalTag/tag-key?`,
      },
    ]);
  });

  it('GR04 on an aws: key far from every documented one is a note: AWS sets a few keys it does not document (aws:ARN)', async () => {
    expect(await findings(cond('Allow', 'StringEquals', 'aws:ARN', 'ec2:TerminateInstances'))).toEqual([
      {
        checkId: 'GR04',
        severity: 'note',
        message: `aws:ARN is not a global condition key AWS documents: where AWS does not set it, ${NEVER_ALLOW}; rely on a documented key, or check that requests carry this one`,
      },
    ]);
    // A typo stays a warning with its claim: a few edits from aws:SecureTransport.
    expect(await findings(cond('Allow', 'Bool', 'aws:SecureTransprot', 's3:GetObject'))).toEqual([
      expect.objectContaining({ checkId: 'GR04', severity: 'warning', message: expect.stringContaining('so it is never in the request') }),
    ]);
  });

  it("GR04 on a service key, when the statement's actions are known", async () => {
    expect(await findings(cond('Allow', 'StringEquals', 's3:x-amz-server-side-encryptionn', 's3:GetObject'))).toEqual([
      {
        checkId: 'GR04',
        severity: 'warning',
        message: `s3:x-amz-server-side-encryptionn is neither global nor a key of s3, and none of this statement's actions lists it, so it is never in the request; ${NEVER_ALLOW}; did you mean s3:x-amz-server-side-encryption?`,
      },
    ]);
  });

  it('GR04 on a service key, when the actions are not known ("*"): no action lists it', async () => {
    expect(await findings(cond('Allow', 'StringEquals', 's3:x-amz-server-side-encryptionn', '*'))).toEqual([
      {
        checkId: 'GR04',
        severity: 'warning',
        message: `s3:x-amz-server-side-encryptionn is neither global nor a key of s3, and no action lists it, so it is never in the request; ${NEVER_ALLOW}; did you mean s3:x-amz-server-side-encryption?`,
      },
    ]);
  });

  it('GR04 without a suggestion when the key is too long to have a close one', async () => {
    const key = `s3:${'x'.repeat(140)}`;
    expect(await findings(cond('Allow', 'StringEquals', key, '*'))).toEqual([
      {
        checkId: 'GR04',
        severity: 'warning',
        message: `${key} is neither global nor a key of s3, and no action lists it, so it is never in the request; ${NEVER_ALLOW}`,
      },
    ]);
  });

  it('never suggests a documented key template (with <…> or ${…}) as a key to write', async () => {
    const [f] = await findings(cond('Allow', 'StringEquals', 's3:ExistingObjectTagg/x', 's3:GetObject'));
    expect(f.checkId).toBe('GR04');
    expect(f.message).toMatch(/; did you mean s3:[A-Za-z-]+\?$/);
    expect(f.message).not.toMatch(/[<$]/);
  });

  it('keys up to 256 characters are judged; longer ones are not', async () => {
    const key = `ecr:${'q'.repeat(252)}`;
    expect((await findings(cond('Allow', 'StringEquals', key, 'ecr:BatchGetImage'))).map((f) => f.checkId)).toEqual(['GR04']);
    expect(await findings(cond('Allow', 'StringEquals', `${key}q`, 'ecr:BatchGetImage'))).toEqual([]);
  });

  it('a key holding an Unknown has no name to judge', async () => {
    expect(
      (await lintHcl('{ Effect = "Allow", Action = "ecr:BatchGetImage", Resource = "*", Condition = { StringEquals = { "ecr:${var.a}" = "x" } } }')).findings,
    ).toEqual([]);
  });

  it('GR05: a service key none of the statement actions supports', async () => {
    expect(await findings(cond('Allow', 'StringEquals', 'ecr:AccountSetting', 'ecr:BatchGetImage'))).toEqual([
      {
        checkId: 'GR05',
        severity: 'warning',
        message: `ecr:AccountSetting is defined for none of this statement's actions, so no request they make carries it; ${NEVER_ALLOW}; use a key the actions support, or move the condition to the statement with the actions it belongs to`,
      },
    ]);
  });

  it('each unknown key is a finding of its own, whose fingerprint follows its value', async () => {
    const st = (keys: string[]): Statement => ({
      Effect: 'Allow',
      Action: '*',
      Resource: '*',
      Condition: { StringEquals: Object.fromEntries(keys.map((k) => [k, 'x'])) },
    });
    const before = await lintJson(st(['aws:RequestTagg/x', 'aws:PrincipalTagg/x']));
    const after = await lintJson(st(['aws:PrincipalTagg/x', 'aws:RequestTagg/x']));
    expect(before.findings.map((f) => f.checkId)).toEqual(['GR04', 'GR04']);
    expect(new Set(before.fingerprints.values()).size).toBe(2);
    expect(after.fingerprints).toEqual(before.fingerprints);
  });
});

describe('policy-grammar: operators (GR06–GR08)', () => {
  const gr06 = (operator: string, family: string, key: string, type: string, want: string) =>
    `${operator} compares ${family} values, but ${key} is of type ${type}, so it cannot match as written (Access Analyzer reports it as an error); ${NEVER_DENY}; use ${want}`;

  it.each([
    ['StringEquals', 'aws:CurrentTime', 'String', 'Date', 'DateLessThan / DateGreaterThan'],
    ['DateLessThan', 'aws:SourceArn', 'Date', 'ARN', 'ArnLike / ArnEquals'],
    ['DateLessThan', 'aws:SecureTransport', 'Date', 'Bool', 'Bool'],
    ['DateLessThan', 'aws:MultiFactorAuthAge', 'Date', 'Numeric', 'NumericLessThan / NumericEquals'],
    ['DateLessThan', 'aws:SourceIp', 'Date', 'IPAddress', 'IpAddress / NotIpAddress'],
  ])('GR06: %s on %s names the operators for its type', async (operator, key, family, type, want) => {
    expect(await findings(cond('Deny', operator, key))).toEqual([{ checkId: 'GR06', severity: 'error', message: gr06(operator, family, key, type, want) }]);
  });

  it('GR06: an IP-address operator on another type says it compares IP addresses', async () => {
    const [f] = await findings(cond('Deny', 'IpAddress', 'aws:CurrentTime'));
    expect(f.checkId).toBe('GR06');
    expect(f.message).toMatch(/^IpAddress compares IP addresses\b.*, but aws:CurrentTime is of type Date,/);
  });

  it('GR06: a multivalued key is compared by the type of its values', async () => {
    // events:EventBusArn is an ArrayOfARN: ARN operators are what it takes.
    expect(await findings(cond('Deny', 'ForAnyValue:DateLessThan', 'events:EventBusArn', '*'))).toEqual([
      { checkId: 'GR06', severity: 'error', message: gr06('ForAnyValue:DateLessThan', 'Date', 'events:EventBusArn', 'ArrayOfARN', 'ArnLike / ArnEquals') },
    ]);
  });

  const gr07 = (operator: string, effect: string) =>
    `aws:TagKeys is multivalued (ArrayOfString): AWS requires ForAnyValue: or ForAllValues: with it, and does not document how ${operator} compares a list of values, so this is ${effect}; write ForAnyValue:${operator} (some value matches) or ForAllValues:${operator} (every value matches, with a Null check)`;

  it('GR07 in an Allow: a warning', async () => {
    expect(await findings(cond('Allow', 'StringEquals', 'aws:TagKeys'))).toEqual([
      { checkId: 'GR07', severity: 'warning', message: gr07('StringEquals', 'an Allow that may grant nothing') },
    ]);
  });

  it('GR07 in a Deny: an error', async () => {
    expect(await findings(cond('Deny', 'StringLike', 'aws:TagKeys'))).toEqual([
      { checkId: 'GR07', severity: 'error', message: gr07('StringLike', 'a Deny nobody can rely on to protect anything') },
    ]);
  });

  it('Null on a multivalued key needs no set operator (§2.6)', async () => {
    expect(await findings(cond('Deny', 'Null', 'aws:TagKeys'))).toEqual([]);
  });

  const gr08 = (operator: string, what: string) =>
    `${operator} on aws:PrincipalOrgID, a single-valued key: AWS advises against set operators on single-valued keys; ${what}; write ${operator.replace(/^For(All|Any)Values?:/, '')}`;

  // ForAllValues: is true when the key is absent; ForAnyValue: is false. Against the plain operator
  // (StringEquals false when absent, StringNotEquals true), that changes the outcome or not (§2.6).
  it.each([
    ['Allow', 'ForAllValues:StringEquals', 'error', 'it is true when the key is absent, so callers without the key pass the Allow'],
    ['Deny', 'ForAllValues:StringEquals', 'warning', 'it is true when the key is absent, so the Deny also hits callers without the key'],
    ['Deny', 'ForAnyValue:StringNotEquals', 'error', 'it is false when the key is absent, so callers without the key escape the Deny'],
    ['Allow', 'ForAnyValue:StringNotEquals', 'warning', 'it is false when the key is absent, so callers without the key are not granted'],
    ['Allow', 'ForAnyValue:StringEquals', 'note', 'here it behaves like the plain operator'],
    ['Deny', 'ForAnyValue:StringEquals', 'note', 'here it behaves like the plain operator'],
    ['Allow', 'ForAllValues:StringNotEquals', 'note', 'here it behaves like the plain operator'],
  ] as const)('GR08: %s with %s is a %s', async (effect, operator, severity, what) => {
    expect(await findings(cond(effect, operator, 'aws:PrincipalOrgID'))).toEqual([{ checkId: 'GR08', severity, message: gr08(operator, what) }]);
  });
});

describe('policy-grammar: operator names (GR10)', () => {
  const refused = 'is not a condition operator AWS defines, so AWS refuses the policy as malformed and terraform apply fails';

  it.each([
    ['StringEqualz', 'did you mean StringEquals?'],
    ['ForAnyValue:StringLikeIfExist', 'did you mean ForAnyValue:StringLike?'],
    ['ForAllValues:StringEqualzIfExists', 'did you mean ForAllValues:StringEqualsIfExists?'],
    ['ArnMatches', 'did you mean ArnEquals?'],
  ])('%s: an error whatever the effect, with the closest operator written as the condition writes it', async (operator, suggestion) => {
    for (const effect of ['Allow', 'Deny'] as const)
      expect(await findings(cond(effect, operator, 'aws:PrincipalTag/team'))).toEqual([
        { checkId: 'GR10', severity: 'error', message: `${operator} ${refused}; ${suggestion}` },
      ]);
  });

  it('NullIfExists: Null takes no IfExists; Null itself and every defined operator with IfExists are silent', async () => {
    expect(await findings(cond('Allow', 'NullIfExists', 'aws:TokenIssueTime'))).toEqual([
      {
        checkId: 'GR10',
        severity: 'error',
        message:
          'NullIfExists: Null takes no IfExists (AWS adds IfExists to every condition operator except Null), so AWS refuses the policy as malformed; write Null, which already says whether the key is present',
      },
    ]);
    for (const operator of ['Null', 'StringEqualsIgnoreCaseIfExists', 'NumericGreaterThanEqualsIfExists', 'BinaryEquals', 'ArnNotLikeIfExists', 'NotIpAddress'])
      expect(await findings(cond('Allow', operator, 'aws:PrincipalTag/team')), operator).toEqual([]);
  });

  it('once per operator however many keys it holds, at the operator; an Unknown operator is not judged', async () => {
    const { findings: fs } = await lintJson({
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: '*',
      Condition: { StringEqualz: { 'aws:PrincipalTag/team': 'a', 'aws:RequestedRegion': 'eu-west-1' } },
    });
    expect(fs.map((f) => f.checkId)).toEqual(['GR10']);
    expect(
      (await lintHcl('{ Effect = "Allow", Action = "s3:GetObject", Resource = "*", Condition = { (var.a) = { "aws:RequestedRegion" = "x" } } }')).findings,
    ).toEqual([]);
  });
});

describe('policy-grammar: resource ARNs (GR09)', () => {
  const gr09 = (arn: string, what: string, effect = ALLOW, example = ECR_REPO) => `"${arn}" is ${what}, ${effect}; write an ARN of the form ${example}`;
  const onEcr = (...actions: string[]): Statement => ({ Effect: 'Allow', Action: actions, Resource: 'arn:aws:s3:::b/*' });

  it('not judged where a format names its service by a placeholder: a backup recovery point may be an ARN of another service', async () => {
    for (const arn of [
      'arn:aws:ec2:eu-west-1::snapshot/snap-0123456789abcdef0',
      'arn:aws:s3:::bucket',
      'arn:aws:backup:eu-west-1:111122223333:recovery-point:1',
    ])
      expect(await findings({ Effect: 'Allow', Action: 'backup:DeleteRecoveryPoint', Resource: arn }), arn).toEqual([]);
  });

  it('an ARN of another service, one action', async () => {
    expect(await findings(onEcr('ecr:BatchGetImage'))).toEqual([
      { checkId: 'GR09', severity: 'warning', message: gr09('arn:aws:s3:::b/*', 'an ARN of the s3 service, but ecr:BatchGetImage acts only on ecr resources') },
    ]);
  });

  it('two and three actions are listed in full', async () => {
    expect((await findings(onEcr('ecr:BatchGetImage', 'ecr:PutImage'))).map((f) => f.message)).toEqual([
      gr09('arn:aws:s3:::b/*', 'an ARN of the s3 service, but ecr:BatchGetImage and ecr:PutImage act only on ecr resources'),
    ]);
    expect((await findings(onEcr('ecr:BatchGetImage', 'ecr:PutImage', 'ecr:ListImages'))).map((f) => f.message)).toEqual([
      gr09('arn:aws:s3:::b/*', 'an ARN of the s3 service, but ecr:BatchGetImage, ecr:PutImage and ecr:ListImages act only on ecr resources'),
    ]);
  });

  it('more than three actions are counted; in a Deny it is an error', async () => {
    expect(await findings({ ...onEcr('ecr:BatchGetImage', 'ecr:PutImage', 'ecr:ListImages', 'ecr:DescribeImages'), Effect: 'Deny' })).toEqual([
      {
        checkId: 'GR09',
        severity: 'error',
        message: gr09(
          'arn:aws:s3:::b/*',
          'an ARN of the s3 service, but ecr:BatchGetImage, ecr:PutImage, ecr:ListImages and 1 more act only on ecr resources',
          DENY,
        ),
      },
    ]);
  });

  it("an ARN of the actions' own service but of no resource type they take", async () => {
    const arn = 'arn:aws:ecr:eu-west-1:111122223333:reposit/x';
    expect((await findings({ Effect: 'Allow', Action: 'ecr:BatchGetImage', Resource: arn })).map((f) => f.message)).toEqual([
      gr09(arn, 'no resource type that ecr:BatchGetImage acts on'),
    ]);
    expect((await findings({ Effect: 'Allow', Action: ['ecr:BatchGetImage', 'ecr:PutImage'], Resource: arn })).map((f) => f.message)).toEqual([
      gr09(arn, 'no resource type that ecr:BatchGetImage and ecr:PutImage act on'),
    ]);
  });

  it("the example keeps the ARN's partition, or aws when the partition is a wildcard", async () => {
    expect((await findings({ Effect: 'Allow', Action: 'ecr:BatchGetImage', Resource: 'arn:aws-cn:s3:::b' })).map((f) => f.message)).toEqual([
      gr09('arn:aws-cn:s3:::b', 'an ARN of the s3 service, but ecr:BatchGetImage acts only on ecr resources', ALLOW, ECR_REPO.replace('aws', 'aws-cn')),
    ]);
    expect((await findings({ Effect: 'Allow', Action: 'ecr:BatchGetImage', Resource: 'arn:*:s3:::b' })).map((f) => f.message)).toEqual([
      gr09('arn:*:s3:::b', 'an ARN of the s3 service, but ecr:BatchGetImage acts only on ecr resources'),
    ]);
  });

  it("actions of several services: every service is named, and the example follows the first action's service", async () => {
    // sts:AssumeRole acts on IAM roles, whose ARN is shorter than an ECR repository's.
    expect((await findings(onEcr('ecr:BatchGetImage', 'sts:AssumeRole'))).map((f) => f.message)).toEqual([
      gr09('arn:aws:s3:::b/*', 'an ARN of the s3 service, but ecr:BatchGetImage and sts:AssumeRole act only on ecr, iam resources'),
    ]);
  });

  it("an action acting on another service's resources: the example is of that service", async () => {
    // sts:AssumeRole acts on IAM roles.
    expect((await findings({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: 'arn:aws:s3:::b' })).map((f) => f.message)).toEqual([
      gr09(
        'arn:aws:s3:::b',
        'an ARN of the s3 service, but sts:AssumeRole acts only on iam resources',
        ALLOW,
        'arn:aws:iam::${Account}:role/${RoleNameWithPath}',
      ),
    ]);
  });

  it('the example is the shortest ARN form the actions take, whatever their order', async () => {
    const arn = 'arn:aws:ecr:eu-west-1:111122223333:repository/x';
    for (const actions of [
      ['s3:GetObject', 's3:ListBucket'],
      ['s3:ListBucket', 's3:GetObject'],
    ]) {
      expect((await findings({ Effect: 'Allow', Action: actions, Resource: arn })).map((f) => f.message)).toEqual([
        gr09(arn, `an ARN of the ecr service, but ${actions.join(' and ')} act only on s3 resources`, ALLOW, 'arn:aws:s3:::${BucketName}'),
      ]);
    }
  });

  it('a wildcard action pattern, in any case, is checked through the actions it matches', async () => {
    await fc.assert(
      fc.asyncProperty(anyCase('ecr:BatchGet*'), async ([pattern]) => {
        expect((await findings({ Effect: 'Allow', Action: pattern, Resource: 'arn:aws:s3:::b' })).map((f) => f.message)).toEqual([
          gr09('arn:aws:s3:::b', 'an ARN of the s3 service, but ecr:BatchGetImage and ecr:BatchGetRepositoryScanningConfiguration act only on ecr resources'),
        ]);
      }),
      few,
    );
  });

  it('actions that take only "*" are left out of the check, and alone leave nothing to check', async () => {
    expect(
      (await findings({ Effect: 'Allow', Action: ['ecr:BatchGetImage', 'ecr:GetAuthorizationToken'], Resource: 'arn:aws:s3:::b' })).map((f) => f.message),
    ).toEqual([gr09('arn:aws:s3:::b', 'an ARN of the s3 service, but ecr:BatchGetImage acts only on ecr resources')]);
    expect(await findings({ Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: 'arn:aws:s3:::b' })).toEqual([]);
  });

  it('a wildcard ARN is not reported when one of the actions takes only "*"', async () => {
    expect(await findings({ Effect: 'Allow', Action: ['ecr:BatchGetImage', 'ecr:GetAuthorizationToken'], Resource: 'arn:aws:s3:::*' })).toEqual([]);
    expect((await findings({ Effect: 'Allow', Action: 'ecr:BatchGetImage', Resource: 'arn:aws:s3:::*' })).map((f) => f.checkId)).toEqual(['GR09']);
  });

  it('"*", text that is not an ARN, and a statement without Action are not checked', async () => {
    // xrn:… has the six parts of an ARN but is not one (it must start with arn:).
    expect(await findings({ Effect: 'Allow', Action: 'ecr:BatchGetImage', Resource: ['*', 'bucket-name', 'xrn:aws:s3:::b'] })).toEqual([]);
    expect(await findings({ Effect: 'Allow', Resource: 'arn:aws:s3:::b', Condition: { StringEquals: { 'ecr:AccountSetting': 'x' } } })).toEqual([]);
  });

  it('ARNs up to 2048 characters are checked; longer ones are not', async () => {
    const arn = `arn:aws:s3:::${'b'.repeat(2035)}`;
    expect((await findings({ Effect: 'Allow', Action: 'ecr:BatchGetImage', Resource: arn })).map((f) => f.checkId)).toEqual(['GR09']);
    expect(await findings({ Effect: 'Allow', Action: 'ecr:BatchGetImage', Resource: `${arn}b` })).toEqual([]);
  });

  it('an Unknown Resource next to a written ARN: the ARN is still checked', async () => {
    const { findings: found, coverage } = await lintHcl('{ Effect = "Allow", Action = ["ecr:BatchGetImage"], Resource = [var.r, "arn:aws:s3:::b"] }');
    expect(found).toEqual([
      { checkId: 'GR09', severity: 'warning', message: gr09('arn:aws:s3:::b', 'an ARN of the s3 service, but ecr:BatchGetImage acts only on ecr resources') },
    ]);
    expect(coverage).toEqual({ statements: 1, judged: 1 });
  });
});

describe('policy-grammar: what an Unknown leaves undecided (--strict)', () => {
  const stopped =
    'aws_iam_policy.x.policy Statement[0] was not judged fully: var.a (at Action[0]) stopped policy-grammar; policylint cannot resolve it (--strict)';

  it.each([
    ['a written ARN', 'Resource = "arn:aws:s3:::b"'],
    ['a written ARN next to "*"', 'Resource = ["*", "arn:aws:s3:::b"]'],
    ['a service condition key', 'Resource = "*", Condition = { StringEquals = { "ecr:AccountSetting" = "1" } }'],
    ['a service key naming an aws: tag', 'Resource = "*", Condition = { StringEquals = { "ec2:ResourceTag/aws:cloudformation:stack-name" = "1" } }'],
  ])('an Unknown action keeps %s from being checked against the actions', async (_, rest) => {
    const { findings: found, coverage } = await lintHcl(`{ Effect = "Allow", Action = [var.a], ${rest} }`);
    expect(found).toEqual([{ checkId: 'UR02', severity: 'note', message: stopped }]);
    expect(coverage).toEqual({ statements: 1, judged: 0 });
  });

  it.each([
    ['Resource "*"', 'Action = [var.a], Resource = "*"'],
    ['a resource that is not an ARN', 'Action = [var.a], Resource = "b/*"'],
    ['an Unknown resource', 'Action = [var.a], Resource = [var.r]'],
    ['NotResource', 'Action = [var.a], NotResource = "arn:aws:s3:::b"'],
    ['a global condition key', 'Action = [var.a], Resource = "*", Condition = { StringEquals = { "aws:SourceAccount" = "1" } }'],
    ['Action "*" next to it', 'Action = ["*", var.a], Resource = "arn:aws:s3:::b"'],
    ['no Action at all', 'Resource = "arn:aws:s3:::b", Condition = { StringEquals = { "ecr:AccountSetting" = "1" } }'],
  ])('nothing depends on the Unknown action with %s: judged', async (_, rest) => {
    const { findings: found, coverage } = await lintHcl(`{ Effect = "Allow", ${rest} }`);
    expect(found).toEqual([]);
    expect(coverage).toEqual({ statements: 1, judged: 1 });
  });

  it('a written action with a variable in it stops the check of a written ARN the same way', async () => {
    const { findings: found } = await lintJson({ Effect: 'Allow', Action: ['ecr:Get${var.x}', 'ecr:BatchGetImage'], Resource: 'arn:aws:s3:::b' });
    expect(found).toEqual([
      {
        checkId: 'UR02',
        severity: 'note',
        message:
          'policy.json Statement[0] was not judged fully: ecr:Get${var.x} (at Action[0]) stopped policy-grammar; policylint cannot resolve it (--strict)',
      },
    ]);
  });

  it('a statement whose Effect is Unknown gets no finding: what a misspelt name does depends on it', async () => {
    const { findings: found } = await lintHcl('{ Effect = var.e, Action = "ecrr:Get", Resource = "arn:aws:s3:::b" }');
    expect(found).toEqual([
      {
        checkId: 'UR02',
        severity: 'note',
        message: 'aws_iam_policy.x.policy Statement[0] was not judged fully: var.e (at Effect) stopped every rule; policylint cannot resolve it (--strict)',
      },
    ]);
  });
});

describe('rule registry and engine rules', () => {
  it('rulesByIds returns the rules with those ids, in registry order, and ignores unknown ids', () => {
    expect(rulesByIds(['policy-grammar', 'no-such-rule', 'wildcard-principal']).map((r) => r.meta.id)).toEqual(['wildcard-principal', 'policy-grammar']);
    expect(rulesByIds([])).toEqual([]);
  });

  it("unresolved's checks are described as its doc's table describes them", () => {
    const doc = readFileSync(join(__dirname, '..', 'rules', 'unresolved.md'), 'utf8');
    const checks = Object.entries(unresolved.meta.checks ?? {});
    expect(checks.map(([id]) => id)).toEqual(['UR01', 'UR02']);
    for (const [id, what] of checks) expect(doc).toContain(`| ${id} | ${what} |`);
  });
});
