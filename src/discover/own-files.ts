import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

// Files policylint keeps for itself, outside the linted tree (its caches: Access Analyzer's answers,
// V8's code cache). Whatever another user, or a link someone left, could have put there is
// ignored, and nothing is ever written through a link. No node:crypto here: the code cache's
// loader uses these at every start (issue 16).

/** Owned by this user and not writable by others, and not a symlink: anything else may have been planted. */
export function trustworthy(path: string, kind: 'file' | 'dir'): boolean {
  try {
    const st = lstatSync(path);
    if (kind === 'file' ? !st.isFile() : !st.isDirectory()) return false;
    if (typeof process.getuid === 'function' && st.uid !== process.getuid()) return false;
    return process.platform === 'win32' || (st.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

/** A regular, trusted file's bytes, opened without following a link or blocking on a FIFO. */
export function readTrusted(path: string, maxBytes = 64 * 1024 * 1024): Buffer | undefined {
  if (!trustworthy(path, 'file')) return undefined;
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > maxBytes) return undefined;
    return readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A folder of this user's, made if missing (0700); undefined when it exists but is not ours. */
export function ownDir(dir: string): string | undefined {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch {
    return undefined;
  }
  return trustworthy(dir, 'dir') ? dir : undefined;
}

/** Writes via a fresh temporary file (0600) and a rename: never through a symlink someone left
 * there, and a reader never sees half a file. Throws when it cannot. */
export function writeAtomic(path: string, data: string | NodeJS.ArrayBufferView): void {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(tmp, data, { flag: 'wx', mode: 0o600 });
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
