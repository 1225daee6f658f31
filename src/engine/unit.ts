import { displayPath } from '../model/locate.js';
import { HCL, readModuleFile, readSource, siblings } from '../discover/files.js';
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
import type { NormalizedPolicy, Policy } from '../model/policy.js';

type Parsed = Map<string, ModuleFile[]>;

async function parseDir(ctx: RunContext, parsed: Parsed, dir: string, files: Iterable<string>) {
  const moduleFiles: ModuleFile[] = [];
  for (const path of [...files].sort()) {
    const mine = ctx.requested.has(path);
    const src = readSource(path, mine ? ctx.parseError : () => {}, ctx.overrides);
    if (!src) continue;
    ctx.sources.set(path, src);
    const hcl = path.endsWith('.json') ? await parseTerraformJson(src) : await parseHcl(src);
    if (mine) for (const e of hcl.errors) ctx.parseError(path, e.message, e.range);
    moduleFiles.push({ src, hcl });
  }
  parsed.set(dir, moduleFiles);
}

/** Reads the modules a root calls, transitively: local folders, and the ones `terraform init`
 * downloaded (listed in the root's `.terraform/modules/modules.json`, by call path); any other
 * remote module is said in --verbose. */
async function parseCalled(ctx: RunContext, parsed: Parsed, dir: string, downloaded: Map<string, string>) {
  const visited = new Set<string>();
  for (let pending = [{ dir, path: [] as string[] }]; pending.length;) {
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
        if (!parsed.has(target)) await parseDir(ctx, parsed, target, siblings(target));
        const key = `${target}\u0000${path.join('.')}`;
        if (path.length <= MAX_MODULE_DEPTH && !visited.has(key)) {
          visited.add(key);
          next.push({ dir: target, path });
        }
      }
    }
    pending = next;
  }
}

const MAX_MODULE_DEPTH = 8;

/** A root module and everything it calls: parsed, resolved, extracted and judged together. */
export async function lintModuleUnit(ctx: RunContext, dir: string, files: Set<string>) {
  const parsed: Parsed = new Map();
  await parseDir(ctx, parsed, dir, files);
  const downloaded = readModuleManifest(dir);
  await parseCalled(ctx, parsed, dir, downloaded);
  const reader = (d: string) => (rel: string) => {
    const src = readModuleFile(d, rel, ctx.sources);
    if (src) ctx.rendered.add(src.path);
    return src;
  };
  const root = buildModule(dir, parsed.get(dir)!, reader(dir));
  await applyVarFiles(root, ctx.opts.varFiles ?? [], ctx.opts.cwd, ctx.parseError);
  wireModules(root, parsed, reader, (key) => downloaded.get(key));
  const units: Array<{ ex: Extraction; module: Module }> = [];
  for (const m of moduleInstances(root)) {
    // What a requested module calls is reported inside the called module (issue 4); a
    // downloaded module's findings are reported at the user's call instead (engine/locate).
    if (m.path.length && !m.calledAt) for (const f of m.files) ctx.reportable.add(f.src.path);
    units.push({ ex: extractModule(m), module: m });
  }
  // After every instance's catalogued attributes, so a document they judge is not judged again.
  extractLooseDocuments(units);
  if (ctx.opts.inlineConfig !== false) {
    for (const list of parsed.values())
      for (const f of list) if (ctx.reportable.has(f.src.path)) ctx.suppressions.push(...parseSuppressions(f.src, f.hcl.comments, f.hcl.body));
  }
  await judge(ctx, units);
}

/** A JSON file: a policy, Terraform JSON, or a plan (mapped to its `.tf` files when beside it). */
export async function lintJsonUnit(ctx: RunContext, path: string, deferred = false) {
  const src = readSource(path, ctx.parseError, ctx.overrides);
  if (!src) return;
  ctx.sources.set(path, src);
  if (!deferred && /"Statement"/.test(src.text)) {
    ctx.deferredPolicyFiles.push(path);
    ctx.endUnit();
    return;
  }
  // A template no module rendered: judged with every interpolation Unknown, never as broken JSON.
  if (deferred && isTemplateText(src.text)) {
    await loadParser(true);
    await judge(ctx, [{ ex: extractTemplateFile(src) }]);
    return;
  }
  const ex = extractJsonFile(src);
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

/** Where a plan's resource is written: its module folder from the plan's `configuration`, then the
 * resource block and the policy's own positions, extracted from the `.tf` files there. */
async function configurationOf(ctx: RunContext, p: Policy, dirs: Map<string, string>, parsed: Parsed): Promise<Policy['configuration']> {
  const m = /^((?:module\.[^.[]+(?:\[[^\]]*\])?\.)*)(.+)$/.exec(p.address);
  if (!m || !p.attribute) return undefined;
  const moduleKey = m[1].replace(/\[[^\]]*\]/g, '').replace(/\.$/, '');
  const local = m[2].replace(/\[[^\]]*\]$/, '');
  const dir = dirs.get(moduleKey);
  if (!dir) return undefined;
  if (!parsed.has(dir)) await parseDir(ctx, parsed, dir, siblings(dir));
  const module = buildModule(dir, parsed.get(dir)!, (rel) => readModuleFile(dir, rel, ctx.sources));
  const block = module.blocks.get(local);
  if (!block) return undefined;
  const attribute = block.item.body.attributes.find((a) => a.name === p.attribute);
  const resource = { file: block.file.src.path, range: attribute?.range ?? block.item.range };
  const tf = extractModule(module).policies.find((x) => x.address === local && x.attribute === p.attribute && x.document.kind !== 'unknown');
  return { sourceMap: tf ? normalize(tf).sourceMap : new Map(), resource };
}

const DUPLICATE_HINT = ': IAM rejects repeated keys (iam-semantics §7), and JSON parsers silently keep the last one; merge the values into one key';

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
  for (const n of normalized) {
    const r = policySize(n);
    if (r && ctx.enabled('policy-size')) ctx.report(policySizeRule.meta, r);
    if (opts.ruleOptions.strict && n.unknown && ctx.enabled('unresolved')) {
      const what = n.policy.document.kind === 'unknown' ? n.policy.document.text : 'its statements';
      ctx.report(unresolvedRule.meta, {
        policy: n,
        message: `${n.policy.address}${n.policy.attribute ? `.${n.policy.attribute}` : ''} is ${what}, which policylint cannot resolve, so no rule judged it (--strict)`,
        key: 'unresolved',
      });
    }
  }
  const analysable = normalized.filter((n) => n.statements.length <= MAX_STATEMENTS_ANALYSED);
  if (opts.analyzer) ctx.analysable.push(...analysable);
  const input: RuleInput = { policies: analysable, graphs, options: opts.ruleOptions };
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
  ctx.endUnit();
}

function visible(ctx: RunContext, p: Policy): boolean {
  const anchor = p.calledAt?.file ?? p.usedAt?.file ?? p.origin.file;
  return ctx.reportable.has(anchor) || !HCL.test(anchor);
}
