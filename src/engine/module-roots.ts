import { confine } from '../discover/confine.js';
import { mentions, readSource, siblings } from '../discover/files.js';
import type { SourceFile } from '../model/source.js';
import type { HclFile } from '../parse/hcl-ast.js';
import { parseHcl } from '../parse/hcl.js';
import { parseTerraformJson } from '../parse/tf-json.js';
import { buildModule, localSource } from '../resolve/module.js';
import { dirname } from 'node:path';

/** What the text of a `.tf` file with a `module "x" {` (or `module x {`) block must contain. */
const MODULE_BLOCK = /\bmodule[ \t]*["\p{L}_]/u;

/**
 * Folders that are analysed through a caller rather than on their own: those a root folder of
 * this run reaches through real `module` blocks (from the syntax tree, never a text match, so a
 * commented-out call counts for nothing). A folder no root reaches (folders calling each other
 * in a cycle, or itself) is a root too, so no folder of the run is ever silently skipped.
 */
export async function calledFolders(
  dirs: Iterable<string>,
  roots: readonly string[],
  keep?: Map<string, { src: SourceFile; hcl: HclFile }>,
  calls = new Map<string, Set<string>>(),
  keepChars = Infinity,
  discovered: ReadonlySet<string> = new Set(),
  listings: ReadonlyMap<string, readonly string[]> = new Map(),
): Promise<Set<string>> {
  const all = new Set(dirs);
  let kept = 0;
  for (const dir of all) {
    const out = new Set<string>();
    for (const file of siblings(dir, listings.get(dir))) {
      // Discovery confined the files it found; a sibling it did not list is checked here.
      if (!discovered.has(file) && !confine(file, roots).ok) continue;
      // Most files call no module: their bytes say so without decoding the text (issue 16).
      if (!mentions(file, 'module')) continue;
      const src = readSource(file, () => {}, new Map());
      // A necessary condition only (`path.module` alone never calls anything): the syntax tree
      // still decides, so a commented-out call counts for nothing (issue 12).
      if (!src || !(file.endsWith('.json') ? src.text.includes('module') : MODULE_BLOCK.test(src.text))) continue;
      const hcl = file.endsWith('.json') ? await parseTerraformJson(src) : await parseHcl(src);
      // Parsed once: the unit that lints this file takes it from here (`keep`) rather than again.
      // Up to `keepChars`: what is kept waits in memory for its unit (or its worker).
      if (keep && kept + src.text.length <= keepChars) {
        keep.set(file, { src, hcl });
        kept += src.text.length;
      }
      const module = buildModule(dir, [{ src, hcl }], () => undefined);
      for (const call of module.calls.values()) {
        const target = localSource(module, call.item);
        if (target && target !== dir && all.has(target)) out.add(target);
      }
    }
    calls.set(dir, out);
  }
  const calledByAnother = new Set([...calls.values()].flatMap((s) => [...s]));
  const reached = new Set<string>();
  const pending = [...all].filter((d) => !calledByAnother.has(d));
  for (const root of pending) reached.add(root);
  const through = new Set<string>();
  while (pending.length) {
    for (const next of calls.get(pending.pop()!) ?? []) {
      if (reached.has(next)) continue;
      reached.add(next);
      through.add(next);
      pending.push(next);
    }
  }
  return through;
}

/**
 * What the module-call scan parsed that a set of units reads: the files of each unit's folder and
 * of the folders of this run it reaches through calls (`calls`, as `calledFolders` filled it). A
 * worker is given these rather than parsing them again: copying a converted tree to a worker
 * costs about a tenth of parsing it (issue 16).
 */
export function parsesFor(
  units: ReadonlyArray<{ kind: string; dir?: string }>,
  parsed: ReadonlyMap<string, { src: SourceFile; hcl: HclFile }>,
  calls: ReadonlyMap<string, Set<string>>,
): Array<[string, { src: SourceFile; hcl: HclFile }]> {
  const byDir = new Map<string, string[]>();
  for (const path of parsed.keys()) {
    const list = byDir.get(dirname(path));
    if (list) list.push(path);
    else byDir.set(dirname(path), [path]);
  }
  const dirs = new Set<string>();
  const pending = units.flatMap((u) => (u.kind === 'module' && u.dir ? [u.dir] : []));
  while (pending.length) {
    const d = pending.pop()!;
    if (dirs.has(d)) continue;
    dirs.add(d);
    pending.push(...(calls.get(d) ?? []));
  }
  return [...dirs].flatMap((d) => (byDir.get(d) ?? []).map((p): [string, { src: SourceFile; hcl: HclFile }] => [p, parsed.get(p)!]));
}

/** How many of `units` read each called folder (through calls, transitively): a folder read by
 * more than one stays parsed until its last reader (engine/unit.ts). */
export function readsPerFolder(units: ReadonlyArray<{ kind: string; dir?: string }>, calls: ReadonlyMap<string, Set<string>>): Map<string, number> {
  const reads = new Map<string, number>();
  for (const u of units) {
    if (u.kind !== 'module' || !u.dir) continue;
    const seen = new Set<string>([u.dir]);
    const pending = [...(calls.get(u.dir) ?? [])];
    while (pending.length) {
      const d = pending.pop()!;
      if (seen.has(d)) continue;
      seen.add(d);
      reads.set(d, (reads.get(d) ?? 0) + 1);
      pending.push(...(calls.get(d) ?? []));
    }
  }
  return reads;
}
