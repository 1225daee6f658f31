import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { LintOptions } from './options.js';
import type { RunContext } from './run-context.js';
import { lintUnit } from './unit.js';
import { parsesFor, readsPerFolder } from './module-roots.js';
import type { Severity } from '../model/finding.js';

export type Unit = { kind: 'module'; dir: string; files: string[] } | { kind: 'json'; path: string };

export interface WorkerTask {
  opts: Omit<LintOptions, 'rules' | 'severities' | 'analyzer' | 'stdin' | 'overlays' | 'parseCache'>;
  severities: Array<[string, Severity]>;
  /** The ids of the rules that are on: the worker takes them from the same registry (issue 15). */
  ruleIds: string[];
  requested: string[];
  units: Unit[];
  /** Files the main thread already parsed that these units read, and how many of them read each
   * called folder (engine/module-roots.ts). */
  preparsed: ReturnType<typeof parsesFor>;
  readsLeft: Array<[string, number]>;
}

/** Above this many files, and with more than one core, units are spread over worker threads. */
const WORKER_THRESHOLD = 300;

/** How many workers to use: `POLICYLINT_WORKERS` decides when set (0 = none). */
export function workerCount(files: number, opts: LintOptions): number {
  if (opts.stdin || opts.overlays || opts.parseCache || opts.analyzer || opts.collectPolicies) return 0;
  if (!existsSync(workerFile())) return 0;
  const forced = process.env.POLICYLINT_WORKERS;
  if (forced !== undefined && forced !== '') return Math.max(0, Math.min(16, Number(forced) || 0));
  const cores = availableParallelism();
  return cores > 1 && files >= WORKER_THRESHOLD ? Math.min(cores, 4) : 0;
}

function workerFile(): string {
  return fileURLToPath(new URL('./worker.js', import.meta.url));
}

/** Spreads units over `n` workers by size, and merges what they found into the run. */
export async function lintInWorkers(ctx: RunContext, units: Unit[], n: number): Promise<void> {
  const size = (u: Unit) => (u.kind === 'json' ? fileSize(u.path) : u.files.reduce((s, f) => s + fileSize(f), 0));
  const sized = units.map((u) => ({ u, s: size(u) })).sort((a, b) => b.s - a.s);
  const buckets = Array.from({ length: n }, () => ({ units: [] as Unit[], load: 0 }));
  for (const { u, s } of sized) {
    const b = buckets.reduce((min, x) => (x.load < min.load ? x : min));
    b.units.push(u);
    b.load += s;
  }
  const { Worker } = await import('node:worker_threads');
  const { rules: _r, severities, analyzer: _a, stdin: _s, ...opts } = ctx.opts;
  const used = buckets.filter((b) => b.units.length);
  // Findings go straight into the run (lint.ts sorts them); everything whose order shows (info,
  // internal errors) or decides later steps is kept per worker and merged in worker order, as
  // before, so the output never depends on which worker answered first.
  const merged = used.map(() => ({ done: -1, coverage: { statements: 0, judged: 0 }, rest: [] as UnitAnswer[] }));
  await Promise.all(
    used.map(
      (b, i) =>
        new Promise<void>((resolve) => {
          const task: WorkerTask = {
            opts,
            severities: [...(severities ?? [])],
            ruleIds: ctx.opts.rules.map((r) => r.meta.id),
            requested: [...ctx.requested],
            units: b.units,
            preparsed: parsesFor(b.units, ctx.preparsed, ctx.calls),
            readsLeft: [...readsPerFolder(b.units, ctx.calls)],
          };
          const w = new Worker(workerFile(), { workerData: task });
          // Copied into the worker: the main thread's parses are not needed here any more.
          if (b === used[used.length - 1]) ctx.preparsed.clear();
          w.on('message', (m: UnitAnswer | 'done') => {
            if (m === 'done') return;
            for (const f of m.findings) ctx.findings.push(f);
            merged[i].done = m.index;
            merged[i].coverage = m.coverage;
            merged[i].rest.push({ ...m, findings: [] });
          });
          // A worker that dies (out of memory on one hostile unit) must not cost the others: the
          // units it had not finished are linted again here, one by one, each isolated (lintUnit).
          w.once('error', () => resolve());
          w.once('exit', () => resolve());
        }),
    ),
  );
  for (const [i, m] of merged.entries()) {
    for (const r of m.rest) {
      ctx.suppressions.push(...r.suppressions);
      ctx.info.push(...r.info);
      ctx.internalErrors.push(...r.internalErrors);
      for (const f of r.reportable) ctx.reportable.add(f);
      for (const f of r.rendered) ctx.rendered.add(f);
      ctx.deferredPolicyFiles.push(...r.deferredPolicyFiles);
    }
    ctx.coverage.statements += m.coverage.statements;
    ctx.coverage.judged += m.coverage.judged;
    for (const u of used[i].units.slice(m.done + 1)) await lintUnit(ctx, u);
  }
}

/** What a worker sends after each unit: what that unit added to its RunContext. */
export interface UnitAnswer {
  /** The unit's place in the worker's list. */
  index: number;
  findings: RunContext['findings'];
  suppressions: RunContext['suppressions'];
  info: string[];
  internalErrors: string[];
  reportable: string[];
  rendered: string[];
  deferredPolicyFiles: string[];
  /** The worker's totals so far. */
  coverage: RunContext['coverage'];
}

function fileSize(p: string): number {
  try {
    return statSync(p).size;
  } catch {
    return 0;
  }
}
