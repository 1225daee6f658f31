import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Statement } from '../src/model/policy.js';
import type { Value } from '../src/model/value.js';
import { normalize } from '../src/policy/normalize.js';
import { admits, findWitness, foreignRoles, outsideCallers, patternCallers, principalAdmits, type Caller } from '../src/policy/callers.js';
import { arnLike, parseArn } from '../src/policy/arn.js';

// src/policy/callers.ts: the concrete outsiders a search tries against a statement (an anonymous
// caller, a role in a foreign account, roles built from the policy's own aws:PrincipalArn
// patterns), what each carries in its request (docs/iam-semantics.md §3.2), and whether a
// statement's Principal and conditions let it in (§1.1, §2.1), in three values.

if (process.env.CI) fc.configureGlobal({ seed: 20261206 });

/** An Unknown as the resolver leaves it: a bare reference, or a template written as a string. */
class Unknown {
  constructor(
    readonly text: string,
    readonly source?: 'string',
  ) {}
}
const unknown = (text: string, source?: 'string') => new Unknown(text, source);
type Json = string | Unknown | Json[] | { [key: string]: Json };

function toValue(j: Json): Value {
  if (typeof j === 'string') return { kind: 'string', value: j };
  if (j instanceof Unknown) return { kind: 'unknown', text: j.text, ...(j.source ? { source: j.source } : {}) };
  if (Array.isArray(j)) return { kind: 'list', items: j.map(toValue) };
  return { kind: 'object', entries: Object.entries(j).map(([key, value]) => ({ key, value: toValue(value) })) };
}

/** One statement of a resource policy, read by the normalizer as every rule reads it. */
function statement(st: Record<string, Json>): Statement {
  const document = toValue({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'ecr:BatchGetImage', ...st }] });
  const policy = normalize({ origin: { file: 'p.json', range: { start: 0, end: 0 } }, address: 'p.json', kind: 'resource', source: 'json-file', document });
  return policy.statements[0];
}

/** A `"*"` statement with one condition. */
const withCondition = (operator: string, key: string, value: Json) => statement({ Principal: '*', Condition: { [operator]: { [key]: value } } });

const noTrust = { avoidAccounts: [] as string[] };
const anonymousCaller = (network: boolean): Caller => outsideCallers(statement({ Principal: '*' }), { anonymous: true, network, ...noTrust })[0];

describe('the callers a search tries', () => {
  it('a foreign role: a role ARN in an outside account, once outside any organization and once inside its own', () => {
    const [plain, inOrg] = foreignRoles(false);
    expect(plain.account).toMatch(/^\d{12}$/);
    expect(parseArn(plain.arn!)).toMatchObject({ partition: 'aws', service: 'iam', region: '', account: plain.account });
    expect(parseArn(plain.arn!)!.resource).toMatch(/^role\//);
    expect(inOrg.arn).toBe(plain.arn);
    expect(inOrg.account).toBe(plain.account);
    expect(plain.description).toBe(`a role in any other AWS account, such as ${plain.arn}`);
    expect(inOrg.description).toBe(`${plain.description} (in its own organization)`);

    const both = (st: Statement) => [admits(st, plain), admits(st, inOrg)];
    expect(both(withCondition('StringEquals', 'aws:PrincipalAccount', plain.account!))).toEqual([true, true]);
    expect(both(withCondition('StringEquals', 'aws:PrincipalAccount', 'anonymous'))).toEqual([false, false]);
    expect(both(withCondition('ArnEquals', 'aws:PrincipalArn', plain.arn!))).toEqual([true, true]);
    // A role session: AWS reports the type AssumedRole and a user id "role-id:session-name" (§3.2).
    expect(both(withCondition('StringEquals', 'aws:PrincipalType', 'AssumedRole'))).toEqual([true, true]);
    expect(both(withCondition('StringLike', 'aws:userid', 'AROA*:*'))).toEqual([true, true]);
    // A role is no AWS service principal; the key is present in every signed request.
    expect(both(withCondition('Bool', 'aws:PrincipalIsAWSService', 'false'))).toEqual([true, true]);
    expect(both(withCondition('Bool', 'aws:PrincipalIsAWSService', 'true'))).toEqual([false, false]);
    // The organization keys exist only for a principal in an organization.
    expect(both(withCondition('Null', 'aws:PrincipalOrgID', 'true'))).toEqual([true, false]);
    expect(both(withCondition('Null', 'aws:PrincipalOrgID', 'false'))).toEqual([false, true]);
    expect(both(withCondition('Null', 'aws:PrincipalOrgPaths', 'false'))).toEqual([false, true]);
    // Its own organization is not the owner's.
    expect(both(withCondition('StringEquals', 'aws:PrincipalOrgID', 'o-owner12345'))).toEqual([false, false]);
    // An org path starts with the org's id (§3.2: OU ids are unique only within an organization).
    const orgId = inOrg.context.values.get('aws:principalorgid')![0];
    expect(orgId).toMatch(/^o-/);
    expect(both(withCondition('ForAnyValue:StringLike', 'aws:PrincipalOrgPaths', `${orgId}/r-*/*`))).toEqual([false, true]);
    // Never the anonymous caller's marks.
    expect(both(withCondition('Null', 'aws:PrincipalArn', 'true'))).toEqual([false, false]);
  });

  it('an anonymous caller: no aws:PrincipalArn, account and user id "anonymous", no org, no service flag (§3.2)', () => {
    const anon = anonymousCaller(false);
    expect(anon.arn).toBeUndefined();
    expect(anon.account).toBeUndefined();
    expect(anon.description).toBe('anyone, with an unsigned (anonymous) request');
    const lets = (operator: string, key: string, value: string) => admits(withCondition(operator, key, value), anon);
    expect(lets('Null', 'aws:PrincipalArn', 'true')).toBe(true);
    expect(lets('StringEquals', 'aws:PrincipalAccount', 'anonymous')).toBe(true);
    expect(lets('StringEquals', 'aws:PrincipalType', 'Anonymous')).toBe(true);
    expect(lets('StringEquals', 'aws:userid', 'anonymous')).toBe(true);
    expect(lets('Null', 'aws:PrincipalOrgID', 'false')).toBe(false);
    expect(lets('Null', 'aws:PrincipalIsAWSService', 'false')).toBe(false);
    // Absent aws:PrincipalArn: a negated ARN operator passes, a positive one fails (§2.2).
    expect(lets('ArnNotLike', 'aws:PrincipalArn', 'arn:aws:iam::111122223333:*')).toBe(true);
    expect(lets('ArnLike', 'aws:PrincipalArn', 'arn:aws:iam::*:*')).toBe(false);
  });

  it('keys the caller sets in its own request pass whatever the policy wants, for every caller (§3.2)', () => {
    const keys = [
      'aws:SecureTransport',
      'aws:RequestedRegion',
      'aws:CurrentTime',
      'aws:EpochTime',
      'aws:UserAgent',
      'aws:Referer',
      'aws:RequestTag/cost-center',
      'aws:TagKeys',
      'aws:TokenIssueTime',
      'aws:MultiFactorAuthAge',
    ];
    const callers = [anonymousCaller(false), ...foreignRoles(false)];
    for (const key of keys) {
      for (const caller of callers) expect(admits(withCondition('StringEquals', key, 'no-such-value'), caller), `${key} ${caller.description}`).toBe(true);
    }
  });

  it("the identity's own tags and MFA: a role's creator sets them, an anonymous caller has none", () => {
    const [role] = foreignRoles(false);
    const anon = anonymousCaller(false);
    const tag = withCondition('StringEquals', 'aws:PrincipalTag/cost-center', 'no-such-value');
    const mfa = withCondition('Bool', 'aws:MultiFactorAuthPresent', 'true');
    expect([admits(tag, role), admits(tag, anon)]).toEqual([true, false]);
    expect([admits(mfa, role), admits(mfa, anon)]).toEqual([true, false]);
  });

  it('IP and VPC keys pass only for a caller that may send from any network', () => {
    for (const key of ['aws:SourceIp', 'aws:SourceVpc', 'aws:SourceVpce', 'aws:VpcSourceIp', 'aws:SourceVpcArn']) {
      const st = withCondition('StringEquals', key, 'vpc-0123456789');
      expect([admits(st, foreignRoles(true)[0]), admits(st, foreignRoles(false)[0])], key).toEqual([true, false]);
      expect([admits(st, anonymousCaller(true)), admits(st, anonymousCaller(false))], key).toEqual([true, false]);
    }
  });

  it('keys are matched whole: a mistyped key, or a resource tag named after a request key, is absent from the request', () => {
    const [role] = foreignRoles(true);
    const anon = anonymousCaller(true);
    const keys = [
      // "IfExists" written into the key instead of the operator: an unknown key, never sent.
      'aws:SecureTransportIfExists',
      'aws:MultiFactorAuthPresentIfExists',
      'aws:SourceIpIfExists',
      // Tag keys may hold ':' and '/': these name tags on the resource, which the caller does not set.
      'aws:ResourceTag/app/aws:TagKeys',
      'aws:ResourceTag/app/aws:MultiFactorAuthPresent',
      'aws:ResourceTag/app/aws:SourceVpc',
    ];
    for (const key of keys) {
      const st = withCondition('StringEquals', key, 'no-such-value');
      expect([admits(st, role), admits(st, anon)], key).toEqual([false, false]);
    }
  });
});

describe('roles built from an aws:PrincipalArn pattern', () => {
  const opts = { network: false, avoidAccounts: [] };

  it('a wildcard account gives a role of that name in an outside account, outside and inside an organization', () => {
    const pattern = 'arn:aws:iam::*:role/deploy';
    const callers = patternCallers(pattern, opts);
    expect(callers).toHaveLength(2);
    const [plain, inOrg] = callers;
    expect(plain.account).toMatch(/^\d{12}$/);
    expect(plain.arn).toBe(`arn:aws:iam::${plain.account}:role/deploy`);
    expect(inOrg.arn).toBe(plain.arn);
    expect(plain.description).toBe(`a principal named deploy in any AWS account, such as ${plain.arn}`);
    expect(inOrg.description).toBe(plain.description);
    const st = withCondition('ArnLike', 'aws:PrincipalArn', pattern);
    expect(callers.map((c) => admits(st, c))).toEqual([true, true]);
    const org = withCondition('Null', 'aws:PrincipalOrgID', 'false');
    expect(callers.map((c) => admits(org, c))).toEqual([false, true]);
    expect(callers.map((c) => admits(withCondition('StringEquals', 'aws:PrincipalAccount', plain.account!), c))).toEqual([true, true]);
    expect(callers.map((c) => admits(withCondition('Bool', 'aws:PrincipalIsAWSService', 'false'), c))).toEqual([true, true]);
    expect(callers.map((c) => admits(withCondition('StringLike', 'aws:userid', 'AROA*:*'), c))).toEqual([true, true]);
  });

  it('none when the pattern pins the account, cannot fit a 12-digit account, or is no ARN', () => {
    expect(patternCallers('arn:aws:iam::111122223333:role/deploy', opts)).toEqual([]);
    expect(patternCallers('arn:aws:iam::1234567890123*:role/deploy', opts)).toEqual([]);
    expect(patternCallers('role/deploy', opts)).toEqual([]);
    expect(patternCallers('*', opts)).toEqual([]);
  });

  it('never an account the owner trusts', () => {
    const first = patternCallers('arn:aws:iam::*:role/app', opts)[0].account!;
    const other = patternCallers('arn:aws:iam::*:role/app', { network: false, avoidAccounts: [first] });
    expect(other).toHaveLength(2);
    expect(other[0].account).toMatch(/^\d{12}$/);
    expect(other[0].account).not.toBe(first);
    expect(other[0].arn).toBe(`arn:aws:iam::${other[0].account}:role/app`);
  });

  it('a wildcard partition is filled with a real partition it matches; a pattern none matches admits no one', () => {
    for (const [pattern, partition] of [
      ['arn:aws-*:iam::*:role/deploy', 'aws-cn'],
      ['arn:aws-us-*:iam::*:role/deploy', 'aws-us-gov'],
      ['arn:aws-iso-?:iam::*:role/deploy', 'aws-iso-b'],
    ]) {
      const callers = patternCallers(pattern, opts);
      expect(callers, pattern).toHaveLength(2);
      expect(parseArn(callers[0].arn!)!.partition, pattern).toBe(partition);
      expect(admits(withCondition('ArnLike', 'aws:PrincipalArn', pattern), callers[0]), pattern).toBe(true);
    }
    expect(patternCallers('arn:aws-moon*:iam::*:role/deploy', opts)).toEqual([]);
    expect(patternCallers('arn:gcp:iam::*:role/deploy', opts)).toEqual([]);
  });

  it('the principal a pattern names answers with its own type and user id (aws:PrincipalType, aws:userid)', () => {
    const typeOf = (pattern: string) => {
      const [caller] = patternCallers(pattern, opts);
      const types = ['AssumedRole', 'User', 'Account', 'FederatedUser'].filter(
        (t) => admits(withCondition('StringEquals', 'aws:PrincipalType', t), caller) === true,
      );
      return {
        types,
        userid: ['AROA*:*', 'AIDA*', `${caller.account}`, `${caller.account}:*`].filter(
          (u) => admits(withCondition('StringLike', 'aws:userid', u), caller) === true,
        ),
      };
    };
    expect(typeOf('arn:aws:iam::*:role/deploy')).toEqual({ types: ['AssumedRole'], userid: ['AROA*:*'] });
    expect(typeOf('arn:aws:iam::*:user/deploy')).toEqual({ types: ['User'], userid: ['AIDA*'] });
    expect(typeOf('arn:aws:iam::*:root')).toEqual({ types: ['Account'], userid: [expect.stringMatching(/^\d{12}$/)] });
    expect(typeOf('arn:aws:sts::*:federated-user/bob')).toEqual({ types: ['FederatedUser'], userid: [expect.stringMatching(/^\d{12}:\*$/)] });
  });

  it('fills the other wildcards with a value the pattern matches', () => {
    const cases: Array<[string, RegExp]> = [
      ['arn:*:iam::*:role/ci-*', /^arn:aws:iam::\d{12}:role\/ci-[^*?]*$/],
      ['arn:aw?:iam::*:role/ci', /^arn:aws:iam::\d{12}:role\/ci$/],
      ['arn:aws-cn:iam::*:role/ci', /^arn:aws-cn:iam::\d{12}:role\/ci$/],
      ['arn:aws:*:*:*:user/a?c', /^arn:aws:iam::\d{12}:user\/a[^*?]c$/],
    ];
    for (const [pattern, shape] of cases) {
      const callers = patternCallers(pattern, opts);
      expect(callers, pattern).toHaveLength(2);
      expect(callers[0].arn, pattern).toMatch(shape);
      expect(arnLike(pattern, callers[0].arn!), pattern).toBe(true);
    }
    // Any name: a real one, so the message can say it.
    const [any] = patternCallers('arn:aws:iam::*:role/*', opts);
    expect(any.arn).toMatch(/^arn:aws:iam::\d{12}:role\/[^/*?]+$/);
    expect(any.description).toBe(`a principal named ${any.arn!.split('/').pop()} in any AWS account, such as ${any.arn}`);
    // The name in the message is the last path segment.
    expect(patternCallers('arn:aws:iam::*:role/team/ci/builder', opts)[0].description).toMatch(/^a principal named builder in any AWS account, such as /);
  });

  it('property: every witness is a 12-digit account the pattern matches, outside the trusted accounts', () => {
    const digits = fc.string({ unit: fc.constantFrom('0', '1', '9', '*', '?'), maxLength: 13 });
    const name = fc.string({ unit: fc.constantFrom('a', 'B', '/', '-', '*', '?'), minLength: 1, maxLength: 6 });
    const partition = fc.constantFrom('aws', 'aws-us-gov', '*', 'aw?', 'aws*', '?ws');
    const avoid = fc.array(fc.constantFrom('000000000000', '999999999999', '111111111111', '100000000000'), { maxLength: 3 });
    fc.assert(
      fc.property(partition, digits, name, avoid, fc.boolean(), (p, account, resource, avoidAccounts, network) => {
        const pattern = `arn:${p}:iam::${account}:role/${resource}`;
        for (const c of patternCallers(pattern, { network, avoidAccounts })) {
          expect(c.account).toMatch(/^\d{12}$/);
          expect(avoidAccounts).not.toContain(c.account);
          expect(parseArn(c.arn!)!.account).toBe(c.account);
          expect(arnLike(pattern, c.arn!)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('each pattern, network and set of trusted accounts gets its own callers', () => {
    const a = patternCallers('arn:aws:iam::*:role/a', opts);
    const b = patternCallers('arn:aws:iam::*:role/b', opts);
    expect(a[0].arn).toMatch(/:role\/a$/);
    expect(b[0].arn).toMatch(/:role\/b$/);
    const vpc = withCondition('StringEquals', 'aws:SourceVpc', 'vpc-0123456789');
    expect(admits(vpc, patternCallers('arn:aws:iam::*:role/a', { network: true, avoidAccounts: [] })[0])).toBe(true);
    expect(admits(vpc, a[0])).toBe(false);
    expect(patternCallers('arn:aws:iam::*:role/a', { network: false, avoidAccounts: [a[0].account!] })[0].account).not.toBe(a[0].account);
  });
});

describe('the outside callers of a statement', () => {
  const arns = (cs: Caller[]) => cs.map((c) => c.arn);

  it("anonymous first (where the service takes unsigned requests), then the statement's own patterns, then the foreign roles", () => {
    const st = statement({
      Principal: '*',
      Condition: { ArnLike: { 'aws:PrincipalArn': ['arn:aws:iam::*:role/deploy', 'arn:aws:iam::111122223333:role/pinned'] } },
    });
    const [deploy] = patternCallers('arn:aws:iam::*:role/deploy', { network: false, avoidAccounts: [] });
    const [foreign] = foreignRoles(false);
    const withAnonymous = outsideCallers(st, { anonymous: true, network: false, avoidAccounts: [] });
    expect(arns(withAnonymous)).toEqual([undefined, deploy.arn, deploy.arn, foreign.arn, foreign.arn]);
    expect(withAnonymous[0].description).toMatch(/anonymous/);
    expect(arns(outsideCallers(st, { anonymous: false, network: false, avoidAccounts: [] }))).toEqual([deploy.arn, deploy.arn, foreign.arn, foreign.arn]);
  });

  it('reads a template by its widest reading, and a bare Unknown not at all', () => {
    const st = statement({
      Principal: '*',
      Condition: {
        ArnLike: {
          'aws:PrincipalArn': ['arn:aws:iam::${var.account}:role/x', unknown('arn:aws:iam::${var.account}:role/y', 'string'), unknown('var.patterns')],
        },
      },
    });
    const [foreign] = foreignRoles(false);
    const got = arns(outsideCallers(st, { anonymous: false, network: false, avoidAccounts: [] }));
    expect(got).toHaveLength(6);
    expect(got[0]).toMatch(/^arn:aws:iam::\d{12}:role\/x$/);
    expect(got[2]).toMatch(/^arn:aws:iam::\d{12}:role\/y$/);
    expect(got.slice(4)).toEqual([foreign.arn, foreign.arn]);
  });

  it('only positive aws:PrincipalArn conditions give patterns, whatever the case of the key', () => {
    const st = statement({
      Principal: '*',
      Condition: {
        ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/negated' },
        ArnLike: { 'aws:SourceArn': 'arn:aws:iam::*:role/source', 'AWS:PrincipalARN': 'arn:aws:iam::*:role/upper' },
      },
    });
    const got = arns(outsideCallers(st, { anonymous: false, network: false, avoidAccounts: [] }));
    expect(got).toHaveLength(4);
    expect(got[0]).toMatch(/:role\/upper$/);
    expect(got.some((a) => /negated|source/.test(a!))).toBe(false);
  });

  it('the network option reaches every caller', () => {
    const st = statement({ Principal: '*', Condition: { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/net' } } });
    const vpce = withCondition('StringEquals', 'aws:SourceVpce', 'vpce-0123456789');
    for (const network of [false, true]) {
      const callers = outsideCallers(st, { anonymous: true, network, avoidAccounts: [] });
      expect(callers).toHaveLength(5);
      expect(callers.map((c) => admits(vpce, c))).toEqual(callers.map(() => network));
    }
  });
});

describe('the first caller a statement lets in', () => {
  const [plain, inOrg] = foreignRoles(false);

  it('the first caller admitted, whole statement together (§2.1)', () => {
    expect(findWitness(withCondition('Null', 'aws:PrincipalOrgID', 'false'), [plain, inOrg])).toEqual({ caller: inOrg, truth: true });
    expect(findWitness(statement({ Principal: '*' }), [plain, inOrg])).toEqual({ caller: plain, truth: true });
  });

  it("'unknown' when none is admitted but one might be; a later caller that is admitted still wins", () => {
    const maybe = withCondition('StringEqualsIfExists', 'aws:PrincipalOrgID', unknown('var.org_id'));
    expect(admits(maybe, inOrg)).toBe('unknown');
    expect(findWitness(maybe, [inOrg])).toEqual({ truth: 'unknown' });
    expect(findWitness(maybe, [inOrg, plain])).toEqual({ caller: plain, truth: true });
    const strict = withCondition('StringEquals', 'aws:PrincipalOrgID', unknown('var.org_id'));
    expect(findWitness(strict, [inOrg, plain])).toEqual({ truth: 'unknown' });
    expect(findWitness(strict, [plain, inOrg])).toEqual({ truth: 'unknown' });
  });

  it('false when no caller could be admitted', () => {
    expect(findWitness(withCondition('StringEquals', 'aws:PrincipalOrgID', 'o-owner12345'), [plain, inOrg])).toEqual({ truth: false });
    expect(findWitness(statement({ Principal: '*' }), [])).toEqual({ truth: false });
  });
});

describe('whether a Principal names a caller (§1.1)', () => {
  const [role] = foreignRoles(false);
  const anon = anonymousCaller(false);
  const [other] = patternCallers('arn:aws:iam::*:role/ExampleRole', { network: false, avoidAccounts: [role.account!] });
  const named = (principal: Json, caller: Caller) => principalAdmits(statement({ Principal: principal }).principal!, caller);

  it('"*" and {"AWS": "*"} name everyone, the anonymous caller too', () => {
    for (const p of ['*', { AWS: '*' }, { AWS: ['arn:aws:iam::111122223333:root', '*'] }]) {
      expect([named(p, role), named(p, anon)]).toEqual([true, true]);
    }
  });

  it('a list of bare strings is rejected by IAM: it names no one, "*" among them included', () => {
    expect([named(['*'], role), named(['*'], anon)]).toEqual([false, false]);
    expect(named([role.account!, role.arn!], role)).toBe(false);
    expect(admits(statement({ Principal: ['*'] }), role)).toBe(false);
  });

  it('an account id or its :root ARN names every principal of that account; a role ARN that role', () => {
    const account = role.account!;
    expect([named({ AWS: account }, role), named({ AWS: account }, other), named({ AWS: account }, anon)]).toEqual([true, false, false]);
    const root = `arn:aws:iam::${account}:root`;
    expect([named({ AWS: root }, role), named({ AWS: root }, other), named({ AWS: root }, anon)]).toEqual([true, false, false]);
    expect([named({ AWS: role.arn! }, role), named({ AWS: `arn:aws:iam::${account}:role/Other` }, role)]).toEqual([true, false]);
    // Same role name, another account: not this role.
    expect(named({ AWS: role.arn! }, other)).toBe(false);
    // A user named "root" is not the account.
    expect(named({ AWS: `arn:aws:iam::${account}:user/root` }, role)).toBe(false);
    // Neither an account id nor an ARN: names nothing.
    expect(named({ AWS: 'ExampleRole' }, role)).toBe(false);
    // A role whose name ends in twelve digits is a role, not an account id.
    const [numbered] = patternCallers('arn:aws:iam::*:role/deploy-111122223333', { network: false, avoidAccounts: [] });
    expect(named({ AWS: numbered.arn! }, numbered)).toBe(true);
    // Several entries are OR.
    expect(named({ AWS: ['arn:aws:iam::111122223333:root', account] }, role)).toBe(true);
  });

  it('a Service or Federated principal never names an IAM role', () => {
    expect(named({ Service: '*' }, role)).toBe(false);
    expect(named({ Federated: `arn:aws:iam::${role.account}:root` }, role)).toBe(false);
    expect(named({ Service: unknown('var.service') }, role)).toBe(false);
  });

  it('an Unknown may name anyone unless its widest reading pins one principal', () => {
    // A bare reference may be "*" (or a list holding it).
    expect(named({ AWS: unknown('var.principal') }, role)).toBe('unknown');
    // A template that is nothing but Unknowns may be "*".
    expect(named({ AWS: unknown('${var.principal}', 'string') }, role)).toBe('unknown');
    expect(named({ AWS: unknown('${var.a}${var.b}', 'string') }, role)).toBe('unknown');
    // An account's root, whatever the account: one principal, never "*".
    expect(named({ AWS: unknown('arn:aws:iam::${local.partner}:root', 'string') }, role)).toBe(false);
    expect(named({ AWS: ['arn:aws:iam::111122223333:root', unknown('arn:aws:iam::${local.partner}:root', 'string')] }, role)).toBe(false);
    // The whole Principal Unknown: anyone.
    expect(named(unknown('var.principal'), role)).toBe('unknown');
    // An empty Principal object names no one.
    expect(named({}, role)).toBe(false);
  });
});

describe('whether a statement applies to a caller', () => {
  const [role, inOrg] = foreignRoles(false);
  const anon = anonymousCaller(false);

  it('NotPrincipal: everyone it does not name (§1.2)', () => {
    const st = statement({ Effect: 'Deny', NotPrincipal: { AWS: role.account! } });
    expect([admits(st, role), admits(st, anon)]).toEqual([false, true]);
    expect(admits(statement({ Effect: 'Deny', NotPrincipal: { AWS: unknown('var.principal') } }), role)).toBe('unknown');
  });

  it('no Principal (an identity policy): the conditions decide', () => {
    expect(admits(statement({}), role)).toBe(true);
    expect(admits(statement({ Condition: { Null: { 'aws:PrincipalOrgID': 'false' } } }), role)).toBe(false);
    expect(admits(statement({ Condition: { Null: { 'aws:PrincipalOrgID': 'false' } } }), inOrg)).toBe(true);
    expect(admits(statement({ Condition: { StringEquals: { 'aws:PrincipalOrgID': unknown('var.org') } } }), inOrg)).toBe('unknown');
  });

  it('principal and conditions together: AND in three values', () => {
    const maybeAnyone = { AWS: unknown('var.principal') };
    expect(admits(statement({ Principal: maybeAnyone }), role)).toBe('unknown');
    expect(admits(statement({ Principal: maybeAnyone, Condition: { Null: { 'aws:PrincipalOrgID': 'false' } } }), role)).toBe(false);
    expect(admits(statement({ Principal: { AWS: role.account! }, Condition: { StringEquals: { 'aws:PrincipalOrgID': unknown('var.org') } } }), inOrg)).toBe(
      'unknown',
    );
    // A principal that does not name the caller decides, whatever an Unknown condition holds.
    expect(admits(statement({ Principal: { AWS: '111122223333' }, Condition: { StringEquals: { 'aws:PrincipalOrgID': unknown('var.org') } } }), inOrg)).toBe(
      false,
    );
    // An unreadable condition block may hold a pin.
    expect(admits(statement({ Principal: '*', Condition: unknown('var.condition') }), role)).toBe('unknown');
  });
});
