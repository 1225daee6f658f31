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

  it("--gc reads the collector's accounting of a run (promoted bytes, collection time, tenure verdicts)", () => {
    const r = spawnSync(process.execPath, [join(repo, 'scripts/bench.mjs'), '--gc', '--small'], { cwd: repo, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const line = r.stdout.split('\n').find((l) => l.startsWith('this build: one thread'));
    // A run of policylint always collects: a line of zeros would mean the trace was not read.
    expect(line).toMatch(/young: [1-9]\d* × \(\d+ \+ \d+ ms\).*GC [1-9]\d* ms; \d+ tenure verdicts/);
  }, 120_000);
});
