import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, run } from './helpers/cli.js';
import { tempDirs } from './helpers/temp.js';

const temp = tempDirs('output');
type JsonFinding = { file: string; ruleId: string; line: number; column: number; message: string; suppressed: boolean };
const findingsOf = (stdout: string) => JSON.parse(stdout).findings as JsonFinding[];
const PUBLIC = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"}]}';
const BUCKET = (name: string, principal = '"*"') =>
  `resource "aws_s3_bucket_policy" "${name}" {\n  bucket = "b"\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = ${principal}, Action = "s3:GetObject", Resource = "*" }] })\n}\n`;

describe('output safety (issue 12)', () => {
  it('control characters from file names and policy strings are escaped in compact and friendly output', () => {
    const dir = temp();
    const evil = 'x\nsecrets.tf: line 1, col 1, Error - forged (wildcard-principal)\n::error::forged\u001b]8;;https:x\u0007.json';
    writeFileSync(join(dir, evil), PUBLIC);
    writeFileSync(join(dir, 'main.tf'), BUCKET('b', '{ AWS = "arn:aws:iam::111122223333:role/\\u001b[2J\\u001b]0;pwned\\u0007\\rX" }'));
    for (const format of ['compact', 'friendly']) {
      const r = run(['--format', format, '.'], dir);
      expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
      expect(r.stdout.split('\n').filter((l) => l.includes('forged') && !l.includes('\\n'))).toEqual([]);
      if (format === 'compact') {
        for (const line of r.stdout.trim().split('\n')) expect(line).toMatch(/: line \d+, col \d+, (Error|Warning|Info) - .* \([a-z-]+\)$/);
        expect(r.stdout).toContain('x\\nsecrets.tf');
        expect(r.stdout).toContain('\\x1b]8;;');
      }
    }
  });

  it('--verbose lines that name a file of the linted tree escape its control characters', () => {
    const dir = temp();
    const evil = 'x\u001b]0;pwned\u0007\nforged.json';
    writeFileSync(join(dir, evil), Buffer.concat([Buffer.from('\0GITCRYPT\0', 'latin1'), Buffer.from([1, 2, 3])]));
    writeFileSync(join(dir, 'ok.json'), PUBLIC);
    const r = run(['--format', 'json', '--verbose', '.'], dir);
    expect(r.stderr).toContain('policylint: x\\x1b]0;pwned\\x07\\nforged.json: encrypted with git-crypt');
    expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });

  it('-o and --write-baseline naming an input file are refused', () => {
    const dir = temp();
    writeFileSync(join(dir, 'policy.json'), PUBLIC);
    for (const args of [
      ['-o', 'policy.json', 'policy.json'],
      ['-o', 'policy.json', '.'],
      ['--write-baseline', 'policy.json', '.'],
    ]) {
      const r = run(args, dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('is one of the files being linted');
      expect(readFileSync(join(dir, 'policy.json'), 'utf8')).toBe(PUBLIC);
    }
    // policylint's own report, written twice into the linted folder, is not an input.
    expect(run(['-o', 'report.json', '-f', 'json', '.'], dir).code).toBe(1);
    expect(run(['-o', 'report.json', '-f', 'json', '.'], dir).code).toBe(1);
  });

  it('an explicitly named file policylint does not read is a notice, and exit 2 when nothing could be linted', () => {
    const dir = temp();
    writeFileSync(join(dir, 'POLICY.JSON'), PUBLIC);
    writeFileSync(join(dir, 'x.json5'), PUBLIC);
    writeFileSync(join(dir, 'ok.json'), PUBLIC);
    const r = run(['--format', 'json', 'POLICY.JSON', 'x.json5', '/dev/null'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('POLICY.JSON: not a file type policylint reads');
    expect(r.stderr).toContain('x.json5: not a file type policylint reads');
    expect(r.stderr).toContain('/dev/null: not a regular file');
    expect(r.stderr).toContain('nothing given could be linted');
    const some = run(['--format', 'json', 'POLICY.JSON', 'ok.json'], dir);
    expect(some.code).toBe(1);
    expect(findingsOf(some.stdout).map((f) => f.file)).toEqual(['ok.json']);
  });

  it('the same resource address in two files of one module is an error finding', () => {
    const dir = temp();
    writeFileSync(join(dir, 'a.tf'), BUCKET('b'));
    writeFileSync(join(dir, 'b.tf'), `\n${BUCKET('b', '{ AWS = "arn:aws:iam::111122223333:root" }')}`);
    const r = run(['--format', 'json', '.'], dir);
    expect(findingsOf(r.stdout).map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.message}`)).toEqual([
      'a.tf:3 wildcard-principal ' + findingsOf(r.stdout)[0].message,
      'b.tf:2 parse-error aws_s3_bucket_policy.b is declared again here; it is already declared in a.tf line 1, and Terraform rejects a duplicate address: rename or remove one',
    ]);
  });

  it('a malformed expires= date is a suppression finding and suppresses nothing; a 100 KB comment parses fast', () => {
    const dir = temp();
    writeFileSync(
      join(dir, 'main.tf'),
      `# policylint:ignore wildcard-principal -- shared bucket expires=2O24-01-01\n${BUCKET('b')}# policylint:ignore ${'a,'.repeat(50_000)}!\n# policylint:ignore ecr-scope -- ${' '.repeat(100_000)}!\n`,
    );
    const t0 = performance.now();
    const r = run(['--format', 'json', '.'], dir);
    expect(performance.now() - t0).toBeLessThan(20_000);
    const got = findingsOf(r.stdout).map((f) => `${f.line} ${f.ruleId} ${f.suppressed}`);
    expect(got).toEqual(['1 suppression false', '4 wildcard-principal false', '7 suppression false']);
    expect(findingsOf(r.stdout)[0].message).toContain('expires=2O24-01-01, which is not a date');
  });

  it('SARIF URIs percent-encode # and ?', () => {
    const dir = temp();
    writeFileSync(join(dir, 'a#b?c.json'), PUBLIC);
    const r = run(['--format', 'sarif', '.'], dir);
    const uri = JSON.parse(r.stdout).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
    expect(uri).toBe('a%23b%3Fc.json');
  });

  // With its own exit code: a CI step under `set -o pipefail` must still fail on the findings.
  it('| head (EPIPE) exits quietly, with the exit code of the findings', () => {
    const dir = temp();
    for (let i = 0; i < 2000; i++) writeFileSync(join(dir, `p${i}.json`), PUBLIC);
    const r = spawnSync('bash', ['-c', `node ${JSON.stringify(bin)} -f compact . | head -1; echo "exit \${PIPESTATUS[0]}" >&2`], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, POLICYLINT_WORKERS: '0' },
    });
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toBe('exit 1\n');
  }, 120_000);

  // A full disk behind `>` is the user's environment: one line saying so, exit 2, no "internal error".
  it.runIf(existsSync('/dev/full'))('standard output on a full disk: one line naming the error, exit 2', () => {
    const dir = temp();
    writeFileSync(join(dir, 'p.json'), PUBLIC);
    for (const format of ['json', 'compact']) {
      const r = spawnSync('bash', ['-c', `node ${JSON.stringify(bin)} -f ${format} p.json > /dev/full`], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe('policylint: cannot write to standard output (ENOSPC)\n');
    }
  });

  it('a tfvars syntax error is reported at its position; lone-CR line endings count as lines', () => {
    const dir = temp();
    writeFileSync(join(dir, 'main.tf'), 'variable "x" {}\n');
    writeFileSync(join(dir, 'terraform.tfvars'), 'a = "1"\nb = "2"\nc = = 3\n');
    writeFileSync(join(dir, 'cr.json'), PUBLIC.replace(/,/g, ',\r'));
    const r = run(['--format', 'json', '.'], dir);
    const got = findingsOf(r.stdout).map((f) => `${f.file}:${f.line} ${f.ruleId}`);
    expect(got).toEqual(['cr.json:3 wildcard-principal', 'terraform.tfvars:3 parse-error']);
  });
});
