import type { Origin } from '../model/value.js';
import { relative, resolve, sep } from 'node:path';
import { makeSource } from '../model/source.js';
import { minimatch } from 'minimatch';
import { displayPath, locate } from '../model/locate.js';
import { confine } from '../discover/confine.js';
import type { PolicyKind } from '../model/aws-resources.js';
import { HCL, listDir, readModuleFile, readSource, siblings } from '../discover/files.js';
import type { RunContext } from './run-context.js';
import type { Report } from '../model/finding.js';
import type { RuleInput } from '../../rules/api.js';
import { policySize as policySizeRule, unresolved as unresolvedRule } from '../../rules/engine-rules.js';
import { MAX_STATEMENTS_ANALYSED, policySize } from './policy-size.js';
import { loadParser, parseHcl } from '../parse/hcl.js';
import { isTemplateText } from '../resolve/templatefile.js';
import { parseTerraformJson } from '../parse/tf-json.js';
import { buildModule, localSource, type Module, type ModuleFile } from '../resolve/module.js';
import { moduleInstances, wireModules } from '../resolve/module-graph.js';
import { applyVarFiles } from '../resolve/var-files.js';
import { readModuleManifest } from '../resolve/module-manifest.js';
import { extractModule, type Extraction } from '../extract/terraform.js';
import { extractLooseDocuments } from '../extract/loose-documents.js';
import { extractJsonFile, extractTemplateFile } from '../extract/json-files.js';
import { buildIamGraph } from '../extract/iam-graph.js';
import { normalize } from '../policy/normalize.js';
import { parseSuppressions } from '../suppress/inline.js';
import type { NormalizedPolicy, Policy, Statement } from '../model/policy.js';
import type { Undecided } from '../../rules/api.js';
import { getEntry } from '../model/value.js';

type Parsed = Map<string, ModuleFile[]>;

/** `called`: a module some root calls; kept parsed while other units of this thread are still to
 * read it (`ctx.readsLeft`), and dropped after its last reader. */
async function parseDir(ctx: RunContext, parsed: Parsed, dir: string, files: Iterable<string>, called = false) {
  const moduleFiles: ModuleFile[] = [];
  const left = called ? (ctx.readsLeft.get(dir) ?? 0) - 1 : 0;
  if (called && left >= 0) ctx.readsLeft.set(dir, left);
  const keep = left > 0;
  for (const path of [...files].sort()) {
    const mine = ctx.requested.has(path);
    // A sibling or a called module's file is read only inside the scanned folders (issue 12).
    if (!mine && !ctx.overrides.has(path) && !confine(path, ctx.roots).ok) continue;
    const pre = ctx.overrides.has(path) ? undefined : ctx.parsedModules.get(path);
    if (keep && pre) ctx.parsedModules.set(path, pre);
    else if (called) ctx.parsedModules.delete(path);
    if (pre) {
      ctx.sources.set(path, pre.src);
      if (mine) for (const e of pre.hcl.errors) ctx.parseError(path, e.message, e.range);
      moduleFiles.push(pre);
      continue;
    }
    // Only beside workers: a one-thread run takes no extra turn per file.
    if (ctx.pause) await ctx.pause();
    const bytes = ctx.scanned.get(path);
    ctx.scanned.delete(path);
    const read = readSource(path, mine ? ctx.parseError : () => {}, ctx.overrides, bytes);
    if (!read) continue;
    // The same text parsed before (the language server's cache) is not parsed again.
    const cached = ctx.opts.parseCache?.get(path);
    const src = cached?.src.text === read.text ? cached.src : read;
    ctx.sources.set(path, src);
    const hcl = cached?.src === src ? cached.hcl : path.endsWith('.json') ? await parseTerraformJson(src) : await parseHcl(src);
    ctx.opts.parseCache?.set(path, { src, hcl });
    if (mine) for (const e of hcl.errors) ctx.parseError(path, e.message, e.range);
    moduleFiles.push({ src, hcl });
    if (keep && !ctx.overrides.has(path)) ctx.parsedModules.set(path, { src, hcl });
  }
  parsed.set(dir, moduleFiles);
}

/** Reads the modules a root calls, transitively: local folders, and the ones `terraform init`
 * downloaded (listed in the root's `.terraform/modules/modules.json`, by call path); any other
 * remote module is said in --verbose. */
async function parseCalled(ctx: RunContext, parsed: Parsed, dir: string, downloaded: Map<string, string>) {
  const visited = new Set<string>();
  for (let pending = [{ dir, path: [] as string[], chain: [dir] }]; pending.length;) {
    const next: typeof pending = [];
    for (const d of pending) {
      const probe = buildModule(d.dir, parsed.get(d.dir)!, () => undefined);
      for (const call of probe.calls.values()) {
        const path = [...d.path, call.item.labels[0]];
        const target = localSource(probe, call.item) ?? downloaded.get(path.join('.'));
        if (!target) {
          const src = call.item.body.attributes.find((a) => a.name === 'source');
          const text = src ? call.file.src.text.slice(src.expr.range.start, src.expr.range.end) : '?';
          ctx.info.push(
            `${displayPath(ctx.opts.cwd, call.file.src.path)}: module.${call.item.labels[0]} (source ${text}) is not fetched; its outputs are Unknown` +
              (downloaded.size ? '' : ' (run terraform init or tofu init to have it read from .terraform/modules)'),
          );
          continue;
        }
        if (!parsed.has(target)) await parseDir(ctx, parsed, target, siblings(target, ctx.listings.get(target)), true);
        // Module paths matter only for the manifest's keys; without one a folder is read once. A
        // folder calling itself (or a caller) is a cycle Terraform rejects: never walked again,
        // or six `source = "./"` calls would make 6^8 paths (issue 12).
        const key = downloaded.size ? `${target}\u0000${path.join('.')}` : target;
        if (path.length <= MAX_MODULE_DEPTH && !visited.has(key) && !d.chain.includes(target)) {
          visited.add(key);
          next.push({ dir: target, path, chain: [...d.chain, target] });
        }
      }
    }
    pending = next;
  }
}

const MAX_MODULE_DEPTH = 8;

/** One unit, isolated: whatever goes wrong inside it (a bug of policylint's on hostile input)
 * becomes a finding at its first file, and every other unit is still linted and reported. */
export async function lintUnit(ctx: RunContext, unit: { kind: 'module'; dir: string; files: string[] } | { kind: 'json'; path: string; deferred?: boolean }) {
  try {
    if (unit.kind === 'module') await lintModuleUnit(ctx, unit.dir, new Set(unit.files));
    else await lintJsonUnit(ctx, unit.path, unit.deferred);
  } catch (e) {
    const file = unit.kind === 'module' ? [...unit.files].sort()[0] : unit.path;
    const why = e instanceof RangeError ? 'it is nested or repeated beyond what policylint evaluates' : (e as Error).message;
    ctx.parseError(
      file,
      `policylint could not finish analysing ${unit.kind === 'module' ? 'this folder' : 'this file'} (${why}); its findings may be incomplete`,
    );
    if (process.env.POLICYLINT_DEBUG) ctx.internalErrors.push((e as Error).stack ?? String(e));
  } finally {
    ctx.endUnit();
  }
}

/** A root module and everything it calls: parsed, resolved, extracted and judged together. */
export async function lintModuleUnit(ctx: RunContext, dir: string, files: Set<string>) {
  const parsed: Parsed = new Map();
  await parseDir(ctx, parsed, dir, files);
  const names = ctx.listings.get(dir) ?? listDir(dir);
  // Only a folder holding `.terraform` can have downloaded modules: no stat for the others.
  const downloaded = names.includes('.terraform') ? readModuleManifest(dir) : new Map<string, string>();
  await parseCalled(ctx, parsed, dir, downloaded);
  const reader = (d: string) => (rel: string) => {
    // An editor's unsaved policy file is read in place of the disk's, after the same confinement.
    const abs = resolve(d, rel);
    const unsaved = ctx.overrides.get(abs);
    if (unsaved !== undefined && !ctx.sources.has(abs)) ctx.sources.set(abs, makeSource(abs, unsaved));
    const src = readModuleFile(d, rel, ctx.sources, ctx.roots);
    if (src && !('refused' in src)) ctx.rendered.add(src.path);
    return src;
  };
  const root = buildModule(dir, parsed.get(dir)!, reader(dir));
  await applyVarFiles(root, ctx.opts.varFiles ?? [], ctx.opts.cwd, ctx.parseError, ctx.roots, ctx.overrides, names);
  wireModules(root, parsed, reader, (key) => downloaded.get(key));
  const units: Array<{ ex: Extraction; module: Module }> = [];
  for (const m of moduleInstances(root)) {
    // What a requested module calls is reported inside the called module (issue 4); a
    // downloaded module's findings are reported at the user's call instead (engine/locate).
    if (m.path.length && !m.calledAt) for (const f of m.files) ctx.reportable.add(f.src.path);
    units.push({ ex: extractModule(m), module: m });
  }
  for (const m of units.map((u) => u.module)) {
    for (const d of m.duplicates) {
      if (!ctx.reportable.has(d.again.file.src.path)) continue;
      const where = locate({ file: d.first.file.src.path, range: d.first.item.range }, ctx.loc);
      ctx.parseError(
        d.again.file.src.path,
        `${d.address} is declared again here; it is already declared in ${where.file} line ${where.line}, and Terraform rejects a duplicate address: rename or remove one`,
        { start: d.again.item.range.start, end: d.again.item.range.start },
      );
    }
  }
  // Reads refused and bounds hit while resolving: said, so a missed verdict is never silent.
  for (const n of root.budget.notes) if (ctx.enabled('unresolved')) ctx.report(unresolvedRule.meta, { origin: n.origin, message: n.message, key: n.message });
  // After every instance's catalogued attributes, so a document they judge is not judged again.
  extractLooseDocuments(units);
  if (ctx.opts.inlineConfig !== false) {
    for (const list of parsed.values())
      for (const f of list) if (ctx.reportable.has(f.src.path)) ctx.suppressions.push(...parseSuppressions(f.src, f.hcl.comments, f.hcl.body));
  }
  await judge(ctx, units);
  // What reading deferred attributes found wrong (parse/deferred-attribute.ts): one error per file,
  // as parsing reports, and only where parsing found none. A file two units read says it twice,
  // and the run keeps one finding.
  for (const list of parsed.values())
    for (const f of list) {
      const late = f.hcl.deferredErrors?.[0];
      if (late && !f.hcl.errors.length && ctx.requested.has(f.src.path)) ctx.parseError(f.src.path, late.message, late.range);
    }
}

/** A JSON file: a policy, Terraform JSON, or a plan (mapped to its `.tf` files when beside it). */
export async function lintJsonUnit(ctx: RunContext, path: string, deferred = false) {
  // A policy is linted after the modules (one may render it), and so is every JSON file on disk:
  // which ones are policies is known only from their text, read once, then (issue 16).
  if (!deferred && !ctx.overrides.has(path)) {
    ctx.deferredPolicyFiles.push(path);
    ctx.endUnit();
    return;
  }
  const src = readSource(path, ctx.parseError, ctx.overrides);
  if (!src) return;
  ctx.sources.set(path, src);
  const policy = /"Statement"/.test(src.text);
  if (!deferred && policy) {
    ctx.deferredPolicyFiles.push(path);
    ctx.endUnit();
    return;
  }
  // A template no module rendered: judged with every interpolation Unknown, never as broken JSON.
  if (policy && isTemplateText(src.text)) {
    await loadParser(true);
    await judge(ctx, [{ ex: extractTemplateFile(src, configuredKind(ctx, path)) }]);
    return;
  }
  const ex = extractJsonFile(src, configuredKind(ctx, path));
  if (ex.planModuleDirs) {
    const parsed: Parsed = new Map();
    for (const p of ex.policies) {
      const target = await configurationOf(ctx, p, ex.planModuleDirs, parsed);
      if (!target) continue;
      p.configuration = target;
      ctx.reportable.add(target.resource.file);
    }
  }
  await judge(ctx, [{ ex }]);
}

/** The kind `.policylintrc` `policyKinds` gives a JSON file, e.g. every file under `org/scp/`. */
function configuredKind(ctx: RunContext, path: string): PolicyKind | undefined {
  const rel = relative(ctx.opts.configDir ?? ctx.opts.cwd, path)
    .split(sep)
    .join('/');
  return ctx.opts.policyKinds?.find((k) => minimatch(rel, k.files, { dot: true }))?.kind;
}

/** Where a plan's resource is written: its module folder from the plan's `configuration`, then the
 * resource block and the policy's own positions, extracted from the `.tf` files there. */
async function configurationOf(ctx: RunContext, p: Policy, dirs: Map<string, string>, parsed: Parsed): Promise<Policy['configuration']> {
  const m = /^((?:module\.[^.[]+(?:\[[^\]]*\])?\.)*)(.+)$/.exec(p.address);
  if (!m || !p.attribute) return undefined;
  const moduleKey = m[1].replace(/\[[^\]]*\]/g, '').replace(/\.$/, '');
  const local = m[2].replace(/\[[^\]]*\]$/, '');
  const dir = dirs.get(moduleKey);
  if (!dir) return undefined;
  if (!parsed.has(dir)) await parseDir(ctx, parsed, dir, siblings(dir), true);
  const module = buildModule(dir, parsed.get(dir)!, (rel) => readModuleFile(dir, rel, ctx.sources, ctx.roots));
  const block = module.blocks.get(local);
  if (!block) return undefined;
  const attribute = block.item.body.attributes.find((a) => a.name === p.attribute);
  const resource = { file: block.file.src.path, range: attribute?.range ?? block.item.range };
  const tf = extractModule(module).policies.find((x) => x.address === local && x.attribute === p.attribute && x.document.kind !== 'unknown');
  return { sourceMap: tf ? normalize(tf).sourceMap : new Map<string, Origin>(), resource };
}

const DUPLICATE_HINT = ': IAM rejects repeated keys, and JSON parsers silently keep the last one; merge the values into one key';

/** Normalizes a unit's policies and runs every rule on them. */
async function judge(ctx: RunContext, units: Array<{ ex: Extraction; module?: Module }>) {
  const { opts } = ctx;
  const normalized: NormalizedPolicy[] = [];
  const graphs: RuleInput['graphs'] = [];
  for (const { ex, module } of units) {
    for (const p of ex.problems) {
      if (p.anchor && !ctx.reportable.has(p.anchor)) continue;
      ctx.parseError(p.file, p.duplicate ? `${p.message}${DUPLICATE_HINT}` : p.message, p.range);
    }
    // A JSON policy's address is its path from the repository root, so fingerprints do not depend on
    // the machine or the working directory.
    for (const p of ex.policies) if (p.source === 'json-file') p.address = displayPath(opts.root ?? opts.cwd, p.address);
    const mine = ex.policies.map((p) => normalize(p));
    if (opts.collectPolicies) ctx.policies.push(...ex.policies.filter((p) => visible(ctx, p)));
    normalized.push(...mine);
    if (module) graphs.push({ graph: buildIamGraph(module), policies: mine });
  }
  const strict = opts.ruleOptions.strict && ctx.enabled('unresolved');
  for (const n of normalized) {
    const r = policySize(n);
    if (r && ctx.enabled('policy-size')) ctx.report(policySizeRule.meta, r);
    if (strict && n.unknown) {
      const what = n.policy.document.kind === 'unknown' ? n.policy.document.text : 'its statements';
      ctx.report(unresolvedRule.meta, {
        policy: n,
        message: `${n.policy.address}${n.policy.attribute ? `.${n.policy.attribute}` : ''} is ${what}, which policylint cannot resolve, so no rule judged it (--strict)`,
        key: 'unresolved',
        checkId: 'UR01',
      });
    }
  }
  const analysable = normalized.filter((n) => n.statements.length <= MAX_STATEMENTS_ANALYSED);
  if (opts.analyzer) ctx.analysable.push(...analysable);
  const undecided = new UndecidedStatements();
  for (const n of analysable) for (const st of n.statements) undecided.unreadable(n, st);
  const input: RuleInput = { policies: analysable, graphs, options: opts.ruleOptions, undecided: (ruleId, u) => undecided.add(ruleId, u) };
  for (const rule of opts.rules) {
    if (!rule.check) continue;
    let reports: Report[];
    try {
      reports = await rule.check(input);
    } catch (e) {
      // A rule that fails must not hide the other rules' findings; the run still exits 2.
      ctx.internalErrors.push(`rule ${rule.meta.id} failed: ${(e as Error).message}`);
      continue;
    }
    for (const r of reports) ctx.report(rule.meta, r);
  }
  for (const n of normalized) {
    if (!visible(ctx, n.policy)) continue;
    // A policy whose statements cannot be read counts as one statement no rule judged.
    const total = n.unknown && !n.statements.length ? 1 : n.statements.length;
    const unjudged = n.unknown && !n.statements.length ? 1 : n.statements.filter((st) => undecided.has(n, st)).length;
    ctx.coverage.statements += total;
    ctx.coverage.judged += total - unjudged;
  }
  if (strict) for (const r of undecided.notes()) ctx.report(unresolvedRule.meta, r);
  ctx.endUnit();
}

/**
 * Statements no rule could judge fully (issue 20 item 4), with the Unknowns that stopped them and
 * the rules they stopped: what each rule says through `ctx.undecided` or the rule API's accounting
 * (rules/api.ts), and what stops every rule — a statement that is not an object (`Statement =
 * [var.x]`, a string) or whose Effect is Unknown. One note per statement, however many rules.
 */
class UndecidedStatements {
  private readonly malformed = new Map<Statement, string>();
  private readonly byStatement = new Map<
    Statement,
    { policy: NormalizedPolicy; stops: Map<string, { path?: string; rules: Set<string> }>; rules: Set<string>; noted: boolean }
  >();

  add(ruleId: string, u: Undecided) {
    const entry = this.byStatement.get(u.statement) ?? {
      policy: u.policy,
      stops: new Map<string, { path?: string; rules: Set<string> }>(),
      rules: new Set<string>(),
      noted: false,
    };
    for (const x of u.unknowns) {
      const text = typeof x === 'string' ? x : x.text;
      const stop = entry.stops.get(text) ?? { rules: new Set<string>() };
      if (typeof x !== 'string') stop.path ??= x.path;
      stop.rules.add(ruleId);
      entry.stops.set(text, stop);
    }
    entry.rules.add(ruleId);
    // A rule's own --strict note (WP04) already names the Unknown: one note per statement.
    entry.noted ||= !!u.noted;
    this.byStatement.set(u.statement, entry);
  }

  unreadable(policy: NormalizedPolicy, st: Statement) {
    const node = st.node;
    if (node.kind === 'unknown') return this.add('every rule', { policy, statement: st, unknowns: [node.text] });
    if (node.kind !== 'object') {
      this.add('every rule', { policy, statement: st, unknowns: [] });
      this.malformed.set(st, `is a ${node.kind}, not a statement object (a JSON text where the object belongs?)`);
      return;
    }
    const effect = getEntry(node, 'Effect')?.value;
    if (effect?.kind === 'unknown') this.add('every rule', { policy, statement: st, unknowns: [{ text: effect.text, path: `${st.path}.Effect` }] });
  }

  has(policy: NormalizedPolicy, st: Statement): boolean {
    return this.byStatement.get(st)?.policy === policy;
  }

  notes(): Report[] {
    const out: Report[] = [];
    for (const [st, e] of this.byStatement) {
      if (e.noted) continue;
      const label = `${e.policy.policy.address}${e.policy.policy.attribute ? `.${e.policy.policy.attribute}` : ''} ${st.path}${st.sid ? ` ("${st.sid}")` : ''}`;
      out.push({
        policy: e.policy,
        path: st.path,
        checkId: 'UR02',
        key: `statement:${[...e.stops.keys()].sort().join(',')}`,
        message: this.malformed.has(st)
          ? `${label} ${this.malformed.get(st)}, so no rule judged it (--strict)`
          : e.stops.size
            ? `${label} was not judged fully: ${stopsText(st, e.stops)}; policylint cannot resolve ${e.stops.size === 1 ? 'it' : 'them'} (--strict)`
            : `${label} was not judged fully by ${[...e.rules].join(', ')}, which could not decide it (--strict)`,
      });
    }
    return out;
  }
}

/** `var.org (at Condition.StringEquals["aws:PrincipalOrgID"]) stopped wildcard-principal, ...`: the
 * Unknowns grouped by the rules they stopped, at most a few of each, paths relative to the statement. */
function stopsText(st: Statement, stops: Map<string, { path?: string; rules: Set<string> }>): string {
  const groups = new Map<string, string[]>();
  for (const [text, s] of stops) {
    // An Unknown that stops every rule (a statement or Effect that is Unknown) needs no list after it.
    const who = s.rules.has('every rule') ? 'every rule' : [...s.rules].join(', ');
    const where = s.path && s.path !== st.path ? ` (at ${s.path.slice(st.path.length).replace(/^\./, '')})` : '';
    groups.set(who, [...(groups.get(who) ?? []), `${text}${where}`]);
  }
  return [...groups]
    .map(([who, texts]) => `${texts.slice(0, 3).join(', ')}${texts.length > 3 ? ` and ${texts.length - 3} more` : ''} stopped ${who}`)
    .join('; ');
}

function visible(ctx: RunContext, p: Policy): boolean {
  const anchor = p.calledAt?.file ?? p.usedAt?.file ?? p.origin.file;
  return ctx.reportable.has(anchor) || !HCL.test(anchor);
}
