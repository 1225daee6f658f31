import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { minimatch } from 'minimatch';

const SKIP_DIRS = new Set(['.terraform', 'node_modules', '.git']);

export function isLintable(path: string): boolean {
  // `.tpl` / `.tftpl`: policy templates rendered by templatefile() (only read when they name a Statement).
  return /\.(tf|tofu|tf\.json|json|tpl|tftpl)$/.test(path);
}

export interface Discovery {
  files: string[];
  /** Paths that could not be read, with the reason: reported, not fatal. */
  notices: Array<{ path: string; message: string }>;
}

interface IgnoreRule {
  base: string;
  pattern: string;
  negate: boolean;
  dirOnly: boolean;
}

/** Walks files and folders like the tools users know: skips `.terraform/`, `node_modules/`, `.git/`
 * and `.gitignore`d paths; follows a symlink only within the tree and never twice. */
export async function discover(paths: string[], cwd: string): Promise<Discovery> {
  const out: Discovery = { files: [], notices: [] };
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let st;
    try {
      st = await stat(abs);
    } catch {
      out.notices.push({ path: p, message: 'no such file or directory' });
      continue;
    }
    if (st.isDirectory()) await walk(abs, abs, await parentIgnores(abs), out, seenDirs, seenFiles);
    // Named explicitly but not something policylint reads: said, not skipped in silence.
    else if (!isLintable(abs))
      out.notices.push({
        path: p,
        message: st.isFile()
          ? 'not a file type policylint reads (.tf, .tofu, .tf.json, .json); not linted'
          : 'not a regular file (a device, FIFO or socket); not linted',
      });
    else if (!seenFiles.has(abs)) {
      seenFiles.add(abs);
      out.files.push(abs);
    }
  }
  return out;
}

/** `.gitignore` files between the repository root and a folder given on the command line. */
async function parentIgnores(dir: string): Promise<IgnoreRule[]> {
  const chain: string[] = [];
  let cur = dir;
  for (let i = 0; i < 50; i++) {
    chain.unshift(cur);
    if (await exists(join(cur, '.git'))) break;
    const up = resolve(cur, '..');
    if (up === cur) return [];
    cur = up;
  }
  const rules: IgnoreRule[] = [];
  for (const d of chain.slice(0, -1)) rules.push(...(await readIgnore(d)));
  return rules;
}

async function exists(p: string): Promise<boolean> {
  try {
    await lstat(p);
    return true;
  } catch {
    return false;
  }
}

async function readIgnore(dir: string): Promise<IgnoreRule[]> {
  let text: string;
  try {
    text = await readFile(join(dir, '.gitignore'), 'utf8');
  } catch {
    return [];
  }
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
      return { base: dir, pattern, negate, dirOnly };
    });
}

function ignored(abs: string, isDir: boolean, rules: IgnoreRule[]): boolean {
  let result = false;
  for (const r of rules) {
    if (r.dirOnly && !isDir) continue;
    const rel = relative(r.base, abs).split(sep).join('/');
    if (rel.startsWith('..')) continue;
    if (minimatch(rel, r.pattern, { dot: true })) result = !r.negate;
  }
  return result;
}

async function walk(root: string, dir: string, rules: IgnoreRule[], out: Discovery, seenDirs: Set<string>, seenFiles: Set<string>) {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (e) {
    out.notices.push({ path: dir, message: (e as Error).message });
    return;
  }
  if (seenDirs.has(real)) return;
  seenDirs.add(real);
  const here = [...rules, ...(await readIgnore(dir))];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    out.notices.push({ path: dir, message: `cannot read folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const abs = join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      const target = await realpath(abs).catch(() => undefined);
      const rootReal = await realpath(root);
      if (!target || !(target === rootReal || target.startsWith(rootReal + sep))) continue;
      const st = await stat(target).catch(() => undefined);
      isDir = !!st?.isDirectory();
      isFile = !!st?.isFile();
    }
    if (isDir) {
      if (SKIP_DIRS.has(e.name) || ignored(abs, true, here)) continue;
      await walk(root, abs, here, out, seenDirs, seenFiles);
    } else if (isFile && isLintable(e.name) && !ignored(abs, false, here)) {
      const key = await realpath(abs).catch(() => abs);
      if (seenFiles.has(key)) continue;
      seenFiles.add(key);
      out.files.push(abs);
    }
  }
}
