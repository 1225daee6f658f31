import { describe, expect, it } from 'vitest';
import type { Condition, Elem, Statement } from '../src/model/policy.js';
import { parseOperator } from '../src/policy/normalize.js';
import { evaluateCondition, evaluateConditions, type RequestContext } from '../src/policy/conditions.js';

// src/policy/conditions.ts: one condition against one request, in three values, as
// docs/iam-semantics.md §2.1–§2.3 and §3.2 say AWS evaluates it.

const known = (value: string): Elem => ({ path: 'p', value, node: { kind: 'string', value }, shown: value });
const unknownValue = (text: string, source?: string): Elem => {
  const node = { kind: 'unknown', text, ...(source ? { source } : {}) } as unknown as Elem['node'];
  return { path: 'p', value: node as unknown as Elem['value'], node, shown: text };
};

function cond(operator: string, key: string, values: Elem[]): Condition {
  return { operator, key, keyLower: key.toLowerCase(), path: 'Condition', values, ...parseOperator(operator) } as Condition;
}

function request(values: Record<string, string[]> = {}, chosen: string[] = []): RequestContext {
  return { values: new Map(Object.entries(values).map(([k, v]) => [k.toLowerCase(), v])), chosen: (k) => chosen.includes(k) };
}

const KEY = 'aws:PrincipalOrgID';

describe('one condition against one request', () => {
  it('Null: "true" holds when the key is absent, "false" when it is present; an Unknown value is unknown', () => {
    expect(evaluateCondition(cond('Null', KEY, [known('true')]), request())).toBe(true);
    expect(evaluateCondition(cond('Null', KEY, [known('TRUE')]), request({ [KEY]: ['o-1'] }))).toBe(false);
    expect(evaluateCondition(cond('Null', KEY, [known('false')]), request())).toBe(false);
    expect(evaluateCondition(cond('Null', KEY, [known('false')]), request({ [KEY]: ['o-1'] }))).toBe(true);
    expect(evaluateCondition(cond('Null', KEY, [unknownValue('var.x')]), request())).toBe('unknown');
    expect(evaluateCondition(cond('Null', KEY, [unknownValue('var.x'), known('true')]), request())).toBe(true);
  });

  it('an absent key: IfExists and ForAllValues pass, ForAnyValue fails, a negated operator passes, a positive one fails', () => {
    const v = [known('o-1')];
    expect(evaluateCondition(cond('StringEqualsIfExists', KEY, v), request())).toBe(true);
    expect(evaluateCondition(cond('ForAllValues:StringEquals', KEY, v), request())).toBe(true);
    expect(evaluateCondition(cond('ForAnyValue:StringEquals', KEY, v), request())).toBe(false);
    expect(evaluateCondition(cond('StringNotEquals', KEY, v), request())).toBe(true);
    expect(evaluateCondition(cond('StringEquals', KEY, v), request())).toBe(false);
  });

  it('a key the caller chooses passes whatever the policy wants (§3.2)', () => {
    expect(evaluateCondition(cond('StringEquals', 'aws:SourceIp', [known('x')]), request({}, ['aws:sourceip']))).toBe(true);
    expect(evaluateCondition(cond('Null', 'aws:SourceIp', [known('false')]), request({}, ['aws:sourceip']))).toBe(true);
  });

  it('compares by the operator: case, globs, ARNs, booleans', () => {
    const r = request({ [KEY]: ['O-Abc'] });
    expect(evaluateCondition(cond('StringEquals', KEY, [known('o-abc')]), r)).toBe(false);
    expect(evaluateCondition(cond('StringEqualsIgnoreCase', KEY, [known('o-abc')]), r)).toBe(true);
    expect(evaluateCondition(cond('StringNotEqualsIgnoreCase', KEY, [known('o-abc')]), r)).toBe(false);
    expect(evaluateCondition(cond('StringLike', KEY, [known('O-A*')]), r)).toBe(true);
    expect(evaluateCondition(cond('StringNotLike', KEY, [known('O-A*')]), r)).toBe(false);
    expect(evaluateCondition(cond('StringNotLike', KEY, [known('x*')]), r)).toBe(true);
    const arn = request({ 'aws:PrincipalArn': ['arn:aws:iam::111122223333:role/deploy'] });
    expect(evaluateCondition(cond('ArnLike', 'aws:PrincipalArn', [known('arn:aws:iam::*:role/dep*')]), arn)).toBe(true);
    expect(evaluateCondition(cond('ArnEquals', 'aws:PrincipalArn', [known('arn:aws:iam::*:role/other')]), arn)).toBe(false);
    expect(evaluateCondition(cond('ArnNotLike', 'aws:PrincipalArn', [known('arn:aws:iam::*:role/dep*')]), arn)).toBe(false);
    const secure = request({ 'aws:SecureTransport': ['true'] });
    expect(evaluateCondition(cond('Bool', 'aws:SecureTransport', [known('True')]), secure)).toBe(true);
    expect(evaluateCondition(cond('Bool', 'aws:SecureTransport', [known('false')]), secure)).toBe(false);
    // An operator policylint does not evaluate is unknown, never a guess.
    expect(evaluateCondition(cond('NumericLessThan', KEY, [known('3')]), r)).toBe('unknown');
  });

  it('several request values: ForAllValues needs every one to pass, ForAnyValue one', () => {
    const r = request({ 'aws:TagKeys': ['team', 'cost'] });
    expect(evaluateCondition(cond('ForAllValues:StringEquals', 'aws:TagKeys', [known('team')]), r)).toBe(false);
    expect(evaluateCondition(cond('ForAllValues:StringEquals', 'aws:TagKeys', [known('team'), known('cost')]), r)).toBe(true);
    expect(evaluateCondition(cond('ForAnyValue:StringEquals', 'aws:TagKeys', [known('cost')]), r)).toBe(true);
    expect(evaluateCondition(cond('ForAnyValue:StringEquals', 'aws:TagKeys', [known('x')]), r)).toBe(false);
  });

  it('a value with a template is unknown where its widest reading matches, false where even that cannot', () => {
    const r = request({ 'aws:PrincipalArn': ['arn:aws:iam::111122223333:role/ExampleRole'] });
    const pinned = known('arn:aws:iam::${var.account}:role/deploy');
    expect(evaluateCondition(cond('ArnLike', 'aws:PrincipalArn', [pinned]), r)).toBe(false);
    const open = known('arn:aws:iam::${var.account}:role/Example*');
    expect(evaluateCondition(cond('ArnLike', 'aws:PrincipalArn', [open]), r)).toBe('unknown');
    // A negated operator turns "cannot match" into a pass.
    expect(evaluateCondition(cond('ArnNotLike', 'aws:PrincipalArn', [pinned]), r)).toBe(true);
    // Case is ignored in the widest reading when the operator ignores it.
    const o = request({ [KEY]: ['o-abc'] });
    expect(evaluateCondition(cond('StringEqualsIgnoreCase', KEY, [known('O-${var.suffix}')]), o)).toBe('unknown');
    expect(evaluateCondition(cond('StringEquals', KEY, [known('O-${var.suffix}')]), o)).toBe(false);
    // An Unknown written as a string template has a widest reading; a bare reference has none.
    expect(evaluateCondition(cond('StringEquals', KEY, [unknownValue('x-${var.a}', 'string')]), o)).toBe(false);
    expect(evaluateCondition(cond('StringEquals', KEY, [unknownValue('var.ids')]), o)).toBe('unknown');
    // Braces left over after the substitution: the shape is not known.
    expect(evaluateCondition(cond('StringEquals', KEY, [unknownValue('${a}}', 'string')]), o)).toBe('unknown');
    // A known value that matches decides, whatever an Unknown beside it could be (§2.1: OR).
    expect(evaluateCondition(cond('StringEquals', KEY, [unknownValue('var.ids'), known('o-abc')]), o)).toBe(true);
  });

  it('a statement: every condition must hold (AND), and an unreadable condition block may pin', () => {
    const st = (conditions: Condition[], opaque: string[] = []) => ({ conditions, opaqueConditions: opaque }) as unknown as Statement;
    const o = request({ [KEY]: ['o-abc'] });
    expect(evaluateConditions(st([cond('StringEquals', KEY, [known('o-abc')])]), o)).toBe(true);
    expect(evaluateConditions(st([cond('StringEquals', KEY, [known('o-abc')])], ['Condition']), o)).toBe('unknown');
    expect(evaluateConditions(st([cond('StringEquals', KEY, [known('o-abc')]), cond('StringEquals', KEY, [known('x')])]), o)).toBe(false);
  });
});
