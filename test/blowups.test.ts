import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';
import { tempDirs } from './helpers/temp.js';
import { globMatch } from '../src/policy/glob.js';

const temp = tempDirs('blowups');

type JsonFinding = { file: string; ruleId: string; line: number; column: number; message: string };
const policy = (resource: string) =>
  `resource "aws_iam_policy" "p" {\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = ${resource} }] })\n}\n`;
const WITNESS = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"}]}';

/** Lints `main.tf` beside a witness policy: it must finish (the helper kills it after 60 s, a
 * generous bound for a loaded CI machine; BENCHMARKS.md has the measured figures), and say what it
 * could not evaluate as `unresolved`, with its position. */
function lint(mainTf: string): JsonFinding[] {
  const dir = temp();
  writeFileSync(join(dir, 'main.tf'), mainTf);
  writeFileSync(join(dir, 'witness.json'), WITNESS);
  const r = run(['--format', 'json', '.'], dir);
  expect(r.stderr).not.toMatch(/internal error|\n\s+at |FATAL/);
  expect(r.code).not.toBeNull();
  const findings = JSON.parse(r.stdout).findings as JsonFinding[];
  expect(findings.filter((f) => f.file === 'witness.json').map((f) => f.ruleId)).toEqual(['wildcard-principal']);
  return findings.filter((f) => f.file !== 'witness.json');
}
const brief = (fs: JsonFinding[]) => fs.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`);

describe('no blow-ups (issue 12)', () => {
  it('locals that double to depth 40 are memoised and capped', () => {
    const lines = ['locals {', '  l1 = ["a"]'];
    for (let i = 2; i <= 40; i++) lines.push(`  l${i} = [local.l${i - 1}, local.l${i - 1}]`);
    lines.push('}');
    const findings = lint(`${lines.join('\n')}\n${policy('flatten(local.l40)')}`);
    // l17 is the first over the bound; l18 … l33 double its Unknown until l33 is over it again.
    expect(brief(findings)).toEqual([
      expect.stringMatching(/^18:9 unresolved local\.l17 holds over 100,000 values/),
      expect.stringMatching(/^34:9 unresolved local\.l33 holds over 100,000 values/),
    ]);
  }, 120_000);

  it('thirty doubling replace() calls: a capped string, not a V8 fatal error', () => {
    const locals = Array.from({ length: 30 }, (_, i) => `  r${i + 1} = replace(local.r${i}, "a", "aa")`).join('\n');
    const findings = lint(`locals {\n  r0 = "aaaa"\n${locals}\n}\n${policy('local.r30')}`);
    expect(brief(findings)).toEqual([expect.stringMatching(/^21:9 unresolved a string over 1,048,576 characters is built here/)]);
  }, 120_000);

  it('nested for over 5,000 elements stops at the step bound', () => {
    const xs = Array.from({ length: 5000 }, (_, i) => `"x${i}"`).join(', ');
    const findings = lint(`locals {\n  xs = [${xs}]\n  ys = flatten([for a in local.xs : [for b in local.xs : "\${a}\${b}"]])\n}\n${policy('local.ys')}`);
    expect(brief(findings)).toEqual([expect.stringMatching(/^3:\d+ unresolved evaluation stopped here: this root module needs over 300,000 evaluation steps/)]);
  }, 120_000);

  it('module { source = "./" } six times: the cycle is said once per call, and the policy judged once', () => {
    const calls = Array.from({ length: 6 }, (_, i) => `module "m${i}" {\n  source = "./"\n}\n`).join('');
    const findings = lint(
      `${calls}resource "aws_s3_bucket_policy" "b" {\n  bucket = "b"\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "*" }] })\n}\n`,
    );
    expect(findings.filter((f) => f.ruleId === 'wildcard-principal')).toHaveLength(1);
    expect(brief(findings.filter((f) => f.ruleId === 'unresolved'))).toEqual(
      Array.from(
        { length: 6 },
        (_, i) => `${3 * i + 2}:3 unresolved module.m${i} calls its own folder, a cycle Terraform rejects; policylint does not follow it`,
      ),
    );
  }, 120_000);

  it('a 440 KB .tf.json with thousands of ${} keeps file positions without re-parsing the prefix', () => {
    const dir = temp();
    const locals = Object.fromEntries(Array.from({ length: 8000 }, (_, i) => [`l${i}`, `\${var.v${i}}-${'y'.repeat(24)}`]));
    const text = JSON.stringify(
      {
        locals: { ...locals, doc: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }] } },
        resource: {
          aws_s3_bucket_policy: {
            b: {
              bucket: 'b',
              policy: '${jsonencode(local.doc)}',
            },
          },
        },
      },
      null,
      1,
    );
    expect(text.length).toBeGreaterThan(400_000);
    writeFileSync(join(dir, 'main.tf.json'), text);
    const r = run(['--format', 'json', '.'], dir);
    const findings = JSON.parse(r.stdout).findings as JsonFinding[];
    const line = text.split('\n').findIndex((l) => l.includes('"policy"')) + 1;
    expect(findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual([`main.tf.json:${line} wildcard-principal`]);
  }, 120_000);

  it('StringLike * followed by many ? against a long value matches in linear time', () => {
    const value = `arn:aws:iam::111122223333:role/${'a'.repeat(150_000)}`;
    const t0 = performance.now();
    expect(globMatch(`*${'?'.repeat(75_000)}b*`, value)).toBe(false);
    expect(globMatch(`*${'?'.repeat(75_000)}a*`, value)).toBe(true);
    expect(globMatch(`arn:*:${'?'.repeat(12)}:role/*${'?'.repeat(70_000)}a*`, value)).toBe(true);
    expect(globMatch(`*${'?'.repeat(75_000)}a?b*`, value)).toBe(false);
    expect(performance.now() - t0).toBeLessThan(20_000);
  });

  it('5,000 aws:PrincipalArn patterns: one finding per pattern, judged in about linear time', () => {
    // Each pattern is judged with its own witness against the whole condition: trying every value
    // for every witness, and hashing the whole statement for every finding, made this quadratic.
    const patterns = Array.from({ length: 5000 }, (_, i) => `arn:aws:iam::*:role/r${i}*`);
    const dir = temp();
    const doc = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition: { ArnLike: { 'aws:PrincipalArn': patterns } } },
      ],
    };
    writeFileSync(join(dir, 'p.json'), JSON.stringify(doc));
    const r = run(['--format', 'json', 'p.json'], dir);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at |FATAL/);
    const findings = JSON.parse(r.stdout).findings as (JsonFinding & { checkId: string })[];
    const pa01 = findings.filter((f) => f.checkId === 'PA01');
    expect(pa01).toHaveLength(5000);
    expect(pa01[4999].message).toContain('r4999');
  });

  it('20,000 statements in a source and an override document merge by Sid into the same 20,000 (a lookup per Sid, not a scan: BENCHMARKS.md, session 18)', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `"${i}"`).join(',');
    const findings = lint(
      [
        `locals {\n  ids = [${ids}]\n}`,
        'data "aws_iam_policy_document" "base" {',
        '  dynamic "statement" {',
        '    for_each = local.ids',
        '    content {',
        '      sid       = "s${statement.value}"',
        '      actions   = ["s3:GetObject"]',
        '      resources = ["arn:aws:s3:::b/${statement.value}"]',
        '    }',
        '  }',
        '}',
        'data "aws_iam_policy_document" "merged" {',
        '  source_policy_documents   = [data.aws_iam_policy_document.base.json]',
        '  override_policy_documents = [data.aws_iam_policy_document.base.json]',
        '}',
        'resource "aws_iam_policy" "p" {',
        '  policy = data.aws_iam_policy_document.merged.json',
        '}',
        '',
      ].join('\n'),
    );
    expect(brief(findings)).toEqual([expect.stringMatching(/^14:1 policy-size policy is [\d,]+ characters without white space.*with 20,000 statements/)]);
  });
});
