// Loads policylint's code: the whole script, dist/policylint-<hash>.cjs, or for a run that names a
// few JSON policy files only, the JSON-only script dist/policylint-json-<hash>.cjs
// (model/needs-full-script.ts), each compiled with V8's code cache (scripts/build.mjs builds them;
// this file is built apart, as CommonJS: dist/load.cjs, dist/worker.cjs).
//
// Why (issue 16: start-up is what a pre-commit hook pays on every commit): compiling policylint's
// code costs more than running it on one file. Node's own compile cache (Node >= 22.1) keeps only
// each module's top-level code, written right after compiling it; V8's code cache written when the
// run ends also holds every function the run compiled, so the next run of the same kind compiles
// next to nothing (BENCHMARKS.md, session 14: one .tf file on Node 20 from 1.38x to 1.16x its
// parse floor). Only a classic script takes such a cache (vm.Script), hence scripts in which
// nothing imports dynamically (Node 20 gives a script from a cache no dynamic import).
//
// The cache lives in the user's cache folder, like the Access Analyzer cache: never in the
// repository being linted, which is untrusted input. Its file is named after the script (content
// hash, size, time), Node's version, the V8 flags (V8's tag, or the flags Node was started with for
// the JSON-only script) and the kind of run; V8 checks its version, flags and the source's length,
// and compiles from source when the cache does not fit. NODE_DISABLE_COMPILE_CACHE turns it off,
// as it does Node's own cache.
import { lstatSync, lutimesSync, readFileSync, readdirSync, realpathSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCli } from './args.js';
import { ownDir, readTrusted, trustworthy, writeAtomic } from '../discover/own-files.js';
import { needsFullScript } from '../model/needs-full-script.js';

/** The scripts' file names, content-hashed: set by the build. */
declare const __POLICYLINT_BUNDLE__: string;
declare const __POLICYLINT_JSON_BUNDLE__: string;

export interface Bundle {
  runCli(argv: string[]): Promise<void>;
  runWorker(): void;
}

const vm = process.getBuiltinModule('node:vm');
const script = fileURLToPath(new URL(`./${__POLICYLINT_BUNDLE__}`, import.meta.url));
/** The JSON-only script (model/needs-full-script.ts), for a run that names JSON policy files only. */
const jsonScript = fileURLToPath(new URL(`./${__POLICYLINT_JSON_BUNDLE__}`, import.meta.url));
/** node:v8, loaded only by a run that uses it: with the stream modules it brings, ~4 ms of a run
 * of the JSON-only script, which sets no V8 flag (issue 16). */
const v8 = () => process.getBuiltinModule('node:v8');
/** V8 11 (Node 20) has the interrupt budget; V8 12 prints "unrecognized flag" for it. */
const budgetFlag = Number(process.versions.v8.split('.')[0]) < 12;
/** A cache file not used for this long is removed when another is written. */
const DAY_MS = 24 * 3600 * 1000;
const STALE_MS = 30 * DAY_MS;

/** For a worker thread: the whole script, without the cache (the main thread changed V8's flags
 * for workers, src/engine/workers.ts, so the cache would not fit). */
export function loadForWorker(): Bundle {
  return run(script, fromSource(script));
}

/** For the `policylint` command. A run that names a few JSON policy files only starts with the
 * JSON-only script, and runs again with the whole script if that one meets something it left out
 * (a plan's configuration, a template, worker threads asked for, Access Analyzer); it throws that
 * before printing anything. */
export function loadForCli(argv: string[]): Pick<Bundle, 'runCli'> {
  const { paths, stdin } = namedPaths(argv);
  // No path: the working directory, a tree, unless the text comes on standard input.
  const few = paths.length ? fewSmallFiles(paths) : stdin;
  const kind = runKind(argv, paths, few);
  if (kind !== 'json' || stdin || !few) return loadScript(script, kind, paths);
  let again = false;
  const json = loadScript(jsonScript, kind, paths, () => again);
  return {
    async runCli(args) {
      try {
        await json.runCli(args);
      } catch (e) {
        if (!needsFullScript(e)) throw e;
        again = true;
        await loadScript(script, kind, paths).runCli(args);
      }
    },
  };
}

/** One script, with V8's flags for the run, from the cache when one fits; the cache is written
 * when the run ends if none did. `abandoned`: the run went on in the other script. */
function loadScript(file: string, kind: string, paths: string[], abandoned = () => false): Bundle {
  // The JSON-only script sets no flag: what they are for (long runs, wasm) is not in it.
  const whole = file === script;
  if (whole) setRunFlags();
  const tag = whole ? v8().cachedDataVersionTag() : undefined;
  const cacheFile = codeCacheFile(file, kind, paths, tag);
  if (!cacheFile) return run(file, fromSource(file));
  const dropped = dropAfterCrash(cacheFile);
  const source = readFileSync(file, 'utf8');
  const cached = readOwnCache(cacheFile);
  // Marked before V8 reads the cache, which is where a damaged one crashes most often.
  const mark = cached && markRunning(cacheFile);
  // The file is Node's CommonJS wrapper around the code (scripts/build.mjs): compiled as it is read.
  const compiled = new vm.Script(source, { filename: file, cachedData: cached?.data });
  const verdict = dropped ? 'dropped' : !cached ? 'none' : compiled.cachedDataRejected ? 'rejected' : 'used';
  // A rejected cache is never run: no need to watch this run.
  const running = verdict === 'used' ? mark : undefined;
  if (mark && !running) removeQuietly(mark);
  if (verdict === 'used') keepFresh(cacheFile);
  // For tests and for whoever wonders whether the cache works: NODE_DEBUG's way, on stderr.
  if (process.env.POLICYLINT_DEBUG_CODE_CACHE) process.stderr.write(`policylint: code cache ${verdict}: ${cacheFile}\n`);
  process.once('exit', () => {
    // The first run of a kind may have compiled little (`--version`, a file without a policy, no
    // .policylintrc): a run that compiled more rewrites the cache, so that it comes to hold what
    // the runs of that kind need. What the cache held is compiled in this run too, so the cache
    // only grows: runs that need different code do not undo each other's. The bytecode of the
    // packages left out of the script counts too, so a run is compared only with a cache written
    // by a run that loaded none it did not; a run that loaded the AWS SDK writes nothing.
    // Measuring the bytecode takes node:v8: the JSON-only script measures it during the first
    // CHECKS runs after each write only, then trusts its cache.
    // A run that went on in the whole script ran under that script's V8 flags: nothing to write.
    const used = verdict === 'used' ? cached : undefined;
    if ((whole || !used || used.checksLeft > 0) && !abandoned()) {
      const packages = packagesLoaded();
      const grew = cached !== undefined && (cached.packages & ~packages) === 0 && compiledBytes() > cached.compiledBytes * 1.02;
      if (!(packages & AWS_SDK) && (verdict !== 'used' || grew)) writeCache(compiled, cacheFile, tag, packages);
      else if (!whole && used) countCheck(cacheFile, used.checksLeft - 1);
    }
    // Removed last: a crash while V8 serialises what it read from the cache counts as one.
    if (running) removeQuietly(running);
  });
  return run(file, compiled);
}

/** A script compiled from its source alone. */
function fromSource(file: string): import('node:vm').Script {
  return new vm.Script(readFileSync(file, 'utf8'), { filename: file });
}

/** Runs a script of policylint's (a function taking CommonJS's arguments) as Node runs a module. */
function run(file: string, compiled: import('node:vm').Script): Bundle {
  const mod = { exports: {} as Bundle };
  (compiled.runInThisContext() as (...a: unknown[]) => void).call(mod.exports, mod.exports, createRequire(file), mod, file, dirname(file));
  return mod.exports;
}

/** Packages outside the script a run may load, as bits: their bytecode is in the heap too. */
const OUTSIDE: Array<[RegExp, number]> = [
  [/[\\/]node_modules[\\/]eslint-formatter-friendly[\\/]/, 1],
  [/[\\/]node_modules[\\/]@aws-sdk[\\/]/, 2],
  [/[\\/]node_modules[\\/]yaml[\\/]/, 4],
  [/[\\/]node_modules[\\/]web-tree-sitter[\\/]/, 8],
  // The language server's protocol library, bundled beside the script.
  [/[\\/]lsp-protocol\.cjs$/, 16],
];
const AWS_SDK = 2;

function packagesLoaded(): number {
  let bits = 0;
  for (const file of Object.keys(createRequire(import.meta.url).cache)) for (const [pattern, bit] of OUTSIDE) if (pattern.test(file)) bits |= bit;
  return bits;
}

/** A cache in use is not stale: its time moves on once a day, so that the clean-up when another is
 * written (writeCache) removes only the caches no run has used for STALE_MS. Not through a link. */
function keepFresh(file: string): void {
  try {
    const now = new Date();
    if (now.getTime() - (lstatSync(file, { throwIfNoEntry: false })?.mtimeMs ?? now.getTime()) > DAY_MS) lutimesSync(file, now, now);
  } catch {
    // the cache is rebuilt if it is ever removed
  }
}

/** unlink, not rm: every run that uses a cache removes its mark, and Node 20's rmSync costs ~0.6 ms
 * where unlink costs 0.06 (issue 16: a JSON policy's whole run is ~17 ms above bare node). Each
 * file removed here is one policylint wrote, never a folder; a link is removed, not followed. */
function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // a mark or a partial file that cannot be removed is cleared as stale later
  }
}

/** V8 checks a cache's version, flags and length, not its contents (Node 20 to 24): a damaged
 * cache (a disk error, a write by another program) can crash every run that uses it. A run that
 * uses the cache marks it while it runs; a mark left by a process that is gone means that run
 * crashed: the cache is removed, and this run compiles from source and writes a new one. A mark
 * naming this very process is an old one (a container's process often has the same number each
 * time), and one older than an hour is taken as dead whoever it names (another PID namespace). */
const RUNNING = '.running';
const MARK_MS = 3600 * 1000;

function markRunning(file: string): string | undefined {
  const mark = `${file}.${process.pid}${RUNNING}`;
  try {
    // Created, never written through: an existing file or link there fails.
    writeFileSync(mark, '', { mode: 0o600, flag: 'wx' });
    return mark;
  } catch {
    return undefined;
  }
}

function dropAfterCrash(file: string): boolean {
  const dir = dirname(file);
  const prefix = `${basename(file)}.`;
  let dropped = false;
  try {
    for (const name of readdirSync(dir)) {
      if (!name.startsWith(prefix) || !name.endsWith(RUNNING)) continue;
      const pid = Number(name.slice(prefix.length, -RUNNING.length));
      const age = Date.now() - (statSync(join(dir, name), { throwIfNoEntry: false })?.mtimeMs ?? 0);
      if (pid !== process.pid && alive(pid) && (age < MARK_MS || file.endsWith('-lsp.bin'))) continue;
      removeQuietly(file);
      removeQuietly(join(dir, name));
      dropped = true;
    }
  } catch {
    // no cache folder yet
  }
  return dropped;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * V8 flags for every run, set before any of policylint's code is compiled.
 * - V8 lets the heap grow to several times what is live before collecting it: 20 MB of Terraform
 *   peaked at 222 MB with ~150 MB live. Growing by a quarter at most keeps the peak near what is
 *   live (170 MB there) for a few percent more CPU (issue 16: peak RSS <= 300 MB at 100 MB). Read
 *   at every collection; workers share it.
 * - A run of policylint is seconds long: much of what V8's optimizing compiler compiled on the
 *   other core was never run enough to pay for itself. A larger budget before a function tiers up
 *   cuts that; bench corpus, one thread, 4 alternating pairs: 0.99x wall, 0.89x CPU. Workers raise
 *   it further (src/engine/workers.ts), since there the compiler takes a core a worker needs.
 */
function setRunFlags(): void {
  v8().setFlagsFromString('--heap-growing-percent=25');
  if (budgetFlag) v8().setFlagsFromString('--interrupt-budget=300000');
}

/** V8 keeps its flags' hash in a code cache and rejects the cache under other flags. A run
 * changes two once its code is compiled: Liftoff-only wasm for a few files (src/parse/parser.ts)
 * and the interrupt budget for workers (src/engine/workers.ts). Neither changes the bytecode in
 * the cache; they are set back to their values at compile time before it is written, with the
 * two flags `--liftoff-only` turns off (V8 11 and 12; V8 13 no longer changes them). */
function restoreCompileFlags(): void {
  v8().setFlagsFromString('--no-liftoff-only');
  v8().setFlagsFromString('--wasm-tier-up');
  v8().setFlagsFromString('--wasm-dynamic-tiering');
  setRunFlags();
}

/** The paths a run names, or none if its arguments are a usage error (the run prints it and ends). */
function namedPaths(argv: string[]): { paths: string[]; stdin: boolean } {
  try {
    const parsed = parseCli(argv);
    return { paths: parsed.paths, stdin: !!parsed.stdin };
  } catch {
    return { paths: [], stdin: false };
  }
}

/** A few files named, as a pre-commit hook names them: what the JSON-only script is for, and a
 * kind of run of its own (runKind). A larger run wants what that script leaves out (V8's flags
 * that bound memory, worker threads), a folder may hold Terraform, and standard input can be read
 * once only: those start with the whole script. */
const FEW_FILES = 50;
const FEW_BYTES = 2 * 1024 * 1024;
function fewSmallFiles(paths: string[]): boolean {
  if (paths.length > FEW_FILES) return false;
  let bytes = 0;
  for (const p of paths) {
    // Not followed: a link is the whole script's to judge (discover/confine.ts).
    const st = lstatSync(p, { throwIfNoEntry: false });
    if (!st?.isFile()) return false;
    bytes += st.size;
  }
  return bytes <= FEW_BYTES;
}

/** One cache per kind of run, so that a run does not deserialise code that only another kind
 * compiled: `--lsp`; JSON policy files only; a few files (a pre-commit hook, an editor's standard
 * input); anything else, a tree. A whole tree compiles far more (every rule's every path, module
 * wiring): in one shared cache, one such run made every one-file run after it ~15 ms slower
 * (BENCHMARKS.md, session 15). */
function runKind(argv: string[], paths: string[], few: boolean): string {
  if (argv.includes('--lsp')) return 'lsp';
  if (paths.length && paths.every((p) => /\.json$/i.test(p) && !/\.tf\.json$/i.test(p))) return 'json';
  return few ? 'terraform' : 'tree';
}

/** The cache folder, or none where it cannot be trusted. V8 runs whatever a cache holds, so a
 * cache the linted repository could have provided must never be read: the folder must be
 * absolute, outside every path named (the working directory when none is), a real folder (not a link) owned
 * by this user that nobody else can write, as its parent must be. A folder inside a checkout
 * looks exactly like that otherwise (git makes this user's files, 0644): CI that points
 * XDG_CACHE_HOME into the workspace, or a relative HOME, would let a pull request provide one. */
function codeCacheDir(paths: string[]): string | undefined {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  const xdg = process.env.XDG_CACHE_HOME;
  // HOME is what os.homedir() reads first; node:os is loaded only without it.
  const home = process.env.HOME || process.getBuiltinModule('node:os').homedir();
  const base = xdg && isAbsolute(xdg) ? xdg : isAbsolute(home) ? join(home, '.cache') : undefined;
  if (!base) return undefined;
  const dir = join(base, 'policylint', 'v8-code-cache');
  // Checked before anything is made: no folder is created inside the linted tree either.
  const real = realPathOf(dir);
  for (const linted of lintedRoots(paths)) {
    const rel = relative(linted, real);
    if (!rel || (!rel.startsWith('..') && !isAbsolute(rel))) return undefined;
  }
  return ownDir(dir) && trustworthy(dirname(dir), 'dir') ? dir : undefined;
}

/** The real path a path has or would have: its nearest existing folder's, resolved. */
function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const up = dirname(path);
    return up === path ? path : join(realPathOf(up), basename(path));
  }
}

/** What the run lints, as real paths: the paths named, else the working directory. */
function lintedRoots(paths: string[]): string[] {
  const roots = paths.length ? paths.map((p) => resolve(p)) : [process.cwd()];
  return roots.flatMap((p) => {
    try {
      return [realpathSync(p)];
    } catch {
      return [];
    }
  });
}

function codeCacheFile(file: string, kind: string, paths: string[], tag: number | undefined): string | undefined {
  const dir = codeCacheDir(paths);
  // V8's tag for the caches it accepts: its version, its flags (as set for the run) and the CPU's
  // features; Node's version and the machine's architecture make the name readable. The
  // JSON-only script, which does not load node:v8, names the flags Node was started with instead
  // (the same V8 on the same machine; it sets none itself). The script's name is a hash of what
  // the build wrote; its size and time too: V8 compares only the source's length, and a script
  // edited in place keeps its name.
  const { size, mtimeMs } = statSync(file);
  const id = `${size.toString(36)}${Math.trunc(mtimeMs).toString(36)}`;
  const flags = tag === undefined ? `f${startFlags()}` : tag.toString(16);
  return dir && join(dir, `${basename(file).replace(/\.cjs$/, '')}-${id}-node${process.version}-${process.arch}-${flags}-${kind}.bin`);
}

/** The flags Node was started with, command line and NODE_OPTIONS, as a short hash (FNV-1a). */
function startFlags(): string {
  let h = 0x811c9dc5;
  for (const c of `${process.execArgv.join('\0')}\0${process.env.NODE_OPTIONS ?? ''}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return h.toString(16);
}

/** A cache file: this header (magic, the bytecode in the heap of the run that wrote it, the
 * packages outside the script it had loaded, how many more runs of the JSON-only script measure
 * the bytecode), then V8's data. */
const MAGIC = 0x504c4333; // "PLC3"
const HEADER = 16;
const CHECKS_AT = 12;
/** Runs of the JSON-only script that measure whether they compiled more than its cache holds,
 * after each write: enough for the first runs after an install (`--version`, a first file, a
 * .policylintrc) to make the cache what that user's runs need. */
const CHECKS = 8;

/** The bytecode in V8's heap: how much the run compiled (or took from the cache). */
function compiledBytes(): number {
  return v8().getHeapCodeStatistics().bytecode_and_metadata_size;
}

/** The cache, if this user wrote it and nobody else can have since: V8 runs what it holds, and
 * XDG_CACHE_HOME may name a shared folder. With it, how much bytecode the run that wrote it had. */
function readOwnCache(file: string): { data: Buffer; compiledBytes: number; packages: number; checksLeft: number } | undefined {
  const all = readTrusted(file);
  if (!all || all.length <= HEADER || all.readUInt32BE(0) !== MAGIC) return undefined;
  return { data: all.subarray(HEADER), compiledBytes: all.readUInt32BE(4), packages: all.readUInt32BE(8), checksLeft: all.readUInt32BE(CHECKS_AT) };
}

/** One measuring run fewer, written into the header in place: four bytes, through no link. Runs
 * in parallel may both count one; that costs one more measuring run. */
function countCheck(file: string, left: number): void {
  try {
    const { openSync, writeSync, closeSync, constants } = process.getBuiltinModule('node:fs');
    const fd = openSync(file, constants.O_WRONLY | (constants.O_NOFOLLOW ?? 0));
    try {
      const at = Buffer.alloc(4);
      at.writeUInt32BE(Math.max(left, 0));
      writeSync(fd, at, 0, 4, CHECKS_AT);
    } finally {
      closeSync(fd);
    }
  } catch {
    // the next run measures once more
  }
}

/** Written whole under a name of its own, then renamed (discover/own-files.ts): runs in parallel
 * (pre-commit starts several) never read half a file, and nothing is written through a link. Any
 * failure (a read-only home, a full disk) leaves the next run to compile from source, as this one did.
 * `tag`: V8's, when the run changed flags (the whole script); they are set back first. */
function writeCache(compiled: import('node:vm').Script, file: string, tag: number | undefined, packages: number): void {
  try {
    const bytes = compiledBytes();
    if (tag !== undefined) {
      restoreCompileFlags();
      // A flag the restore missed would make V8 reject this cache in every run: write nothing.
      if (v8().cachedDataVersionTag() !== tag) return;
    }
    const dir = dirname(file);
    const now = Date.now();
    for (const name of readdirSync(dir)) {
      const age = now - (statSync(join(dir, name), { throwIfNoEntry: false })?.mtimeMs ?? now);
      // A partial file or a mark a day old belongs to no running process (or to a language server
      // that has run for a day, which loses only the crash check).
      if (age > (name.endsWith('.bin') ? STALE_MS : DAY_MS)) removeQuietly(join(dir, name));
    }
    const header = Buffer.alloc(HEADER);
    header.writeUInt32BE(MAGIC, 0);
    header.writeUInt32BE(Math.min(bytes, 0xffffffff), 4);
    header.writeUInt32BE(packages, 8);
    header.writeUInt32BE(CHECKS, CHECKS_AT);
    writeAtomic(file, Buffer.concat([header, compiled.createCachedData()]));
  } catch {
    // the cache is only ever an optimisation
  }
}
