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

/** The `.gitignore` lines in force in one folder, in file order, indexed so that an entry meets only
 * the lines that can match it: a line naming an entry exactly (`crash.log`, most lines) is looked
 * up by the entry's name, and only the others are tried one by one. With the large `.gitignore`
 * templates public repositories carry (350–480 lines), every entry was tested against every line. */
interface IgnoreSet {
  rules: IgnoreRule[];
  /** Positions in `rules` of the lines that name an entry exactly, by that name, ascending. */
  exact: Map<string, number[]>;
  /** Positions of all other lines, ascending. */
  others: number[];
}

function ignoreSet(rules: IgnoreRule[]): IgnoreSet {
  const exact = new Map<string, number[]>();
  const others: number[] = [];
  rules.forEach((r, i) => {
    if (r.test.exactName === undefined) others.push(i);
    else {
      const at = exact.get(r.test.exactName);
      if (at) at.push(i);
      else exact.set(r.test.exactName, [i]);
    }
  });
  return { rules, exact, others };
}

const NO_IGNORES = ignoreSet([]);

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
function parentIgnores(dir: string): IgnoreSet {
  const chain: string[] = [];
  let cur = dir;
  for (let i = 0; i < 50; i++) {
    chain.unshift(cur);
    if (exists(join(cur, '.git'))) break;
    const up = resolve(cur, '..');
    if (up === cur) return NO_IGNORES;
    cur = up;
  }
  return ignoreSet(chain.slice(0, -1).flatMap(readIgnore));
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
    .map(trimTrailingSpaces)
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

/** As git reads a line: trailing spaces dropped unless escaped with a backslash; leading spaces
 * and tabs kept (a line ` a.tf` names the file ` a.tf`). */
function trimTrailingSpaces(line: string): string {
  let end = line.length;
  while (end > 0 && line[end - 1] === ' ') end--;
  // An odd run of backslashes before the dropped spaces escapes the first of them.
  let slashes = 0;
  while (end - slashes > 0 && line[end - slashes - 1] === '\\') slashes++;
  return line.slice(0, slashes % 2 === 1 && end < line.length ? end + 1 : end);
}

/** Glob syntax as git's wildmatch has it: `*`, `?`, `[...]`, `**` and backslash escapes, but no
 * braces and no extglobs, which minimatch would otherwise expand (`*.{tf,json}` ignores nothing in
 * git, and a file git keeps must not go unlinted). A line's `!` and `#` were read before. */
const GIT_GLOB = { dot: true, nobrace: true, noext: true, nonegate: true, nocomment: true } as const;

const GLOB = /[*?[\]{}!\\()+@]/;

/** A `.gitignore` pattern as a test. `byName` when it reads only the entry's name, not its path;
 * `exactName` when it matches that one name and nothing else. */
type IgnoreTest = ((rel: string, name: string) => boolean) & { byName?: true; exactName?: string };

/** A `.gitignore` pattern as a test. A line without a slash (`crash.log`, `*.tfstate`,
 * `.fuse_hidden*`) matches a name at any depth, so it is compared with the entry's name alone:
 * directly for a plain name or suffix, else with minimatch on that one segment, which is far
 * cheaper than matching the whole path against a leading `**`. Everything else is
 * minimatch on the path below the `.gitignore`'s folder. */
export function compileIgnore(pattern: string): IgnoreTest {
  const last = pattern.slice(3);
  if (pattern.startsWith('**/') && !last.includes('/')) {
    if (!GLOB.test(last)) return Object.assign((_rel: string, name: string) => name === last, { byName: true as const, exactName: last });
    if (last.startsWith('*') && !GLOB.test(last.slice(1))) {
      const suffix = last.slice(1);
      return Object.assign((_rel: string, name: string) => name.endsWith(suffix), { byName: true as const });
    }
    const one = new Minimatch(last, GIT_GLOB);
    const [head, tail] = literalEnds(last);
    return Object.assign((_rel: string, name: string) => name.startsWith(head) && name.endsWith(tail) && one.match(name), { byName: true as const });
  }
  const m = new Minimatch(pattern, GIT_GLOB);
  // minimatch reads `a//b` as `a/b` and `./a` as `a`: no literal start is trusted for those.
  const head = /\/\/|(^|\/)\.\.?(\/|$)/.test(pattern) ? '' : literalEnds(pattern)[0];
  return (rel) => rel.startsWith(head) && m.match(rel);
}

/** The text every match of a glob starts with and ends with: what precedes its first glob character
 * and follows its last. Most entries fail this before minimatch runs (`.idea/**` lines, `._*`). */
function literalEnds(glob: string): [string, string] {
  const first = glob.search(GLOB);
  if (first < 0) return [glob, ''];
  let end = glob.length;
  while (!GLOB.test(glob[end - 1])) end--;
  return [glob.slice(0, first), glob.slice(end)];
}

/** Whether the last line that matches the entry ignores it (a later line overrides an earlier one,
 * as in git). The exact-name lines for this name give the last such match; the other lines are
 * tried from the last down to it, and the first that matches decides. The path below a line's
 * folder is made only for the lines that read it. */
function ignored(abs: string, name: string, isDir: boolean, set: IgnoreSet): boolean {
  const { rules } = set;
  let decided = -1;
  const named = set.exact.get(name);
  if (named)
    for (let k = named.length - 1; k >= 0; k--)
      if (isDir || !rules[named[k]].dirOnly) {
        decided = named[k];
        break;
      }
  let base: string | undefined;
  let rel = '';
  for (let k = set.others.length - 1; k >= 0 && set.others[k] > decided; k--) {
    const r = rules[set.others[k]];
    if (r.dirOnly && !isDir) continue;
    // Every line in force comes from the folder being walked or one above it (the walk adds a
    // folder's lines as it enters it), so `abs` is below `r.base`.
    if (!r.test.byName && r.base !== base) {
      base = r.base;
      rel = abs.slice(base.length);
      if (sep !== '/') rel = rel.split(sep).join('/');
    }
    if (r.test(rel, name)) {
      decided = set.others[k];
      break;
    }
  }
  return decided >= 0 && !rules[decided].negate;
}

interface Walk {
  /** Real path of the folder given: a symlink may lead anywhere below it, never out. */
  root: string;
  out: Discovery;
  /** Real paths already walked or listed: a link to a folder or file is followed at most once. */
  seen: { dirs: Set<string>; files: Set<string> };
}

/** `dir` as the user sees it (reported paths keep the links they went through) and `real`, its real path. */
function walk(w: Walk, dir: string, real: string, rules: IgnoreSet) {
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
  const here = local.length ? ignoreSet([...rules.rules, ...local]) : rules;
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
