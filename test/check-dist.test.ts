import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repo, snapshotRepo } from './install/snapshot.js';

// dist/ is committed; CI rebuilds it and must fail, saying what to do, when it is not what the
// sources build. Run on a snapshot of this working tree, with this checkout's node_modules.
const clone = snapshotRepo();
symlinkSync(join(repo, 'node_modules'), join(clone.dir, 'node_modules'));
afterAll(() => rmSync(clone.dir, { recursive: true, force: true }));
const check = () => spawnSync(process.execPath, ['scripts/check-dist.mjs'], { cwd: clone.dir, encoding: 'utf8' });

describe('npm run check-dist', () => {
  it('passes on the committed dist/: the build is deterministic', () => {
    const r = check();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('dist/ is up to date');
  });

  it('fails on a source change whose dist/ was not rebuilt, and says how to fix it', () => {
    const args = join(clone.dir, 'src/cli/args.ts');
    writeFileSync(args, readFileSync(args, 'utf8').replace('Usage: policylint', 'Usage:  policylint'));
    const r = check();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('dist/ is not what the sources build');
    expect(r.stderr).toMatch(/^ M dist\/.*\.js$/m);
    expect(r.stderr).toContain('Run `npm run bundle` and commit dist/');
  });
});
