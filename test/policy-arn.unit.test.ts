import { describe, expect, it } from 'vitest';
import { arnLike, instantiate, parseArn, witnessAccount } from '../src/policy/arn.js';
import { globMatch, hasWildcard } from '../src/policy/glob.js';

/** src/policy/arn.ts and glob.ts as AWS defines them (iam-semantics §2.3, §2.4): the rules' verdicts
 * rest on these, and mutation testing showed that the fixtures alone left most of their branches
 * unpinned (a parser that accepted any string, ArnLike that ignored four of its six components). */
describe('parseArn', () => {
  it('splits the six components, the resource keeping its own colons', () => {
    expect(parseArn('arn:aws:iam::111122223333:role/a:b')).toEqual({
      partition: 'aws',
      service: 'iam',
      region: '',
      account: '111122223333',
      resource: 'role/a:b',
    });
    expect(parseArn('arn:aws-cn:s3:::bucket')).toEqual({ partition: 'aws-cn', service: 's3', region: '', account: '', resource: 'bucket' });
  });

  it('is not an ARN without the arn prefix, or with fewer than six components', () => {
    expect(parseArn('xrn:aws:iam::111122223333:role/x')).toBeUndefined();
    expect(parseArn('arn:aws:iam::111122223333')).toBeUndefined();
    expect(parseArn('aws:iam::111122223333:role')).toBeUndefined();
    expect(parseArn('*')).toBeUndefined();
  });
});

describe('arnLike (ArnLike / ArnEquals)', () => {
  const role = 'arn:aws:iam::111122223333:role/ci';
  it('matches component by component, so a difference in any one of them is no match', () => {
    expect(arnLike(role, role)).toBe(true);
    expect(arnLike('arn:aws-cn:iam::111122223333:role/ci', role)).toBe(false);
    expect(arnLike('arn:aws:sts::111122223333:role/ci', role)).toBe(false);
    expect(arnLike('arn:aws:iam:us-east-1:111122223333:role/ci', role)).toBe(false);
    expect(arnLike('arn:aws:iam::444455556666:role/ci', role)).toBe(false);
    expect(arnLike('arn:aws:iam::111122223333:role/cd', role)).toBe(false);
  });

  it('takes wildcards within a component, case-sensitively', () => {
    expect(arnLike('arn:*:iam::*:role/c?', role)).toBe(true);
    expect(arnLike('arn:aws:iam::111122223333:role/CI', role)).toBe(false);
    // "*" in the account does not reach into the resource: components are matched apart.
    expect(arnLike('arn:aws:iam::*', 'arn:aws:iam::111122223333:role/ci')).toBe(false);
  });

  it('matches a value that is not an ARN only with "*" alone', () => {
    expect(arnLike('*', 'not-an-arn')).toBe(true);
    expect(arnLike('not-an-arn', 'not-an-arn')).toBe(false);
    expect(arnLike(role, '*')).toBe(false);
  });
});

describe('instantiate', () => {
  it('fills "*" with the given text and "?" with one character', () => {
    expect(instantiate('arn:aws:iam::*:role/a?c', '0')).toBe('arn:aws:iam::0:role/axc');
    expect(instantiate('role/*-deploy*')).toBe('role/-deploy');
  });
});

describe('witnessAccount', () => {
  it('has no witness for an account without a wildcard: it names one account', () => {
    expect(witnessAccount('111122223333')).toBeUndefined();
  });

  it('gives a 12-digit account the component matches, avoiding the ones given', () => {
    expect(witnessAccount('*')).toBe('000000000000');
    expect(witnessAccount('*', ['000000000000'])).toBe('999999999999');
    expect(witnessAccount('*', ['000000000000', '999999999999'])).toBe('111111111111');
    expect(witnessAccount('*', ['000000000000', '999999999999', '111111111111'])).toBeUndefined();
    expect(witnessAccount('1234????????')).toBe('123400000000');
    expect(witnessAccount('1234????????', ['123400000000'])).toBe('123499999999');
    expect(witnessAccount('12*')).toBe('120000000000');
    expect(witnessAccount('1*2*')).toBe('100000000002');
  });

  it('has none when no 12-digit account can match', () => {
    expect(witnessAccount('1234567890123*')).toBeUndefined();
    expect(witnessAccount('12345?')).toBeUndefined();
    expect(witnessAccount('a*')).toBeUndefined();
  });
});

describe('globMatch', () => {
  it('"*" is any run of characters, "?" exactly one', () => {
    expect(globMatch('role/*', 'role/')).toBe(true);
    expect(globMatch('role/*', 'rol/x')).toBe(false);
    expect(globMatch('a?c', 'abc')).toBe(true);
    expect(globMatch('a?c', 'ac')).toBe(false);
    expect(globMatch('a?c', 'abbc')).toBe(false);
    expect(globMatch('abc', 'abd')).toBe(false);
    expect(globMatch('abc', 'abcd')).toBe(false);
  });

  it('needs the first piece at the start, the last at the end, and the middle ones in order between', () => {
    expect(globMatch('a*b*c', 'axxbyyc')).toBe(true);
    expect(globMatch('a*b*c', 'axxcyyb')).toBe(false);
    expect(globMatch('a*b*c', 'xabc')).toBe(false);
    expect(globMatch('a*b*c', 'abcx')).toBe(false);
    expect(globMatch('ab*bc', 'abc')).toBe(false);
    expect(globMatch('a**c', 'ac')).toBe(true);
    // A middle piece may not overlap the last one.
    expect(globMatch('*ab*b', 'ab')).toBe(false);
    expect(globMatch('*ab*b', 'abb')).toBe(true);
  });

  it('places middle pieces with "?" on their literal runs', () => {
    expect(globMatch('x*a?c*y', 'x__abc__y')).toBe(true);
    expect(globMatch('x*a?c*y', 'x__ab_c__y')).toBe(false);
    expect(globMatch('x*??*y', 'x1y')).toBe(false);
    expect(globMatch('x*??*y', 'x12y')).toBe(true);
    expect(globMatch('x*a?c*y', 'xa_y')).toBe(false);
    // The first candidate for the anchor run fails, a later one fits.
    expect(globMatch('x*a?cd*y', 'xabcaxcdy')).toBe(true);
    expect(globMatch('x*?bc*y', 'xbcy')).toBe(false);
    // A middle piece ending past where the last piece starts is no fit.
    expect(globMatch('x*a?c*c', 'xa_c')).toBe(false);
    // A middle piece at the very start of the value, when the pattern starts with "*".
    expect(globMatch('*a?c*', 'abc')).toBe(true);
  });

  it('places each middle piece after the previous one, never on the same text twice', () => {
    expect(globMatch('x*ab*ab*y', 'xaby')).toBe(false);
    expect(globMatch('x*ab*ab*y', 'xababy')).toBe(true);
    expect(globMatch('x*a?*a?*y', 'xaby')).toBe(false);
    expect(globMatch('x*a?*a?*y', 'xabacy')).toBe(true);
  });

  it('ignores case only when asked (IAM action names; never ARNs)', () => {
    expect(globMatch('S3:Get*', 's3:getobject')).toBe(false);
    expect(globMatch('S3:Get*', 's3:getobject', true)).toBe(true);
  });

  it('hasWildcard sees "*" and "?"', () => {
    expect(hasWildcard('a*')).toBe(true);
    expect(hasWildcard('a?')).toBe(true);
    expect(hasWildcard('a')).toBe(false);
  });
});
