import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { lstatSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { ownDir, readTrusted, writeAtomic } from '../discover/own-files.js';

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

/** A per-user secret that signs the cache, so entries this user did not write are never trusted,
 * even in a cache file inside a checkout (where git makes every file the user's own). */
function userSecret(env: NodeJS.ProcessEnv): Buffer | undefined {
  const dir = ownDir(userCacheDir(env));
  if (!dir) return undefined;
  const path = join(dir, 'secret');
  const existing = readTrusted(path)?.toString('utf8');
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
    const text = readTrusted(file)?.toString('utf8');
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
