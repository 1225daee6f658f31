import { describe, expect, it } from 'vitest';
import type { Policy } from '../src/model/policy.js';
import { fromPlain, unknown, type Origin, type UnknownValue, type Value } from '../src/model/value.js';
import { normalize, parseOperator } from '../src/policy/normalize.js';

// src/policy/normalize.ts reads a policy document (a Value tree, where any part may be Unknown) into
// the statements every rule reads: src/model/policy.ts documents each field. A value read wrongly
// is a rule deciding on the wrong text; a part that is Unknown but not said to be is a rule
// deciding what it cannot know.

const at = (line: number): Origin => ({ file: 'main.tf', range: { start: line, end: line + 1 } });
const policyOf = (document: Value): Policy => ({ origin: at(0), address: 'aws_iam_policy.p', kind: 'identity', source: 'jsonencode', document });
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
const statementOf = (st: unknown) => normalize(policyOf(doc({ Version: '2012-10-17', Statement: st }))).statements[0];

describe('parseOperator', () => {
  it('splits the set qualifier, IfExists and the base, and knows the negated operators', () => {
    expect(parseOperator('StringEquals')).toEqual({ base: 'StringEquals', ifExists: false, set: undefined, negated: false });
    expect(parseOperator('ForAnyValue:StringLikeIfExists')).toEqual({ base: 'StringLike', ifExists: true, set: 'ForAnyValue', negated: false });
    expect(parseOperator('ForAllValues:StringNotEquals')).toEqual({ base: 'StringNotEquals', ifExists: false, set: 'ForAllValues', negated: true });
    expect(parseOperator('ArnNotLikeIfExists')).toEqual({ base: 'ArnNotLike', ifExists: true, set: undefined, negated: true });
    expect(parseOperator('Null')).toEqual({ base: 'Null', ifExists: false, set: undefined, negated: false });
  });

  it('reads the qualifier in any case, and only as a prefix', () => {
    expect(parseOperator('forallvalues:StringEquals')).toMatchObject({ set: 'ForAllValues', base: 'StringEquals' });
    expect(parseOperator('FORANYVALUE:StringEquals')).toMatchObject({ set: 'ForAnyValue', base: 'StringEquals' });
    expect(parseOperator('NotForAnyValue:StringEquals')).toMatchObject({ set: undefined, base: 'NotForAnyValue:StringEquals' });
  });

  it('reads IfExists only as a suffix', () => {
    expect(parseOperator('IfExistsStringEquals')).toMatchObject({ ifExists: false, base: 'IfExistsStringEquals' });
    expect(parseOperator('StringEqualsIfExistsX')).toMatchObject({ ifExists: false, base: 'StringEqualsIfExistsX' });
  });

  it('every negated operator, and no other, is negated (iam-semantics §2.2)', () => {
    const negated = [
      'StringNotEquals',
      'StringNotEqualsIgnoreCase',
      'StringNotLike',
      'ArnNotEquals',
      'ArnNotLike',
      'NumericNotEquals',
      'DateNotEquals',
      'NotIpAddress',
    ];
    for (const op of negated) expect(parseOperator(op).negated, op).toBe(true);
    const positive = [
      'StringEquals',
      'StringLike',
      'ArnLike',
      'ArnEquals',
      'NumericEquals',
      'NumericLessThan',
      'DateEquals',
      'IpAddress',
      'Bool',
      'Null',
      'BinaryEquals',
    ];
    for (const op of positive) expect(parseOperator(op).negated, op).toBe(false);
  });
});

describe('the document', () => {
  it('reads the version and each statement with its path', () => {
    const n = normalize(policyOf(doc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow' }, { Effect: 'Deny' }] })));
    expect(n.unknown).toBe(false);
    expect(n.version).toBe('2012-10-17');
    expect(n.statements.map((s) => [s.path, s.effect])).toEqual([
      ['Statement[0]', 'Allow'],
      ['Statement[1]', 'Deny'],
    ]);
  });

  it('a single statement object is the statement at "Statement"', () => {
    const n = normalize(policyOf(doc({ Statement: { Effect: 'Allow' } })));
    expect(n.version).toBeUndefined();
    expect(n.statements.map((s) => [s.path, s.effect])).toEqual([['Statement', 'Allow']]);
  });

  it('a version that is not a string is no version', () => {
    expect(normalize(policyOf(doc({ Version: 2012, Statement: [] }))).version).toBeUndefined();
  });

  it('is Unknown when the document, or its statement list, cannot be read', () => {
    for (const d of [doc(U('var.policy')), doc('text'), doc({ Version: '2012-10-17' }), doc({ Statement: U('local.statements') })]) {
      const n = normalize(policyOf(d));
      expect(n.unknown).toBe(true);
      expect(n.statements).toEqual([]);
    }
    const empty = normalize(policyOf(doc({ Statement: [] })));
    expect(empty.unknown).toBe(false);
    expect(empty.statements).toEqual([]);
  });

  it('a statement that is not an object is an Unknown part of itself', () => {
    const n = normalize(policyOf(doc({ Statement: [U('var.s'), 'x'] })));
    expect(n.statements.map((s) => [s.path, s.effect, s.unknownParts])).toEqual([
      ['Statement[0]', undefined, ['Statement[0]']],
      ['Statement[1]', undefined, ['Statement[1]']],
    ]);
  });
});

describe('where each value was written', () => {
  const file = (line: number): Origin => at(line);
  const document: Value = {
    kind: 'object',
    origin: file(1),
    entries: [
      { key: 'Version', keyOrigin: file(2), value: { kind: 'string', value: '2012-10-17', origin: file(3) } },
      {
        key: 'Statement',
        value: {
          kind: 'list',
          items: [
            {
              kind: 'object',
              origin: file(4),
              via: [file(40)],
              entries: [
                { key: 'Effect', value: { kind: 'string', value: 'Allow' } },
                {
                  key: 'Action',
                  value: { kind: 'list', via: [], items: [{ kind: 'string', value: 's3:GetObject', origin: file(5), via: [file(50), file(51)] }] },
                },
                { key: 'aws:Key', keyOrigin: file(6), value: { kind: 'null' } },
              ],
            },
          ],
        },
      },
    ],
  };

  it('maps each path that has an origin, and each key with its own, to it', () => {
    const n = normalize(policyOf(document));
    expect(n.sourceMap).toEqual(
      new Map([
        ['', file(1)],
        ['Version#key', file(2)],
        ['Version', file(3)],
        ['Statement[0]', file(4)],
        ['Statement[0].Action[0]', file(5)],
        ['Statement[0]["aws:Key"]#key', file(6)],
      ]),
    );
  });

  it('maps each path that came through variables to where they were written', () => {
    const n = normalize(policyOf(document));
    expect(n.viaMap).toEqual(
      new Map([
        ['Statement[0]', [file(40)]],
        ['Statement[0].Action[0]', [file(50), file(51)]],
      ]),
    );
  });

  it('builds the maps once', () => {
    const n = normalize(policyOf(document));
    expect(n.sourceMap).toBe(n.sourceMap);
    expect(n.viaMap).toBe(n.viaMap);
  });

  it('maps a document that is not an object too', () => {
    const n = normalize(policyOf({ kind: 'unknown', text: 'var.p', origin: file(9) }));
    expect(n.sourceMap).toEqual(new Map([['', file(9)]]));
  });
});

describe('a statement', () => {
  it('reads Sid, and Effect only as "Allow" or "Deny"', () => {
    expect(statementOf({ Sid: 'Read', Effect: 'Allow' })).toMatchObject({ sid: 'Read', effect: 'Allow', unknownParts: [] });
    const numbered = statementOf({ Sid: 7, Effect: 'Deny' });
    expect(numbered.sid).toBeUndefined();
    expect(numbered).toMatchObject({ effect: 'Deny', unknownParts: [] });
    // Effect is the literal "Allow" or "Deny" (iam-semantics §7); any other known value is no effect, but not Unknown.
    for (const effect of ['allow', 'Permit', 1, null, ['Allow']])
      expect(statementOf({ Effect: effect }), String(effect)).toMatchObject({ effect: undefined, unknownParts: [] });
    expect(statementOf({ Effect: U('var.effect') })).toMatchObject({ effect: undefined, unknownParts: ['Statement.Effect'] });
  });

  it('reads Action, NotAction, Resource and NotResource as lists of elements with their paths', () => {
    const s = statementOf({
      Effect: 'Allow',
      Action: 's3:GetObject',
      NotAction: ['iam:*', 'sts:*'],
      Resource: ['arn:aws:s3:::b'],
      NotResource: 'arn:aws:s3:::c',
    });
    expect(s.actions?.map((e) => [e.path, e.value, e.shown])).toEqual([['Statement.Action', 's3:GetObject', 's3:GetObject']]);
    expect(s.notActions?.map((e) => [e.path, e.value])).toEqual([
      ['Statement.NotAction[0]', 'iam:*'],
      ['Statement.NotAction[1]', 'sts:*'],
    ]);
    expect(s.resources?.map((e) => [e.path, e.value])).toEqual([['Statement.Resource[0]', 'arn:aws:s3:::b']]);
    expect(s.notResources?.map((e) => [e.path, e.value])).toEqual([['Statement.NotResource', 'arn:aws:s3:::c']]);
    expect(s.unknownParts).toEqual([]);
    const bare = statementOf({ Effect: 'Allow' });
    expect([bare.actions, bare.notActions, bare.resources, bare.notResources]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('reads a number or a boolean as its text, drops null and objects, and flattens nested lists', () => {
    const s = statementOf({ Action: ['a:B', 5, true, null, { x: 1 }, ['c:D', [false]]] });
    expect(s.actions?.map((e) => [e.path, e.value, e.shown])).toEqual([
      ['Statement.Action[0]', 'a:B', 'a:B'],
      ['Statement.Action[1]', '5', '5'],
      ['Statement.Action[2]', 'true', 'true'],
      ['Statement.Action[5][0]', 'c:D', 'c:D'],
      ['Statement.Action[5][1][0]', 'false', 'false'],
    ]);
    expect(s.unknownParts).toEqual([]);
  });

  it('shows a value as written when it holds stand-ins, and keeps the element node', () => {
    const node: Value = { kind: 'string', value: 'arn:aws:iam::000000000000:root', symbolic: 'arn:aws:iam::${data.aws_caller_identity.me.account_id}:root' };
    const s = normalize(policyOf({ kind: 'object', entries: [{ key: 'Statement', value: { kind: 'object', entries: [{ key: 'Resource', value: node }] } }] }))
      .statements[0];
    expect(s.resources).toEqual([{ path: 'Statement.Resource', value: node.value, node, shown: node.symbolic }]);
  });

  it('an Unknown element is kept as itself and makes its element an Unknown part', () => {
    const s = statementOf({ Action: ['s3:GetObject', U('var.more')], Resource: U('var.arns'), NotResource: ['x'] });
    expect(s.actions?.map((e) => [e.path, typeof e.value === 'string' ? e.value : e.value.text, e.shown])).toEqual([
      ['Statement.Action[0]', 's3:GetObject', 's3:GetObject'],
      ['Statement.Action[1]', 'var.more', 'var.more'],
    ]);
    expect(s.resources?.[0].node).toBe(s.resources?.[0].value);
    expect(s.unknownParts).toEqual(['Statement.Action', 'Statement.Resource']);
  });

  it('ignores elements it does not know', () => {
    const s = statementOf({ Effect: 'Allow', Id: 'x', Other: U('var.x') });
    expect(s).toMatchObject({ effect: 'Allow', unknownParts: [], conditions: [], opaqueConditions: [] });
  });
});

describe('a principal', () => {
  it('"*" as a string is everyone; another string is an entry of no type', () => {
    expect(statementOf({ Principal: '*' }).principal).toEqual({ path: 'Statement.Principal', star: true, entries: [], unknown: false });
    const one = statementOf({ Principal: 'arn:aws:iam::111122223333:root' }).principal!;
    expect(one).toMatchObject({
      star: false,
      unknown: false,
      entries: [{ type: '?', elem: { path: 'Statement.Principal', value: 'arn:aws:iam::111122223333:root' } }],
    });
    expect(one.list).toBeUndefined();
    expect(one.maybeAbsent).toBeUndefined();
  });

  it('an object gives one entry per value, typed by its key', () => {
    const p = statementOf({ Principal: { AWS: ['arn:aws:iam::1:root', '*'], Service: 'ecs.amazonaws.com' } }).principal!;
    expect(p.star).toBe(false);
    expect(p.unknown).toBe(false);
    expect(p.entries.map((e) => [e.type, e.elem.path, e.elem.value])).toEqual([
      ['AWS', 'Statement.Principal.AWS[0]', 'arn:aws:iam::1:root'],
      ['AWS', 'Statement.Principal.AWS[1]', '*'],
      ['Service', 'Statement.Principal.Service', 'ecs.amazonaws.com'],
    ]);
    expect(statementOf({ Principal: {} }).principal).toMatchObject({ entries: [], unknown: false });
  });

  it('is Unknown when an entry is, and says so in the statement', () => {
    const s = statementOf({ Principal: { AWS: ['arn:aws:iam::1:root', U('var.arns')] }, NotPrincipal: { AWS: U('var.other') } });
    expect(s.principal?.unknown).toBe(true);
    expect(s.notPrincipal?.unknown).toBe(true);
    expect(s.notPrincipal?.entries.map((e) => [e.type, e.elem.path])).toEqual([['AWS', 'Statement.NotPrincipal.AWS']]);
    expect(s.unknownParts).toEqual(['Statement.Principal', 'Statement.NotPrincipal']);
    const known = statementOf({ Principal: { AWS: 'arn:aws:iam::1:root' }, NotPrincipal: '*' });
    expect(known.unknownParts).toEqual([]);
    expect(known.notPrincipal?.star).toBe(true);
  });

  it('a list of bare strings is a list of entries of no type, "*" among them no star (§1.1)', () => {
    const p = statementOf({ Principal: ['arn:aws:iam::1:root', '*'] }).principal!;
    expect(p).toMatchObject({ list: true, star: false, unknown: false });
    expect(p.entries.map((e) => [e.type, e.elem.path, e.elem.value])).toEqual([
      ['?', 'Statement.Principal[0]', 'arn:aws:iam::1:root'],
      ['?', 'Statement.Principal[1]', '*'],
    ]);
  });

  it('anything else is Unknown; an Unknown rendered from dynamic blocks may be absent', () => {
    for (const v of [U('var.p'), 5, null])
      expect(statementOf({ Principal: v }).principal, JSON.stringify(v)).toMatchObject({ unknown: true, star: false, entries: [] });
    expect(statementOf({ Principal: U('var.p') }).principal?.maybeAbsent).toBeUndefined();
    expect(statementOf({ Principal: U('var.p', { maybeAbsent: true }) }).principal?.maybeAbsent).toBe(true);
    expect(statementOf({ Principal: U('var.p') }).unknownParts).toEqual(['Statement.Principal']);
  });
});

describe('conditions', () => {
  it('one condition per key, with its operator parsed, its key also in lower case, and its paths', () => {
    const s = statementOf({
      Condition: { 'ForAnyValue:StringLikeIfExists': { 'aws:PrincipalOrgPaths': ['o-1/*', 'o-2/*'] }, Bool: { 'aws:SecureTransport': true } },
    });
    expect(s.conditions).toEqual([
      {
        operator: 'ForAnyValue:StringLikeIfExists',
        base: 'StringLike',
        ifExists: true,
        set: 'ForAnyValue',
        negated: false,
        key: 'aws:PrincipalOrgPaths',
        keyLower: 'aws:principalorgpaths',
        values: [
          expect.objectContaining({ path: 'Statement.Condition["ForAnyValue:StringLikeIfExists"]["aws:PrincipalOrgPaths"][0]', value: 'o-1/*' }),
          expect.objectContaining({ path: 'Statement.Condition["ForAnyValue:StringLikeIfExists"]["aws:PrincipalOrgPaths"][1]', value: 'o-2/*' }),
        ],
        path: 'Statement.Condition["ForAnyValue:StringLikeIfExists"]["aws:PrincipalOrgPaths"]',
        operatorPath: 'Statement.Condition["ForAnyValue:StringLikeIfExists"]',
      },
      expect.objectContaining({ operator: 'Bool', base: 'Bool', key: 'aws:SecureTransport', values: [expect.objectContaining({ value: 'true' })] }),
    ]);
    expect(s.unknownParts).toEqual([]);
    expect(s.opaqueConditions).toEqual([]);
  });

  it('a null Condition is none; one that cannot be read is opaque', () => {
    expect(statementOf({ Condition: null })).toMatchObject({ conditions: [], unknownParts: [], opaqueConditions: [] });
    for (const c of [U('var.condition'), 'x', ['a']])
      expect(statementOf({ Condition: c }), JSON.stringify(c)).toMatchObject({
        conditions: [],
        unknownParts: ['Statement.Condition'],
        opaqueConditions: ['Statement.Condition'],
      });
  });

  it("an operator whose keys cannot be read is opaque; the other operators' conditions are read", () => {
    const s = statementOf({ Condition: { StringEquals: U('var.pins'), ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/x' } } });
    expect(s.unknownParts).toEqual(['Statement.Condition.StringEquals']);
    expect(s.opaqueConditions).toEqual(['Statement.Condition.StringEquals']);
    expect(s.conditions.map((c) => c.key)).toEqual(['aws:PrincipalArn']);
    expect(s.keyUnknownConditions).toBeUndefined();
  });

  it('a value that cannot be read makes the key an Unknown part, and stays a condition', () => {
    const s = statementOf({
      Condition: { StringEquals: { 'aws:PrincipalOrgID': U('var.org'), 'aws:SourceAccount': ['1', U('var.acct')], 'aws:userid': 'x' } },
    });
    expect(s.conditions.map((c) => c.key)).toEqual(['aws:PrincipalOrgID', 'aws:SourceAccount', 'aws:userid']);
    expect(s.unknownParts).toEqual(['Statement.Condition.StringEquals["aws:PrincipalOrgID"]', 'Statement.Condition.StringEquals["aws:SourceAccount"]']);
    expect(s.opaqueConditions).toEqual([]);
  });

  const keyUnknown = (key: string, operator = 'StringEquals', values: unknown = ['repo:org/app:*']) =>
    statementOf({ Condition: { [operator]: U('{...}', { condition: { operator, key, values: doc(values) } }) } });

  it('a condition whose key alone is Unknown keeps the key as its widest pattern', () => {
    const s = keyUnknown('${var.provider}:sub', 'StringLikeIfExists', ['repo:org/app:*', 'repo:org/lib:*']);
    // It stays opaque to every other rule.
    expect(s.opaqueConditions).toEqual(['Statement.Condition.StringLikeIfExists']);
    expect(s.conditions).toEqual([]);
    expect(s.keyUnknownConditions).toEqual([
      {
        operator: 'StringLikeIfExists',
        base: 'StringLike',
        ifExists: true,
        set: undefined,
        negated: false,
        key: '${var.provider}:sub',
        keyLower: '*:sub',
        values: [
          expect.objectContaining({ path: 'Statement.Condition.StringLikeIfExists[0]', value: 'repo:org/app:*' }),
          expect.objectContaining({ path: 'Statement.Condition.StringLikeIfExists[1]', value: 'repo:org/lib:*' }),
        ],
        path: 'Statement.Condition.StringLikeIfExists',
        operatorPath: 'Statement.Condition.StringLikeIfExists',
      },
    ]);
    expect(keyUnknown('%{if true}Token%{endif}.Actions.GitHub:SUB').keyUnknownConditions?.[0].keyLower).toBe('*token*.actions.github:sub');
    expect(keyUnknown('${a}:${b}:aud').keyUnknownConditions?.[0].keyLower).toBe('*:*:aud');
  });

  it('a key of which nothing is known is no such condition', () => {
    // A bare reference, only templates, a template not closed or nested: nothing of the key is known.
    for (const key of ['var.key', '${var.key}', '${a}${b}', '${var.key:sub', 'x:${a:${b}}', '{x}:sub', 'a}:${b}'])
      expect(keyUnknown(key).keyUnknownConditions, key).toBeUndefined();
    // An Unknown operator value with no condition of its own is opaque only.
    expect(statementOf({ Condition: { StringEquals: U('var.x') } }).keyUnknownConditions).toBeUndefined();
  });
});
