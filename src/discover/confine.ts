import { lstatSync, realpathSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';

/** The folder holding `.git` (a folder, or a file in a worktree) at or above `dir`, if any. */
export function repositoryRoot(dir: string): string | undefined {
  for (let cur = resolve(dir); ; cur = dirname(cur)) {
    try {
      lstatSync(join(cur, '.git'));
      return cur;
    } catch {
      /* not here */
    }
    if (dirname(cur) === cur) return undefined;
  }
}

function real(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

/**
 * The folders a run may read from: the repository of each path given (so `../modules` calls and
 * `file("../shared/x.json")` inside the repository still resolve), or the path itself outside a
 * repository, and the same for the working directory. The linted code is untrusted: a symlink in
 * it must not make policylint read, and print, the CI machine's files (issue 12).
 */
export function scanRoots(paths: string[], cwd: string): string[] {
  const roots = new Set<string>();
  for (const p of [...paths, '.']) {
    const abs = resolve(cwd, p);
    let dir = abs;
    try {
      if (!lstatSync(abs).isDirectory()) dir = dirname(abs);
    } catch {
      dir = dirname(abs);
    }
    const r = real(repositoryRoot(dir) ?? dir);
    if (r) roots.add(r);
  }
  return [...roots];
}

export type Confined = { ok: true; real: string } | { ok: false; reason: 'missing' | 'outside' };

/** Where `path` really is, if that is inside one of `roots` (symlinks resolved). */
export function confine(path: string, roots: readonly string[]): Confined {
  const r = real(path);
  if (!r) return { ok: false, reason: 'missing' };
  return roots.some((root) => r === root || r.startsWith(root.endsWith(sep) ? root : root + sep)) ? { ok: true, real: r } : { ok: false, reason: 'outside' };
}

export const OUTSIDE_MESSAGE = 'resolves (through a symlink) to a file outside the scanned folders; policylint does not read it';
