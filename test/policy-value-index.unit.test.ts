import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Condition, Elem } from '../src/model/policy.js';
import { candidateValues } from '../src/policy/value-index.js';
import { globMatch } from '../src/policy/glob.js';
import { arnLike } from '../src/policy/arn.js';

// src/policy/value-index.ts narrows a large condition's values to those that could match one
// request value (issue 12: thousands of aws:PrincipalArn patterns). It may keep too many, never too
// few: a value it drops that would match is a missed Allow or Deny.

if (process.env.CI) fc.configureGlobal({ seed: 20261206 });

const elem = (value: Elem['value']): Elem => ({ path: 'Condition', value, node: {} as Elem['node'], shown: typeof value === 'string' ? value : 'Unknown' });
const condition = (values: Elem['value'][]): Condition => ({ values: values.map(elem) }) as unknown as Condition;

/** Whether a written value matches the request under the operator (the reference the index must keep). */
function matches(base: string, value: string, request: string): boolean {
  switch (base) {
    case 'StringEquals':
      return value === request;
    case 'StringEqualsIgnoreCase':
    case 'Bool':
      return value.toLowerCase() === request.toLowerCase();
    case 'StringLike':
      return globMatch(value, request);
    default:
      return arnLike(value, request);
  }
}

const OPERATORS = ['StringEquals', 'StringEqualsIgnoreCase', 'Bool', 'StringLike', 'ArnLike', 'ArnEquals'];
const piece = fc.string({ unit: fc.constantFrom('a', 'B', 'b', '*', '?'), maxLength: 4 });
const text = fc.oneof(
  piece,
  fc.tuple(piece, piece).map(([a, b]) => `arn:aws:iam::${a}:role/${b}`),
  fc.constant('${var.x}'),
);

describe('the condition value index', () => {
  it('keeps every value that matches the request, whatever the operator', () => {
    fc.assert(
      fc.property(fc.constantFrom(...OPERATORS), fc.array(text, { minLength: 32, maxLength: 60 }), text, (base, values, request) => {
        const c = condition(values);
        const kept = new Set(candidateValues(c, base, request));
        return c.values.every((w) => kept.has(w) || (typeof w.value === 'string' && !w.value.includes('${') && !matches(base, w.value, request)));
      }),
    );
  });

  it('narrows a large condition to the values that can match, and keeps Unknowns', () => {
    const names = Array.from({ length: 40 }, (_, i) => `role-${i}`);
    const equals = condition([...names, '${var.extra}']);
    expect(candidateValues(equals, 'StringEquals', 'role-7').map((w) => w.value)).toEqual(['${var.extra}', 'role-7']);
    // (A condition has one operator: its index is built once, for that operator.)
    const ignoringCase = condition([...names, '${var.extra}']);
    expect(candidateValues(ignoringCase, 'StringEqualsIgnoreCase', 'ROLE-7').map((w) => w.value)).toEqual(['${var.extra}', 'role-7']);
    expect(candidateValues(equals, 'StringEquals', 'nobody').map((w) => w.value)).toEqual(['${var.extra}']);

    const like = condition([...names.map((n) => `${n}*`), 'ci-?', 42 as unknown as string]);
    expect(candidateValues(like, 'StringLike', 'role-12x').map((w) => w.value)).toEqual([42, 'role-1*', 'role-12*']);
    expect(candidateValues(like, 'StringLike', 'ci-7').map((w) => w.value)).toEqual([42, 'ci-?']);

    const arns = condition([...names.map((n) => `arn:aws:iam::*:role/${n}`), 'not-an-arn', 'arn:aws:iam::*:role/team?-*']);
    expect(candidateValues(arns, 'ArnLike', 'arn:aws:iam::111122223333:role/role-3').map((w) => w.value)).toEqual(['not-an-arn', 'arn:aws:iam::*:role/role-3']);
    expect(candidateValues(arns, 'ArnLike', 'arn:aws:iam::111122223333:role/team1-x').map((w) => w.value)).toEqual([
      'not-an-arn',
      'arn:aws:iam::*:role/team?-*',
    ]);
    // A request that is not an ARN meets every value; an operator without an index tries them all.
    expect(candidateValues(arns, 'ArnLike', 'plain')).toHaveLength(arns.values.length);
    const numbers = condition(names);
    expect(candidateValues(numbers, 'NumericEquals', 'x')).toHaveLength(numbers.values.length);
    const arnEquals = condition([...names.map((n) => `arn:aws:iam::*:role/${n}`)]);
    expect(candidateValues(arnEquals, 'ArnEquals', 'arn:aws:iam::1:role/role-9').map((w) => w.value)).toEqual(['arn:aws:iam::*:role/role-9']);
  });

  it('does not index a small condition', () => {
    const c = condition(Array.from({ length: 31 }, (_, i) => `v${i}`));
    expect(candidateValues(c, 'StringEquals', 'v3')).toBe(c.values);
  });
});
