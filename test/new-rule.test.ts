import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repo } from './helpers/cli.js';
import { tempDirs } from './helpers/temp.js';

const temp = tempDirs('new-rule');

describe('npm run new-rule', () => {
  it('writes the rule, its doc and a fixture in every form, and registers it', () => {
    const dir = temp();
    cpSync(join(repo, 'rules'), join(dir, 'rules'), { recursive: true });
    const r = spawnSync(process.execPath, [join(repo, 'scripts/new-rule.mjs'), 's3-public-read'], { cwd: dir, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    for (const form of ['jsonencode/main.tf', 'heredoc/main.tf', 'policy-document/main.tf', 'json/wrong.json'])
      expect(readFileSync(join(dir, 'fixtures/rules/s3-public-read', form), 'utf8')).toContain('expect');
    expect(readFileSync(join(dir, 'fixtures/rules/s3-public-read/jsonencode/main.tf'), 'utf8')).toContain('# expect: s3-public-read/SP01');
    expect(readFileSync(join(dir, 'rules/s3-public-read.md'), 'utf8')).toMatch(/\| SP01 \|/);
    const registry = readFileSync(join(dir, 'rules/index.ts'), 'utf8');
    expect(registry).toContain("import { s3PublicRead } from './s3-public-read.js';");
    expect(registry).toMatch(/\n {2}s3PublicRead,\n/);
  });

  it('refuses an id that is not kebab-case, and never overwrites a rule', () => {
    const dir = temp();
    cpSync(join(repo, 'rules'), join(dir, 'rules'), { recursive: true });
    const bad = spawnSync(process.execPath, [join(repo, 'scripts/new-rule.mjs'), 'S3Public'], { cwd: dir, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    const existing = spawnSync(process.execPath, [join(repo, 'scripts/new-rule.mjs'), 'ecr-scope'], { cwd: dir, encoding: 'utf8' });
    expect(existing.status).toBe(2);
    expect(existing.stderr).toContain('rules/ecr-scope.ts exists already');
    expect(existsSync(join(dir, 'fixtures/rules/ecr-scope'))).toBe(false);
  });
});
