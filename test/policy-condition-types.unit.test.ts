import { describe, expect, it } from 'vitest';
import {
  conditionEffect,
  elementEffect,
  multivalued,
  operatorFamily,
  truthWhenAbsent,
  truthWhenNeverMatching,
  wrongFamily,
} from '../src/policy/condition-types.js';
import type { Condition, Statement } from '../src/model/policy.js';

/** src/policy/condition-types.ts as iam-semantics §2.1–§2.6 states it: policy-grammar and
 * principal-arn-pattern take their verdicts (and severities) from these. */
function cond(over: Partial<Condition>): Condition {
  return {
    operator: 'StringEquals',
    base: 'StringEquals',
    ifExists: false,
    set: undefined,
    negated: false,
    key: 'k',
    keyLower: 'k',
    values: [],
    path: '',
    operatorPath: '',
    ...over,
  };
}
const values = (...v: string[]) => v.map((value) => ({ value, path: '', shown: value })) as unknown as Condition['values'];
const statement = (effect: 'Allow' | 'Deny') => ({ effect }) as Statement;

describe('operatorFamily', () => {
  it('names the value type each operator compares', () => {
    expect(
      ['StringEquals', 'StringNotLike', 'ArnLike', 'ArnNotEquals', 'NumericLessThan', 'DateGreaterThan', 'Bool', 'IpAddress', 'NotIpAddress'].map(
        operatorFamily,
      ),
    ).toEqual(['String', 'String', 'ARN', 'ARN', 'Numeric', 'Date', 'Bool', 'IPAddress', 'IPAddress']);
  });

  it('has none for Null, BinaryEquals, or a prefix that is not at the start', () => {
    expect(operatorFamily('Null')).toBeUndefined();
    expect(operatorFamily('BinaryEquals')).toBeUndefined();
    expect(operatorFamily('NotString')).toBeUndefined();
    expect(operatorFamily('XArnLike')).toBeUndefined();
    expect(operatorFamily('XNumericEquals')).toBeUndefined();
    expect(operatorFamily('XDateEquals')).toBeUndefined();
    expect(operatorFamily('Boolean')).toBeUndefined();
  });
});

describe('wrongFamily', () => {
  it('Date keys take date and numeric operators only', () => {
    expect(wrongFamily('Date', 'Date')).toBe(false);
    expect(wrongFamily('Date', 'Numeric')).toBe(false);
    expect(wrongFamily('Date', 'String')).toBe(true);
    expect(wrongFamily('ArrayOfDate', 'Bool')).toBe(true);
  });

  it('IP address keys take IpAddress only', () => {
    expect(wrongFamily('IPAddress', 'IPAddress')).toBe(false);
    expect(wrongFamily('IPAddress', 'String')).toBe(true);
  });

  it('ARN keys take ARN and string operators', () => {
    expect(wrongFamily('ARN', 'ARN')).toBe(false);
    expect(wrongFamily('ArrayOfARN', 'String')).toBe(false);
    expect(wrongFamily('ARN', 'Numeric')).toBe(true);
  });

  it('Bool and Numeric keys take their own family and string operators', () => {
    expect(wrongFamily('Bool', 'Bool')).toBe(false);
    expect(wrongFamily('Bool', 'String')).toBe(false);
    expect(wrongFamily('Bool', 'Numeric')).toBe(true);
    expect(wrongFamily('Numeric', 'Numeric')).toBe(false);
    expect(wrongFamily('ArrayOfNumeric', 'Date')).toBe(true);
  });

  it('never judges String keys, the default type that often holds ARNs, numbers or booleans', () => {
    for (const family of ['String', 'ARN', 'Numeric', 'Date', 'Bool', 'IPAddress']) expect(wrongFamily('String', family)).toBe(false);
  });
});

describe('multivalued', () => {
  it('is the ArrayOf types', () => {
    expect(multivalued('ArrayOfString')).toBe(true);
    expect(multivalued('String')).toBe(false);
  });
});

describe('truthWhenAbsent (the missing-key rule)', () => {
  it('Null "true" is true when the key is absent, Null "false" is not', () => {
    expect(truthWhenAbsent(cond({ base: 'Null', values: values('true') }))).toBe(true);
    expect(truthWhenAbsent(cond({ base: 'Null', values: values('false') }))).toBe(false);
  });

  it('IfExists and ForAllValues are true, ForAnyValue false, a plain operator false unless negated', () => {
    expect(truthWhenAbsent(cond({ ifExists: true }))).toBe(true);
    expect(truthWhenAbsent(cond({ set: 'ForAllValues' }))).toBe(true);
    expect(truthWhenAbsent(cond({ set: 'ForAnyValue', negated: true }))).toBe(false);
    expect(truthWhenAbsent(cond({}))).toBe(false);
    expect(truthWhenAbsent(cond({ negated: true }))).toBe(true);
  });

  it('a condition that can never match is false, negated true', () => {
    expect(truthWhenNeverMatching(cond({}))).toBe(false);
    expect(truthWhenNeverMatching(cond({ negated: true }))).toBe(true);
  });
});

describe('what an always-true or never-true condition, or a name matching nothing, does', () => {
  it('in an Allow: always true is an error (limits nothing), never true a warning (dead permission)', () => {
    expect(conditionEffect(statement('Allow'), true)).toEqual({ severity: 'error', effect: expect.stringContaining('limits nothing') });
    expect(conditionEffect(statement('Allow'), false)).toEqual({ severity: 'warning', effect: expect.stringContaining('grants nothing') });
  });

  it('in a Deny: never true is an error (protects nothing), always true a warning', () => {
    expect(conditionEffect(statement('Deny'), false)).toEqual({ severity: 'error', effect: expect.stringContaining('protects nothing') });
    expect(conditionEffect(statement('Deny'), true)).toEqual({ severity: 'warning', effect: expect.stringContaining('applies to every request') });
  });

  it('a NotAction matching nothing is an error in an Allow, a warning in a Deny; Action and Resource the reverse', () => {
    expect(elementEffect(statement('Allow'), 'NotAction')).toEqual({ severity: 'error', effect: expect.stringContaining('excludes nothing') });
    expect(elementEffect(statement('Deny'), 'NotAction')).toEqual({ severity: 'warning', effect: expect.stringContaining('exempts nothing') });
    expect(elementEffect(statement('Allow'), 'Action')).toEqual({ severity: 'warning', effect: expect.stringContaining('dead permission') });
    expect(elementEffect(statement('Deny'), 'Resource')).toEqual({ severity: 'error', effect: expect.stringContaining('protects nothing') });
  });
});
