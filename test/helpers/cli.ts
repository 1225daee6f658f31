import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const repo = join(__dirname, '..', '..');
export const bin = join(repo, 'bin', 'policylint.js');

/** Runs the built CLI as a user would, in `cwd`. */
export function run(args: string[], cwd = repo, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
