import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, repo, run } from './helpers/cli.js';
import { tempDirs } from './helpers/temp.js';

// A run that names JSON policy files only starts with the JSON-only script, which leaves out the
// Terraform path, worker threads, Access Analyzer and the language server (src/model/
// needs-full-script.ts). Where a run needs one of them, the loader runs it again with the whole
// script (src/cli/load.ts): the user sees what the whole script prints, once.
const temp = tempDirs('json-script');

const quiet = { POLICYLINT_WORKERS: '0', NODE_OPTIONS: '', NODE_EXTRA_CA_CERTS: '' };

/** The scripts a run compiled, in order, from the loader's debug lines: "json" or "whole". */
function scripts(stderr: string): string[] {
  return [...stderr.matchAll(/^policylint: code cache \w+: .*\/(policylint-[^/]*)$/gm)].map((m) => (m[1].startsWith('policylint-json-') ? 'json' : 'whole'));
}

/** `file` named, with `args`, and the same file through --stdin, which the whole script lints. */
function againstStdin(file: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) {
  const named = run(['--format', 'json', '--no-config-lookup', ...args, file], repo, { ...quiet, POLICYLINT_DEBUG_CODE_CACHE: '1', ...env });
  const r = spawnSync(process.execPath, [bin, '--format', 'json', '--no-config-lookup', '--stdin', '--stdin-filename', file], {
    cwd: repo,
    input: readFileSync(join(repo, file), 'utf8'),
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1', ...quiet },
  });
  return { named, reference: { code: r.status, stdout: r.stdout, stderr: r.stderr } };
}

const withoutDebug = (stderr: string) => stderr.replace(/^policylint: code cache .*\n/gm, '');

describe('the JSON-only script', () => {
  it('lints a JSON policy alone, and its findings are the whole script’s', () => {
    const { named, reference } = againstStdin('examples/pccs-deployer/repository-policy.json');
    expect(scripts(named.stderr)).toEqual(['json']);
    expect(named.code).toBe(1);
    expect(JSON.parse(named.stdout).findings.map((f: { ruleId: string; line: number }) => `${f.ruleId}:${f.line}`)).toEqual(
      JSON.parse(reference.stdout).findings.map((f: { ruleId: string; line: number }) => `${f.ruleId}:${f.line}`),
    );
  });

  // Each of these needs what the JSON-only script left out; the run starts again in the whole
  // script and prints its report once, with the whole script's exit code.
  for (const [name, file, args, env] of [
    ["a plan's configuration (the Terraform path)", 'fixtures/plan/with-config/plan.json', [], {}],
    ['a template no module rendered (the Terraform parser)', 'fixtures/templates/standalone-public.json', [], {}],
    ['worker threads asked for', 'examples/pccs-deployer/repository-policy.json', [], { POLICYLINT_WORKERS: '1' }],
  ] as const)
    it(`runs again with the whole script for ${name}: the same report as the whole script's, printed once`, () => {
      const { named, reference } = againstStdin(file, [...args], env);
      expect(scripts(named.stderr)).toEqual(['json', 'whole']);
      expect(withoutDebug(named.stderr)).toBe(reference.stderr);
      expect(named.code).toBe(reference.code);
      expect(named.stdout).toBe(reference.stdout);
      expect(JSON.parse(named.stdout).findings.length).toBeGreaterThan(0);
    });

  it('runs again with the whole script for a folder named like a JSON file that holds Terraform', () => {
    const dir = temp();
    mkdirSync(join(dir, 'policies.json'));
    writeFileSync(join(dir, 'policies.json', 'main.tf'), readFileSync(join(repo, 'examples/pccs-deployer/main.tf')));
    const r = run(['--format', 'compact', '--no-config-lookup', 'policies.json'], dir, { ...quiet, POLICYLINT_DEBUG_CODE_CACHE: '1' });
    expect(scripts(r.stderr)).toEqual(['json', 'whole']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\/policies\.json\/main\.tf: line 17, col 19, Error - .*\(wildcard-principal\)$/m);
    expect(r.stdout.split('\n').filter(Boolean).length).toBe(new Set(r.stdout.split('\n').filter(Boolean)).size);
  });
});
