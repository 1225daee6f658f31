import type { SourceFile } from '../parse/source.js';
import type { NormalizedPolicy, Policy } from '../model/policy.js';
import type { Suppression } from '../suppress/inline.js';
import type { Finding, Report, RuleMeta } from './types.js';
import { HCL, loadSource, type ParseErrorSink } from './files.js';
import { originOf, toFinding, type Locator } from './locate.js';
import type { LintOptions } from '../lint.js';
import { scanRoots } from './confine.js';

/** What one run accumulates while it goes through its units (a module tree, or a JSON file). */
export class RunContext {
  findings: Finding[] = [];
  suppressions: Suppression[] = [];
  notices: Array<{ file: string; message: string }> = [];
  info: string[] = [];
  internalErrors: string[] = [];
  policies: Policy[] = [];
  /** Kept for Access Analyzer, which runs once at the end. */
  analysable: NormalizedPolicy[] = [];
  /** Files whose findings are reported: those asked for, and modules they call. */
  reportable: Set<string>;
  /** Texts of the unit at hand; dropped after each unit so memory follows the largest unit. */
  sources = new Map<string, SourceFile>();
  readonly loc: Locator;
  /** Real paths of the folders this run may read (engine/confine.ts). */
  readonly roots: string[];

  constructor(
    readonly opts: LintOptions,
    readonly requested: Set<string>,
    readonly overrides: Map<string, string>,
  ) {
    this.reportable = new Set(requested);
    this.roots = scanRoots(opts.stdin ? [opts.stdin.path] : opts.paths.length ? opts.paths : ['.'], opts.cwd);
    this.loc = { cwd: opts.cwd, source: (f) => this.sources.get(f) ?? loadSource(f, this.roots) };
  }

  parseError: ParseErrorSink = (file, message, range = { start: 0, end: 0 }) => {
    const f = toFinding({ id: 'parse-error', severity: 'error' }, { origin: { file, range }, message, key: message }, this.loc);
    if (f) this.findings.push(f);
  };

  /** A report becomes a finding, unless the policy is set in a file nobody asked about (a
   * sibling of a lone file), even when its document lives in a JSON or template file. */
  report(meta: Pick<RuleMeta, 'id' | 'severity'>, r: Report): Finding | undefined {
    const anchor = r.policy?.policy.usedAt?.file ?? originOf(r)?.file;
    if (anchor && HCL.test(anchor) && !this.reportable.has(anchor)) return undefined;
    const f = toFinding(meta, r, this.loc);
    if (f) this.findings.push(f);
    return f;
  }

  endUnit() {
    this.sources.clear();
  }
}
