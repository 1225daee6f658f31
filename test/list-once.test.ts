import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { lint } from '../src/engine/lint.js';
import { RULES } from '../rules/index.js';

// Issue 16: every folder is listed once per run. Discovery's listing serves the module-call scan,
// the siblings of each root and of each module it calls, and the `.terraform` check; a second
// listing of every folder came before any unit could start, and a module called from several
// roots was listed again for each.
const listed = vi.hoisted(() => new Map<string, number>());
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const readdirSync = ((path: string, ...rest: unknown[]) => {
    listed.set(String(path), (listed.get(String(path)) ?? 0) + 1);
    return (fs.readdirSync as (...a: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readdirSync;
  return { ...fs, default: { ...fs, readdirSync }, readdirSync };
});

const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

it('lists each folder once, a module called from three roots included', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'policylint-list-once-'));
  temps.push(dir);
  const files: Record<string, string> = {
    'modules/bucket/main.tf':
      'variable "principal" {}\nresource "aws_s3_bucket_policy" "b" {\n  bucket = "b"\n  policy = jsonencode({ Statement = [{ Effect = "Allow", Principal = { AWS = var.principal }, Action = "s3:GetObject", Resource = "*" }] })\n}\n',
    'a/main.tf': 'module "bucket" {\n  source    = "../modules/bucket"\n  principal = "*"\n}\n',
    'b/main.tf': 'module "bucket" {\n  source    = "../modules/bucket"\n  principal = "arn:aws:iam::111122223333:root"\n}\n',
    'c/main.tf': 'module "bucket" {\n  source    = "../modules/bucket"\n  principal = "*"\n}\n',
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  listed.clear();
  const res = await lint({ cwd: dir, paths: ['.'], rules: RULES, ruleOptions: { trustedAccounts: [], strict: false } });
  // The run did read the module through its callers (a and c pass "*").
  expect(res.findings.filter((f) => f.ruleId === 'wildcard-principal').map((f) => f.file)).toEqual(['modules/bucket/main.tf']);
  const mine = [...listed].filter(([p]) => p.startsWith(dir));
  expect(mine.length).toBeGreaterThanOrEqual(5);
  expect(mine.filter(([, n]) => n > 1)).toEqual([]);
});
