import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../src/engine/lint.js';
import { defineRule, fillMessage, isUnknown, statementUnknowns, type Rule, type RuleContext } from '../rules/api.js';
import { normalize } from '../src/policy/normalize.js';
import { fromPlain, str, unknown, type Value } from '../src/model/value.js';
import type { Policy } from '../src/model/policy.js';
import { unresolved } from '../rules/engine-rules.js';

/** The rule API's contract as a rule author meets it (rules/api.ts): message templates, option
 * metadata, and the Unknown accounting that names, under --strict, every statement a rule neither
 * judged nor reported on (issue 20 item 4: no statement is dropped without a word). */

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Lints one main.tf with only `rules` and the engine's `unresolved` notes on, --strict, and returns the findings as a user reads them. */
async function lintTf(tf: string, rules: Rule[]) {
  const dir = mkdtempSync(join(tmpdir(), 'policylint-api-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'main.tf'), tf);
  const res = await lint({ cwd: dir, paths: ['.'], rules: [...rules, unresolved], ruleOptions: { trustedAccounts: [], strict: true } });
  return res;
}

/** Two policies, each with one statement whose Resource holds an Unknown (`var.arn`). */
const TWO_POLICIES = `
variable "arn" {}
variable "key" {}
resource "aws_iam_policy" "a" {
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = ["arn:aws:s3:::known/*", var.arn] }]
  })
}
resource "aws_iam_policy" "b" {
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::known/*"
      Condition = { StringEquals = { "aws:ResourceTag/team" = var.key } }
    }]
  })
}
`;

type Ctx = RuleContext<Record<string, never>, 'X1', 'm'>;

/** A rule that does what `body` says with each statement, and nothing else. */
function probe(body: (ctx: Ctx) => void, unknowns?: { ignores?: readonly string[]; judges?: (p: { policy: Policy }) => boolean }): Rule {
  return defineRule<Record<string, never>, 'X1', 'm'>({
    meta: {
      id: 'probe',
      name: 'ProbeRule',
      description: 'a rule made for this test',
      fix: 'Nothing to fix.',
      severity: 'warning',
      precision: 'high',
      securitySeverity: 5,
      tags: ['security'],
      docs: 'rules/probe.md',
    } as never,
    checks: { X1: 'the probe' },
    messages: { m: 'probe says {{what}}' },
    unknowns,
    create: body,
  });
}

const notes = (res: Awaited<ReturnType<typeof lintTf>>) =>
  res.findings.filter((f) => f.checkId === 'UR02').map((f) => ({ address: f.address, message: f.message }));

describe('fillMessage', () => {
  it('fills {{name}} with or without inner spaces and leaves names it has no data for', () => {
    expect(fillMessage('a {{ x }} b {{y}} c {{z }} d {{ missing }}', { x: 1, y: 'Y', z: 'Z' })).toBe('a 1 b Y c Z d {{ missing }}');
  });

  it('fills every occurrence of a name', () => {
    expect(fillMessage('{{a}}-{{a}}', { a: 'q' })).toBe('q-q');
  });
});

describe('isUnknown', () => {
  it('is true for an Unknown value only', () => {
    expect(isUnknown(unknown('var.x'))).toBe(true);
    expect(isUnknown(str('var.x'))).toBe(false);
    expect(isUnknown('var.x')).toBe(false);
    expect(isUnknown(undefined)).toBe(false);
    expect(isUnknown(null as never)).toBe(false);
    expect(isUnknown(fromPlain({ kind: 'unknown' }))).toBe(false);
  });
});

describe('statementUnknowns', () => {
  const statementOf = (node: Value) =>
    normalize({
      origin: { file: 'p.json', line: 1, column: 1 },
      address: 'p.json',
      kind: 'identity',
      source: 'json',
      document: { kind: 'object', entries: [{ key: 'Statement', value: { kind: 'list', items: [node] } }] },
    } as unknown as Policy).statements[0];

  const node: Value = {
    kind: 'object',
    entries: [
      { key: 'Effect', value: str('Allow') },
      { key: 'Action', value: str('s3:GetObject') },
      { key: 'Resource', value: { kind: 'list', items: [str('arn:aws:s3:::b/*'), unknown('var.arn')] } },
      {
        key: 'Condition',
        value: {
          kind: 'object',
          entries: [{ key: 'StringEquals', value: { kind: 'object', entries: [{ key: 'aws:SourceVpc', value: unknown('var.vpc') }] } }],
        },
      },
    ],
  };

  it('names every Unknown leaf with its path, in lists and objects', () => {
    expect(statementUnknowns(statementOf(node))).toEqual([
      { text: 'var.arn', path: 'Statement[0].Resource[1]' },
      { text: 'var.vpc', path: 'Statement[0].Condition.StringEquals["aws:SourceVpc"]' },
    ]);
  });

  it('leaves out the elements it is told to ignore', () => {
    expect(statementUnknowns(statementOf(node), ['Resource'])).toEqual([{ text: 'var.vpc', path: 'Statement[0].Condition.StringEquals["aws:SourceVpc"]' }]);
    expect(statementUnknowns(statementOf(node), ['Resource', 'Condition'])).toEqual([]);
  });

  it('reads a statement that is itself Unknown as one Unknown, whatever is ignored', () => {
    expect(statementUnknowns(statementOf(unknown('var.statement')), ['Resource'])).toEqual([{ text: 'var.statement', path: 'Statement[0]' }]);
  });
});

describe('defineRule', () => {
  it('publishes option schemas as a closed object, with their defaults', () => {
    const withOptions = defineRule<{ level: number }, 'X1', never>({
      meta: { id: 'opt', name: 'OptRule' } as never,
      checks: { X1: 'x' },
      options: { defaults: { level: 2 }, schema: { level: { type: 'integer' } } },
      create: () => {},
    });
    expect(withOptions.meta.options).toEqual({ type: 'object', additionalProperties: false, properties: { level: { type: 'integer' } } });
    expect(withOptions.meta.optionDefaults).toEqual({ level: 2 });
    expect(withOptions.meta.checks).toEqual({ X1: 'x' });
    const without = defineRule({ meta: { id: 'plain', name: 'PlainRule' } as never, checks: { X1: 'x' }, create: () => {} });
    expect(without.meta.options).toBeUndefined();
    expect(without.meta.optionDefaults).toBeUndefined();
  });

  it('gives a rule its options over the defaults', async () => {
    const seen: unknown[] = [];
    const rule = defineRule<{ level: number; name: string }, 'X1', never>({
      meta: { id: 'opt', name: 'OptRule' } as never,
      checks: { X1: 'x' },
      options: { defaults: { level: 2, name: 'n' }, schema: { level: { type: 'integer' }, name: { type: 'string' } } },
      create: (ctx) => void seen.push(ctx.options),
    });
    await rule.check!({ policies: [], graphs: [], options: { trustedAccounts: [], strict: false, rules: { opt: { level: 5 } } } });
    expect(seen).toEqual([{ level: 5, name: 'n' }]);
  });

  it('says which rule and check made a report with no text', async () => {
    const rule = probe((ctx) => ctx.report({ check: 'X1' }));
    await expect(rule.check!({ policies: [], graphs: [], options: { trustedAccounts: [], strict: false } })).rejects.toThrow(
      'rule probe, check X1: a report needs messageId or message',
    );
  });

  it('lets a rule say a statement is undecided when the engine does not count them', async () => {
    const rule = probe((ctx) => {
      const policy = normalize({
        origin: { file: 'p', line: 1, column: 1 },
        address: 'p',
        kind: 'identity',
        source: 'json',
        document: fromPlain({ Statement: [{}] }),
      } as unknown as Policy);
      ctx.undecided({ policy, statement: policy.statements[0], unknowns: ['var.x'] });
    });
    await expect(rule.check!({ policies: [], graphs: [], options: { trustedAccounts: [], strict: false } })).resolves.toEqual([]);
  });

  it('turns reports into findings with their check id and filled message, and nothing else', async () => {
    const res = await lintTf(TWO_POLICIES, [
      probe((ctx) => {
        const [a] = ctx.policies;
        ctx.report({ check: 'X1', messageId: 'm', data: { what: 'hello' }, policy: a, path: a.statements[0].path });
      }),
    ]);
    expect(res.internalErrors).toEqual([]);
    expect(res.findings.filter((f) => f.ruleId === 'probe').map((f) => [f.checkId, f.message, f.address])).toEqual([
      ['X1', 'probe says hello', 'aws_iam_policy.a'],
    ]);
  });
});

describe('Unknown accounting under --strict', () => {
  it('names each statement with an Unknown the rule neither judged nor reported on', async () => {
    const res = await lintTf(TWO_POLICIES, [probe(() => {})]);
    expect(notes(res)).toEqual([
      { address: 'aws_iam_policy.a', message: expect.stringContaining('var.arn (at Resource[1]) stopped probe') },
      { address: 'aws_iam_policy.b', message: expect.stringContaining('var.key (at Condition.StringEquals["aws:ResourceTag/team"]) stopped probe') },
    ]);
    expect(res.coverage).toEqual({ statements: 2, judged: 0 });
  });

  it('does not count Unknowns in the elements a rule ignores', async () => {
    const res = await lintTf(TWO_POLICIES, [probe(() => {}, { ignores: ['Resource'] })]);
    expect(notes(res).map((n) => n.address)).toEqual(['aws_iam_policy.b']);
    expect(res.coverage).toEqual({ statements: 2, judged: 1 });
  });

  it('leaves alone policies the rule does not judge', async () => {
    const res = await lintTf(TWO_POLICIES, [probe(() => {}, { judges: (p) => p.policy.address.endsWith('.b') })]);
    expect(notes(res).map((n) => n.address)).toEqual(['aws_iam_policy.b']);
  });

  it('counts a finding anywhere in the statement as a verdict, for that policy only', async () => {
    for (const at of ['', '.Resource[1]', '["odd-key"]']) {
      const res = await lintTf(TWO_POLICIES, [
        probe((ctx) => {
          const [a] = ctx.policies;
          ctx.report({ check: 'X1', messageId: 'm', data: { what: 'x' }, policy: a, path: `${a.statements[0].path}${at}` });
        }),
      ]);
      expect(
        notes(res).map((n) => n.address),
        at,
      ).toEqual(['aws_iam_policy.b']);
    }
  });

  it('does not count a finding without a path, or outside the statement, as a verdict on it', async () => {
    const res = await lintTf(TWO_POLICIES, [
      probe((ctx) => {
        const [a] = ctx.policies;
        ctx.report({ check: 'X1', messageId: 'm', data: { what: 'x' }, policy: a, origin: a.policy.origin });
        ctx.report({ check: 'X1', messageId: 'm', data: { what: 'x' }, policy: a, path: 'Version' });
        ctx.report({ check: 'X1', messageId: 'm', data: { what: 'x' }, policy: a, path: `${a.statements[0].path}0` });
      }),
    ]);
    expect(notes(res).map((n) => n.address)).toEqual(['aws_iam_policy.a', 'aws_iam_policy.b']);
  });

  it('takes a rule at its word when it judged a statement or named its own Unknowns', async () => {
    const res = await lintTf(TWO_POLICIES, [
      probe((ctx) => {
        const [a, b] = ctx.policies;
        ctx.judged(a, a.statements[0]);
        ctx.undecided({ policy: b, statement: b.statements[0], unknowns: ['only-this'] });
      }),
    ]);
    expect(notes(res)).toEqual([{ address: 'aws_iam_policy.b', message: expect.stringContaining('only-this stopped probe') }]);
  });
});
