import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';
import { tempDirs } from './helpers/temp.js';

const temp = tempDirs('security');
const SECRET = 'GITHUB_TOKEN=ghp_policylintsecret0123456789';

type JsonFinding = { file: string; ruleId: string; line: number; message: string };
const findingsOf = (stdout: string) => JSON.parse(stdout).findings as JsonFinding[];

/** A file outside the scanned folder, holding what a CI job must never print. */
function secretOutside(): string {
  const out = temp();
  const p = join(out, 'environ');
  writeFileSync(p, `{"${SECRET}": 1, "x": ${JSON.stringify(SECRET)}}\n${SECRET}\n`);
  return p;
}

describe('security: reads stay inside the scanned folders (issue 12 #1)', () => {
  it('file(), templatefile() and terraform.tfvars through a symlink out of the tree: refused, said, never printed', () => {
    const dir = temp();
    execFileSync('git', ['init', '-q', dir]);
    const secret = secretOutside();
    symlinkSync(secret, join(dir, 'env.txt'));
    symlinkSync(secret, join(dir, 'env.tpl'));
    symlinkSync(secret, join(dir, 'terraform.tfvars'));
    writeFileSync(
      join(dir, 'main.tf'),
      [
        'variable "who" { default = "arn:aws:iam::111122223333:root" }',
        'resource "aws_iam_role" "a" {',
        '  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = file("env.txt") } }] })',
        '}',
        'resource "aws_iam_policy" "b" {',
        '  policy = file("env.txt")',
        '}',
        'resource "aws_iam_policy" "c" {',
        '  policy = templatefile("env.tpl", {})',
        '}',
        '',
      ].join('\n'),
    );
    for (const format of ['json', 'sarif', 'compact', 'friendly']) {
      const r = run(['--format', format, '.'], dir);
      expect(r.stdout + r.stderr).not.toContain('ghp_policylint');
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    }
    const r = run(['--format', 'json', '.'], dir);
    const got = findingsOf(r.stdout).map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.message}`);
    expect(got).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^main\.tf:3 unresolved file\("env\.txt"\) is not read: it resolves \(through a symlink\) to a file outside the scanned folders/),
        expect.stringMatching(/^main\.tf:6 unresolved file\("env\.txt"\) is not read/),
        expect.stringMatching(/^main\.tf:9 unresolved templatefile\("env\.tpl"\) is not read/),
        expect.stringMatching(/^terraform\.tfvars:1 parse-error variable file resolves \(through a symlink\) to a file outside/),
      ]),
    );
    const printed = run(['--print-policies', '.'], dir);
    expect(printed.stdout + printed.stderr).not.toContain('ghp_policylint');
  });

  it('a sibling .tf, an .auto.tfvars and a called module file linking out of the tree are not read', () => {
    const dir = temp();
    const secretDir = temp();
    writeFileSync(join(secretDir, 'x.tf'), `locals { leak = "${SECRET}" }\nresource "aws_iam_policy" "p" {\n  policy = "${SECRET}"\n}\n`);
    writeFileSync(join(secretDir, 'x.auto.tfvars'), `who = "${SECRET}"\n`);
    mkdirSync(join(dir, 'mod'));
    symlinkSync(join(secretDir, 'x.tf'), join(dir, 'mod', 'leak.tf'));
    symlinkSync(join(secretDir, 'x.tf'), join(dir, 'leak.tf'));
    symlinkSync(join(secretDir, 'x.auto.tfvars'), join(dir, 'x.auto.tfvars'));
    writeFileSync(join(dir, 'main.tf'), 'variable "who" {}\nmodule "m" {\n  source = "./mod"\n}\n');
    const r = run(['--format', 'json', 'main.tf'], dir);
    expect(r.stdout + r.stderr).not.toContain('ghp_policylint');
    expect(findingsOf(r.stdout).map((f) => `${f.file} ${f.ruleId}`)).toEqual(['x.auto.tfvars parse-error']);
  });

  it('configuration lookup stops at the repository root and never blocks on a FIFO', () => {
    const outer = temp();
    const dir = join(outer, 'repo');
    mkdirSync(dir);
    execFileSync('git', ['init', '-q', dir]);
    // Above the repository: neither read nor waited on.
    execFileSync('mkfifo', [join(outer, '.policylintrc')]);
    writeFileSync(join(dir, 'p.json'), '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"}]}');
    const r = run(['--format', 'json', '.'], dir);
    expect(r.code).toBe(1);
    expect(findingsOf(r.stdout).map((f) => f.ruleId)).toEqual(['wildcard-principal']);
    const cfg = run(['--print-config'], dir);
    expect(JSON.parse(cfg.stdout).configFile).toBeNull();
    // Inside the repository, a FIFO configuration is an error, not a hang.
    execFileSync('mkfifo', [join(dir, '.policylintrc')]);
    const fifo = run(['--format', 'json', '.'], dir);
    expect(fifo.code).toBe(2);
    expect(fifo.stderr).toContain('not a regular file');
  });

  it('terraform.tfvars and *.auto.tfvars as FIFOs: a finding each, the rest linted', () => {
    const dir = temp();
    execFileSync('mkfifo', [join(dir, 'terraform.tfvars')]);
    execFileSync('mkfifo', [join(dir, 'a.auto.tfvars')]);
    writeFileSync(
      join(dir, 'main.tf'),
      'resource "aws_iam_policy" "p" {\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "*" }] })\n}\n',
    );
    const r = run(['--format', 'json', '.'], dir);
    expect(
      findingsOf(r.stdout)
        .map((f) => `${f.file} ${f.ruleId}`)
        .sort(),
    ).toEqual(['a.auto.tfvars parse-error', 'main.tf principal-grammar', 'terraform.tfvars parse-error']);
  });
});

describe('security: no folder is silently skipped (issue 12 #4)', () => {
  const PUBLIC_TF = (name: string) =>
    `resource "aws_s3_bucket_policy" "${name}" {\n  bucket = "b"\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::b/*" }] })\n}\n`;
  const files = (dir: string, list: Record<string, string>) => {
    for (const [p, text] of Object.entries(list)) {
      mkdirSync(join(dir, p, '..'), { recursive: true });
      writeFileSync(join(dir, p), text);
    }
  };
  const lintedFiles = (dir: string) => {
    const r = run(['--format', 'json', '.'], dir);
    expect(r.stderr).not.toMatch(/internal error/);
    return findingsOf(r.stdout)
      .map((f) => `${f.file} ${f.ruleId}`)
      .sort();
  };

  it('a commented-out or string-only module call does not hide the folder', () => {
    const dir = temp();
    files(dir, {
      'prod/main.tf': PUBLIC_TF('prod'),
      'other/main.tf':
        '# module "prod" { source = "../prod" }\n/* module "p2" { source = "../prod" } */\nlocals {\n  s = "module \\"x\\" { source = \\"../prod\\" }"\n}\n',
      'other/x.tf.json': '{"locals": {"source": "../prod"}}',
    });
    expect(lintedFiles(dir)).toEqual(['prod/main.tf wildcard-principal']);
  });

  it('folders that call each other, or themselves, are each linted as a root', () => {
    const dir = temp();
    files(dir, {
      'a/main.tf': `module "b" {\n  source = "../b"\n}\n${PUBLIC_TF('a')}`,
      'b/main.tf': `module "a" {\n  source = "../a"\n}\n${PUBLIC_TF('b')}`,
      'self/main.tf': `module "me" {\n  source = "./"\n}\n${PUBLIC_TF('self')}`,
    });
    // Each is a root; the cycle itself is said (an `unresolved` note at the call), never followed.
    expect([...new Set(lintedFiles(dir))]).toEqual([
      'a/main.tf unresolved',
      'a/main.tf wildcard-principal',
      'b/main.tf unresolved',
      'b/main.tf wildcard-principal',
      'self/main.tf unresolved',
      'self/main.tf wildcard-principal',
    ]);
  });

  it('a folder a real root calls is linted through its caller, once', () => {
    const dir = temp();
    files(dir, {
      'root/main.tf': 'module "m" {\n  source = "../mod"\n}\n',
      'mod/main.tf': PUBLIC_TF('m'),
      'json-root/main.tf.json': '{"module": {"m": {"source": "../mod2"}}}',
      'mod2/main.tf': PUBLIC_TF('m2'),
    });
    expect(lintedFiles(dir)).toEqual(['mod/main.tf wildcard-principal', 'mod2/main.tf wildcard-principal']);
  });
});
