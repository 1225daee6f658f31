import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { afterAll } from 'vitest';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const repo = join(__dirname, '..', '..');
export const version = (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string }).version;

/** The environment without what `npm run` set for the test run itself (prefix, scripts). */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && !/^GIT_/.test(k)));
  return {
    ...env,
    NO_COLOR: '1',
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.com',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.com',
    ...extra,
  };
}

const made: string[] = [];
// Removed after each test file: a run of these tests made ~0.5 GB of them (two Node binaries,
// packs, clones, installs) and left them in the system's temporary folder.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function temp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `policylint-${prefix}-`));
  made.push(dir);
  return dir;
}

/**
 * This working tree as a user would clone it once committed: the files git tracks or would track
 * (not what .gitignore leaves out, such as node_modules), in a fresh repository with one commit.
 * dist/ must be among them, since nothing builds it on install.
 */
export function snapshotRepo(): { dir: string; rev: string } {
  const dir = temp('clone');
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: repo, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  for (const f of files) {
    const from = join(repo, f);
    if (!existsSync(from) || !lstatSync(from).isFile()) continue;
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    copyFileSync(from, join(dir, f));
  }
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: cleanEnv() }).trim();
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'snapshot');
  return { dir, rev: git('rev-parse', 'HEAD') };
}
