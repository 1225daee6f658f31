import type { Worker } from 'node:worker_threads';
import { statSync } from 'node:fs';
import type { LintOptions } from './options.js';
import { lintUnit } from './lint-unit.js';
import { RunContext } from './run-context.js';
import { UnitRecorder, type Unit, type UnitAnswer } from './unit-answer.js';
import { Dispenser, groupByCalledFolders } from './dispenser.js';
import { workerFile } from './worker-count.js';
import type { Finding, Severity } from '../model/finding.js';

export interface WorkerTask {
  opts: Omit<LintOptions, 'rules' | 'severities' | 'analyzer' | 'stdin' | 'overlays' | 'parseCache'>;
  severities: Array<[string, Severity]>;
  /** The ids of the rules that are on: the worker takes them from the same registry (issue 15). */
  ruleIds: string[];
  requested: string[];
}

/** What the main thread sends a worker: how many units of the run read each called folder
 * (engine/module-roots.ts: known once the module-call scan is done, after the worker started),
 * then units (up to HELD at a time, queued in the worker), then the end of the run. */
export type WorkerMessage = { readsLeft: Array<[string, number]> } | { index: number; unit: Unit & { deferred?: boolean } } | 'end';

/** A worker started before the run knows its units, and whether it has exited since. */
export interface Spawned {
  worker: Worker;
  exited: boolean;
}

/**
 * Starts `n` workers as soon as the run knows it wants them (after discovery): each loads its
 * modules, iam-data and the grammar while this thread lists folders and scans module calls
 * (issue 16; eval folder, two workers: that start-up was ~0.2 s of a 3.5 s run, spent waiting).
 * They wait for lintInWorkers; `stopWorkers` ends them if the run fails before it.
 */
export async function spawnWorkers(ctx: RunContext, n: number): Promise<Spawned[]> {
  // Each worker compiles its hot code with TurboFan on V8's background threads, which on a
  // two-core machine take the cores the workers need; a larger interrupt budget leaves code that
  // runs only briefly to the baseline tiers. 10 MB generated tree, two workers, interleaved
  // medians: 7.9 -> 6.5 s wall, 14.7 -> 12.0 s CPU. Not on one thread, where the compiler runs
  // on the idle core and optimized code wins (9.7 -> 11.2 s wall with the same budget; cli/load.ts
  // sets a smaller one for every run, and sets it back before writing the code cache).
  // Only where V8 has the flag (V8 11, Node 20): V8 12 prints "unrecognized flag" to stderr.
  if (Number(process.versions.v8.split('.')[0]) < 12) (await import('node:v8')).setFlagsFromString('--interrupt-budget=1000000');
  const { Worker } = await import('node:worker_threads');
  const { rules: _r, severities, analyzer: _a, stdin: _s, ...opts } = ctx.opts;
  const task: WorkerTask = {
    opts,
    severities: [...(severities ?? [])],
    ruleIds: ctx.opts.rules.map((r) => r.meta.id),
    requested: [...ctx.requested],
  };
  return Array.from({ length: n }, () => {
    const s: Spawned = { worker: new Worker(workerFile(), { workerData: task }), exited: false };
    // Until lintInWorkers listens: a worker that dies while the main thread scans is known dead.
    s.worker.once('exit', () => (s.exited = true));
    s.worker.once('error', () => (s.exited = true));
    return s;
  });
}

/** Ends workers no unit will be given to (the run failed before handing any out). */
export async function stopWorkers(spawned: readonly Spawned[]): Promise<void> {
  await Promise.all(spawned.map((s) => s.worker.terminate()));
}

/** Units a worker holds at once: the one it is on and the next ones, so that it does not wait for
 * the main thread, which lets answers in only between the files of its own unit (RunContext.pause)
 * and may be busy for a few hundred milliseconds. The worker of a two-core run waited 457 ms of
 * its 2.7 s on the evaluation folder holding two, 250-320 ms holding four, 92 ms holding eight
 * (profiles; the fair share below keeps the end of the run even). */
const HELD = 8;

/**
 * Hands units to the workers as they answer, a few at a time (a static split left one worker
 * idle while the other finished its share), keeping the units that read the same called
 * folders on one worker (engine/dispenser.ts), then the policy files no module read, the same
 * way (issue 16). With `here`, the main thread takes units too, as one more worker that needs no
 * start-up of its own.
 * Whatever a unit added to the run is merged in unit order, so the output never depends on which
 * thread answered first.
 */
export async function lintInWorkers(ctx: RunContext, units: Unit[], spawned: readonly Spawned[], here = false): Promise<void> {
  const size = (u: Unit) => (u.kind === 'json' ? fileSize(u.path) : u.files.reduce((s, f) => s + fileSize(f), 0));
  const sized = units.map((u) => ({ u, s: size(u) })).sort((a, b) => b.s - a.s);
  const all: Array<Unit & { deferred?: boolean }> = sized.map((x) => x.u);
  const total = (g: number[]) => g.reduce((s, i) => s + sized[i].s, 0);
  const dispenser = new Dispenser(groupByCalledFolders(all, ctx.calls).sort((a, b) => total(b) - total(a)));
  const answers = new Map<number, UnitAnswer>();
  /** Units given to a worker that died before answering, and those left when the last one died:
   * linted here at the end, each isolated (lintUnit). */
  const orphans: number[] = [];
  /** Threads with nothing to do until every module unit has answered. */
  const idle: Array<() => void> = [];
  /** Whether the policy files no module read were looked for, and handed out. */
  let deferredChecked = false;
  let deferredHandedOut = false;
  /** Workers not known to have died: counted before any is started, so that one already dead
   * does not look like the last one. */
  let alive = Math.min(spawned.length, all.length);
  let threads = alive + (here ? 1 : 0);

  /** The policy files no module read, once every module unit has answered (a module anywhere in
   * the run may read one, so none could go earlier); left to the main thread after a worker died,
   * since the units it lost are linted there, later. */
  const checkDeferred = () => {
    if (deferredChecked || !dispenser.empty || answers.size + orphans.length < all.length) return;
    deferredChecked = true;
    if (!orphans.length) {
      deferredHandedOut = true;
      const deferred = [...answers.values()].flatMap((a) => a.deferredPolicyFiles).sort();
      const rendered = new Set([...ctx.rendered, ...[...answers.values()].flatMap((a) => a.rendered)]);
      for (const path of deferred) if (!rendered.has(path)) dispenser.add([all.push({ kind: 'json', path, deferred: true }) - 1]);
    }
    // Either way the waiting threads move on: to the policy files, or to their end (a worker
    // left waiting would keep the run from ever finishing).
    for (const wake of idle.splice(0)) wake();
  };

  const workersDone = new Promise<void>((done) => {
    const start = ({ worker: w, exited }: Spawned) => {
      /** The units given to this worker and not answered yet. */
      const held: number[] = [];
      /** The group of this worker's last unit: it takes the next of the same group first. */
      let group: number | undefined;
      let finished = false;
      const give = () => {
        // A dead worker is given nothing (an idle wake, or an answer it sent before it died).
        if (finished) return;
        checkDeferred();
        // Never more than a fair share of what is left: the last units go to whichever thread is
        // free first.
        while (held.length < Math.max(1, Math.min(HELD, Math.ceil(dispenser.left / threads)))) {
          const next = dispenser.next(group);
          if (!next) {
            if (held.length) return;
            if (deferredChecked) w.postMessage('end' satisfies WorkerMessage);
            else idle.push(give);
            return;
          }
          group = next.group;
          held.push(next.index);
          w.postMessage({ index: next.index, unit: all[next.index] } satisfies WorkerMessage);
        }
      };
      const stop = () => {
        if (finished) return;
        finished = true;
        orphans.push(...held.splice(0).filter((i) => !answers.has(i)));
        alive--;
        threads--;
        if (!alive) {
          // The last worker gone: whatever is left is linted here.
          orphans.push(...dispenser.drain());
          for (const wake of idle.splice(0)) wake();
          done();
        } else checkDeferred();
      };
      w.on('message', (m: UnitAnswer) => {
        // An answer that arrives after the worker's error: its unit is an orphan now, linted here.
        if (finished) return;
        const at = held.indexOf(m.index);
        if (at >= 0) held.splice(at, 1);
        for (const f of m.findings) ctx.findings.push(interned(f));
        answers.set(m.index, { ...m, findings: [] });
        give();
      });
      // A worker that dies (out of memory on one hostile unit) must not cost the others.
      w.once('error', stop);
      w.once('exit', stop);
      if (exited) return stop();
      w.postMessage({ readsLeft: [...ctx.readsLeft] } satisfies WorkerMessage);
      give();
    };
    // More workers than units: the rest end now.
    void stopWorkers(spawned.slice(all.length));
    for (const s of spawned.slice(0, all.length)) start(s);
    if (!alive) done();
  });

  /** The main thread's share: the next unit whenever it is free, in a context of its own as in a
   * worker, until the units are done or every worker is gone (what they lost is linted below). */
  const lintHere = async () => {
    const recorder = new UnitRecorder(new RunContext({ ...ctx.opts, roots: ctx.roots }, ctx.requested, ctx.overrides));
    for (const [dir, names] of ctx.listings) recorder.ctx.listings.set(dir, names);
    recorder.ctx.readsLeft = new Map(ctx.readsLeft);
    const pause = () => new Promise<void>((then) => setImmediate(then));
    recorder.ctx.pause = pause;
    let group: number | undefined;
    while (alive) {
      checkDeferred();
      const next = dispenser.next(group);
      if (!next) {
        if (deferredChecked) return;
        await new Promise<void>((wake) => idle.push(wake));
        continue;
      }
      group = next.group;
      const answer = await recorder.lint(next.index, all[next.index]);
      ctx.findings.push(...answer.findings);
      answers.set(next.index, { ...answer, findings: [] });
      // The workers' answers waited while this thread was busy: they get their next units now.
      await pause();
    }
  };

  await Promise.all([workersDone, here ? lintHere() : undefined]);

  for (const [index, unit] of all.entries()) {
    const r = answers.get(index);
    if (!r) continue;
    ctx.suppressions.push(...r.suppressions);
    ctx.info.push(...r.info);
    ctx.internalErrors.push(...r.internalErrors);
    for (const f of r.reportable) ctx.reportable.add(f);
    for (const f of r.rendered) ctx.rendered.add(f);
    // Policy files handed out above are done; otherwise the main thread lints them (engine/lint.ts).
    if (!unit.deferred && !deferredHandedOut) ctx.deferredPolicyFiles.push(...r.deferredPolicyFiles);
    ctx.coverage.statements += r.coverage.statements;
    ctx.coverage.judged += r.coverage.judged;
  }
  for (const index of orphans.sort((a, b) => a - b)) await lintUnit(ctx, all[index]);
}

/**
 * A finding as it arrives from a worker, with the strings many findings repeat (rule, check,
 * severity, paths) shared rather than copied: a message from a worker carries its own copy of every
 * string, and the findings are kept to the end of the run (100 MB tree: 63,401 findings; the
 * main thread's heap at the peak 80 -> 64 MB).
 */
function interned(f: Finding): Finding {
  f.ruleId = intern(f.ruleId);
  f.severity = intern(f.severity) as Finding['severity'];
  if (f.checkId) f.checkId = intern(f.checkId);
  f.file = intern(f.file);
  if (f.absFile) f.absFile = intern(f.absFile);
  if (f.address) f.address = intern(f.address);
  if (f.jsonPath) f.jsonPath = intern(f.jsonPath);
  if (f.witness) f.witness = intern(f.witness);
  if (f.modulePath) f.modulePath = f.modulePath.map(intern);
  if (f.relatedLocations) for (const r of f.relatedLocations) r.file = intern(r.file);
  return f;
}

function intern(s: string): string {
  let shared = strings.get(s);
  if (shared === undefined) {
    // Bounded like every per-run table; paths and ids repeat, so it rarely fills.
    if (strings.size >= 100_000) strings.clear();
    strings.set(s, (shared = s));
  }
  return shared;
}

const strings = new Map<string, string>();

function fileSize(p: string): number {
  try {
    return statSync(p).size;
  } catch {
    return 0;
  }
}
