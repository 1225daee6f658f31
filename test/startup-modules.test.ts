import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, repo } from './helpers/cli.js';
import { tempDirs } from './helpers/temp.js';

const temp = tempDirs('startup');

// What the caller's environment could add to either run: preloaded modules, debug output or a
// certificate warning on stderr, worker threads asked for.
const env: NodeJS.ProcessEnv = { ...process.env, POLICYLINT_WORKERS: '0' };
for (const name of ['NODE_OPTIONS', 'NODE_DEBUG', 'NODE_EXTRA_CA_CERTS']) delete env[name];

/** The built-in modules Node loaded for `args` (after `node`) that bare node did not load. */
function builtinsLoaded(args: string[]): string[] {
  const dir = temp();
  const hook = join(dir, 'hook.mjs');
  writeFileSync(
    hook,
    `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(process.env.LOADED_LIST, process.moduleLoadList.join('\\n')));\n`,
  );
  const list = (argv: string[], name: string) => {
    const file = join(dir, name);
    const r = spawnSync(process.execPath, ['--import', hook, ...argv], {
      cwd: repo,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...env, LOADED_LIST: file },
    });
    expect(r.stderr).toBe('');
    return readFileSync(file, 'utf8').split('\n');
  };
  const bare = new Set(list(['-e', '0'], 'bare.txt'));
  return list([bin, ...args], 'run.txt').filter((m) => !bare.has(m));
}

// A pre-commit hook pays policylint's start-up on every commit (issue 16). An ES module import of a
// built-in copies all its exports, and node:util's lazy ones load modules a run never uses:
// worker_threads, the assertion differ and more on Node 22, the MIME parser on Node 20.
describe('start-up loads only the built-in modules a run uses', () => {
  for (const file of ['examples/pccs-deployer/repository-policy.json', 'examples/pccs-deployer/main.tf'])
    it(`a run on ${file.split('/').pop()} loads no worker_threads, assertion differ or MIME parser that bare node did not`, () => {
      const loaded = builtinsLoaded(['--format', 'json', '--no-config-lookup', file]);
      expect(loaded).toContain('NativeModule internal/util/parse_args/parse_args');
      expect(
        loaded.filter((m) => /^NativeModule (worker_threads|internal\/worker|internal\/assert\/myers_diff|internal\/util\/diff|internal\/mime)$/.test(m)),
      ).toEqual([]);
    });
});
