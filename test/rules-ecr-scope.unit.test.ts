import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/engine/lint.js';
import { RULES } from '../rules/index.js';
import { ecrScope } from '../rules/ecr-scope.js';
import { configSchema } from '../src/cli/config/schema.js';
import { tempDirs } from './helpers/temp.js';

/**
 * ecr-scope as a user sees it (rules/ecr-scope.md, iam-semantics §5): a small policy linted
 * in-process, each case inside its own test so that mutation testing sees which code it reaches.
 */
const Ajv = (createRequire(import.meta.url)('ajv') as typeof import('ajv')).default;
const temp = tempDirs('ecr-unit');
const only = RULES.filter((r) => r.meta.id === 'ecr-scope' || r.meta.id === 'unresolved');

interface Run {
  strict?: boolean;
  ecrPolicyAddresses?: string[];
  adminAddresses?: string[];
}

async function run(files: Record<string, string>, o: Run = {}) {
  const dir = temp();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const options =
    o.ecrPolicyAddresses || o.adminAddresses
      ? { 'ecr-scope': { ecrPolicyAddresses: o.ecrPolicyAddresses ?? [], adminAddresses: o.adminAddresses ?? [] } }
      : undefined;
  const res = await lint({ cwd: dir, paths: ['.'], rules: only, ruleOptions: { trustedAccounts: [], strict: !!o.strict, rules: options } });
  expect(res.internalErrors).toEqual([]);
  return res;
}

type St = Record<string, unknown>;
/** One JSON identity policy, one statement per line (so a finding's line is its statement's). */
const json = (...statements: St[]) => ({
  'policy.json': `{\n"Version": "2012-10-17",\n"Statement": [\n${statements.map((s) => JSON.stringify(s)).join(',\n')}\n]\n}\n`,
});
/** Its findings as `check line message`. */
async function found(files: Record<string, string>, o: Run = {}): Promise<string[]> {
  const res = await run(files, o);
  return res.findings.filter((f) => f.ruleId === 'ecr-scope').map((f) => `${f.checkId} ${f.line} ${f.message}`);
}
/** Its check ids, sorted. */
const checks = async (files: Record<string, string>, o: Run = {}) => (await found(files, o)).map((f) => f.split(' ')[0]).sort();

const PULL = ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'];
const PUSH = ['ecr:PutImage', 'ecr:InitiateLayerUpload', 'ecr:UploadLayerPart', 'ecr:CompleteLayerUpload'];
const REPO = 'arn:aws:ecr:eu-west-1:111122223333:repository/app';
const SCOPE = '(arn:aws:ecr:REGION:ACCOUNT:repository/NAME)';

describe('EC01: repository actions on "*"', () => {
  it('one action reaches every repository', async () => {
    expect(await found(json({ Effect: 'Allow', Action: 'ecr:BatchGetImage', Resource: '*' }))).toEqual([
      `EC01 4 ecr:BatchGetImage on "*" reaches every repository; these actions take a repository ARN, so scope them to the repositories the pull job uses ${SCOPE}`,
    ]);
  });

  it('several reach it, in a push job, with the token action named outright kept apart', async () => {
    expect(await found(json({ Effect: 'Allow', Action: ['ecr:GetAuthorizationToken', ...PUSH, 'ecr:BatchGetImage'], Resource: '*' }))).toEqual([
      `EC01 4 ecr:PutImage, ecr:InitiateLayerUpload, ecr:UploadLayerPart and 2 more on "*" reach every repository; these actions take a repository ARN, so scope them to the repositories the push job uses ${SCOPE}, and keep ecr:GetAuthorizationToken on "*" in its own statement`,
    ]);
  });

  it('an ARN whose account and name are wildcards is no narrower than "*"', async () => {
    for (const arn of ['arn:aws:ecr:*:*:repository/*', 'arn:aws:ecr:eu-west-1:*:repository/*', 'arn:aws:*:*:*:*', 'arn:aws:ecr:*:?*:*'])
      expect(await found(json({ Effect: 'Allow', Action: PULL, Resource: arn })), arn).toEqual([
        `EC01 4 ecr:BatchGetImage and ecr:GetDownloadUrlForLayer on "${arn}" reach every repository in every account ("${arn}" is no narrower than "*"); these actions take a repository ARN, so scope them to the repositories the pull job uses ${SCOPE}`,
      ]);
  });

  it('an ARN that names an account, a repository or another service is narrower', async () => {
    for (const arn of [
      'arn:aws:ecr:*:111122223333:repository/*',
      'arn:aws:ecr:*:*:repository/app*',
      'arn:aws:ecr:*:*:repository/*/app',
      'arn:aws:ecr:*:*:x*',
      'arn:aws:s3:*:*:*',
      'ecr:*:*:*',
      REPO,
    ])
      expect(await checks(json({ Effect: 'Allow', Action: PULL, Resource: arn })), arn).toEqual([]);
  });

  it('points at a repository the policy already names', async () => {
    expect(
      await found(
        json(
          { Effect: 'Allow', Action: 'ecr:PutImage', Resource: REPO },
          { Effect: 'Allow', Action: 'ecr:BatchGetImage', Resource: ['*', 'arn:aws:ecr:*:*:repository/*'] },
        ),
      ),
    ).toEqual([
      `EC01 5 ecr:BatchGetImage on "*" reaches every repository; these actions take a repository ARN, so scope them to the repositories the push job uses such as ${REPO}, which this policy already names`,
      `EC01 5 ecr:BatchGetImage on "arn:aws:ecr:*:*:repository/*" reaches every repository in every account ("arn:aws:ecr:*:*:repository/*" is no narrower than "*"); these actions take a repository ARN, so scope them to the repositories the push job uses such as ${REPO}, which this policy already names`,
    ]);
  });

  it('a wildcard ARN or another service is no repository to point at', async () => {
    const [f] = await found(
      json(
        {
          Effect: 'Allow',
          Action: 'ecr:BatchGetImage',
          Resource: ['arn:aws:ecr:eu-west-1:111122223333:repository/app*', 'arn:aws:s3:::b', 'x' + REPO, REPO + '/x*'],
        },
        { Effect: 'Allow', Action: 'ecr:GetDownloadUrlForLayer', Resource: '*' },
      ),
    );
    expect(f).toMatch(/uses \(arn:aws:ecr:REGION:ACCOUNT:repository\/NAME\)$/);
  });

  it('a wildcard action is shown as written, with how many repository actions it brings', async () => {
    const [f] = await found(json({ Effect: 'Allow', Action: ['ecr:BatchGet*', 'ecr:GetDownloadUrlForLayer'], Resource: '*' }));
    expect(f).toMatch(/^EC01 4 "ecr:BatchGet\*" and "ecr:GetDownloadUrlForLayer" \(3 repository actions\) on "\*" reach every repository; /);
    // A wildcard that brings only the token action gives no advice about it.
    expect(f).not.toContain('keep');
  });

  it('a token wildcard brings no advice; the token named outright does', async () => {
    const [viaWildcard] = await found(json({ Effect: 'Allow', Action: ['ecr:GetAuth*', ...PULL], Resource: '*' }));
    expect(viaWildcard).toMatch(/\(arn:aws:ecr:REGION:ACCOUNT:repository\/NAME\)$/);
    const [both] = await found(
      json({ Effect: 'Allow', Action: ['ecr:GetAuthorizationToken', 'ecr-public:GetAuthorizationToken', 'sts:GetServiceBearerToken', ...PULL], Resource: '*' }),
    );
    expect(both).toMatch(/, and keep ecr:GetAuthorizationToken and ecr-public:GetAuthorizationToken on "\*" in its own statement$/);
  });

  it('a statement of token actions only is not about repositories', async () => {
    expect(
      await checks(json({ Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' }, { Effect: 'Allow', Action: PULL, Resource: REPO })),
    ).toEqual([]);
  });

  it('a Deny, or an Allow of no ECR action, is not reported', async () => {
    expect(
      await checks(
        json(
          { Effect: 'Deny', Action: PULL, Resource: '*' },
          { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
          { Effect: 'Allow', Action: PULL, Resource: REPO },
        ),
      ),
    ).toEqual([]);
  });

  it.each([
    ['aws:ResourceTag/team', 'ecr'],
    ['ecr:ResourceTag/team', 'ecr'],
    ['aws:ResourceAccount', '111122223333'],
    ['aws:ResourceOrgID', 'o-1'],
    ['aws:ResourceOrgPaths', 'o-1/*'],
  ])('a condition on %s selects repositories: silent', async (key, value) => {
    expect(await checks(json({ Effect: 'Allow', Action: PULL, Resource: '*', Condition: { StringLike: { [key]: value } } }))).toEqual([]);
  });

  it.each(['aws:RequestedRegion', 'aws:ResourceTagx', 'x:ResourceAccount', 'aws:ResourceAccountId', 'aws:SourceIp'])(
    'a condition on %s does not: reported',
    async (key) => {
      expect(await checks(json({ Effect: 'Allow', Action: PULL, Resource: '*', Condition: { StringLike: { [key]: 'v' } } }))).toEqual(['EC01']);
    },
  );
});

describe('EC02: token actions scoped to resources', () => {
  it('one action: it grants nothing', async () => {
    expect(await found(json({ Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: REPO }))).toEqual([
      `EC02 4 ecr:GetAuthorizationToken works only with "Resource": "*"; scoped to "${REPO}" it grants nothing, and registry login fails; give it "*" in a statement of its own`,
    ]);
  });

  it('two actions: they grant nothing', async () => {
    const [f, ...rest] = await found(
      json({
        Effect: 'Allow',
        Action: ['ecr:GetAuthorizationToken', 'ecr:DescribeRegistry', ...PULL],
        Resource: [REPO, 'arn:aws:ecr:eu-west-1:111122223333:repository/b'],
      }),
    );
    expect(rest).toEqual([]);
    expect(f).toBe(
      `EC02 4 ecr:GetAuthorizationToken and ecr:DescribeRegistry work only with "Resource": "*"; scoped to "${REPO}" and "arn:aws:ecr:eu-west-1:111122223333:repository/b" they grant nothing, and registry login fails; give them "*" in a statement of their own`,
    );
  });

  it('reported whatever the policy is for, and with an error severity', async () => {
    const res = await run(json({ Effect: 'Allow', Action: ['ecr:GetAuthorizationToken', 's3:GetObject'], Resource: ['arn:aws:s3:::b/*'] }));
    expect(res.findings.map((f) => [f.checkId, f.severity])).toEqual([['EC02', 'error']]);
  });

  it.each([
    ['"*" among them', ['*', REPO]],
    ['an ARN ending in :*', ['arn:aws:ecr:eu-west-1:111122223333:*']],
  ])('silent with %s', async (_, resources) => {
    expect(await checks(json({ Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: resources }))).toEqual([]);
  });

  it('an ARN that only starts with :* still scopes it', async () => {
    expect(await checks(json({ Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: ':*x' }))).toEqual(['EC02']);
  });

  it('a wildcard is not read as naming the token action; a Deny or NotResource grants nothing to report', async () => {
    expect(
      await checks(
        json(
          { Effect: 'Allow', Action: 'ecr:Get*', Resource: REPO },
          { Effect: 'Deny', Action: 'ecr:GetAuthorizationToken', Resource: REPO },
          { Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', NotResource: REPO },
        ),
      ),
    ).toEqual([]);
  });
});

describe('EC03: what a pipeline must not hold', () => {
  it('one harmful action named outright, in a push policy', async () => {
    expect(await found(json({ Effect: 'Allow', Action: [...PUSH, 'ecr:DeleteRepository'], Resource: REPO }))).toEqual([
      'EC03 4 "ecr:DeleteRepository" in a CI push policy: whoever holds it deletes a repository and every image in it; move it to an administrator role and keep the pipeline to the push actions',
    ]);
  });

  it('in a pull policy, each harmful element once, a wildcard with the actions it brings', async () => {
    expect(await found(json({ Effect: 'Allow', Action: [...PULL, 'ecr:BatchDeleteImage', 'ecr:DeleteRepo*'], Resource: REPO }))).toEqual([
      'EC03 4 "ecr:BatchDeleteImage" in a CI pull policy: whoever holds it deletes images; move it to an administrator role and keep the pipeline to the pull actions',
      'EC03 4 "ecr:DeleteRepo*" (ecr:DeleteRepository and ecr:DeleteRepositoryPolicy) in a CI pull policy: whoever holds it deletes a repository and every image in it and changes who may use the repositories (e.g. to Principal "*"); move it to an administrator role and keep the pipeline to the pull actions',
    ]);
  });

  it('a wildcard that brings one harmful action is shown with it', async () => {
    const msgs = await found(json({ Effect: 'Allow', Action: [...PULL, 'ecr:PutImageTag*'], Resource: REPO }));
    expect(msgs).toEqual([
      expect.stringMatching(/^EC03 4 "ecr:PutImageTag\*" \(ecr:PutImageTagMutability\) in a CI pull policy: whoever holds it makes tags mutable, /),
    ]);
  });

  it('more than two harms: the first two and more', async () => {
    const msgs = (await found(json({ Effect: 'Allow', Action: ['ecr:*'], Resource: REPO }))).filter((m) => m.startsWith('EC03'));
    expect(msgs).toHaveLength(1);
    expect(msgs[0]).toMatch(
      /^EC03 4 "ecr:\*" \(ecr:\w+, ecr:\w+, ecr:\w+ and \d+ more\) in a CI push policy: whoever holds it [^,;]+(, [^,;]+)?, [^,;]+ and more; /,
    );
  });

  it('a harmful action in a Deny is no harm', async () => {
    expect(await checks(json({ Effect: 'Allow', Action: PUSH, Resource: REPO }, { Effect: 'Deny', Action: 'ecr:DeleteRepository', Resource: '*' }))).toEqual(
      [],
    );
  });
});

describe('EC04: non-ECR actions in an ECR policy', () => {
  const stray = (action: string, count: number | string) =>
    `"${action}" in a policy whose purpose is ECR (${typeof count === 'number' ? `${count} ECR actions` : count}): the pipeline that holds it can do more than push and pull images; move it to a policy of its own, named for what needs it`;

  it('one written among three ECR actions', async () => {
    expect(await found(json({ Effect: 'Allow', Action: ['ecr:BatchCheckLayerAvailability', ...PULL, 's3:GetObject'], Resource: REPO }))).toEqual([
      `EC04 4 ${stray('s3:GetObject', 3)}`,
    ]);
  });

  it('two among six, and not when fewer than three ECR actions per stray', async () => {
    const six = ['ecr:BatchCheckLayerAvailability', 'ecr:DescribeImages', 'ecr:ListImages', 'ecr:DescribeRepositories', ...PULL];
    expect(await found(json({ Effect: 'Allow', Action: [...six, 's3:GetObject', 'sns:Publish'], Resource: REPO }))).toEqual([
      `EC04 4 ${stray('s3:GetObject', 6)}`,
      `EC04 4 ${stray('sns:Publish', 6)}`,
    ]);
    expect(await checks(json({ Effect: 'Allow', Action: [...six.slice(1), 's3:GetObject', 'sns:Publish'], Resource: REPO }))).toEqual([]);
  });

  it('not with fewer than three ECR actions, nor with three strays', async () => {
    expect(await checks(json({ Effect: 'Allow', Action: [...PULL, 's3:GetObject'], Resource: REPO }))).toEqual([]);
    const many = [
      'ecr:BatchCheckLayerAvailability',
      'ecr:DescribeImages',
      'ecr:ListImages',
      'ecr:DescribeRepositories',
      'ecr:ListTagsForResource',
      'ecr:DescribeImageScanFindings',
      'ecr:GetLifecyclePolicy',
      ...PULL,
    ];
    expect(await checks(json({ Effect: 'Allow', Action: [...many, 's3:GetObject', 'sns:Publish', 'sqs:SendMessage'], Resource: REPO }))).toEqual([]);
  });

  it('a statement of its own is deliberate; sts:GetServiceBearerToken belongs to ECR; a Deny counts for nothing', async () => {
    expect(
      await checks(
        json(
          { Effect: 'Allow', Action: ['ecr:BatchCheckLayerAvailability', 'sts:GetServiceBearerToken', ...PULL], Resource: REPO },
          { Effect: 'Allow', Action: 'ssm:GetParameters', Resource: 'arn:aws:ssm:eu-west-1:111122223333:parameter/runner' },
          { Effect: 'Deny', Action: ['s3:*', 'ecr:DescribeImages'], Resource: '*' },
        ),
      ),
    ).toEqual([]);
  });

  it('in a policy declared as ECR, every non-ECR action, wherever it is', async () => {
    const files = {
      'main.tf': `resource "aws_iam_policy" "ci_pull" {\n  name = "ci-pull"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [\n      { Effect = "Allow", Action = ["ecr:BatchGetImage"], Resource = "${REPO}" },\n      { Effect = "Allow", Action = ["ssm:GetParameters", "kms:Decrypt"], Resource = "*" },\n    ]\n  })\n}\n`,
    };
    const declared = 'declared in ecrPolicyAddresses';
    expect(await found(files, { ecrPolicyAddresses: ['aws_iam_policy.ci_*'] })).toEqual([
      `EC04 7 ${stray('ssm:GetParameters', declared)}`,
      `EC04 7 ${stray('kms:Decrypt', declared)}`,
    ]);
    expect(await found(files, { ecrPolicyAddresses: ['aws_iam_policy.cd_*'] })).toEqual([]);
  });

  it('in a policy declared as ECR that holds no ECR action, every action (the doc: every non-ECR action is reported)', async () => {
    const files = {
      'main.tf': `resource "aws_iam_policy" "ci_push" {\n  name = "ci-push"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{ Effect = "Allow", Action = ["s3:PutObject"], Resource = "*" }]\n  })\n}\n`,
    };
    expect(await found(files, { ecrPolicyAddresses: ['aws_iam_policy.ci_*'] })).toEqual([`EC04 5 ${stray('s3:PutObject', 'declared in ecrPolicyAddresses')}`]);
    expect(await found(files)).toEqual([]);
  });
});

/** A Terraform role trusted by `principal`, holding `actions` on "*" (inline or by attachment). */
function role(principal: string, actions: string[], attach: 'inline' | 'attachment' | 'role-inline' = 'attachment', extra = '') {
  const doc = `jsonencode({\n    Version = "2012-10-17"\n    Statement = [{ Effect = "Allow", Action = ${JSON.stringify(actions)}, Resource = "*" }]\n  })`;
  const trust = `jsonencode({\n    Version = "2012-10-17"\n    Statement = [{ Effect = "Allow", Principal = ${principal}, Action = ["sts:AssumeRole", "sts:AssumeRoleWithWebIdentity"]${extra} }]\n  })`;
  if (attach === 'role-inline')
    return `resource "aws_iam_role" "r" {\n  name = "r"\n  assume_role_policy = ${trust}\n  inline_policy {\n    name = "p"\n    policy = ${doc}\n  }\n}\n`;
  const holder =
    attach === 'inline'
      ? `resource "aws_iam_role_policy" "p" {\n  role = aws_iam_role.r.id\n  policy = ${doc}\n}\n`
      : `resource "aws_iam_policy" "p" {\n  name = "p"\n  policy = ${doc}\n}\nresource "aws_iam_role_policy_attachment" "a" {\n  role       = aws_iam_role.r.name\n  policy_arn = aws_iam_policy.p.arn\n}\n`;
  return `resource "aws_iam_role" "r" {\n  name = "r"\n  assume_role_policy = ${trust}\n}\n${holder}`;
}
const ECS_EXEC = ['ecr:GetAuthorizationToken', 'ecr:BatchCheckLayerAvailability', ...PULL];
const LOGS = ['logs:CreateLogStream', 'logs:PutLogEvents'];

describe('ECR purpose', () => {
  it('a policy that holds "*" or changes IAM permissions is an administrator\'s', async () => {
    expect(await checks(json({ Effect: 'Allow', Action: PULL, Resource: '*' }, { Effect: 'Allow', Action: '*', Resource: REPO }))).toEqual([]);
    expect(await checks(json({ Effect: 'Allow', Action: [...PULL, 'iam:PutRolePolicy'], Resource: '*' }))).toEqual([]);
    // Reading IAM is not managing permissions; a Deny grants nothing.
    expect(await checks(json({ Effect: 'Allow', Action: [...PULL, 'iam:GetRole'], Resource: '*' }))).toEqual(['EC01']);
    expect(await checks(json({ Effect: 'Allow', Action: PULL, Resource: '*' }, { Effect: 'Deny', Action: ['*', 'iam:*'], Resource: '*' }))).toEqual(['EC01']);
  });

  it('NotAction: the policy is not a push/pull policy', async () => {
    expect(await checks(json({ Effect: 'Allow', Action: PULL, Resource: '*' }, { Effect: 'Allow', NotAction: 'iam:*', Resource: REPO }))).toEqual([]);
  });

  it('five services besides ECR make a broad policy; four do not, and ECR Public is ECR', async () => {
    const services = ['s3:GetObject', 'sqs:SendMessage', 'sns:Publish', 'ssm:GetParameter', 'kms:Decrypt'];
    const pull = { Effect: 'Allow', Action: PULL, Resource: '*' };
    expect(await checks(json(pull, { Effect: 'Allow', Action: services, Resource: 'arn:aws:s3:::b' }))).toEqual([]);
    expect(
      await checks(json(pull, { Effect: 'Allow', Action: [...services.slice(1), 'ecr-public:GetAuthorizationToken', 'SQS:ReceiveMessage'], Resource: '*' })),
    ).toEqual(['EC01']);
    // An action iam-data does not know still names its service.
    expect(await checks(json(pull, { Effect: 'Allow', Action: [...services.slice(1), 'nosuch:Thing'], Resource: 'arn:aws:s3:::b' }))).toEqual([]);
  });

  it('an IAM Identity Center permission set is for people', async () => {
    const tf = (type: string) =>
      `resource "${type}" "p" {\n  instance_arn       = "arn:aws:sso:::instance/ssoins-1"\n  permission_set_arn = "arn:aws:sso:::permissionSet/ssoins-1/ps-1"\n  inline_policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{ Effect = "Allow", Action = ${JSON.stringify(PULL)}, Resource = "*" }]\n  })\n}\n`;
    expect(await checks({ 'main.tf': tf('aws_ssoadmin_permission_set_inline_policy') })).toEqual([]);
  });

  it('declared by ecrPolicyAddresses: judged whatever it holds, as a pull job when it pushes nothing', async () => {
    const doc = json({ Effect: 'Allow', Action: ['ecr:DescribeImages', '*'], Resource: '*' });
    expect(await checks(doc)).toEqual([]);
    expect((await found(doc, { ecrPolicyAddresses: ['policy.json'] })).sort()).toEqual([
      `EC01 4 ecr:DescribeImages on "*" reaches every repository; these actions take a repository ARN, so scope them to the repositories the pull job uses ${SCOPE}`,
      expect.stringMatching(/^EC04 4 "\*" in a policy whose purpose is ECR \(declared in ecrPolicyAddresses\)/),
    ]);
    const push = json({ Effect: 'Allow', Action: ['ecr:PutImage', 'iam:*'], Resource: '*' });
    expect((await found(push, { ecrPolicyAddresses: ['policy.json'] })).filter((m) => m.startsWith('EC01'))).toEqual([
      expect.stringContaining('the push job uses'),
    ]);
  });

  it('declared by adminAddresses: an administrator may hold anything', async () => {
    const doc = json({ Effect: 'Allow', Action: ['ecr:DeleteRepository', ...PUSH], Resource: '*' });
    expect(await checks(doc)).toEqual(['EC01', 'EC03']);
    expect(await checks(doc, { adminAddresses: ['policy.json'] })).toEqual([]);
    expect(await checks(doc, { adminAddresses: ['other.json'] })).toEqual(['EC01', 'EC03']);
    expect(await checks(doc, { adminAddresses: ['policy.json'], ecrPolicyAddresses: ['policy.json'] })).toEqual([]);
  });

  it("AWS's ECS task execution policy shape is accepted; more than it is judged", async () => {
    expect(await checks(json({ Effect: 'Allow', Action: [...ECS_EXEC, ...LOGS], Resource: '*' }))).toEqual([]);
    expect(await checks(json({ Effect: 'Allow', Action: [...ECS_EXEC, 'logs:CreateLogStream'], Resource: '*' }))).toEqual([]);
    expect(await checks(json({ Effect: 'Allow', Action: [...ECS_EXEC, ...LOGS, 'logs:DeleteLogGroup'], Resource: '*' }))).toEqual(['EC01']);
    expect(await checks(json({ Effect: 'Allow', Action: [...ECS_EXEC, ...LOGS, 'ecr:ListImages'], Resource: '*' }))).toEqual(['EC01']);
    expect(await checks(json({ Effect: 'Allow', Action: ECS_EXEC, Resource: '*' }))).toEqual(['EC01']);
  });

  it.each([
    ['ecs-tasks.amazonaws.com', 'attachment', []],
    ['ec2.amazonaws.com', 'inline', []],
    ['LAMBDA.amazonaws.com', 'role-inline', []],
    ['codebuild.amazonaws.com', 'attachment', ['EC01']],
  ] as const)('pulling on a role %s assumes (%s)', async (service, attach, expected) => {
    expect(await checks({ 'main.tf': role(`{ Service = "${service}" }`, ECS_EXEC, attach) })).toEqual(expected);
  });

  it('a workload role that pushes, or pulls with more than the four ECR actions, is judged', async () => {
    expect(await checks({ 'main.tf': role('{ Service = "ecs-tasks.amazonaws.com" }', [...PUSH], 'inline') })).toEqual(['EC01']);
    expect(await checks({ 'main.tf': role('{ Service = "ecs-tasks.amazonaws.com" }', [...PULL, 'ecr:ListImages'], 'inline') })).toEqual(['EC01']);
  });

  it('a runtime service named with another principal, or by a Deny, does not make a workload role', async () => {
    const both = role('{ Service = ["codebuild.amazonaws.com", "ecs-tasks.amazonaws.com"] }', ECS_EXEC);
    expect(await checks({ 'main.tf': both })).toEqual([]);
    const deny = role('{ Service = "ecs-tasks.amazonaws.com" }', ECS_EXEC).replace('Effect = "Allow", Principal', 'Effect = "Deny", Principal');
    expect(await checks({ 'main.tf': deny })).toEqual(['EC01']);
    const aws = role('{ AWS = "arn:aws:iam::111122223333:root" }', ECS_EXEC);
    expect(await checks({ 'main.tf': aws })).toEqual(['EC01']);
  });

  it("every role holding it must be a workload's", async () => {
    const tf =
      role('{ Service = "ecs-tasks.amazonaws.com" }', ECS_EXEC) +
      `resource "aws_iam_role" "ci" {\n  name = "ci"\n  assume_role_policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{ Effect = "Allow", Principal = { Service = "codebuild.amazonaws.com" }, Action = "sts:AssumeRole" }]\n  })\n}\nresource "aws_iam_role_policy_attachment" "ci" {\n  role       = aws_iam_role.ci.name\n  policy_arn = aws_iam_policy.p.arn\n}\n`;
    expect(await checks({ 'main.tf': tf })).toEqual(['EC01']);
  });
});

describe('Terraform Cloud provisioning roles', () => {
  const tfc = 'arn:aws:iam::111122223333:oidc-provider/app.terraform.io';
  it.each([
    ['its provider ARN', `{ Federated = "${tfc}" }`, '', []],
    ['a provider of another issuer', `{ Federated = "${tfc}.example.com" }`, '', ['EC01']],
    [
      'an app.terraform.io claim',
      '{ Federated = "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com" }',
      ', Condition = { StringEquals = { "app.terraform.io:aud" = "aws.workload.identity" } }',
      [],
    ],
    [
      'another claim',
      '{ Federated = "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com" }',
      ', Condition = { StringEquals = { "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com" } }',
      ['EC01'],
    ],
    ['a service', '{ Service = "app.terraform.io" }', '', ['EC01']],
  ])('trusted by %s', async (_, principal, extra, expected) => {
    expect(await checks({ 'main.tf': role(principal, [...PUSH, 'ecr:DeleteRepository'], 'attachment', extra) })).toEqual(
      expected.length ? ['EC01', 'EC03'] : [],
    );
  });

  it.each([
    ['app.terraform.io', []],
    ['token.actions.githubusercontent.com', ['EC01', 'EC03']],
  ])("trusted by the module's provider of %s", async (host, expected) => {
    const tf =
      `resource "aws_iam_openid_connect_provider" "tfc" {\n  url             = "https://${host}"\n  client_id_list  = ["aws.workload.identity"]\n  thumbprint_list = ["9e99a48a9960b14926bb7f3b02e22da2b0ab7280"]\n}\n` +
      `resource "aws_iam_openid_connect_provider" "other" {\n  url             = "https://example.com"\n  client_id_list  = ["x"]\n  thumbprint_list = ["9e99a48a9960b14926bb7f3b02e22da2b0ab7280"]\n}\n` +
      role('{ Federated = aws_iam_openid_connect_provider.tfc.arn }', [...PUSH, 'ecr:DeleteRepository']);
    expect(await checks({ 'main.tf': tf })).toEqual(expected);
  });
});

/** A repository policy (private, or ECR Public) with one statement per line. */
const repoPolicy = (statements: string[], type = 'aws_ecr_repository_policy') => ({
  'main.tf': `variable "a" {\n  type = string\n}\nresource "${type}" "p" {\n  repository = "app"\n  repository_name = "app"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [\n${statements.map((s) => `      ${s},`).join('\n')}\n    ]\n  })\n}\n`,
});
const who = 'Principal = { AWS = "arn:aws:iam::111122223333:role/ci" }';

describe('repository policies', () => {
  it("another service's action (EC05), a registry-level action (EC06), a wildcard that rewrites the policy (EC07)", async () => {
    expect(
      await found(
        repoPolicy([
          `{ Effect = "Allow", ${who}, Action = ["s3:GetObject", "ecr:GetAuthorizationToken", "ecr:*", "ecr:BatchGetImage", "*"] }`,
          `{ Effect = "Allow", ${who}, Action = ["ecr:Set*", "ecr:Get*", "ecr:DescribeReg*"] }`,
        ]),
      ),
    ).toEqual([
      'EC05 10 "s3:GetObject" in an ECR repository policy: only repository actions apply to a repository; remove it, or grant it in the identity policy of whoever needs it',
      'EC06 10 "ecr:GetAuthorizationToken" in an ECR repository policy grants nothing: it is a registry-level action that only an identity policy with "Resource": "*" can grant; move it to the caller\'s identity policy',
      'EC07 10 "ecr:*" in an ECR repository policy includes ecr:DeleteRegistryPolicy, ecr:DeleteRepositoryPolicy, ecr:PutRegistryPolicy and 1 more: whoever it names can rewrite this policy; list the specific actions, e.g. ecr:BatchGetImage and ecr:GetDownloadUrlForLayer to pull',
      'EC07 11 "ecr:Set*" in an ECR repository policy includes ecr:SetRepositoryPolicy: whoever it names can rewrite this policy; list the specific actions, e.g. ecr:BatchGetImage and ecr:GetDownloadUrlForLayer to pull',
      'EC06 11 "ecr:DescribeReg*" in an ECR repository policy grants nothing: it is a registry-level action that only an identity policy with "Resource": "*" can grant; move it to the caller\'s identity policy',
    ]);
  });

  it('ECR Public repository policies too; a Deny, an Unknown action and an unknown ECR action are not reported', async () => {
    expect(
      await checks(
        repoPolicy(
          [
            `{ Effect = "Allow", ${who}, Action = ["sqs:SendMessage", "ecr-public:BatchGetImage", "ECR-PUBLIC:GetAuthorizationToken", var.a, "ecr:NoSuchAction"] }`,
            `{ Effect = "Deny", ${who}, Action = ["s3:GetObject", "ecr:GetAuthorizationToken", "ecr:*"] }`,
          ],
          'aws_ecrpublic_repository_policy',
        ),
      ),
    ).toEqual(['EC05', 'EC06']);
  });

  it('each statement of a repository policy is judged, its Unknown actions included', async () => {
    const res = await run(
      repoPolicy([`{ Effect = "Allow", ${who}, Action = [var.a] }`, `{ Sid = var.a, Effect = "Allow", ${who}, Action = ["ecr:BatchGetImage"] }`]),
      { strict: true },
    );
    expect(res.findings).toEqual([]);
    expect(res.coverage).toEqual({ statements: 2, judged: 2 });
  });

  it('an identity policy is no repository policy', async () => {
    expect(await checks(json({ Effect: 'Allow', Action: ['s3:GetObject', 'ecr:GetAuthorizationToken'], Resource: '*' }))).toEqual([]);
  });
});

/** A Terraform identity policy with variables, one statement per line from line 8. */
const tfPolicy = (statements: string[]) => ({
  'main.tf': `variable "a" {}\nvariable "r" {}\nresource "aws_iam_policy" "p" {\n  name = "p"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [\n${statements.map((s) => `      ${s},`).join('\n')}\n    ]\n  })\n}\n`,
});
const notes = async (files: Record<string, string>) => {
  const res = await run(files, { strict: true });
  return {
    ecr: res.findings.filter((f) => f.ruleId === 'ecr-scope').map((f) => `${f.checkId} ${f.severity} ${f.line} ${f.message}`),
    unresolved: res.findings.filter((f) => f.ruleId === 'unresolved').map((f) => `${f.line} ${f.message}`),
    coverage: res.coverage,
  };
};

describe('Unknown values', () => {
  it('an Unknown action leaves the purpose unknown: silent, and named under --strict once', async () => {
    const files = tfPolicy(['{ Effect = "Allow", Action = ["ecr:BatchGetImage", var.a], Resource = "*" }']);
    expect(await found(files)).toEqual([]);
    expect(await notes(files)).toEqual({
      ecr: [
        'EC08 note 8 whether this policy is a CI push/pull policy, and so whether ecr-scope applies, depends on var.a, which policylint cannot resolve (--strict): an Unknown action could add IAM or many services',
      ],
      unresolved: [],
      coverage: { statements: 1, judged: 0 },
    });
  });

  it('an Unknown Effect, and an Unknown action that writes ecr: in it, are image traffic', async () => {
    const effect = await notes(tfPolicy(['{ Effect = var.a, Action = ["ecr:BatchGetImage"], Resource = "*" }']));
    expect(effect.ecr).toEqual([expect.stringMatching(/^EC08 note 8 whether this policy is a CI push\/pull policy, .* depends on var\.a, /)]);
    const written = await notes(tfPolicy(['{ Effect = "Allow", Action = ["s3:GetObject", "ecr:${var.a}"], Resource = "*" }']));
    expect(written.ecr).toEqual([expect.stringMatching(/^EC08 note 8 .* depends on ecr:\$\{var\.a\}, /)]);
  });

  it('without image traffic the Unknown is named by the engine, not by a note of ecr-scope', async () => {
    const r = await notes(tfPolicy(['{ Effect = "Allow", Action = ["s3:GetObject", var.a], Resource = "*" }']));
    expect(r.ecr).toEqual([]);
    expect(r.unresolved).toEqual([expect.stringMatching(/Statement\[0\] was not judged fully: var\.a \(at Action\[1\]\) stopped ecr-scope; /)]);
    expect(r.coverage).toEqual({ statements: 1, judged: 0 });
  });

  it('the Unknown that stops the purpose is in the statement with it; statements before it are not named', async () => {
    const r = await notes(
      tfPolicy([
        '{ Sid = var.r, Effect = "Allow", Action = ["ecr:BatchGetImage"], Resource = "*" }',
        '{ Effect = "Allow", Action = ["ecr:PutImage", var.a], Resource = [var.r], Condition = { StringEquals = { "aws:SourceIp" = var.r } } }',
      ]),
    );
    expect(r.ecr).toEqual([expect.stringMatching(/^EC08 note 9 .* depends on var\.r and var\.a, which/)]);
    expect(r.unresolved).toEqual([]);
  });

  it('an Unknown Resource that may name repositories is undecided for the statement', async () => {
    const files = tfPolicy([
      '{ Effect = "Allow", Action = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"], Resource = [var.r, "arn:aws:ecr:*:*:repository/${var.a}"] }',
    ]);
    expect(await found(files)).toEqual([]);
    expect(await notes(files)).toEqual({
      ecr: [
        'EC08 note 8 whether ecr:BatchGetImage and ecr:GetDownloadUrlForLayer reach every repository depends on var.r and arn:aws:ecr:*:*:repository/${var.a}, which policylint cannot resolve (--strict); name the repositories the pull job uses (arn:aws:ecr:REGION:ACCOUNT:repository/NAME)',
      ],
      unresolved: [],
      coverage: { statements: 1, judged: 0 },
    });
  });

  it.each([
    ["another service's ARN", '"arn:aws:ssm:eu-west-1:111122223333:parameter/${var.a}"'],
    ['a name that is not an ARN', '"app-${var.a}"'],
  ])('an Unknown Resource written as %s cannot be a repository: judged', async (_, resource) => {
    const r = await notes(tfPolicy([`{ Effect = "Allow", Action = ["ecr:BatchGetImage"], Resource = [${resource}] }`]));
    expect(r).toEqual({ ecr: [], unresolved: [], coverage: { statements: 1, judged: 1 } });
  });

  it.each([
    ['"*${var.a}"', 1],
    ['"arn:aws:ecr-public::111122223333:repository/${var.a}"', 1],
    ['"arn:aws:${var.a}"', 1],
    ['"arn:aws:e*:eu-west-1:111122223333:${var.a}"', 1],
  ])('an Unknown Resource written as %s may be a repository', async (resource, n) => {
    const r = await notes(tfPolicy([`{ Effect = "Allow", Action = ["ecr:BatchGetImage"], Resource = [${resource}] }`]));
    expect(r.ecr.map((m) => m.split(' ')[0])).toEqual(Array(n).fill('EC08'));
    expect(r.coverage).toEqual({ statements: 1, judged: 0 });
  });

  it('"*" among Unknown Resources is reported', async () => {
    expect(await checks(tfPolicy(['{ Effect = "Allow", Action = ["ecr:BatchGetImage"], Resource = [var.r, "*"] }']))).toEqual(['EC01']);
  });

  it('an Unknown value under a key that cannot select repositories leaves the finding', async () => {
    const files = tfPolicy([
      '{ Effect = "Allow", Action = ["ecr:BatchGetImage"], Resource = "*", Condition = { StringEquals = { "aws:RequestedRegion" = var.a } } }',
    ]);
    for (const strict of [false, true]) expect(await checks(files, { strict })).toEqual(['EC01']);
    expect((await run(files, { strict: true })).coverage).toEqual({ statements: 1, judged: 1 });
  });

  it.each([
    // An unreadable key or operator is named with what it holds, as written.
    ['an Unknown key', '{ StringEquals = { "${var.a}" = "x" } }', '{ "${var.a}" = "x" }'],
    ['an Unknown operator', '{ "${var.a}" = { "aws:SourceIp" = "10.0.0.0/8" } }', '{ "${var.a}" = { "aws:SourceIp" = "10.0.0.0/8" } }'],
    ['an Unknown condition', 'var.a', 'var.a'],
  ])('%s might select repositories: undecided, named under --strict', async (_, condition, unknown) => {
    const files = tfPolicy([`{ Effect = "Allow", Action = ["ecr:PutImage"], Resource = "*", Condition = ${condition} }`]);
    expect(await found(files)).toEqual([]);
    const r = await notes(files);
    expect(r.ecr).toEqual([
      `EC08 note 8 whether ecr:PutImage reaches every repository depends on ${unknown}, which policylint cannot resolve (--strict); name the repositories the push job uses (arn:aws:ecr:REGION:ACCOUNT:repository/NAME)`,
    ]);
    expect(r.coverage).toEqual({ statements: 1, judged: 0 });
  });

  it('a resource key with an Unknown value selects repositories whatever it is: silent, judged', async () => {
    for (const key of ['aws:ResourceTag/team', 'aws:ResourceAccount']) {
      const r = await notes(
        tfPolicy([`{ Effect = "Allow", Action = ["ecr:PutImage"], Resource = ["*", var.r], Condition = { StringEquals = { "${key}" = var.a } } }`]),
      );
      expect(r, key).toEqual({ ecr: [], unresolved: [], coverage: { statements: 1, judged: 1 } });
    }
  });

  it('an Unknown Resource in a Deny, or in a statement of token actions, is judged', async () => {
    const r = await notes(
      tfPolicy([
        '{ Effect = "Allow", Action = ["ecr:BatchGetImage"], Resource = "arn:aws:ecr:eu-west-1:111122223333:repository/app" }',
        '{ Effect = "Deny", Action = ["ecr:BatchGetImage"], Resource = [var.r] }',
        '{ Effect = "Allow", Action = ["ecr:GetAuthorizationToken"], Resource = [var.r] }',
      ]),
    );
    expect(r).toEqual({ ecr: [], unresolved: [], coverage: { statements: 3, judged: 3 } });
  });

  it('in a policy of no ECR purpose every Unknown is irrelevant', async () => {
    const r = await notes(
      tfPolicy([
        '{ Effect = "Allow", Action = ["s3:GetObject"], Resource = [var.r] }',
        '{ Effect = "Allow", Action = ["ecr:DescribeImages"], Resource = [var.r] }',
      ]),
    );
    expect(r).toEqual({ ecr: [], unresolved: [], coverage: { statements: 2, judged: 2 } });
  });
});

describe('fingerprints follow what was found, not the order it is written in', () => {
  /** The set of ecr-scope fingerprints of a policy, and how many findings there were. */
  const prints = async (files: Record<string, string>) => {
    const fs = (await run(files)).findings.filter((f) => f.ruleId === 'ecr-scope');
    return { n: fs.length, prints: new Set(fs.map((f) => `${f.checkId} ${f.fingerprint}`)) };
  };
  const same = async (a: St[], b: St[], n: number) => {
    const before = await prints(json(...a));
    expect(before.n).toBe(n);
    expect(before.prints.size).toBe(n);
    expect(await prints(json(...b))).toEqual(before);
  };

  it('EC01 on two resources, its actions in another order', async () => {
    await same(
      [{ Effect: 'Allow', Action: PULL, Resource: ['*', 'arn:aws:ecr:*:*:repository/*'] }],
      [{ Effect: 'Allow', Action: [...PULL].reverse(), Resource: ['arn:aws:ecr:*:*:repository/*', '*'] }],
      2,
    );
  });

  it('EC02 and EC03 in one statement, their actions in another order', async () => {
    const acts = ['ecr:GetAuthorizationToken', 'ecr:DescribeRegistry', 'ecr:BatchDeleteImage', 'ecr:DeleteRepository', 'ecr:PutImage'];
    await same([{ Effect: 'Allow', Action: acts, Resource: REPO }], [{ Effect: 'Allow', Action: [...acts].reverse(), Resource: REPO }], 3);
  });

  it('EC04 strays in another order', async () => {
    const acts = [
      'ecr:BatchCheckLayerAvailability',
      'ecr:DescribeImages',
      'ecr:ListImages',
      'ecr:DescribeRepositories',
      ...PULL,
      's3:GetObject',
      'sns:Publish',
    ];
    await same([{ Effect: 'Allow', Action: acts, Resource: REPO }], [{ Effect: 'Allow', Action: [...acts].reverse(), Resource: REPO }], 2);
  });

  it('EC05, EC06 and EC07 in a repository policy, in another order', async () => {
    const acts = ['"s3:GetObject"', '"sqs:SendMessage"', '"ecr:GetAuthorizationToken"', '"ecr:DescribeRegistry"', '"ecr:*"', '"ecr:Set*"'];
    const text = (a: string[]) => repoPolicy([`{ Effect = "Allow", ${who}, Action = [${a.join(', ')}] }`]);
    const fps = async (a: string[]) => new Set((await run(text(a))).findings.map((f) => `${f.checkId} ${f.fingerprint}`));
    const before = await fps(acts);
    expect(before.size).toBe(6);
    expect(await fps([...acts].reverse())).toEqual(before);
  });

  it('EC08 under --strict, its actions in another order', async () => {
    const text = (a: string[]) =>
      tfPolicy([
        `{ Effect = "Allow", Action = ${JSON.stringify(a)}, Resource = [var.r] }`,
        `{ Effect = "Allow", Action = ["ecr:PutImage"], Resource = [var.a] }`,
      ]);
    const fps = async (a: string[]) => new Set((await run(text(a), { strict: true })).findings.map((f) => `${f.checkId} ${f.fingerprint}`));
    const before = await fps(PULL);
    expect(before.size).toBe(2);
    expect(await fps([...PULL].reverse())).toEqual(before);
  });
});

describe('options', () => {
  it('default to no declared policies, and take lists of address globs', () => {
    expect(ecrScope.meta.optionDefaults).toEqual({ ecrPolicyAddresses: [], adminAddresses: [] });
    const validate = new Ajv({ strict: false }).compile(configSchema([ecrScope]));
    const config = (options: unknown) => ({ rules: { 'ecr-scope': { options } } });
    expect(validate(config({ ecrPolicyAddresses: ['aws_iam_policy.ci_*'], adminAddresses: ['aws_iam_policy.ecr_admin*'] }))).toBe(true);
    for (const bad of [
      { ecrPolicyAddresses: 'aws_iam_policy.ci' },
      { adminAddresses: [1] },
      { ecrPolicyAddresses: [{}] },
      { adminAddresses: {} },
      { other: [] },
    ])
      expect(validate(config(bad)), JSON.stringify(bad)).toBe(false);
    const props = (ecrScope.meta.options as { properties: Record<string, { description: string }> }).properties;
    expect(props.ecrPolicyAddresses.description).toMatch(/^Terraform address globs of policies whose purpose is ECR publishing or pulling/);
    expect(props.adminAddresses.description).toMatch(/^Terraform address globs of policies meant for ECR administrators/);
  });
});

describe('more edges', () => {
  it('only ECR actions are counted among the repository actions on "*"', async () => {
    expect(await found(json({ Effect: 'Allow', Action: [...PULL, 'iam:GetRole', 'iam:NoSuchAction'], Resource: '*' }))).toEqual([
      `EC01 4 ecr:BatchGetImage and ecr:GetDownloadUrlForLayer on "*" reach every repository; these actions take a repository ARN, so scope them to the repositories the pull job uses ${SCOPE}`,
    ]);
  });

  it('a wildcard shown as written, beside token actions that are not repository actions', async () => {
    const [f] = await found(json({ Effect: 'Allow', Action: ['ecr:BatchGet*', 'ecr:GetAuthorizationToken', 'ecr:DescribeRegistry'], Resource: '*' }));
    expect(f).toMatch(
      /^EC01 4 "ecr:BatchGet\*" \(2 repository actions\) on "\*" reach every repository; .*, and keep ecr:GetAuthorizationToken and ecr:DescribeRegistry on "\*" in its own statement$/,
    );
  });

  it('an Unknown Resource is no repository to point at', async () => {
    const [f] = await found(
      tfPolicy(['{ Effect = "Allow", Action = ["ecr:PutImage"], Resource = [var.r] }', '{ Effect = "Allow", Action = ["ecr:BatchGetImage"], Resource = "*" }']),
    );
    expect(f).toBe(
      `EC01 9 ecr:BatchGetImage on "*" reaches every repository; these actions take a repository ARN, so scope them to the repositories the push job uses ${SCOPE}`,
    );
  });

  it('an Unknown value under one key leaves the other keys of the statement read', async () => {
    const files = tfPolicy([
      '{ Effect = "Allow", Action = ["ecr:BatchGetImage"], Resource = "*", Condition = { StringEquals = { "aws:RequestedRegion" = var.a, "aws:SourceAccount" = "111122223333" } } }',
    ]);
    expect(await checks(files)).toEqual(['EC01']);
  });

  it('a key that only ends like a resource key does not select repositories', async () => {
    expect(
      await checks(json({ Effect: 'Allow', Action: PULL, Resource: '*', Condition: { StringEquals: { 'xaws:ResourceAccount': '111122223333' } } })),
    ).toEqual(['EC01']);
  });

  it.each(['arn:aws:ecrx:eu-west-1:111122223333:${var.a}', 'arn:aws:xecr:eu-west-1:111122223333:${var.a}'])(
    'an Unknown Resource of service %s is no repository',
    async (resource) => {
      expect((await run(tfPolicy([`{ Effect = "Allow", Action = ["ecr:BatchGetImage"], Resource = ["${resource}"] }`]), { strict: true })).coverage).toEqual({
        statements: 1,
        judged: 1,
      });
    },
  );

  it('the engine names only the Unknown actions of a statement that left the purpose unknown', async () => {
    const r = await notes({
      'main.tf':
        tfPolicy([
          '{ Sid = var.r, Effect = "Allow", Action = ["s3:GetObject", var.a], Resource = [var.r], Condition = { StringEquals = { "aws:SourceIp" = var.r } } }',
        ])['main.tf'] +
        'resource "aws_iam_policy" "q" {\n  name = "q"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{ Effect = "Allow", Action = [var.a], NotResource = [var.r], Principal = { AWS = var.r } }]\n  })\n}\n' +
        'resource "aws_iam_policy" "n" {\n  name = "n"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{ Effect = "Allow", Action = [var.a], Resource = "*", NotPrincipal = { AWS = var.r } }]\n  })\n}\n',
    });
    expect(r.ecr).toEqual([]);
    expect(r.unresolved).toEqual([
      expect.stringMatching(/^8 aws_iam_policy\.p\.policy Statement\[0\] was not judged fully: var\.a \(at Action\[1\]\) stopped ecr-scope; /),
      expect.stringMatching(/^16 aws_iam_policy\.q\.policy Statement\[0\] was not judged fully: var\.a \(at Action\[0\]\) stopped ecr-scope; /),
      expect.stringMatching(/^23 aws_iam_policy\.n\.policy Statement\[0\] was not judged fully: var\.a \(at Action\[0\]\) stopped ecr-scope; /),
    ]);
  });

  it('an Unknown action beside an ECR one written with an Unknown: image traffic, said once', async () => {
    const r = await notes(tfPolicy(['{ Effect = "Allow", Action = ["s3:GetObject", "ecr:${var.a}", var.r], Resource = "*" }']));
    expect(r.ecr).toEqual([expect.stringMatching(/^EC08 note 8 .* depends on var\.r and ecr:\$\{var\.a\}, /)]);
    expect(r.unresolved).toEqual([]);
  });

  it('a Deny elsewhere keeps a non-ECR action a stray', async () => {
    expect(
      await checks(
        json(
          { Effect: 'Allow', Action: ['ecr:BatchCheckLayerAvailability', ...PULL, 's3:GetObject'], Resource: REPO },
          { Effect: 'Deny', Action: ['sqs:*', 'sns:*'], Resource: '*' },
        ),
      ),
    ).toEqual(['EC04']);
  });

  it('a runtime service in a trust policy of several statements, or beside another principal, makes a workload role', async () => {
    const two = role('{ Service = "codebuild.amazonaws.com" }', ECS_EXEC).replace(
      '"sts:AssumeRoleWithWebIdentity"] }]',
      '"sts:AssumeRoleWithWebIdentity"] }, { Effect = "Allow", Principal = { Service = "ecs-tasks.amazonaws.com" }, Action = "sts:AssumeRole" }]',
    );
    expect(await checks({ 'main.tf': two })).toEqual([]);
    expect(await checks({ 'main.tf': role('{ Service = "ecs-tasks.amazonaws.com", AWS = "arn:aws:iam::111122223333:root" }', ECS_EXEC) })).toEqual([]);
    expect(await checks({ 'main.tf': `variable "s" {}\n${role('{ Service = var.s }', ECS_EXEC)}` })).toEqual(['EC01']);
    expect(await checks({ 'main.tf': role('{ AWS = "ecs-tasks.amazonaws.com" }', ECS_EXEC) })).toEqual(['EC01']);
  });

  it('a workload role holding other policies too', async () => {
    const tf =
      role('{ Service = "ecs-tasks.amazonaws.com" }', ECS_EXEC) +
      'resource "aws_iam_role_policy_attachment" "other" {\n  role       = aws_iam_role.r.name\n  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"\n}\n';
    expect(await checks({ 'main.tf': tf })).toEqual([]);
  });

  it('a workload role declared in a module', async () => {
    const dir = {
      'main.tf': 'module "m" {\n  source = "./m"\n}\n',
      'm/main.tf': role('{ Service = "ecs-tasks.amazonaws.com" }', ECS_EXEC, 'role-inline').replace(/"r"/g, '"runner"'),
    };
    expect(await checks(dir)).toEqual([]);
  });
});

describe('what the engine names for ecr-scope', () => {
  it('in a policy whose purpose is unknown, other statements with Unknowns are not judged; an Unknown Sid changes nothing', async () => {
    const r = await notes(
      tfPolicy([
        '{ Sid = var.a, Effect = "Allow", Action = ["ecr:BatchGetImage"], Resource = [var.r] }',
        '{ Effect = "Allow", Action = ["ecr:PutImage", var.a], Resource = "*" }',
      ]),
    );
    expect(r.ecr).toEqual([expect.stringMatching(/^EC08 note 9 whether this policy is a CI push\/pull policy/)]);
    expect(r.unresolved).toEqual([
      expect.stringMatching(/^8 aws_iam_policy\.p\.policy Statement\[0\] was not judged fully: var\.r \(at Resource\[0\]\) stopped ecr-scope; /),
    ]);
  });

  it('ECR actions that move no image are no image traffic; a push action is', async () => {
    const describe = await notes(tfPolicy(['{ Effect = "Allow", Action = ["ecr:DescribeImages", var.a], Resource = "*" }']));
    expect(describe.ecr).toEqual([]);
    expect(describe.unresolved).toEqual([expect.stringMatching(/var\.a \(at Action\[1\]\) stopped ecr-scope/)]);
    const push = await notes(tfPolicy(['{ Effect = "Allow", Action = ["ecr:PutImage", var.a], Resource = "*" }']));
    expect(push.ecr).toEqual([expect.stringMatching(/^EC08 note 8 whether this policy is a CI push\/pull policy/)]);
  });

  it('a statement with no Action beside a pull statement', async () => {
    expect(await checks(json({ Effect: 'Allow', Resource: '*' }, { Effect: 'Allow', Action: PULL, Resource: '*' }))).toEqual(['EC01']);
  });
});
