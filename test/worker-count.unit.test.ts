import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LintOptions } from '../src/engine/options.js';

// Issue 16: the main thread lints units beside the workers, so a run starts one worker fewer than
// it has cores (a worker costs its own start-up); POLICYLINT_WORKERS still decides when set.
const cores = vi.hoisted(() => ({ n: 2 }));
// worker-count.ts asks for node:os only when it needs it (process.getBuiltinModule).
const builtin = process.getBuiltinModule.bind(process) as (id: string) => unknown;
vi.spyOn(process, 'getBuiltinModule').mockImplementation(((id: string) =>
  id === 'node:os' ? { ...(builtin(id) as object), availableParallelism: () => cores.n } : builtin(id)) as typeof process.getBuiltinModule);
// Tests run the TypeScript sources, beside which there is no built worker.cjs: say there is one.
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return { ...fs, existsSync: (p: string) => (String(p).endsWith('worker.cjs') ? true : fs.existsSync(p)) };
});
const { workerCount } = await import('../src/engine/worker-count.js');

const opts: LintOptions = { cwd: '/', paths: [], rules: [], ruleOptions: { trustedAccounts: [], strict: false } };

describe('workerCount', () => {
  afterEach(() => {
    delete process.env.POLICYLINT_WORKERS;
  });

  it('starts one worker per core but the main one, four threads at most, from 300 files on', () => {
    const counts = [1, 2, 4, 8].map((n) => ((cores.n = n), workerCount(300, opts)));
    expect(counts).toEqual([0, 1, 3, 3]);
    cores.n = 8;
    expect(workerCount(299, opts)).toBe(0);
  });

  it('takes POLICYLINT_WORKERS as the number of workers when it is set, 0 for none', () => {
    cores.n = 2;
    process.env.POLICYLINT_WORKERS = '3';
    expect(workerCount(10, opts)).toBe(3);
    process.env.POLICYLINT_WORKERS = '0';
    expect(workerCount(5000, opts)).toBe(0);
  });

  it('never starts workers for an editor buffer or a run that keeps its policies', () => {
    cores.n = 8;
    expect(workerCount(5000, { ...opts, stdin: { path: 'main.tf', text: '' } })).toBe(0);
    expect(workerCount(5000, { ...opts, collectPolicies: true })).toBe(0);
  });
});
