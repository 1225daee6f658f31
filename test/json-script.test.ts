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

  // A CloudFormation template holds its policies below Resources, with `${LogGroupName}` in Fn::Sub
  // strings that read like template interpolations: no policy at its root however it is read, so
  // the JSON-only script does not start the Terraform parser for it.
  it('keeps a CloudFormation template (${LogGroupName} reads like an interpolation, policies nested) in the JSON-only script: nothing reported', () => {
    const dir = temp();
    const template = {
      AWSTemplateFormatVersion: '2010-09-09',
      Resources: {
        Role: {
          Type: 'AWS::IAM::Role',
          Properties: {
            Policies: [
              {
                PolicyName: 'logs',
                PolicyDocument: {
                  Version: '2012-10-17',
                  Statement: [
                    {
                      Effect: 'Allow',
                      Action: 'logs:PutLogEvents',
                      Resource: { 'Fn::Sub': 'arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:${LogGroupName}:*' },
                    },
                  ],
                },
              },
            ],
          },
        },
      },
    };
    writeFileSync(join(dir, 'stack.template.json'), JSON.stringify(template, null, 2));
    const r = run(['--format', 'json', '--no-config-lookup', 'stack.template.json'], dir, { ...quiet, POLICYLINT_DEBUG_CODE_CACHE: '1' });
    expect(scripts(r.stderr)).toEqual(['json']);
    expect(withoutDebug(r.stderr)).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).findings).toEqual([]);
  });

  it('is not used for a folder named like a JSON file (it may hold Terraform): the whole script lints it', () => {
    const dir = temp();
    mkdirSync(join(dir, 'policies.json'));
    writeFileSync(join(dir, 'policies.json', 'main.tf'), readFileSync(join(repo, 'examples/pccs-deployer/main.tf')));
    const r = run(['--format', 'compact', '--no-config-lookup', 'policies.json'], dir, { ...quiet, POLICYLINT_DEBUG_CODE_CACHE: '1' });
    expect(scripts(r.stderr)).toEqual(['whole']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\/policies\.json\/main\.tf: line 17, col 19, Error - .*\(wildcard-principal\)$/m);
    expect(r.stdout.split('\n').filter(Boolean).length).toBe(new Set(r.stdout.split('\n').filter(Boolean)).size);
  });

  // Standard input can be read once: a run that reads it starts with the whole script, whatever
  // the paths named beside it (a template read by the JSON-only script, then again, was empty).
  it('is not used when --stdin is given, even with JSON paths named', () => {
    const file = 'fixtures/templates/standalone-public.json';
    const args = ['--format', 'json', '--no-config-lookup', '--stdin', '--stdin-filename', file, file];
    const r = spawnSync(process.execPath, [bin, ...args], {
      cwd: repo,
      input: readFileSync(join(repo, file), 'utf8'),
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, NO_COLOR: '1', ...quiet, POLICYLINT_DEBUG_CODE_CACHE: '1' },
    });
    expect(scripts(r.stderr)).toEqual(['whole']);
    const { reference } = againstStdin(file);
    expect(r.status).toBe(reference.code);
    expect(r.stdout).toBe(reference.stdout);
    expect(JSON.parse(r.stdout).findings.length).toBeGreaterThan(0);
  });

  // It sets none of V8's flags that bound a large run's memory, and has no worker threads: more
  // than 50 files, or more than 2 MB, start with the whole script (src/cli/load.ts).
  it('is used for a few small files; more than 50, or more than 2 MB, start with the whole script', () => {
    const dir = temp();
    const policy = readFileSync(join(repo, 'examples/pccs-deployer/repository-policy.json'), 'utf8');
    const names = Array.from({ length: 51 }, (_, i) => `p${i}.json`);
    for (const n of names) writeFileSync(join(dir, n), policy);
    // A policy padded with spaces to just over 2 MB: still one policy, still a finding.
    writeFileSync(join(dir, 'big.json'), policy.replace('{', `{${' '.repeat(2 * 1024 * 1024)}`));
    const lint = (files: string[]) => run(['--format', 'json', '--no-config-lookup', ...files], dir, { ...quiet, POLICYLINT_DEBUG_CODE_CACHE: '1' });
    const few = lint(names.slice(0, 50));
    const many = lint(names);
    const big = lint(['big.json']);
    expect([scripts(few.stderr), scripts(many.stderr), scripts(big.stderr)]).toEqual([['json'], ['whole'], ['whole']]);
    expect(JSON.parse(few.stdout).findings.length * 51).toBe(JSON.parse(many.stdout).findings.length * 50);
    expect(JSON.parse(big.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toContain('wildcard-principal');
  });
});
