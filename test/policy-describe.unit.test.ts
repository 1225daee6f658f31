import { describe, expect, it } from 'vitest';
import type { Policy, Principals, Statement } from '../src/model/policy.js';
import { fromPlain, unknown, type UnknownValue, type Value } from '../src/model/value.js';
import { normalize } from '../src/policy/normalize.js';
import { conditionSummary, describeActions, identityArnReference, opaquePrincipal, unknownTexts, whoUnknowns } from '../src/policy/describe.js';

// src/policy/describe.ts: the words rules put in messages (which actions, which conditions, which
// expressions could not be resolved) and two judgements about Unknown principals — whether a
// reference is one concrete IAM identity, and whether an Unknown principal could be "*" (§1.1).

/** A document from plain JSON, where `{ $unknown: text }` stands for an Unknown. */
function doc(x: unknown): Value {
  if (x && typeof x === 'object' && !Array.isArray(x)) {
    const o = x as Record<string, unknown>;
    if (typeof o.$unknown === 'string') return unknown(o.$unknown, undefined, o.extra ?? {});
    return { kind: 'object', entries: Object.entries(o).map(([key, v]) => ({ key, value: doc(v) })) };
  }
  if (Array.isArray(x)) return { kind: 'list', items: x.map(doc) };
  return fromPlain(x);
}
const U = (text: string, extra: Partial<UnknownValue> = {}) => ({ $unknown: text, extra });
/** A template with known text around its references (`"arn:aws:iam::${var.id}:root"`). */
const T = (text: string) => U(text, { source: 'string' });
const statementOf = (st: unknown): Statement =>
  normalize({
    origin: undefined,
    address: 'p',
    kind: 'resource',
    source: 'jsonencode',
    document: doc({ Version: '2012-10-17', Statement: st }),
  } as unknown as Policy).statements[0];
const principalOf = (p: unknown): Principals => statementOf({ Effect: 'Allow', Principal: p }).principal!;

describe('describeActions', () => {
  it('names one action, or the first and how many more', () => {
    expect(describeActions(statementOf({ Action: 'ecr:BatchGetImage' }))).toBe('ecr:BatchGetImage');
    expect(describeActions(statementOf({ Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] }))).toBe('ecr:BatchGetImage and 1 more action');
    expect(describeActions(statementOf({ Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:PutImage'] }))).toBe(
      'ecr:BatchGetImage and 2 more actions',
    );
  });

  it('an Unknown action by its expression', () => {
    expect(describeActions(statementOf({ Action: U('var.actions') }))).toBe('var.actions');
    expect(describeActions(statementOf({ Action: [U('var.actions'), 's3:GetObject'] }))).toBe('var.actions and 1 more action');
  });

  it('"*" anywhere among them is every action', () => {
    expect(describeActions(statementOf({ Action: ['s3:GetObject', '*'] }))).toBe('every action ("*")');
    expect(describeActions(statementOf({ Action: '*' }))).toBe('every action ("*")');
  });

  it('NotAction is every action but those; no action at all is the statement', () => {
    expect(describeActions(statementOf({ NotAction: 'iam:*', Action: 's3:GetObject' }))).toBe('every action except those in NotAction');
    expect(describeActions(statementOf({ NotAction: [] }))).toBe('every action except those in NotAction');
    expect(describeActions(statementOf({ Effect: 'Allow' }))).toBe('the statement');
    expect(describeActions(statementOf({ Action: [] }))).toBe('the statement');
  });
});

describe('conditionSummary', () => {
  it('lists each operator and key once, or says there is no condition', () => {
    expect(conditionSummary(statementOf({ Effect: 'Allow' }))).toBe(' (the statement has no condition)');
    expect(conditionSummary(statementOf({ Condition: { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/x' } } }))).toBe(
      ' (passing ArnLike aws:PrincipalArn)',
    );
    const two = statementOf({
      Condition: { StringEquals: { 'aws:PrincipalAccount': '1', 'aws:SourceVpc': 'vpc-1' }, StringLike: { 'aws:PrincipalAccount': '2*' } },
    });
    expect(conditionSummary(two)).toBe(' (passing StringEquals aws:PrincipalAccount and StringEquals aws:SourceVpc and StringLike aws:PrincipalAccount)');
    const repeated = { ...two, conditions: [...two.conditions, two.conditions[0]] };
    expect(conditionSummary(repeated)).toBe(' (passing StringEquals aws:PrincipalAccount and StringEquals aws:SourceVpc and StringLike aws:PrincipalAccount)');
  });
});

describe('unknownTexts', () => {
  it('finds the Unknowns at any depth, each once', () => {
    const v = doc({ a: U('var.a'), b: [1, U('var.b'), { c: [U('var.c')] }], d: 'known' });
    expect(unknownTexts(v).sort()).toEqual(['var.a', 'var.b', 'var.c']);
    expect(unknownTexts(doc([U('var.a'), U('var.a')]))).toEqual(['var.a']);
    expect(unknownTexts(doc(U('var.whole')))).toEqual(['var.whole']);
    expect(unknownTexts(doc({ a: ['x', 1, null, true] }))).toEqual([]);
  });

  it('stops at the limit, three by default', () => {
    const many = doc([U('var.a'), U('var.b'), U('var.c'), U('var.d'), U('var.e')]);
    expect(unknownTexts(many)).toHaveLength(3);
    expect(unknownTexts(many, 1)).toHaveLength(1);
    expect(unknownTexts(many, 5).sort()).toEqual(['var.a', 'var.b', 'var.c', 'var.d', 'var.e']);
    expect(unknownTexts(many, 0)).toEqual([]);
  });
});

describe('whoUnknowns', () => {
  const st = statementOf({
    Effect: U('var.effect'),
    Principal: { AWS: U('var.principals') },
    NotPrincipal: { AWS: [U('var.not_principals')] },
    Action: U('var.actions'),
    Resource: U('var.resources'),
    Condition: { StringEquals: { 'aws:PrincipalOrgID': U('var.org') } },
  });

  it('names the Unknowns in Effect, Principal, NotPrincipal and Condition, never those in Action or Resource', () => {
    expect(whoUnknowns(st).sort()).toEqual(['var.effect', 'var.not_principals', 'var.org', 'var.principals']);
  });

  it('or in the elements asked for, each expression once', () => {
    expect(whoUnknowns(st, ['Principal', 'NotPrincipal'])).toEqual(['var.principals', 'var.not_principals']);
    expect(whoUnknowns(st, ['Resource'])).toEqual(['var.resources']);
    expect(whoUnknowns(st, ['Sid'])).toEqual([]);
    const same = statementOf({ Principal: { AWS: U('var.p') }, Condition: { ArnLike: { 'aws:PrincipalArn': U('var.p') } } });
    expect(whoUnknowns(same)).toEqual(['var.p']);
  });

  it('a statement that is itself Unknown is its own Unknowns', () => {
    const whole = normalize({ address: 'p', kind: 'resource', source: 'jsonencode', document: doc({ Statement: [U('var.statement')] }) } as unknown as Policy)
      .statements[0];
    expect(whoUnknowns(whole)).toEqual(['var.statement']);
  });
});

describe('identityArnReference', () => {
  it("is a caller's, a role's or a user's ARN, or the caller's account, however the reference is wrapped", () => {
    for (const text of [
      'data.aws_caller_identity.current.arn',
      'data.aws_caller_identity.current.account_id',
      '${data.aws_caller_identity.current.account_id}',
      'aws_iam_role.deploy.arn',
      'aws_iam_user.ci-bot.arn',
      'data.aws_iam_role.deploy.arn',
      '${data.aws_iam_user.admins[0].arn}',
      '${ aws_iam_role.deploy.arn }',
      'aws_iam_role.by_name["deploy"].arn',
      'aws_iam_role.r[*].arn',
      '${aws_iam_role.r[each.key].arn}',
      '${aws_iam_role.r["${var.k}"].arn}',
      'one(aws_iam_role.r[*].arn)',
      '${one(data.aws_iam_role.r[*].arn)}',
      'data.aws_caller_identity.me["a"].account_id',
      'data.aws_caller_identity._x.account_id',
    ])
      expect(identityArnReference(text), text).toBe(true);
  });

  it('is no other reference, attribute or expression', () => {
    for (const text of [
      'var.role_arn',
      'aws_iam_role.deploy.name',
      'aws_iam_role.deploy.arn_suffix',
      'aws_iam_role.deploy.arn.x',
      'aws_iam_policy.p.arn',
      'aws_caller_identity.current.account_id',
      'data.aws_caller_identity.current.user_id',
      'data.aws_caller_identity.current.account_id_x',
      'local.aws_iam_role.deploy.arn',
      'local.data.aws_caller_identity.current.account_id',
      'aws_iam_role.1role.arn',
      'data.aws_caller_identity.1.account_id',
      'aws_iam_role.r[0][1].arn',
      'data.aws_caller_identity.r[0][1].account_id',
      'arn:aws:iam::${data.aws_caller_identity.current.account_id}:root',
      '${aws_iam_role.a.arn}${aws_iam_role.b.arn}',
      'one(aws_iam_role.r[*].arn)x',
      'none(aws_iam_role.r[*].arn)',
      '${var.prefix}${aws_iam_role.r.arn}',
    ])
      expect(identityArnReference(text), text).toBe(false);
  });
});

describe('opaquePrincipal', () => {
  it('a known principal is not opaque', () => {
    expect(opaquePrincipal(principalOf('*'))).toBe(false);
    expect(opaquePrincipal(principalOf({ AWS: ['arn:aws:iam::111122223333:root', '*'] }))).toBe(false);
  });

  it('a bare reference as the whole principal, or as an AWS value, may be "*" or a list', () => {
    expect(opaquePrincipal(principalOf(U('var.principal')))).toBe(true);
    expect(opaquePrincipal(principalOf({ AWS: U('var.arns') }))).toBe(true);
    expect(opaquePrincipal(principalOf({ AWS: ['arn:aws:iam::111122223333:root', U('var.more')] }))).toBe(true);
    expect(opaquePrincipal(principalOf({ '*': U('var.who') }))).toBe(true);
  });

  it('a template that can only be "*" is opaque; one with known text is not', () => {
    expect(opaquePrincipal(principalOf({ AWS: T('${var.who}') }))).toBe(true);
    expect(opaquePrincipal(principalOf({ AWS: T('${var.a}${var.b}') }))).toBe(true);
    expect(opaquePrincipal(principalOf({ AWS: T('arn:aws:iam::${var.account}:root') }))).toBe(false);
    expect(opaquePrincipal(principalOf({ AWS: T('${var.account}') }))).toBe(true);
    expect(opaquePrincipal(principalOf({ AWS: T('${var.x}1') }))).toBe(false);
  });

  it("a role's, a user's or the caller's ARN is one identity, never everyone", () => {
    expect(opaquePrincipal(principalOf({ AWS: U('${aws_iam_role.deploy.arn}') }))).toBe(false);
    expect(opaquePrincipal(principalOf({ AWS: [U('data.aws_caller_identity.current.arn'), U('aws_iam_user.u.arn')] }))).toBe(false);
    expect(opaquePrincipal(principalOf({ AWS: [U('aws_iam_user.u.arn'), U('var.other')] }))).toBe(true);
  });

  it('an Unknown service or federated provider is never everyone', () => {
    expect(opaquePrincipal(principalOf({ Service: U('var.service') }))).toBe(false);
    expect(opaquePrincipal(principalOf({ Federated: U('aws_iam_openid_connect_provider.gh.arn') }))).toBe(false);
    expect(opaquePrincipal(principalOf({ Service: 'ecs.amazonaws.com', Federated: U('var.idp') }))).toBe(false);
  });

  it('a list of bare strings is not opaque (IAM rejects it whatever it holds, §1.1)', () => {
    const list = principalOf(['arn:aws:iam::1:root', U('var.x')]);
    expect(opaquePrincipal(list)).toBe(false);
    expect(opaquePrincipal({ ...list, unknown: true })).toBe(false);
  });
});
