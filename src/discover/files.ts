import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { minimatch } from 'minimatch';
import { makeSource, type SourceFile } from '../model/source.js';
import { confine, OUTSIDE_MESSAGE } from './confine.js';

/** Terraform configuration: native syntax, and JSON syntax (`.tf.json`), which resolves alike. */
export const HCL = /\.(tf|tofu|tf\.json)$/;

/**
 * The largest file policylint reads, so that one file never takes more than about 300 MB (issue 12).
 * Measured peak memory (BENCHMARKS.md, "One large file"): native Terraform costs ~200 bytes of
 * memory per byte of text at once (tree-sitter's tree in wasm memory, which never shrinks, plus
 * the converted syntax and values): 1 MB of ordinary .tf peaked at 248 MB, 2 MB at 406 MB, 4 MB
 * at 714 MB; JSON costs ~45 bytes per byte (4.4 MB policy: 270 MB). The largest file in the
 * real-world evaluation set is 75 KB; a file over its limit is a `parse-error` at its first line,
 * refused before it is read.
 */
export const MAX_HCL_BYTES = 1024 * 1024;
export const MAX_JSON_BYTES = 4 * 1024 * 1024;

/** The limit for one path: JSON syntax (`.json`, `.tf.json`, `.tfvars.json`) or the rest (native
 * Terraform, variable files and templates, which tree-sitter parses). */
export function maxBytes(path: string): number {
  return /\.json$/i.test(path) ? MAX_JSON_BYTES : MAX_HCL_BYTES;
}

const tooLarge = (what: string, size: number, limit: number) =>
  `${what} is ${(size / 1048576).toFixed(1)} MB, over the ${limit / 1048576} MB policylint reads for a file of this type (one file must not take more than ~300 MB of memory); not linted`;

/** `skipped`: the file is left out on purpose (encrypted): a line under --verbose, not a finding. */
export type ParseErrorSink = (file: string, message: string, range?: { start: number; end: number }, skipped?: boolean) => void;

/** The header git-crypt writes before what it encrypted: such a file, checked out without the key
 * (a CI job or a hook usually is), is no broken Terraform but text the run cannot see. */
const GIT_CRYPT = '\0GITCRYPT\0';
export const ENCRYPTED = 'encrypted with git-crypt and checked out without its key: not read';

export function gitCrypted(head: Buffer | string): boolean {
  return typeof head === 'string' ? head.startsWith(GIT_CRYPT) : head.subarray(0, GIT_CRYPT.length).toString('latin1') === GIT_CRYPT;
}

/** Reads a file as text, or reports why it is not text: never a stack trace (issue 7). `read`: its
 * bytes, when an earlier step of the run read them already (fileBytes: a regular file within its limit). */
export function readSource(path: string, parseError: ParseErrorSink, overrides: Map<string, string>, read?: Buffer): SourceFile | undefined {
  const override = overrides.get(path);
  if (override !== undefined) {
    // Text from --stdin: the same limit as the file it stands for.
    if (Buffer.byteLength(override) > maxBytes(path)) {
      parseError(path, tooLarge('standard input', Buffer.byteLength(override), maxBytes(path)));
      return undefined;
    }
    return makeSource(path, override);
  }
  const buf = read ?? readBytes(path, parseError);
  if (!buf) return undefined;
  if (gitCrypted(buf)) {
    parseError(path, ENCRYPTED, undefined, true);
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

function readBytes(path: string, parseError: ParseErrorSink): Buffer | undefined {
  const read = regularBytes(path);
  if ('error' in read) {
    parseError(path, read.error);
    return undefined;
  }
  return read;
}

/** A regular file's bytes, never decoded, when it is within its size limit: a cheap first look
 * before the text is read in full; undefined for anything else (readSource says why). */
export function fileBytes(path: string): Buffer | undefined {
  const read = regularBytes(path);
  return 'error' in read ? undefined : read;
}

/**
 * A regular file's bytes, read whole if within its size limit, with the messages a unit reports
 * (readSource). One path lookup rather than a stat and then an open (eval folder: ~15 ms less of
 * the module-call scan, which every unit waits for, and the same again when the units read them).
 */
function regularBytes(path: string): Buffer | { error: string } {
  const read = openRegular(path, (fd, size) => {
    // A size of 0 may not be the truth (a FUSE or proc file): read to the end.
    if (size === 0) return readFileSync(fd);
    // Synchronous: thousands of small files read faster this way than through the event loop.
    // From the shared pool when small, as readFileSync does: a buffer of its own costs ~6 µs more.
    const buf = Buffer.allocUnsafe(size);
    let n = 0;
    for (let got = 1; n < buf.length && got > 0; n += got) got = readSync(fd, buf, n, buf.length - n, n);
    return n < buf.length ? buf.subarray(0, n) : buf;
  });
  if ('value' in read) return read.value.length > maxBytes(path) ? { error: tooLarge('file', read.value.length, maxBytes(path)) } : read.value;
  switch (read.refused) {
    case 'folder':
      return { error: 'is a folder, not a file' };
    case 'special':
      return { error: 'not a regular file' };
    case 'size':
      return { error: tooLarge('file', read.size, maxBytes(path)) };
    default:
      // What a stat said before the open: a socket cannot be opened, nor a folder on Windows.
      if (read.refused === 'open' && read.code === 'ENXIO') return { error: 'not a regular file' };
      if (read.refused === 'open' && read.code === 'EISDIR') return { error: 'is a folder, not a file' };
      return { error: `cannot read file: ${read.code}` };
  }
}

/** Why openRegular did not read a file; each caller says it in its own words. */
type Refusal = { refused: 'open' | 'read'; code: string } | { refused: 'folder' | 'special' } | { refused: 'size'; size: number };

/**
 * Opens a file without blocking (a FIFO or device named x.tf, or terraform.tfvars, would block a
 * read forever), checks on the open file that it is regular and within its size limit, and only
 * then reads it with `read`.
 */
function openRegular<T>(path: string, read: (fd: number, size: number) => T): { value: T } | Refusal {
  const code = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { refused: 'open', code: code(e) };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { refused: st.isDirectory() ? 'folder' : 'special' };
    if (st.size > maxBytes(path)) return { refused: 'size', size: st.size };
    return { value: read(fd, st.size) };
  } catch (e) {
    return { refused: 'read', code: code(e) };
  } finally {
    try {
      closeSync(fd);
    } catch {
      // Nothing was written through it; a failed close changes nothing that was read.
    }
  }
}

/** For positions only: the text of a file already read once, read again (regular files inside
 * the scanned folders only, when `roots` are given). */
export function loadSource(file: string, roots?: readonly string[]): SourceFile | undefined {
  if (roots && !confine(file, roots).ok) return undefined;
  const text = readRegularFile(file);
  return typeof text === 'string' ? makeSource(file, text) : undefined;
}

/** The names in a folder; none when it cannot be read. */
export function listDir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** The Terraform files of a folder, from its listing when the caller already has it: a folder is
 * listed once per run, not once per step that needs it (issue 16). */
export function siblings(dir: string, names: readonly string[] = listDir(dir)): string[] {
  return names.filter((n) => HCL.test(n)).map((n) => join(dir, n));
}

/** `file("...")` reads only inside the module's folder tree, and never through a symlink that
 * leads out of the scanned folders (a link to /proc/self/environ would print CI secrets). */
export function readModuleFile(
  dir: string,
  rel: string,
  cache: Map<string, SourceFile>,
  roots: readonly string[],
): SourceFile | { refused: string } | undefined {
  const abs = resolve(dir, rel);
  const r = relative(dir, abs);
  if (r.startsWith('..') || r.startsWith(sep)) return undefined;
  const where = confine(abs, roots);
  if (!where.ok) return where.reason === 'outside' ? { refused: OUTSIDE_MESSAGE } : undefined;
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

/** A regular file's text: opened without blocking (a FIFO named terraform.tfvars would otherwise
 * wait forever for a writer), checked, and refused over the size limit before reading. */
export function readRegularFile(path: string, what = 'file'): string | { error: string } {
  const read = openRegular(path, (fd) => readFileSync(fd, 'utf8'));
  if ('value' in read) return read.value;
  if (read.refused === 'size') return { error: tooLarge(what, read.size, maxBytes(path)) };
  if ('code' in read) return { error: `cannot read ${what}: ${read.code}` };
  return { error: `${what} is not a regular file (a FIFO, device or folder); not read` };
}
