import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repo } from './helpers/cli.js';

describe('npm run bench', () => {
  it('still runs (small corpus, one run each; times are printed, never asserted)', () => {
    const r = spawnSync(process.execPath, [join(repo, 'scripts/bench.mjs'), '--small'], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, BENCH_RUNS: '1' },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    for (const label of ['x wall', 'bare node', 'the floor', 'MB/s', 'files/s', 'peak memory', '.policylintrc', '--stdin']) expect(r.stdout).toContain(label);
  }, 120_000);
});
