import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import type { ParseCache } from '../../src/engine/options.js';
import { RULES } from '../../rules/index.js';
import { tempDirs } from '../helpers/temp.js';

const temp = tempDirs('overlays');

const BUCKET = (name: string, principal: string) =>
  `resource "aws_s3_bucket_policy" "${name}" {\n  bucket = "b"\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = ${principal}, Action = "s3:GetObject", Resource = "arn:aws:s3:::b/*" }] })\n}\n`;

function module(files: number): string {
  const dir = temp();
  writeFileSync(join(dir, 'variables.tf'), 'variable "who" {\n  default = "*"\n}\n');
  for (let i = 0; i < files; i++)
    writeFileSync(join(dir, `f${i}.tf`), BUCKET(`b${i}`, i === 0 ? '{ AWS = var.who }' : '{ AWS = "arn:aws:iam::111122223333:root" }'));
  return dir;
}

const opts = (dir: string, extra: Partial<Parameters<typeof lint>[0]>) => ({
  cwd: dir,
  paths: [join(dir, 'f0.tf')],
  rules: RULES,
  ruleOptions: { trustedAccounts: [], strict: false },
  ...extra,
});

describe('engine overlays (the language server lints unsaved buffers)', () => {
  it('reads a sibling from its overlay, never from disk, and writes nothing', async () => {
    const dir = module(3);
    const onDisk = await lint(opts(dir, {}));
    expect(onDisk.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toContain('f0.tf:3 wildcard-principal');
    const vars = join(dir, 'variables.tf');
    const overlays = new Map([[vars, 'variable "who" {\n  default = "arn:aws:iam::111122223333:role/r"\n}\n']]);
    const overlaid = await lint(opts(dir, { overlays }));
    expect(overlaid.findings.filter((f) => f.ruleId === 'wildcard-principal')).toEqual([]);
    expect(readFileSync(vars, 'utf8')).toBe('variable "who" {\n  default = "*"\n}\n');
  });

  it('places findings of an edited buffer in its text, not in the file on disk', async () => {
    const dir = module(1);
    const f0 = join(dir, 'f0.tf');
    const shifted = '# a comment\n# another\n' + readFileSync(f0, 'utf8');
    const r = await lint(opts(dir, { overlays: new Map([[f0, shifted]]) }));
    // Two lines down from where the file on disk has it: the `var.who` of the buffer's line 5.
    const column = shifted.split('\n')[4].indexOf('var.who') + 1;
    expect(r.findings.filter((f) => f.ruleId === 'wildcard-principal').map((f) => [f.line, f.column])).toEqual([[5, column]]);
  });

  it('lints an unsaved new file, and reads an unsaved variable file', async () => {
    const dir = module(1);
    const fresh = join(dir, 'new.tf');
    const r = await lint({ ...opts(dir, {}), paths: [fresh], overlays: new Map([[fresh, BUCKET('n', '"*"')]]) });
    expect(r.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toContain('new.tf:3 wildcard-principal');
    const tfvars = join(dir, 'terraform.tfvars');
    writeFileSync(tfvars, 'who = "*"\n');
    const safe = await lint(opts(dir, { overlays: new Map([[tfvars, 'who = "arn:aws:iam::111122223333:role/r"\n']]) }));
    expect(safe.findings.filter((f) => f.ruleId === 'wildcard-principal')).toEqual([]);
  });

  it('with a parse cache, re-parses only the file whose text changed, and finds the same', async () => {
    const dir = module(10);
    const cache: ParseCache = new Map();
    const first = await lint(opts(dir, { parseCache: cache }));
    expect(cache.size).toBe(11);
    const before = new Map([...cache].map(([p, e]) => [p, e.hcl]));
    const f3 = join(dir, 'f3.tf');
    const edited = readFileSync(f3, 'utf8').replace('"b3"', '"b3 "');
    const second = await lint(opts(dir, { parseCache: cache, overlays: new Map([[f3, edited]]) }));
    const reparsed = [...cache].filter(([p, e]) => before.get(p) !== e.hcl).map(([p]) => p);
    expect(reparsed).toEqual([f3]);
    const uncached = await lint(opts(dir, { overlays: new Map([[f3, edited]]) }));
    const shown = (r: typeof first) => r.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`);
    expect(shown(second)).toEqual(shown(uncached));
    expect(shown(first)).toEqual(shown(uncached));
  });
});
