import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { discover, isLintable, type Discovery } from '../discover/walk.js';
import { loadParser } from '../parse/parser.js';
import { filterByConfig, HCL, listDir, siblings } from '../discover/files.js';
import { RunContext } from './run-context.js';
import { lintUnit } from './lint-unit.js';
import { RULES } from '../../rules/index.js';
import { fingerprint } from '../model/fingerprint.js';
import { collapseModuleInstances } from './module-instances.js';
import { workerCount } from './worker-count.js';
import type { Unit } from './unit-answer.js';
import type { LintOptions, LintResult } from './options.js';
export type { LintOptions, LintResult } from './options.js';
import { applySuppressions } from '../suppress/apply.js';
import { applyConfigIgnores, uselessConfigIgnores } from '../suppress/config-ignores.js';
import type { Finding } from '../model/finding.js';

/** discover → per unit (a root module with what it calls, or a JSON file): parse, resolve,
 * extract, judge → Access Analyzer if asked → config ignores and inline suppressions. */
export async function lint(opts: LintOptions): Promise<LintResult> {
  const stdinPath = opts.stdin && resolve(opts.cwd, opts.stdin.path);
  const overrides = new Map(opts.overlays);
  if (stdinPath) overrides.set(stdinPath, opts.stdin!.text);
  const found: Discovery = stdinPath ? { files: [stdinPath], notices: [], listings: new Map() } : await discoverOverlaid(opts, overrides);
  const files = filterByConfig(found.files, opts.configDir ?? opts.cwd, opts.include, opts.exclude);
  // Liftoff-only wasm suits a small run, whose process would otherwise wait for V8 to tier the
  // grammar up at exit; a large run wants the optimized code (design §4). Reading overlaps it.
  const hclFiles = files.filter((f) => HCL.test(f)).length;
  if (hclFiles) loadParser(hclFiles <= 30).catch(() => {});
  const ctx = new RunContext(opts, new Set(files), overrides);
  ctx.notices.push(...found.notices.map((n) => ({ file: n.path, message: n.message })));

  const workers = workerCount(files.length, opts);
  // Loaded only by a run that uses them, like the module-call scan below: a pre-commit run of a
  // few files, or of JSON policies alone, never compiles them (issue 16).
  const threads = workers > 0 ? await import('./workers.js') : undefined;
  // Started now, so that their start-up overlaps with listing folders and scanning module calls.
  const spawned = threads ? await threads.spawnWorkers(ctx, workers) : undefined;
  // A module is a folder; a file given alone still resolves against its siblings (variables.tf).
  const moduleDirs = new Map<string, Set<string>>();
  try {
    for (const f of files) if (HCL.test(f)) moduleDirs.set(dirname(f), new Set());
    for (const [dir, set] of moduleDirs) {
      const names = found.listings.get(dir) ?? listDir(dir);
      ctx.listings.set(dir, names);
      for (const f of siblings(dir, names)) set.add(f);
    }
    // A buffer not saved yet is a sibling too.
    for (const f of overrides.keys()) if (HCL.test(f)) moduleDirs.get(dirname(f))?.add(f);
    for (const f of files) if (HCL.test(f)) moduleDirs.get(dirname(f))!.add(f);
    // Only folders of this run can call each other: one folder (a pre-commit run) needs no scan.
    const roots = moduleDirs.size ? await import('./module-path.js') : undefined;
    const called =
      stdinPath || !roots || moduleDirs.size < 2
        ? new Set<string>()
        : await roots.calledFolders(moduleDirs.keys(), ctx.roots, ctx.calls, ctx.requested, ctx.listings, workers ? undefined : ctx.scanned);
    const units: Unit[] = [
      ...[...moduleDirs].filter(([dir]) => !called.has(dir)).map(([dir, set]): Unit => ({ kind: 'module', dir, files: [...set] })),
      ...files.filter((p) => !HCL.test(p) && isLintable(p)).map((path): Unit => ({ kind: 'json', path })),
    ];
    if (roots) ctx.readsLeft = roots.readsPerFolder(units, ctx.calls);
    // Tests only: with a worker told to die on a unit, the main thread takes none, so that a
    // worker does take that unit.
    if (spawned) await threads!.lintInWorkers(ctx, units, spawned, !process.env.POLICYLINT_TEST_WORKER_CRASH);
    else for (const u of units) await lintUnit(ctx, u);
  } catch (e) {
    // Workers waiting for units would keep the process alive after the error is reported.
    if (spawned) await threads!.stopWorkers(spawned);
    throw e;
  }
  ctx.scanned.clear();
  // Policy files last: one a module read was judged there, as its resource's policy.
  for (const path of ctx.deferredPolicyFiles.sort()) if (!ctx.rendered.has(path)) await lintUnit(ctx, { kind: 'json', path, deferred: true });

  let analyzer: LintResult['analyzer'];
  if (opts.analyzer) {
    const { reports, ...rest } = await opts.analyzer(ctx.analysable);
    analyzer = rest;
    for (const a of reports) {
      const f = ctx.report({ id: a.ruleId, severity: a.severity }, a.report);
      if (f && a.helpUri) f.helpUri = a.helpUri;
    }
  }

  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const inScope = ctx.findings.filter((f) => f.absFile === undefined || ctx.reportable.has(f.absFile) || !HCL.test(f.absFile));
  // Sorted first, so that which of two same-fingerprint findings is kept never depends on unit order.
  const unique = collapseModuleInstances(dedupe(inScope.sort(byPlace)));
  applyConfigIgnores(unique, opts.ignores ?? [], opts.configDir ?? opts.cwd, today);
  if (opts.ignores?.length) {
    const configDir = resolve(opts.configDir ?? opts.cwd);
    const wholeTree = !stdinPath && (opts.paths.length ? opts.paths : ['.']).some((p) => !relative(resolve(opts.cwd, p), configDir).startsWith('..'));
    const known = new Set([...RULES, ...opts.rules].map((r) => r.meta.id));
    for (const message of uselessConfigIgnores(opts.ignores, known, files, configDir, wholeTree)) ctx.notices.push({ file: '.policylintrc', message });
  }
  // A module called from two roots is read twice: its comments count once.
  const suppressions = [...new Map(ctx.suppressions.map((s) => [`${s.file}:${s.comment.start}`, s])).values()];
  const all = applySuppressions(unique, suppressions, ctx.loc, {
    // Every rule of the registry is known, including those turned off: `--rule ecr-scope:off`
    // does not make a `policylint:ignore ecr-scope` comment wrong.
    knownRules: new Set([...RULES, ...opts.rules].map((r) => r.meta.id).filter((id) => id !== 'suppression')),
    activeRules: new Set(opts.rules.map((r) => r.meta.id)),
    today,
    report: ctx.enabled('suppression'),
    severity: opts.severities?.get('suppression'),
  });
  // A total order, so that output never depends on which unit (or worker) finished first.
  all.sort(byPlace);
  return {
    findings: all,
    info: [...new Set(ctx.info)].sort(),
    internalErrors: ctx.internalErrors,
    analyzer,
    policies: ctx.policies,
    notices: ctx.notices,
    filesLinted: files.length,
    coverage: ctx.coverage,
  };
}

/** The paths given, found on disk, and editor buffers named among them that are not saved yet. */
async function discoverOverlaid(opts: LintOptions, overrides: ReadonlyMap<string, string>) {
  const paths = opts.paths.length ? opts.paths : ['.'];
  const unsaved = paths.map((p) => resolve(opts.cwd, p)).filter((p) => overrides.has(p) && isLintable(p) && !existsSync(p));
  const found = await discover(
    paths.filter((p) => !unsaved.includes(resolve(opts.cwd, p))),
    opts.cwd,
  );
  return { files: [...found.files, ...unsaved], notices: found.notices, listings: found.listings };
}

const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
const byPlace = (a: Finding, b: Finding) =>
  cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.ruleId, b.ruleId) || cmp(a.message, b.message) || cmp(a.fingerprint, b.fingerprint);

/** The same policy reached twice (a document used by two resources, a module read from two
 * roots, even with other values) is one finding per place. Two findings at different places that a baseline or code
 * scanning could not tell apart (the same unresolved file() read twice in a file) stay two: the
 * later ones, in file order, get their occurrence number in the fingerprint. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  const occurrences = new Map<string, number>();
  return findings.filter((f) => {
    const k = `${f.ruleId}\u0000${f.file}\u0000${f.line}:${f.column}\u0000${f.message}`;
    // The same finding at the same place, reached from two roots with other values, is one.
    const same = `${f.fingerprint}\u0000${f.file}\u0000${f.line}:${f.column}`;
    if (seen.has(k) || seen.has(same)) return false;
    seen.add(k);
    seen.add(same);
    const n = occurrences.get(f.fingerprint) ?? 0;
    occurrences.set(f.fingerprint, n + 1);
    if (n) f.fingerprint = fingerprint(`${f.fingerprint}#${n}`);
    return true;
  });
}
