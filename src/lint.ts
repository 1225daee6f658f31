import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { discover, isLintable } from './discover/walk.js';
import { makeSource, type SourceFile } from './parse/source.js';
import { loadParser, parseHcl } from './parse/hcl.js';
import { buildModule, localSource, type Module, type ModuleFile } from './resolve/module.js';
import { moduleInstances, wireModules } from './resolve/module-graph.js';
import { extractModule, type Extraction } from './extract/terraform.js';
import { extractJsonFile } from './extract/json-files.js';
import { buildIamGraph } from './extract/iam-graph.js';
import { normalize } from './policy/normalize.js';
import { applyVarFiles } from './resolve/var-files.js';
import { parseSuppressions, type Suppression } from './suppress/inline.js';
import { applySuppressions } from './suppress/apply.js';
import { POLICY_SIZE_META, UNRESOLVED_META } from './engine/builtin-rules.js';
import { MAX_STATEMENTS_ANALYSED, policySize } from './engine/policy-size.js';
import { displayPath, originOf, toFinding, type Locator } from './engine/locate.js';
import type { Finding, Report, Rule, RuleInput, RuleOptions, Severity } from './engine/types.js';
import { minimatch } from 'minimatch';
import { applyConfigIgnores, type ConfigIgnore } from './suppress/config-ignores.js';
import type { Policy, NormalizedPolicy } from './model/policy.js';
import type { AnalyzerResult } from './analyzer/run.js';

export interface LintOptions {
  cwd: string;
  paths: string[];
  rules: Rule[];
  ruleOptions: RuleOptions;
  varFiles?: string[];
  inlineConfig?: boolean;
  today?: string;
  /** Severity set by configuration or `--rule`, replacing what the rule reports. */
  severities?: Map<string, Severity>;
  /** Globs relative to `configDir` (config `include` / `exclude`). */
  include?: string[];
  exclude?: string[];
  /** Config-file suppressions, for files that cannot carry a comment. */
  ignores?: ConfigIgnore[];
  configDir?: string;
  /** Text from an editor (`--stdin --stdin-filename`), linted as if it were that file. */
  stdin?: { path: string; text: string };
  /** IAM Access Analyzer, only when asked for (`--access-analyzer`). */
  analyzer?: (policies: NormalizedPolicy[]) => Promise<AnalyzerResult>;
}

export interface LintResult {
  findings: Finding[];
  policies: Policy[];
  notices: Array<{ file: string; message: string }>;
  /** Said with --verbose only: what policylint did not read, such as remote modules. */
  info: string[];
  /** Bugs of policylint's own, reported after the findings; the run exits 2. */
  internalErrors: string[];
  analyzer?: Omit<AnalyzerResult, 'reports'>;
  filesLinted: number;
}

const HCL = /\.(tf|tofu)$/;

export async function lint(opts: LintOptions): Promise<LintResult> {
  const onlyJson = opts.stdin ? !HCL.test(opts.stdin.path) : opts.paths.length > 0 && opts.paths.every((p) => p.endsWith('.json'));
  // Start compiling the grammar now; discovery and reading overlap with it.
  // Liftoff-only wasm suits a few named files (a pre-commit run), not a folder (design §4).
  const fewFiles = opts.paths.length > 0 && opts.paths.length <= 8 && opts.paths.every((p) => /\.(tf|tofu|json)$/.test(p));
  if (!onlyJson) loadParser(fewFiles || !!opts.stdin).catch(() => {});
  const stdinPath = opts.stdin && resolve(opts.cwd, opts.stdin.path);
  const found = stdinPath ? { files: [stdinPath], notices: [] } : await discover(opts.paths.length ? opts.paths : ['.'], opts.cwd);
  found.files = filterByConfig(found.files, opts);
  const requested = new Set(found.files);
  const overrides = new Map(stdinPath ? [[stdinPath, opts.stdin!.text]] : []);
  const sources = new Map<string, SourceFile>();
  const findings: Finding[] = [];
  const suppressions: Suppression[] = [];
  const notices = found.notices.map((n) => ({ file: n.path, message: n.message }));
  const loc: Locator = { cwd: opts.cwd, source: (f) => sources.get(f) ?? loadSource(f, sources) };
  const parseError = (file: string, message: string, range = { start: 0, end: 0 }) => {
    const f = toFinding({ id: 'parse-error', severity: 'error' }, { origin: { file, range }, message, key: message }, loc);
    if (f) findings.push(f);
  };

  // A module is a folder; a file given alone still resolves against its siblings (variables.tf).
  const moduleDirs = new Map<string, Set<string>>();
  for (const f of found.files) if (HCL.test(f)) moduleDirs.set(dirname(f), new Set());
  for (const dir of moduleDirs.keys()) for (const f of await siblings(dir)) moduleDirs.get(dir)!.add(f);
  for (const f of found.files) if (HCL.test(f)) moduleDirs.get(dirname(f))!.add(f);

  const parsed = new Map<string, ModuleFile[]>();
  const parseDir = async (dir: string, files: Iterable<string>) => {
    const moduleFiles: ModuleFile[] = [];
    for (const path of [...files].sort()) {
      const src = await readSource(path, requested.has(path) ? parseError : () => {}, overrides);
      if (!src) continue;
      sources.set(path, src);
      const hcl = await parseHcl(src);
      if (requested.has(path)) for (const e of hcl.errors) parseError(path, e.message, e.range);
      moduleFiles.push({ src, hcl });
    }
    parsed.set(dir, moduleFiles);
  };
  for (const [dir, files] of moduleDirs) await parseDir(dir, files);
  // Local child modules are read too, wherever they are; a folder something calls is analysed
  // through its calls (with the caller's inputs), not on its own.
  const called = new Set<string>();
  const info: string[] = [];
  for (let pending = [...parsed.keys()]; pending.length; ) {
    const next: string[] = [];
    for (const dir of pending) {
      const probe = buildModule(dir, parsed.get(dir)!, () => undefined);
      for (const call of probe.calls.values()) {
        const target = localSource(probe, call.item);
        if (!target) {
          const src = call.item.body.attributes.find((a) => a.name === 'source');
          const text = src ? call.file.src.text.slice(src.expr.range.start, src.expr.range.end) : '?';
          info.push(`${displayPath(opts.cwd, call.file.src.path)}: module.${call.item.labels[0]} (source ${text}) is not fetched; its outputs are Unknown`);
          continue;
        }
        called.add(target);
        if (!parsed.has(target)) {
          await parseDir(target, await siblings(target));
          next.push(target);
        }
      }
    }
    pending = next;
  }

  const extractions: Array<{ ex: Extraction; module?: Module }> = [];
  const reportable = new Set(requested);
  const reader = (dir: string) => (rel: string) => readModuleFile(dir, rel, sources);
  for (const dir of moduleDirs.keys()) {
    if (called.has(dir)) continue;
    const root = buildModule(dir, parsed.get(dir)!, reader(dir));
    await applyVarFiles(root, opts.varFiles ?? [], opts.cwd, parseError);
    wireModules(root, parsed, reader);
    for (const m of moduleInstances(root)) {
      // What a requested module calls is reported inside the called module (issue 4).
      if (m.path.length) for (const f of m.files) reportable.add(f.src.path);
      extractions.push({ ex: extractModule(m), module: m });
    }
  }
  if (opts.inlineConfig !== false) {
    for (const files of parsed.values()) for (const f of files) if (reportable.has(f.src.path)) suppressions.push(...parseSuppressions(f.src, f.hcl.comments, f.hcl.body));
  }
  for (const path of found.files) {
    if (HCL.test(path) || !isLintable(path)) continue;
    const src = await readSource(path, parseError, overrides);
    if (!src) continue;
    sources.set(path, src);
    extractions.push({ ex: extractJsonFile(src) });
  }

  for (const { ex } of extractions) {
    if (!ex.planModuleDirs) continue;
    for (const p of ex.policies) {
      const target = await configurationOf(p, ex.planModuleDirs, parsed, parseDir, reader);
      if (!target) continue;
      p.configuration = target;
      reportable.add(target.resource.file);
    }
  }

  const policies: Policy[] = [];
  const normalized: NormalizedPolicy[] = [];
  const graphs: RuleInput['graphs'] = [];
  for (const { ex, module } of extractions) {
    for (const p of ex.problems) {
      if (p.anchor && !reportable.has(p.anchor)) continue;
      const message = p.duplicate
        ? `${p.message}: IAM rejects repeated keys (iam-semantics §7), and JSON parsers silently keep the last one; merge the values into one key`
        : p.message;
      parseError(p.file, message, p.range);
    }
    // A JSON policy's address is its path as the user wrote it, so fingerprints do not depend on the machine.
    for (const p of ex.policies) if (p.source === 'json-file') p.address = displayPath(opts.cwd, p.address);
    const mine = ex.policies.map((p) => normalize(p));
    policies.push(...ex.policies);
    normalized.push(...mine);
    if (module) graphs.push({ graph: buildIamGraph(module), policies: mine });
  }

  for (const n of normalized) {
    const r = policySize(n);
    const f = r && toFinding(POLICY_SIZE_META, r, loc);
    if (f) findings.push(f);
  }
  const analysable = normalized.filter((n) => n.statements.length <= MAX_STATEMENTS_ANALYSED);
  const input: RuleInput = { policies: analysable, graphs, options: opts.ruleOptions };
  const internalErrors: string[] = [];
  if (opts.ruleOptions.strict) {
    for (const n of normalized) {
      if (!n.unknown) continue;
      const what = n.policy.document.kind === 'unknown' ? n.policy.document.text : 'its statements';
      const f = toFinding(UNRESOLVED_META, { policy: n, message: `${n.policy.address}${n.policy.attribute ? `.${n.policy.attribute}` : ''} is ${what}, which policylint cannot resolve, so no rule judged it (--strict)`, key: 'unresolved' }, loc);
      const anchor = n.policy.usedAt?.file ?? n.policy.origin.file;
      if (f && (!HCL.test(anchor) || reportable.has(anchor))) findings.push(f);
    }
  }
  for (const rule of opts.rules) {
    const severity = opts.severities?.get(rule.meta.id);
    let reports: Report[];
    try {
      reports = await rule.check(input);
    } catch (e) {
      // A rule that fails must not hide the other rules' findings; the run still exits 2.
      internalErrors.push(`rule ${rule.meta.id} failed: ${(e as Error).message}`);
      continue;
    }
    for (const r of reports) {
      // A policy set in a file nobody asked about (a sibling of a lone file) is not reported,
      // even when its document lives in a JSON or template file.
      const anchor = r.policy?.policy.usedAt?.file ?? originOf(r)?.file;
      if (anchor && HCL.test(anchor) && !reportable.has(anchor)) continue;
      const f = toFinding(rule.meta, severity ? { ...r, severity } : r, loc);
      if (f) findings.push(f);
    }
  }
  let analyzer: LintResult['analyzer'];
  if (opts.analyzer) {
    const { reports, ...rest } = await opts.analyzer(analysable);
    analyzer = rest;
    for (const a of reports) {
      const anchor = a.report.policy?.policy.usedAt?.file ?? originOf(a.report)?.file;
      if (anchor && HCL.test(anchor) && !reportable.has(anchor)) continue;
      const f = toFinding({ id: a.ruleId, severity: a.severity }, a.report, loc);
      if (f && a.helpUri) f.helpUri = a.helpUri;
      if (f) findings.push(f);
    }
  }
  const inScope = findings.filter((f) => f.absFile === undefined || reportable.has(f.absFile) || !HCL.test(f.absFile));
  const unique = dedupe(inScope);
  applyConfigIgnores(unique, opts.ignores ?? [], opts.configDir ?? opts.cwd, opts.today ?? new Date().toISOString().slice(0, 10));
  const all = applySuppressions(unique, suppressions, loc, {
    knownRules: new Set([...opts.rules.map((r) => r.meta.id), 'parse-error', 'unresolved', 'policy-size']),
    today: opts.today ?? new Date().toISOString().slice(0, 10),
  });
  all.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : 1)));
  return { findings: all, info, internalErrors, analyzer, policies: policies.filter((p) => reportable.has(p.usedAt?.file ?? p.origin.file) || !HCL.test(p.usedAt?.file ?? p.origin.file)), notices, filesLinted: found.files.length };
}

/** Where a plan's resource is written: its module folder from the plan's `configuration`, then the
 * resource block and the policy's own positions, extracted from the `.tf` files there. */
async function configurationOf(
  p: Policy,
  dirs: Map<string, string>,
  parsed: Map<string, ModuleFile[]>,
  parseDir: (dir: string, files: Iterable<string>) => Promise<void>,
  reader: (dir: string) => Module['readFile'],
): Promise<Policy['configuration']> {
  const m = /^((?:module\.[^.[]+(?:\[[^\]]*\])?\.)*)(.+)$/.exec(p.address);
  if (!m || !p.attribute) return undefined;
  const moduleKey = m[1].replace(/\[[^\]]*\]/g, '').replace(/\.$/, '');
  const local = m[2].replace(/\[[^\]]*\]$/, '');
  const dir = dirs.get(moduleKey);
  if (!dir) return undefined;
  if (!parsed.has(dir)) await parseDir(dir, await siblings(dir));
  const module = buildModule(dir, parsed.get(dir)!, reader(dir));
  const block = module.blocks.get(local);
  if (!block) return undefined;
  const attribute = block.item.body.attributes.find((a) => a.name === p.attribute);
  const resource = { file: block.file.src.path, range: attribute?.range ?? block.item.range };
  const tf = extractModule(module).policies.find((x) => x.address === local && x.attribute === p.attribute && x.document.kind !== 'unknown');
  return { sourceMap: tf ? normalize(tf).sourceMap : new Map(), resource };
}

/** The same policy reached twice (a document used by two resources) is one finding per place. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = `${f.ruleId}\u0000${f.file}\u0000${f.line}:${f.column}\u0000${f.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function filterByConfig(files: string[], opts: LintOptions): string[] {
  if (!opts.include?.length && !opts.exclude?.length) return files;
  const base = opts.configDir ?? opts.cwd;
  const rel = (f: string) => relative(base, f).split(sep).join('/');
  return files.filter((f) => {
    const r = rel(f);
    if (opts.include?.length && !opts.include.some((g) => minimatch(r, g, { dot: true }))) return false;
    return !opts.exclude?.some((g) => minimatch(r, g, { dot: true }));
  });
}

async function siblings(dir: string): Promise<string[]> {
  const { readdir } = await import('node:fs/promises');
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((n) => HCL.test(n)).map((n) => join(dir, n));
}

const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** Reads a file as text, or reports why it is not text: never a stack trace (issue 7). */
async function readSource(path: string, parseError: (file: string, message: string) => void, overrides: Map<string, string>): Promise<SourceFile | undefined> {
  const override = overrides.get(path);
  if (override !== undefined) return makeSource(path, override);
  let buf: Buffer;
  try {
    // A FIFO or device named x.tf would block a read forever.
    if (!statSync(path).isFile()) {
      parseError(path, statSync(path).isDirectory() ? 'is a folder, not a file' : 'not a regular file');
      return undefined;
    }
    // Synchronous: thousands of small files read faster this way than through the event loop.
    buf = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    parseError(path, code === 'EISDIR' ? 'is a folder, not a file' : `cannot read file: ${code ?? (e as Error).message}`);
    return undefined;
  }
  if (buf.length > MAX_FILE_BYTES) {
    parseError(path, `file is ${Math.round(buf.length / 1048576)} MB, over the ${MAX_FILE_BYTES / 1048576} MB policylint reads`);
    return undefined;
  }
  const nul = buf.subarray(0, 8192).indexOf(0);
  if (nul >= 0) {
    parseError(path, 'binary file (contains NUL bytes), not Terraform or JSON text');
    return undefined;
  }
  try {
    return makeSource(path, new TextDecoder('utf-8', { fatal: true }).decode(buf));
  } catch {
    parseError(path, 'file is not valid UTF-8 text');
    return undefined;
  }
}

function loadSource(file: string, sources: Map<string, SourceFile>): SourceFile | undefined {
  try {
    if (!statSync(file).isFile()) return undefined;
    const src = makeSource(file, readFileSync(file, 'utf8'));
    sources.set(file, src);
    return src;
  } catch {
    return undefined;
  }
}

/** `file("...")` reads only inside the module's folder tree. */
function readModuleFile(dir: string, rel: string, sources: Map<string, SourceFile>): SourceFile | undefined {
  const abs = resolve(dir, rel);
  const r = relative(dir, abs);
  if (r.startsWith('..') || r.startsWith(sep)) return undefined;
  return sources.get(abs) ?? loadSource(abs, sources);
}

