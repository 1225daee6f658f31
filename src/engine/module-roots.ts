import { isUtf8 } from 'node:buffer';
import { confine } from '../discover/confine.js';
import { fileBytes, siblings } from '../discover/files.js';
import { makeSource } from '../model/source.js';
import { moduleCallSources } from '../parse/module-calls.js';
import { parseHcl } from '../parse/hcl.js';
import { parseTerraformJson } from '../parse/tf-json.js';
import { buildModule, localSource, localTarget } from '../resolve/module.js';

/**
 * Folders that are analysed through a caller rather than on their own: those a root folder of
 * this run reaches through real `module` blocks (never a text match: a commented-out call counts
 * for nothing). A folder no root reaches (folders calling each other in a cycle, or itself) is a
 * root too, so no folder of the run is ever silently skipped. Nothing is parsed here: the units
 * parse their own files, in this thread or in a worker (parse/module-calls.ts).
 */
export async function calledFolders(
  dirs: Iterable<string>,
  roots: readonly string[],
  calls = new Map<string, Set<string>>(),
  discovered: ReadonlySet<string> = new Set(),
  listings: ReadonlyMap<string, readonly string[]> = new Map(),
  keep?: Map<string, Buffer>,
): Promise<Set<string>> {
  let kept = 0;
  const all = new Set(dirs);
  for (const dir of all) {
    const out = new Set<string>();
    for (const file of siblings(dir, listings.get(dir))) {
      // Discovery confined the files it found; a sibling it did not list is checked here.
      if (!discovered.has(file) && !confine(file, roots).ok) continue;
      const bytes = fileBytes(file);
      if (!bytes) continue;
      // Kept for the unit that reads this file, up to a bound: a second read costs a stat, an
      // open and a copy per file (eval folder: ~0.1 s of 4).
      if (keep && kept + bytes.length <= KEEP_BYTES) {
        keep.set(file, bytes);
        kept += bytes.length;
      }
      for (const target of await callTargets(bytes, file, dir)) if (target !== dir && all.has(target)) out.add(target);
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

/** How many of `units` read each called folder (through calls, transitively): a folder read by
 * more than one stays parsed until its last reader (engine/unit.ts). */
export function readsPerFolder(units: ReadonlyArray<{ kind: string; dir?: string }>, calls: ReadonlyMap<string, Set<string>>): Map<string, number> {
  const reads = new Map<string, number>();
  for (const u of units) if (u.kind === 'module' && u.dir) for (const d of reachedFolders(u.dir, calls)) reads.set(d, (reads.get(d) ?? 0) + 1);
  return reads;
}

/** The folders `dir` reads through calls, transitively, itself left out. */
export function reachedFolders(dir: string, calls: ReadonlyMap<string, Set<string>>): Set<string> {
  const seen = new Set<string>([dir]);
  const pending = [...(calls.get(dir) ?? [])];
  while (pending.length) {
    const d = pending.pop()!;
    if (seen.has(d)) continue;
    seen.add(d);
    pending.push(...(calls.get(d) ?? []));
  }
  seen.delete(dir);
  return seen;
}

/** The folders a Terraform file's `module` blocks call by a local path (engine/unit.ts reads
 * downloaded modules); none for a file that is not regular text within its size limit (the unit
 * that reads it says why). Most files call no module: their bytes say so at once. */
async function callTargets(bytes: Buffer, file: string, dir: string): Promise<string[]> {
  if (!bytes.includes('module') || bytes.subarray(0, 8192).indexOf(0) >= 0 || !isUtf8(bytes)) return [];
  const sources = file.endsWith('.json') ? undefined : moduleCallSources(bytes);
  if (sources) return sources.flatMap((s) => localTarget(dir, s) ?? []);
  // JSON syntax, or a file whose outline is not plain (a syntax error): parsed, and its calls
  // read from the syntax tree as any module's are.
  const src = makeSource(file, bytes.toString('utf8'));
  let hcl;
  try {
    hcl = file.endsWith('.json') ? await parseTerraformJson(src) : await parseHcl(src);
  } catch {
    // Whatever a hostile file does to the parser, it is reported by the unit that reads it; here
    // it calls nothing, and the other folders' roots are decided as usual.
    return [];
  }
  const module = buildModule(dir, [{ src, hcl }], () => undefined);
  return [...module.calls.values()].flatMap((call) => localSource(module, call.item) ?? []);
}

/** What the scan keeps for the units (bytes, off the heap, but resident all the same): the
 * Terraform of the real-world evaluation folder and of the bench corpus whole, a 100 MB tree's
 * first tenth (its peak RSS, one thread: 263 MB before, 287 MB with 20 MB kept). */
const KEEP_BYTES = 10 * 1024 * 1024;
