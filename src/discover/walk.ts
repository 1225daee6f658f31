import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { Minimatch } from 'minimatch';
import { HCL, readRegularFile } from './files.js';

const SKIP_DIRS = new Set(['.terraform', 'node_modules', '.git']);

export function isLintable(path: string): boolean {
  // `.tpl` / `.tftpl`: policy templates rendered by templatefile() (only read when they name a Statement).
  return /\.(tf|tofu|tf\.json|json|tpl|tftpl)$/.test(path);
}

export interface Discovery {
  files: string[];
  /** The names in each folder listed that holds Terraform, as `readdir` gives them: the run needs
   * them again (siblings, `.terraform`), and a second listing of every folder cost ~50 ms of the
   * real-world evaluation folder before any unit could start (issue 16). */
  listings: Map<string, string[]>;
  /** Paths that could not be read, with the reason: reported, not fatal. */
  notices: Array<{ path: string; message: string }>;
}

/** One `.gitignore` line, compiled once when its folder is entered (not once per entry matched). */
interface IgnoreRule {
  /** The folder of the `.gitignore`, with a trailing separator. */
  base: string;
  /** Whether the path below `base` (with `/`) matches. */
  test: IgnoreTest;
  negate: boolean;
  dirOnly: boolean;
}

/** Walks files and folders like the tools users know: skips `.terraform/`, `node_modules/`, `.git`
 * and `.gitignore`d paths; follows a symlink only within the tree and never twice.
 *
 * Synchronous, and `realpath` only for symlinks: a folder or file reached without one really is
 * at its real parent's path plus its name, so the walk knows every real path without asking the
 * file system (on 100 MB, realpath on every entry made discovery 15 times a plain walk). */
export function discover(paths: string[], cwd: string): Promise<Discovery> {
  const out: Discovery = { files: [], notices: [], listings: new Map() };
  const seen = { dirs: new Set<string>(), files: new Set<string>() };
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      out.notices.push({ path: p, message: 'no such file or directory' });
      continue;
    }
    if (st.isDirectory()) {
      let real: string;
      try {
        real = realpathSync(abs);
      } catch (e) {
        out.notices.push({ path: abs, message: (e as Error).message });
        continue;
      }
      walk({ root: real, out, seen }, abs, real, parentIgnores(abs));
    }
    // Named explicitly but not something policylint reads: said, not skipped in silence.
    else if (!isLintable(abs))
      out.notices.push({
        path: p,
        message: st.isFile()
          ? 'not a file type policylint reads (.tf, .tofu, .tf.json, .json); not linted'
          : 'not a regular file (a device, FIFO or socket); not linted',
      });
    else if (!seen.files.has(abs)) {
      seen.files.add(abs);
      out.files.push(abs);
    }
  }
  // Synchronous inside (faster than the event loop for thousands of folders); a promise for callers.
  return Promise.resolve(out);
}

/** `.gitignore` files between the repository root and a folder given on the command line. */
function parentIgnores(dir: string): IgnoreRule[] {
  const chain: string[] = [];
  let cur = dir;
  for (let i = 0; i < 50; i++) {
    chain.unshift(cur);
    if (exists(join(cur, '.git'))) break;
    const up = resolve(cur, '..');
    if (up === cur) return [];
    cur = up;
  }
  return chain.slice(0, -1).flatMap(readIgnore);
}

function exists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

function readIgnore(dir: string): IgnoreRule[] {
  // Opened without blocking and only if regular: a FIFO named .gitignore must not hang the walk.
  const text = readRegularFile(join(dir, '.gitignore'), '.gitignore');
  if (typeof text !== 'string') return [];
  const base = dir.endsWith(sep) ? dir : dir + sep;
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const negate = l.startsWith('!');
      let pattern = negate ? l.slice(1) : l;
      const dirOnly = pattern.endsWith('/');
      if (dirOnly) pattern = pattern.slice(0, -1);
      if (!pattern.includes('/')) pattern = `**/${pattern}`;
      else pattern = pattern.replace(/^\//, '');
      return { base, test: compileIgnore(pattern), negate, dirOnly };
    });
}

const GLOB = /[*?[\]{}!\\()+@]/;

/** A `.gitignore` pattern as a test; `byName` when it reads only the entry's name, not its path. */
type IgnoreTest = ((rel: string, name: string) => boolean) & { byName?: true };

/** A `.gitignore` pattern as a test. The two shapes most lines have — a name anywhere (`crash.log`)
 * and a suffix anywhere (`*.tfstate`) — compare the entry's name directly: every folder entry is
 * tested against every line, and minimatch costs far more per call. Everything else is minimatch. */
export function compileIgnore(pattern: string): IgnoreTest {
  if (pattern.startsWith('**/')) {
    const last = pattern.slice(3);
    if (!GLOB.test(last)) return Object.assign((_rel: string, name: string) => name === last, { byName: true as const });
    if (last.startsWith('*') && !GLOB.test(last.slice(1))) {
      const suffix = last.slice(1);
      return Object.assign((_rel: string, name: string) => name.endsWith(suffix), { byName: true as const });
    }
  }
  const m = new Minimatch(pattern, { dot: true });
  return (rel) => m.match(rel);
}

/** Whether the last rule that matches the entry ignores it (a later line overrides an earlier one,
 * as in git): the rules are read from the last, and the first match decides. The path below a
 * rule's folder is made only for the rules that read it (every lintable file and folder of the tree
 * is tested against every line in force: eval folder, ~40 ms of discovery before this). */
function ignored(abs: string, name: string, isDir: boolean, rules: IgnoreRule[]): boolean {
  let base: string | undefined;
  let rel = '';
  for (let i = rules.length - 1; i >= 0; i--) {
    const r = rules[i];
    if (r.dirOnly && !isDir) continue;
    // Rules come from the folder being walked or those above it, so `abs` is below `base`.
    if (!abs.startsWith(r.base)) continue;
    if (!r.test.byName && r.base !== base) {
      base = r.base;
      rel = abs.slice(base.length);
      if (sep !== '/') rel = rel.split(sep).join('/');
    }
    if (r.test(rel, name)) return !r.negate;
  }
  return false;
}

interface Walk {
  /** Real path of the folder given: a symlink may lead anywhere below it, never out. */
  root: string;
  out: Discovery;
  /** Real paths already walked or listed: a link to a folder or file is followed at most once. */
  seen: { dirs: Set<string>; files: Set<string> };
}

/** `dir` as the user sees it (reported paths keep the links they went through) and `real`, its real path. */
function walk(w: Walk, dir: string, real: string, rules: IgnoreRule[]) {
  if (w.seen.dirs.has(real)) return;
  w.seen.dirs.add(real);
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    w.out.notices.push({ path: dir, message: `cannot read folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
    return;
  }
  if (entries.some((e) => HCL.test(e.name)))
    w.out.listings.set(
      dir,
      entries.map((e) => e.name),
    );
  // Opened only where the listing has one: a failed open per folder costs more than the listing.
  const local = entries.some((e) => e.name === '.gitignore') ? readIgnore(dir) : [];
  const here = local.length ? [...rules, ...local] : rules;
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  const realPrefix = real.endsWith(sep) ? real : real + sep;
  for (const e of entries) {
    const abs = prefix + e.name;
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    let target = realPrefix + e.name;
    if (e.isSymbolicLink()) {
      // Only here is the real path unknown: resolve it, and follow it only if it stays in the tree.
      let linked: string;
      try {
        linked = realpathSync(abs);
      } catch {
        continue;
      }
      if (!(linked === w.root || linked.startsWith(w.root.endsWith(sep) ? w.root : w.root + sep))) continue;
      const st = statSync(linked, { throwIfNoEntry: false });
      isDir = !!st?.isDirectory();
      isFile = !!st?.isFile();
      target = linked;
    }
    if (isDir) {
      if (SKIP_DIRS.has(e.name) || ignored(abs, e.name, true, here)) continue;
      walk(w, abs, target, here);
    } else if (isFile && isLintable(e.name) && !ignored(abs, e.name, false, here)) {
      if (w.seen.files.has(target)) continue;
      w.seen.files.add(target);
      w.out.files.push(abs);
    }
  }
}
