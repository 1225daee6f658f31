import { describe, expect, it } from 'vitest';
import type { NormalizedPolicy, Policy } from '../src/model/policy.js';
import type { Value } from '../src/model/value.js';
import { normalize } from '../src/policy/normalize.js';
import { describeGrants, roleCapabilities } from '../src/policy/capabilities.js';

// src/policy/capabilities.ts: what an identity policy lets its holder do, in a few words, for the
// message of a finding that lets an outsider in (oidc-trust: "... and then can push to ECR
// repository app (aws_iam_policy.ecr_push) and use AWS managed ReadOnlyAccess").

/** An Unknown as the resolver leaves it; `ref` for a reference to a resource's attribute. */
class Unknown {
  constructor(
    readonly text: string,
    readonly ref?: string,
  ) {}
}
const unknown = (text: string, ref?: string) => new Unknown(text, ref);
type Json = string | Unknown | Json[] | { [key: string]: Json };

function toValue(j: Json): Value {
  if (typeof j === 'string') return { kind: 'string', value: j };
  if (j instanceof Unknown) return { kind: 'unknown', text: j.text, ...(j.ref ? { ref: j.ref } : {}) };
  if (Array.isArray(j)) return { kind: 'list', items: j.map(toValue) };
  return { kind: 'object', entries: Object.entries(j).map(([key, value]) => ({ key, value: toValue(value) })) };
}

function policy(statements: Array<Record<string, Json>>, address = 'aws_iam_policy.p', kind: Policy['kind'] = 'identity'): NormalizedPolicy {
  const document = toValue({ Version: '2012-10-17', Statement: statements });
  return normalize({ origin: { file: 'main.tf', range: { start: 0, end: 0 } }, address, kind, source: 'jsonencode', document });
}

const allow = (Action: Json, Resource?: Json, extra: Record<string, Json> = {}) => ({ Effect: 'Allow', Action, ...(Resource ? { Resource } : {}), ...extra });
const repo = (name: string) => `arn:aws:ecr:eu-west-1:111122223333:repository/${name}`;
const PUSH = ['ecr:PutImage', 'ecr:InitiateLayerUpload', 'ecr:UploadLayerPart', 'ecr:CompleteLayerUpload', 'ecr:BatchCheckLayerAvailability'];
const PULL = ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'];
const grantsOf = (...statements: Array<Record<string, Json>>) => describeGrants(policy(statements), 10);

describe('what an identity policy grants, in a few words', () => {
  it('every action, a push, a pull, or the actions by name, with where', () => {
    expect(grantsOf(allow('*', '*'))).toEqual(['run every action ("*") on *']);
    expect(grantsOf(allow(['ecr:PutImage', '*'], repo('app')))).toEqual([`run every action ("*") on ${repo('app')}`]);
    expect(grantsOf(allow(PUSH, repo('app')))).toEqual(['push to ECR repository app']);
    expect(grantsOf(allow(PULL, [repo('app'), repo('web')]))).toEqual(['pull from ECR repositories app, web']);
    expect(grantsOf(allow('s3:GetObject', 'arn:aws:s3:::logs/*'))).toEqual(['run s3:GetObject on arn:aws:s3:::logs/*']);
    expect(grantsOf(allow(['s3:GetObject', 's3:PutObject'], ['arn:aws:s3:::a/*', 'arn:aws:s3:::b/*', 'arn:aws:s3:::c/*']))).toEqual([
      'run s3:GetObject and 1 more action on arn:aws:s3:::a/* and 2 more',
    ]);
    expect(grantsOf(allow('s3:ListBucket', ['arn:aws:s3:::a', 'arn:aws:s3:::b']))).toEqual(['run s3:ListBucket on arn:aws:s3:::a and 1 more']);
    // No Resource element: the statement's own resources.
    expect(grantsOf(allow('s3:GetObject'))).toEqual(['run s3:GetObject on its resources']);
    // A push or a pull without a Resource element is still said as one, with no repository to name.
    expect(grantsOf(allow('ecr:PutImage'))).toEqual(['push to its resources']);
    expect(grantsOf(allow('ecr:BatchGetImage'))).toEqual(['pull from its resources']);
  });

  it('a push or a pull by any action pattern that covers it, in any case (§2.1: action names are case-insensitive)', () => {
    expect(grantsOf(allow('ecr:*', repo('app')))).toEqual(['push to ECR repository app']);
    expect(grantsOf(allow('ECR:putimage', repo('app')))).toEqual(['push to ECR repository app']);
    expect(grantsOf(allow('ecr:Batch*', repo('app')))).toEqual(['pull from ECR repository app']);
    expect(grantsOf(allow('ecr:batchgetimage', repo('app')))).toEqual(['pull from ECR repository app']);
    // Neither: a read of the repository's metadata.
    expect(grantsOf(allow('ecr:Describe*', repo('app')))).toEqual([`run ecr:Describe* on ${repo('app')}`]);
    // NotAction grants everything but what it lists: not a "push" by name, even if ecr:PutImage is not excluded.
    expect(grantsOf({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })).toEqual(['run every action except those in NotAction on *']);
  });

  it('names the repositories: from the ARN, from a reference to the repository resource, or "any" for a wildcard', () => {
    expect(grantsOf(allow(PUSH, repo('team/app')))).toEqual(['push to ECR repository team/app']);
    expect(grantsOf(allow(PUSH, unknown('aws_ecr_repository.app.arn', 'aws_ecr_repository.app.arn')))).toEqual(['push to ECR repository app']);
    expect(grantsOf(allow(PUSH, unknown('${aws_ecr_repository.web-2.arn}')))).toEqual(['push to ECR repository web-2']);
    expect(grantsOf(allow(PUSH, unknown('var.repository_arn')))).toEqual(['push to ECR repository var.repository_arn']);
    // A value that is no repository ARN is shown as written.
    expect(grantsOf(allow(PULL, 'arn:aws:ecr:eu-west-1:111122223333:repository'))).toEqual([
      'pull from ECR repository arn:aws:ecr:eu-west-1:111122223333:repository',
    ]);
    // Wildcards: "*", a repository ARN ending in "/*", beside named ones.
    expect(grantsOf(allow(PUSH, '*'))).toEqual(['push to any ECR repository']);
    expect(grantsOf(allow(PUSH, [repo('app'), '*']))).toEqual(['push to any ECR repository']);
    expect(grantsOf(allow(PULL, [repo('app'), repo('*')]))).toEqual(['pull from any ECR repository']);
    expect(grantsOf(allow(PULL, [repo('app'), 'arn:aws:ecr:*:111122223333:repository/*']))).toEqual(['pull from any ECR repository']);
    // An Unknown whose text ends in "repository/*": every repository of whichever account and region.
    expect(grantsOf(allow(PULL, [repo('app'), unknown('arn:aws:ecr:${var.region}:${var.account}:repository/*')]))).toEqual(['pull from any ECR repository']);
  });

  it('only Allow statements whose actions are known; an Unknown resource still says what is granted', () => {
    expect(grantsOf({ Effect: 'Deny', Action: '*', Resource: '*' })).toEqual([]);
    expect(grantsOf({ Effect: unknown('var.effect'), Action: '*', Resource: '*' })).toEqual([]);
    expect(grantsOf(allow(unknown('var.actions'), '*'))).toEqual([]);
    expect(grantsOf(allow(['s3:GetObject', unknown('var.more')], '*'))).toEqual([]);
    // An Unknown condition may pin the grant to no one: said nothing.
    expect(grantsOf(allow('s3:GetObject', '*', { Condition: { StringEquals: { 'aws:ResourceTag/team': unknown('var.team') } } }))).toEqual([]);
    expect(grantsOf(allow('s3:GetObject', unknown('aws_s3_bucket.logs.arn')))).toEqual(['run s3:GetObject on aws_s3_bucket.logs.arn']);
    expect(grantsOf({ Effect: 'Allow', Action: 's3:GetObject', NotResource: unknown('var.private') })).toEqual(['run s3:GetObject on its resources']);
  });

  it('each phrase once, the registry token only when it is all, and at most `limit` (3 by default)', () => {
    const token = allow('ecr:GetAuthorizationToken', '*');
    expect(grantsOf(allow(PUSH, repo('app')), allow(PUSH, repo('app')))).toEqual(['push to ECR repository app']);
    expect(grantsOf(token)).toEqual(['run ecr:GetAuthorizationToken on *']);
    expect(grantsOf(token, allow(PUSH, repo('app')))).toEqual(['push to ECR repository app']);
    expect(grantsOf(allow(PULL, repo('web')), token)).toEqual(['pull from ECR repository web']);
    const four = policy([allow('s3:GetObject', '*'), allow('sqs:SendMessage', '*'), allow('sns:Publish', '*'), allow('kms:Decrypt', '*')]);
    expect(describeGrants(four)).toEqual(['run s3:GetObject on *', 'run sqs:SendMessage on *', 'run sns:Publish on *']);
    expect(describeGrants(four, 1)).toEqual(['run s3:GetObject on *']);
    // The token is left out before the limit is applied.
    const withToken = policy([token, allow('s3:GetObject', '*'), allow('sqs:SendMessage', '*'), allow('sns:Publish', '*')]);
    expect(describeGrants(withToken)).toEqual(['run s3:GetObject on *', 'run sqs:SendMessage on *', 'run sns:Publish on *']);
  });
});

describe("what a role can do, for a finding's message", () => {
  const ROLE = 'aws_iam_role.ci';
  const trust = policy(
    [{ Effect: 'Allow', Principal: { Federated: 'arn:aws:iam::111122223333:oidc-provider/x' }, Action: 'sts:AssumeRoleWithWebIdentity' }],
    ROLE,
    'trust',
  );
  const inline = policy([allow(PUSH, repo('app'))], ROLE);
  const push = policy([allow(PUSH, repo('app'))], 'aws_iam_policy.ecr_push');
  const pull = policy([allow(PULL, repo('web'))], 'aws_iam_policy.ecr_pull');

  it('the example of the message: a policy attached by address and an AWS managed policy', () => {
    expect(roleCapabilities(ROLE, [{ policyAddress: 'aws_iam_policy.ecr_push' }, { arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }], [trust, push, pull])).toBe(
      ', and then can push to ECR repository app (aws_iam_policy.ecr_push) and use AWS managed ReadOnlyAccess',
    );
  });

  it("the role's own identity policies are inline; its trust policy grants nothing", () => {
    expect(roleCapabilities(ROLE, [], [trust, inline, push])).toBe(', and then can push to ECR repository app (inline policy)');
    expect(roleCapabilities(ROLE, [], [trust])).toBe('');
  });

  it('a policy attached by address counts its identity documents, no one else', () => {
    const other = policy([allow('s3:GetObject', '*')], 'aws_iam_policy.ecr_push', 'resource');
    expect(roleCapabilities(ROLE, [{ policyAddress: 'aws_iam_policy.ecr_pull' }], [trust, push, pull, other])).toBe(
      ', and then can pull from ECR repository web (aws_iam_policy.ecr_pull)',
    );
    expect(roleCapabilities(ROLE, [{ policyAddress: 'aws_iam_policy.ecr_push' }], [other, push])).toBe(
      ', and then can push to ECR repository app (aws_iam_policy.ecr_push)',
    );
    // An attachment whose policy was not found, or that names nothing, says nothing.
    expect(roleCapabilities(ROLE, [{ policyAddress: 'aws_iam_policy.gone' }, {}], [push])).toBe('');
  });

  it('a managed policy by ARN: its name, "AWS managed" only for AWS\'s own', () => {
    expect(roleCapabilities(ROLE, [{ arn: 'arn:aws:iam::111122223333:policy/team/Deploy' }], [])).toBe(', and then can use Deploy');
    expect(roleCapabilities(ROLE, [{ arn: 'arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerRegistryPowerUser' }], [])).toBe(
      ', and then can use AWS managed AmazonEC2ContainerRegistryPowerUser',
    );
    // In every partition: AWS's own policies are arn:<partition>:iam::aws:policy/...
    expect(roleCapabilities(ROLE, [{ arn: 'arn:aws-cn:iam::aws:policy/ReadOnlyAccess' }], [])).toBe(', and then can use AWS managed ReadOnlyAccess');
    expect(roleCapabilities(ROLE, [{ arn: 'arn:aws-us-gov:iam::aws:policy/ReadOnlyAccess' }], [])).toBe(', and then can use AWS managed ReadOnlyAccess');
    // The ARN wins over an address given beside it.
    expect(roleCapabilities(ROLE, [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess', policyAddress: 'aws_iam_policy.ecr_push' }], [push])).toBe(
      ', and then can use AWS managed ReadOnlyAccess',
    );
  });

  it('lists "a, b and c"; past four, "and N more"', () => {
    const managed = (n: number) => Array.from({ length: n }, (_, i) => ({ arn: `arn:aws:iam::111122223333:policy/P${i + 1}` }));
    expect(roleCapabilities(ROLE, [], [])).toBe('');
    expect(roleCapabilities(ROLE, managed(2), [])).toBe(', and then can use P1 and use P2');
    expect(roleCapabilities(ROLE, managed(3), [])).toBe(', and then can use P1, use P2 and use P3');
    expect(roleCapabilities(ROLE, managed(4), [])).toBe(', and then can use P1, use P2, use P3 and use P4');
    expect(roleCapabilities(ROLE, managed(5), [])).toBe(', and then can use P1, use P2, use P3, use P4 and 1 more');
    expect(roleCapabilities(ROLE, managed(7), [])).toBe(', and then can use P1, use P2, use P3, use P4 and 3 more');
    // Inline grants first, then the attachments in order.
    expect(roleCapabilities(ROLE, managed(1), [inline])).toBe(', and then can push to ECR repository app (inline policy) and use P1');
  });
});
