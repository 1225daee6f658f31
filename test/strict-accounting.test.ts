import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint, type LintResult } from '../src/engine/lint.js';
import { RULES } from '../rules/index.js';
import { defineRule } from '../rules/api.js';
import { unresolved } from '../rules/engine-rules.js';

/**
 * Unknown accounting (issue 20 item 4), as a user sees it on fixtures/strict/accounting: under
 * --strict one note per statement not judged, naming each Unknown, where it is and the rules it
 * stopped; without --strict the same verdicts and no note; and the judged count in the summary.
 */
const cwd = join(__dirname, '..', 'fixtures', 'strict', 'accounting');
const run = (strict: boolean) => lint({ cwd, paths: ['.'], rules: RULES, today: '2026-11-22', configDir: cwd, ruleOptions: { trustedAccounts: [], strict } });
let plain: LintResult;
let strict: LintResult;
beforeAll(async () => {
  [plain, strict] = await Promise.all([run(false), run(true)]);
}, 60_000);

const notes = (r: LintResult) => r.findings.filter((f) => f.ruleId === 'unresolved');
const at = (r: LintResult, line: number) => r.findings.filter((f) => f.line === line).map((f) => `${f.ruleId}/${f.checkId}`);

describe('Unknown accounting', () => {
  it('names the Unknown, its path and the rule it stopped, once per statement', () => {
    const grammar = notes(strict).find((f) => f.message.startsWith('aws_iam_policy.grammar_unknown_actions.policy Statement[0]'));
    expect(grammar?.message).toBe(
      'aws_iam_policy.grammar_unknown_actions.policy Statement[0] was not judged fully: var.actions (at Action) stopped ecr-scope, policy-grammar; policylint cannot resolve it (--strict)',
    );
    const guard = notes(strict).find((f) => f.message.includes('aws_iam_group_policy.unknown_guard.policy Statement[1]'));
    expect(guard?.message).toMatch(/\(at Condition\) stopped .*group-mfa/);
    // One note per statement, however many rules it stopped.
    const statements = notes(strict).map((f) => `${f.file}:${f.line}`);
    expect(new Set(statements).size).toBe(statements.length);
  });

  it('does not name a statement whose Unknowns cannot change any verdict', () => {
    // The bucket policy's Resource and Action are Unknown, its "*" is public whatever they are.
    expect(notes(strict).some((f) => f.message.includes('public_unknown_actions'))).toBe(false);
    expect(strict.findings.some((f) => f.ruleId === 'wildcard-principal' && f.checkId === 'WP02')).toBe(true);
    // The group's only Unknown is a Resource: judged, reported.
    expect(notes(strict).some((f) => f.message.includes('aws_iam_group_policy.unknown_resource'))).toBe(false);
  });

  it('says nothing more without --strict, and reaches the same verdicts', () => {
    expect(notes(plain)).toEqual([]);
    const verdicts = (r: LintResult) =>
      r.findings
        .filter((f) => f.severity !== 'note')
        .map((f) => `${f.line} ${f.ruleId}/${f.checkId}`)
        .sort();
    expect(verdicts(plain)).toEqual(verdicts(strict));
    expect(plain.findings.some((f) => ['EC08', 'OT07', 'GM06'].includes(f.checkId ?? ''))).toBe(false);
    expect(at(strict, 34)).toEqual(['ecr-scope/EC08']);
  });

  it('counts statements, judged or not, the same way with and without --strict', () => {
    expect(strict.coverage).toEqual(plain.coverage);
    // 13 statements (the generated list counts as one); judged: the region-conditioned push (reported), the public bucket (reported),
    // the group with an Unknown Resource (reported), the guard group's Allow (no Unknown), the caller's ARN, the SSM ARN.
    expect(strict.coverage).toEqual({ statements: 13, judged: 6 });
  });
});

describe('the rule API accounts for Unknowns a rule does not mention', () => {
  // A rule that reads nothing and says nothing: it cannot pass a statement with an Unknown as judged.
  const silent = (ignores?: string[]) =>
    defineRule({
      meta: {
        id: 'silent-rule',
        name: 'Silent',
        description: 'says nothing',
        severity: 'error',
        tags: [],
        precision: 'high',
        securitySeverity: 1,
        fix: '',
        semantics: [],
      },
      checks: {},
      unknowns: ignores ? { ignores } : undefined,
      create() {},
    });
  const tf = `variable "bucket" {\n  type = string\n}\nresource "aws_iam_policy" "p" {\n  name = "p"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::\${var.bucket}/*" }]\n  })\n}\n`;
  const lintWith = async (ignores?: string[]) => {
    const dir = mkdtempSync(join(tmpdir(), 'policylint-accounting-'));
    try {
      writeFileSync(join(dir, 'main.tf'), tf);
      return await lint({
        cwd: dir,
        paths: ['.'],
        rules: [silent(ignores), unresolved],
        today: '2026-11-22',
        configDir: dir,
        ruleOptions: { trustedAccounts: [], strict: true },
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('names the statement for a rule that neither reported, vouched nor said why', async () => {
    const r = await lintWith();
    expect(r.findings.map((f) => f.message)).toEqual([
      'aws_iam_policy.p.policy Statement[0] was not judged fully: arn:aws:s3:::${var.bucket}/* (at Resource) stopped silent-rule; policylint cannot resolve it (--strict)',
    ]);
    expect(r.coverage).toEqual({ statements: 1, judged: 0 });
  });

  it('judges it when the rule declares the element irrelevant', async () => {
    const r = await lintWith(['Resource']);
    expect(r.findings).toEqual([]);
    expect(r.coverage).toEqual({ statements: 1, judged: 1 });
  });
});
