import type { Origin } from '../model/value.js';
import { resolve } from 'node:path';
import { makeSource } from '../model/source.js';
import { displayPath, locate } from '../model/locate.js';
import { confine } from '../discover/confine.js';
import { listDir, readModuleFile, readSource, siblings } from '../discover/files.js';
import type { RunContext } from './run-context.js';
import { unresolved as unresolvedRule } from '../../rules/engine-rules.js';
import { parseHcl } from '../parse/hcl.js';
import { parseTerraformJson } from '../parse/tf-json.js';
import { buildModule, localSource, type Module, type ModuleFile } from '../resolve/module.js';
import { moduleInstances, wireModules } from '../resolve/module-graph.js';
import { applyVarFiles } from '../resolve/var-files.js';
import { readModuleManifest } from '../resolve/module-manifest.js';
import { extractModule, type Extraction } from '../extract/terraform.js';
import { extractLooseDocuments } from '../extract/loose-documents.js';
import { buildIamGraph } from '../extract/iam-graph.js';
import { normalize } from '../policy/normalize.js';
import { parseSuppressions } from '../suppress/inline.js';
import type { Policy } from '../model/policy.js';
import { judge } from './judge.js';

// The Terraform path of a unit: a root module parsed with what it calls, wired, extracted and
// judged (judge.ts). Loaded by the first module unit (lint-unit.ts), or by a plan JSON file whose
// resources are found in their modules' .tf files (json-unit.ts).

export type Parsed = Map<string, ModuleFile[]>;

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
  await judge(
    ctx,
    units.map((u) => ({ ex: u.ex, graph: () => buildIamGraph(u.module) })),
  );
  // What reading deferred attributes found wrong (parse/deferred-attribute.ts): one error per file,
  // as parsing reports, and only where parsing found none. A file two units read says it twice,
  // and the run keeps one finding.
  for (const list of parsed.values())
    for (const f of list) {
      const late = f.hcl.deferredErrors?.[0];
      if (late && !f.hcl.errors.length && ctx.requested.has(f.src.path)) ctx.parseError(f.src.path, late.message, late.range);
    }
}

/** Where a plan's resource is written: its module folder from the plan's `configuration`, then the
 * resource block and the policy's own positions, extracted from the `.tf` files there. */
export async function configurationOf(ctx: RunContext, p: Policy, dirs: Map<string, string>, parsed: Parsed): Promise<Policy['configuration']> {
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
