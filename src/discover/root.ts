import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The folder paths in reports are relative to, so a finding has the same path and fingerprint from
 * any working directory (design §2, issue 13): the git top level (a `.git` folder or file, as in
 * worktrees and submodules), else the configuration file's folder, else the working directory.
 */
export function repositoryRoot(cwd: string, configDir?: string): string {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) break;
  }
  return configDir ? resolve(configDir) : resolve(cwd);
}
