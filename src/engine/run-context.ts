import type { HclFile } from '../parse/hcl-ast.js';
import { makeSource, type SourceFile } from '../model/source.js';
import type { NormalizedPolicy, Policy } from '../model/policy.js';
import type { Suppression } from '../suppress/inline.js';
import type { Finding, Report, RuleMeta } from '../model/finding.js';
import { HCL, loadSource, type ParseErrorSink } from '../discover/files.js';
import { displayPath, originOf, toFinding, type Locator } from '../model/locate.js';
import type { LintOptions } from './options.js';
import { scanRoots } from '../discover/confine.js';

/** What one run accumulates while it goes through its units (a module tree, or a JSON file). */
export class RunContext {
  findings: Finding[] = [];
  suppressions: Suppression[] = [];
  notices: Array<{ file: string; message: string }> = [];
  info: string[] = [];
  internalErrors: string[] = [];
  policies: Policy[] = [];
  /** Statements found, and those every rule could judge (no Unknown that matters): the judged share. */
  coverage = { statements: 0, judged: 0 };
  /** Kept for Access Analyzer, which runs once at the end. */
  analysable: NormalizedPolicy[] = [];
  /** Files whose findings are reported: those asked for, and modules they call. */
  reportable: Set<string>;
  /** Files a module of this run read through `file()` or `templatefile()`: judged there. */
  rendered = new Set<string>();
  /** Policy files (JSON, templates), judged on their own after the modules only when no module
   * read them: one a module reads is judged there, with its resource's kind and the call's
   * variables (issue 20), and the result never depends on which unit finished first. */
  deferredPolicyFiles: string[] = [];
  /** Texts of the unit at hand; dropped after each unit so memory follows the largest unit. */
  sources = new Map<string, SourceFile>();
  readonly loc: Locator;
  /** Folder → the folders of this run it calls, as the module-call scan found them. */
  readonly calls = new Map<string, Set<string>>();
  /** Bytes the module-call scan read, taken by the unit that reads the file (one read per file;
   * bounded: off the heap, but memory all the same). Not for workers, which read their own. */
  readonly scanned = new Map<string, Buffer>();
  /** Called modules' files, parsed once per run however many roots call them (issue 16). */
  readonly parsedModules = new ParseCache(PARSE_CACHE_CHARS);
  /** Called folder → how many of this thread's units are still to read it (module-roots.ts). */
  readsLeft = new Map<string, number>();
  /** Folder → its names, listed once per run (engine/lint.ts); a worker lists its own. */
  readonly listings = new Map<string, readonly string[]>();
  /** Called before each file a unit parses: the main thread, when it lints beside workers, lets
   * their answers in there, so that they get their next units while it is busy (engine/workers.ts). */
  pause?: () => Promise<void>;
  /** Real paths of the folders this run may read (discover/confine.ts). */
  readonly roots: string[];
  private readonly enabledIds: Set<string>;

  constructor(
    readonly opts: LintOptions,
    readonly requested: Set<string>,
    readonly overrides: Map<string, string>,
  ) {
    this.reportable = new Set(requested);
    this.enabledIds = new Set(opts.rules.map((r) => r.meta.id));
    this.roots = opts.roots ?? scanRoots(opts.stdin ? [opts.stdin.path] : opts.paths.length ? opts.paths : ['.'], opts.cwd);
    // An editor's unsaved text is where its findings are: positions come from it, not from disk.
    const overlaid = new Map<string, SourceFile>();
    const overlay = (f: string) => {
      const text = overrides.get(f);
      if (text === undefined) return undefined;
      if (!overlaid.has(f)) overlaid.set(f, makeSource(f, text));
      return overlaid.get(f);
    };
    this.loc = { root: opts.root ?? opts.cwd, source: (f) => this.sources.get(f) ?? overlay(f) ?? loadSource(f, this.roots) };
  }

  /** Whether a rule is on: the registry's rules minus those turned off by config or `--rule`. */
  enabled(id: string): boolean {
    return this.enabledIds.has(id);
  }

  parseError: ParseErrorSink = (file, message, range = { start: 0, end: 0 }, skipped = false) => {
    if (skipped) {
      this.info.push(`${displayPath(this.opts.cwd, file)}: ${message}`);
      return;
    }
    if (!this.enabled('parse-error')) return;
    const f = toFinding(
      { id: 'parse-error', severity: this.opts.severities?.get('parse-error') ?? 'error' },
      { origin: { file, range }, message, key: message },
      this.loc,
    );
    if (f) this.findings.push(f);
  };

  /** A report becomes a finding, unless the policy is set in a file nobody asked about (a
   * sibling of a lone file), even when its document lives in a JSON or template file. */
  report(meta: Pick<RuleMeta, 'id' | 'severity'>, r: Report): Finding | undefined {
    const anchor = r.policy?.policy.calledAt?.file ?? r.policy?.policy.usedAt?.file ?? originOf(r)?.file;
    if (anchor && HCL.test(anchor) && !this.reportable.has(anchor)) return undefined;
    // Severity set by configuration or `--rule` replaces what the rule reports.
    const severity = this.opts.severities?.get(meta.id);
    const f = toFinding(meta, severity ? { ...r, severity } : r, this.loc);
    if (f) this.findings.push(f);
    return f;
  }

  endUnit() {
    this.sources.clear();
  }
}

/** Source characters of called modules kept parsed between units: enough for the modules a
 * repository shares (an `examples/*` root calling `../..`, a monorepo's `modules/`), bounded so
 * that memory still follows the largest unit rather than the tree. */
const PARSE_CACHE_CHARS = 4_000_000;

/** Parsed files by path, least recently used dropped first once over `capacity` characters. */
export class ParseCache {
  private readonly entries = new Map<string, { src: SourceFile; hcl: HclFile }>();
  private chars = 0;
  constructor(private readonly capacity: number) {}

  get(path: string): { src: SourceFile; hcl: HclFile } | undefined {
    const hit = this.entries.get(path);
    if (!hit) return undefined;
    // Map order is insertion order: re-inserting marks it most recently used.
    this.entries.delete(path);
    this.entries.set(path, hit);
    return hit;
  }

  delete(path: string) {
    const old = this.entries.get(path);
    if (old) this.chars -= old.src.text.length;
    this.entries.delete(path);
  }

  set(path: string, file: { src: SourceFile; hcl: HclFile }) {
    if (file.src.text.length > this.capacity) return;
    const old = this.entries.get(path);
    if (old) this.chars -= old.src.text.length;
    this.entries.delete(path);
    this.entries.set(path, file);
    this.chars += file.src.text.length;
    for (const [p, f] of this.entries) {
      if (this.chars <= this.capacity) break;
      this.entries.delete(p);
      this.chars -= f.src.text.length;
    }
  }
}
