import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';
import { tempDirs } from './helpers/temp.js';
import { globMatch } from '../src/policy/glob.js';

const temp = tempDirs('hostile');

const PUBLIC = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"}]}';

/** Lints a folder holding the hostile file and a good one: the good one must still be reported. */
function lintWithWitness(dir: string, ...args: string[]) {
  writeFileSync(join(dir, 'witness.json'), PUBLIC);
  const r = run(['--format', 'json', ...args, '.'], dir);
  expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
  expect([0, 1]).toContain(r.code);
  const findings = JSON.parse(r.stdout).findings as Array<{ file: string; ruleId: string; checkId?: string; line: number; message: string }>;
  expect(findings.filter((f) => f.file === 'witness.json').map((f) => f.ruleId)).toEqual(['wildcard-principal']);
  return { ...r, findings: findings.filter((f) => f.file !== 'witness.json') };
}

describe('hostile input', () => {
  it('empty files', () => {
    const dir = temp();
    writeFileSync(join(dir, 'empty.tf'), '');
    writeFileSync(join(dir, 'empty.json'), '');
    expect(lintWithWitness(dir).findings).toEqual([]);
  });

  it('a 60,000-deep nested JSON array inside a policy: a finding, no stack overflow', () => {
    const dir = temp();
    const deep = '['.repeat(60000) + ']'.repeat(60000);
    writeFileSync(join(dir, 'deep.json'), `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":${deep}}]}`);
    // A policy reads the local, so its value is parsed (a local nothing reads is not: rules/parse-error.md).
    writeFileSync(
      join(dir, 'deep.tf'),
      `locals {\n  x = ${'['.repeat(60000)}${']'.repeat(60000)}\n}\nresource "aws_iam_policy" "p" {\n  policy = jsonencode({ Statement = local.x })\n}\n`,
    );
    const { findings } = lintWithWitness(dir);
    expect(findings.map((f) => `${f.file} ${f.ruleId}`).sort()).toEqual(['deep.json parse-error', 'deep.tf parse-error']);
    expect(findings.find((f) => f.file === 'deep.json')!.message).toContain('nested deeper than');
  });

  it('a syntax error in a variable default: a finding at its place once a policy reads it, none while nothing does, and the value is not guessed', () => {
    const dir = temp();
    mkdirSync(join(dir, 'read'));
    mkdirSync(join(dir, 'unread'));
    // What the parser's recovery makes of the list holds "*": it must not be judged.
    const variable = 'variable "principals" {\n  description = "Who may read"\n  default = ["*",, "x"]\n}\n';
    writeFileSync(
      join(dir, 'read', 'main.tf'),
      `${variable}resource "aws_s3_bucket_policy" "p" {\n  bucket = "b"\n  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "*", Principal = { AWS = var.principals } }] })\n}\n`,
    );
    writeFileSync(join(dir, 'unread', 'main.tf'), variable);
    const { findings } = lintWithWitness(dir);
    expect(findings.map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.message}`)).toEqual(['read/main.tf:3 parse-error HCL syntax error near ","']);
  });

  it('100,000 nested blocks in a module that calls another: a parse-error at the block, the called module still judged', () => {
    const dir = temp();
    mkdirSync(join(dir, 'root'));
    mkdirSync(join(dir, 'bucket'));
    // Deep enough to overflow any recursion: the module-call scan and the conversion both bound it.
    writeFileSync(join(dir, 'root', 'main.tf'), `module "bucket" {\n  source = "../bucket"\n}\n${'x {\n'.repeat(100000)}${'}\n'.repeat(100000)}`);
    writeFileSync(join(dir, 'bucket', 'main.tf'), `resource "aws_s3_bucket_policy" "p" {\n  bucket = "b"\n  policy = ${JSON.stringify(PUBLIC)}\n}\n`);
    const { findings } = lintWithWitness(dir);
    expect(findings.map((f) => `${f.file} ${f.ruleId}`).sort()).toEqual(['bucket/main.tf wildcard-principal', 'root/main.tf parse-error']);
    expect(findings.find((f) => f.ruleId === 'parse-error')!.message).toBe('blocks nested deeper than 200 levels');
  });

  it('60,000 templates nested in strings, beside another folder: a parse-error for that file, the rest linted', () => {
    const dir = temp();
    mkdirSync(join(dir, 'deep'));
    writeFileSync(join(dir, 'deep', 'main.tf'), `locals {\n  a = ${'"${'.repeat(60000)}1${'}"'.repeat(60000)}\n}\n`);
    mkdirSync(join(dir, 'other'));
    writeFileSync(join(dir, 'other', 'main.tf'), 'locals {}\n');
    const { findings } = lintWithWitness(dir);
    expect(findings.map((f) => `${f.file} ${f.ruleId}`)).toEqual(['deep/main.tf parse-error']);
  });

  it('a 40,000-statement policy: a size finding, not a hang', () => {
    const dir = temp();
    const statements = Array.from({ length: 40000 }, (_, i) => ({ Sid: `S${i}`, Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::b/${i}` }));
    writeFileSync(join(dir, 'huge.json'), JSON.stringify({ Version: '2012-10-17', Statement: statements }));
    const { findings } = lintWithWitness(dir);
    expect(findings).toEqual([
      expect.objectContaining({ file: 'huge.json', ruleId: 'policy-size', line: 1, message: expect.stringContaining('40,000 statements') }),
    ]);
  });

  it('a managed policy over the 6,144-character quota', () => {
    const dir = temp();
    const actions = Array.from({ length: 400 }, (_, i) => `s3:GetObject${i}`);
    writeFileSync(
      join(dir, 'main.tf'),
      `resource "aws_iam_policy" "big" {\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = ${JSON.stringify(actions)}, Resource = "*" }] })\n}\n`,
    );
    const { findings } = lintWithWitness(dir);
    // The made-up names are also policy-grammar's, one finding each (GR02), without slowing the run.
    expect(findings.filter((f) => f.ruleId === 'policy-grammar' && f.checkId === 'GR02')).toHaveLength(400);
    expect(findings.filter((f) => f.ruleId !== 'policy-grammar')).toEqual([
      expect.objectContaining({ file: 'main.tf', ruleId: 'policy-size', line: 2, message: expect.stringContaining('6,144') }),
    ]);
  });

  it('a .tf with 3,000 resources', () => {
    const dir = temp();
    const blocks = Array.from(
      { length: 3000 },
      (_, i) =>
        `resource "aws_iam_policy" "p${i}" {\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "ecr:BatchGetImage", Resource = ${i === 2999 ? '"*"' : '"arn:aws:ecr:eu-west-1:111122223333:repository/r"'} }] })\n}\n`,
    );
    writeFileSync(join(dir, 'many.tf'), blocks.join(''));
    const { findings } = lintWithWitness(dir);
    expect(findings.map((f) => `${f.line} ${f.ruleId}`)).toEqual([`${2999 * 3 + 2} ecr-scope`]);
  });

  it('a folder named x.tf, a symlink loop, a FIFO named x.tf and a link out of the tree', () => {
    const dir = temp();
    mkdirSync(join(dir, 'x.tf'));
    writeFileSync(join(dir, 'x.tf', 'inner.json'), PUBLIC);
    mkdirSync(join(dir, 'loop'));
    symlinkSync('..', join(dir, 'loop', 'up'));
    symlinkSync(join(dir, 'loop'), join(dir, 'loop', 'self'));
    const outside = temp();
    writeFileSync(join(outside, 'secret.json'), PUBLIC);
    symlinkSync(outside, join(dir, 'outside'));
    execFileSync('mkfifo', [join(dir, 'pipe.tf')]);
    const { findings } = lintWithWitness(dir);
    expect(findings.map((f) => `${f.file} ${f.ruleId}`)).toEqual(['x.tf/inner.json wildcard-principal']);
    const fifo = run(['--format', 'json', 'pipe.tf', 'witness.json'], dir);
    expect(JSON.parse(fifo.stdout).findings.map((f: { file: string; ruleId: string; message: string }) => `${f.file} ${f.ruleId} ${f.message}`)).toEqual([
      'pipe.tf parse-error not a regular file',
      'witness.json wildcard-principal ' + JSON.parse(fifo.stdout).findings[1].message,
    ]);
  });

  it('a socket named x.tf, given by name, is not a regular file, and the rest is linted', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'witness.json'), PUBLIC);
    const server = createServer();
    await new Promise<void>((listening) => server.listen(join(dir, 'sock.tf'), listening));
    try {
      const r = run(['--format', 'json', 'sock.tf', 'witness.json'], dir);
      expect(JSON.parse(r.stdout).findings.map((f: { file: string; ruleId: string; message: string }) => `${f.file} ${f.ruleId} ${f.message}`)[0]).toBe(
        'sock.tf parse-error not a regular file',
      );
      expect(r.code).toBe(1);
    } finally {
      server.close();
    }
  });

  it('a missing path is a notice, and the rest is linted', () => {
    const dir = temp();
    writeFileSync(join(dir, 'witness.json'), PUBLIC);
    const r = run(['--format', 'json', 'nope.tf', 'witness.json'], dir);
    expect(r.stderr).toContain('nope.tf: no such file or directory');
    expect(JSON.parse(r.stdout).findings).toHaveLength(1);
    const none = run(['nope.tf', 'gone/'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('none of the paths given exists');
  });

  it('StringLike patterns built for catastrophic backtracking match in linear time', () => {
    const value = 'a'.repeat(50000);
    const pattern = `${'a*'.repeat(2000)}b`;
    expect(globMatch(pattern, value)).toBe(false);
    expect(globMatch(`${'*a'.repeat(2000)}*`, value)).toBe(true);
    const dir = temp();
    writeFileSync(
      join(dir, 'glob.json'),
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: '*',
            Action: 's3:GetObject',
            Resource: '*',
            Condition: { StringLike: { 'aws:PrincipalArn': `arn:aws:iam::${'*a'.repeat(3000)}:role/x` } },
          },
        ],
      }),
    );
    const { findings } = lintWithWitness(dir);
    expect(findings.every((f) => ['wildcard-principal', 'principal-arn-pattern'].includes(f.ruleId))).toBe(true);
  });
});
