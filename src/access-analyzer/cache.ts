import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const FILE_NAME = 'access-analyzer.json';

/** `$XDG_CACHE_HOME/policylint` (or `~/.cache/policylint`): outside any repository, so a pull
 * request cannot commit answers that hide Access Analyzer findings (issue 12 #3). */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.startsWith('/') ? env.XDG_CACHE_HOME : join(homedir(), '.cache');
  return join(base, 'policylint');
}

/** The cache file for `--cache-location` (a file, or a folder when it ends in `/` or is one), as ESLint reads it. */
export function cacheFileFor(location: string | undefined, cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  if (!location) return join(userCacheDir(env), FILE_NAME);
  const abs = resolve(cwd, location);
  let isDir = /[\\/]$/.test(location);
  try {
    isDir ||= lstatSync(abs).isDirectory();
  } catch {
    /* a file to create */
  }
  return isDir ? join(abs, FILE_NAME) : abs;
}

/** Owned by this user and not writable by others, and not a symlink: anything else may have been planted. */
function trustworthy(path: string, kind: 'file' | 'dir'): boolean {
  try {
    const st = lstatSync(path);
    if (kind === 'file' ? !st.isFile() : !st.isDirectory()) return false;
    if (typeof process.getuid === 'function' && st.uid !== process.getuid()) return false;
    return process.platform === 'win32' || (st.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

/** A regular, trusted file's text, opened without following a link or blocking on a FIFO. */
function readTrusted(path: string): string | undefined {
  if (!trustworthy(path, 'file')) return undefined;
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > 64 * 1024 * 1024) return undefined;
    return readFileSync(fd, 'utf8');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A folder of this user's, made if missing (0700); undefined when it exists but is not ours. */
function ownDir(dir: string): string | undefined {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch {
    return undefined;
  }
  return trustworthy(dir, 'dir') ? dir : undefined;
}

/** Writes via a fresh temporary file and a rename: never through a symlink someone left there. */
function writeAtomic(path: string, text: string) {
  const tmp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeFileSync(tmp, text, { flag: 'wx', mode: 0o600 });
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** A per-user secret that signs the cache, so entries this user did not write are never trusted,
 * even in a cache file inside a checkout (where git makes every file the user's own). */
function userSecret(env: NodeJS.ProcessEnv): Buffer | undefined {
  const dir = ownDir(userCacheDir(env));
  if (!dir) return undefined;
  const path = join(dir, 'secret');
  const existing = readTrusted(path);
  if (existing && /^[0-9a-f]{64}$/.test(existing.trim())) return Buffer.from(existing.trim(), 'hex');
  const fresh = randomBytes(32).toString('hex');
  try {
    writeAtomic(path, fresh);
    return Buffer.from(fresh, 'hex');
  } catch {
    return undefined;
  }
}

/** Access Analyzer answers by content hash (policy text + check + parameters), so an unchanged
 * policy is never sent twice; checks are billed per call. */
export class AnalyzerCache {
  private entries: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  private dirty = false;
  private secret: Buffer | undefined;
  /** Why the cache was ignored, for a notice. */
  readonly problems: string[] = [];

  constructor(
    private file: string | undefined,
    env: NodeJS.ProcessEnv = process.env,
  ) {
    if (!file) return;
    this.secret = userSecret(env);
    if (!this.secret) {
      this.problems.push(`the cache folder ${userCacheDir(env)} is not this user's own; answers are not cached`);
      this.file = undefined;
      return;
    }
    let exists = true;
    try {
      lstatSync(file);
    } catch {
      exists = false;
    }
    if (!exists) return;
    const text = readTrusted(file);
    let data: { version?: number; entries?: unknown; mac?: unknown } | undefined;
    try {
      data = text === undefined ? undefined : (JSON.parse(text) as typeof data);
    } catch {
      data = undefined;
    }
    const entries = data?.version === 2 && data.entries && typeof data.entries === 'object' ? (data.entries as Record<string, unknown>) : undefined;
    if (entries && typeof data?.mac === 'string' && this.verify(JSON.stringify(entries), data.mac)) {
      this.entries = Object.assign(Object.create(null) as Record<string, unknown>, entries);
      return;
    }
    this.problems.push(`ignored the cache ${file}: it was not written by policylint for this user`);
  }

  private mac(text: string): string {
    return createHmac('sha256', this.secret!).update(text).digest('hex');
  }

  private verify(text: string, mac: string): boolean {
    const want = Buffer.from(this.mac(text), 'hex');
    const got = Buffer.from(mac, 'hex');
    return got.length === want.length && timingSafeEqual(got, want);
  }

  static key(parts: unknown[]): string {
    return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
  }

  get<T>(key: string): T | undefined {
    return this.entries[key] as T | undefined;
  }

  set(key: string, value: unknown) {
    this.entries[key] = value;
    this.dirty = true;
  }

  save() {
    if (!this.file || !this.dirty || !this.secret) return;
    if (!ownDir(dirname(this.file))) {
      this.problems.push(`did not write the cache: ${dirname(this.file)} is not a folder of this user's own`);
      return;
    }
    const entries = JSON.stringify(this.entries);
    try {
      writeAtomic(this.file, `{"version":2,"mac":"${this.mac(entries)}","entries":${entries}}\n`);
    } catch (e) {
      this.problems.push(`did not write the cache ${this.file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }
}
