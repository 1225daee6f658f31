import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';
import { tempDirs } from './helpers/temp.js';

const temp = tempDirs('isolation');

type JsonFinding = { file: string; ruleId: string; line: number; column: number; message: string };
const PUBLIC = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"}]}';
const BUCKET = (name: string, resource: string) =>
  `resource "aws_s3_bucket_policy" "${name}" {\n  bucket = "b"\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = ${resource} }] })\n}\n`;

/** Hostile shapes from issue 12, each in a folder of its own, beside many ordinary files. */
const HOSTILE: Record<string, string> = {
  'codepoint/main.tf': `locals {\n  x = "\\U00110000"\n}\nresource "aws_iam_policy" "\\UFFFFFFFF" {\n  policy = "{}"\n}\n`,
  'proto/main.tf': BUCKET('p', '[valueOf(), __proto__(), hasOwnProperty("x"), constructor(), toString()]') + BUCKET('q', 'data.constructor.x.name'),
  'selftpl/main.tf': 'resource "aws_iam_policy" "t" {\n  policy = templatefile("self.tpl", {})\n}\n',
  'selftpl/self.tpl': '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"${templatefile("self.tpl", {})}"}]}\n',
};

function hostileRepo(others: number): string {
  const dir = temp();
  for (const [p, text] of Object.entries(HOSTILE)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  mkdirSync(join(dir, 'ok'));
  for (let i = 0; i < others; i++) writeFileSync(join(dir, 'ok', `p${i}.json`), PUBLIC);
  return dir;
}

describe('one file never costs the others (issue 12)', () => {
  for (const workers of ['0', '2']) {
    it(`hostile files beside 400 others, POLICYLINT_WORKERS=${workers}: every other finding printed, each hostile file a finding with its position`, () => {
      const dir = hostileRepo(400);
      const r = run(['--format', 'json', '.'], dir, { POLICYLINT_WORKERS: workers });
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
      expect(r.code).toBe(1);
      const findings = JSON.parse(r.stdout).findings as JsonFinding[];
      expect(findings.filter((f) => f.file.startsWith('ok/')).length).toBe(400);
      const rest = findings.filter((f) => !f.file.startsWith('ok/')).map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`);
      expect(rest).toEqual([
        'codepoint/main.tf:2:8 parse-error',
        'proto/main.tf:3:94 wildcard-principal',
        'proto/main.tf:7:94 wildcard-principal',
        'selftpl/self.tpl:1:116 unresolved',
      ]);
      expect(findings.find((f) => f.file === 'codepoint/main.tf')!.message).toContain('\\U00110000');
    }, 120_000);
  }

  it('a 200,000-line <<- heredoc: no stack overflow, one parse error for the policy, the rest linted', () => {
    const dir = temp();
    const lines = ['resource "aws_iam_policy" "h" {', '  policy = <<-EOF'];
    // Short lines: the file stays under the 1 MiB limit for native Terraform (src/discover/files.ts).
    for (let i = 0; i < 200_000; i++) lines.push(` x${i % 10}`);
    lines.push('  EOF', '}', '');
    writeFileSync(join(dir, 'main.tf'), lines.join('\n'));
    writeFileSync(join(dir, 'witness.json'), PUBLIC);
    const r = run(['--format', 'json', '.'], dir);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    const findings = JSON.parse(r.stdout).findings as JsonFinding[];
    expect(findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual(['main.tf:3 parse-error', 'witness.json:1 wildcard-principal']);
  }, 120_000);

  it('a crash inside one unit becomes a parse-error at its file, not an internal error', async () => {
    const { RunContext } = await import('../src/engine/run-context.js');
    const { lintUnit } = await import('../src/engine/lint-unit.js');
    const { RULES } = await import('../rules/index.js');
    const dir = temp();
    const file = join(dir, 'bad.json');
    writeFileSync(file, PUBLIC);
    // Stands for any bug that throws while a unit is judged (the stack overflows issue 12 found).
    const opts = {
      cwd: dir,
      paths: ['.'],
      rules: RULES,
      get ruleOptions(): never {
        throw new RangeError('Maximum call stack size exceeded');
      },
    };
    const ctx = new RunContext(opts, new Set([file]), new Map());
    await lintUnit(ctx, { kind: 'json', path: file, deferred: true });
    expect(ctx.internalErrors).toEqual([]);
    expect(ctx.findings.map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.message}`)).toEqual([
      'bad.json:1 parse-error policylint could not finish analysing this file (it is nested or repeated beyond what policylint evaluates); its findings may be incomplete',
    ]);
  });
});
