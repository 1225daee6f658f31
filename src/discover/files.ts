import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { minimatch } from 'minimatch';
import { makeSource, type SourceFile } from '../model/source.js';

/** Terraform configuration: native syntax, and JSON syntax (`.tf.json`), which resolves alike. */
export const HCL = /\.(tf|tofu|tf\.json)$/;
const MAX_FILE_BYTES = 16 * 1024 * 1024;

export type ParseErrorSink = (file: string, message: string, range?: { start: number; end: number }) => void;

/** Reads a file as text, or reports why it is not text: never a stack trace (issue 7). */
export function readSource(path: string, parseError: ParseErrorSink, overrides: Map<string, string>): SourceFile | undefined {
  const override = overrides.get(path);
  if (override !== undefined) return makeSource(path, override);
  let buf: Buffer;
  try {
    // A FIFO or device named x.tf would block a read forever.
    const st = statSync(path);
    if (!st.isFile()) {
      parseError(path, st.isDirectory() ? 'is a folder, not a file' : 'not a regular file');
      return undefined;
    }
    if (st.size > MAX_FILE_BYTES) {
      parseError(path, `file is ${Math.round(st.size / 1048576)} MB, over the ${MAX_FILE_BYTES / 1048576} MB policylint reads`);
      return undefined;
    }
    // Synchronous: thousands of small files read faster this way than through the event loop.
    buf = readFileSync(path);
  } catch (e) {
    parseError(path, `cannot read file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return undefined;
  }
  if (buf.subarray(0, 8192).indexOf(0) >= 0) {
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

/** For positions only: the text of a file already read once, read again. */
export function loadSource(file: string): SourceFile | undefined {
  try {
    if (!statSync(file).isFile()) return undefined;
    return makeSource(file, readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

export function siblings(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((n) => HCL.test(n))
      .map((n) => join(dir, n));
  } catch {
    return [];
  }
}

/** `file("...")` reads only inside the module's folder tree. */
export function readModuleFile(dir: string, rel: string, cache: Map<string, SourceFile>): SourceFile | undefined {
  const abs = resolve(dir, rel);
  const r = relative(dir, abs);
  if (r.startsWith('..') || r.startsWith(sep)) return undefined;
  let src = cache.get(abs);
  if (!src) {
    src = loadSource(abs);
    if (src) cache.set(abs, src);
  }
  return src;
}

export function filterByConfig(files: string[], base: string, include?: string[], exclude?: string[]): string[] {
  if (!include?.length && !exclude?.length) return files;
  const rel = (f: string) => relative(base, f).split(sep).join('/');
  return files.filter((f) => {
    const r = rel(f);
    if (include?.length && !include.some((g) => minimatch(r, g, { dot: true }))) return false;
    return !exclude?.some((g) => minimatch(r, g, { dot: true }));
  });
}

const MODULE_SOURCE = /\bmodule\s+"[^"]*"\s*\{[^}]*?\bsource\s*=\s*"(\.{1,2}\/[^"]*)"/g;
const JSON_MODULE_SOURCE = /"source"\s*:\s*"(\.{1,2}\/[^"]*)"/g;

/** Folders that local `module` blocks call, from a cheap scan of the text: those are analysed
 * through their callers, with the callers' inputs, not on their own. */
export function calledFolders(dirs: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const dir of dirs) {
    for (const file of siblings(dir)) {
      let text: string;
      try {
        if (!statSync(file).isFile() || statSync(file).size > MAX_FILE_BYTES) continue;
        text = readFileSync(file, 'utf8');
      } catch {
        continue;
      }
      if (!text.includes('module')) continue;
      for (const m of text.matchAll(file.endsWith('.json') ? JSON_MODULE_SOURCE : MODULE_SOURCE)) out.add(resolve(dir, m[1]));
    }
  }
  return out;
}
