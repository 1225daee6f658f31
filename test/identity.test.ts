import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';
import { tempDirs } from './helpers/temp.js';

/** Findings keep their identity for years (issue 13): what they are, never where they are. */
const temp = tempDirs('identity');
const require = createRequire(import.meta.url);

function policy(statements: string[]): string {
  return `resource "aws_ecr_repository_policy" "app" {
  repository = "app"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [${statements.join(',\n')}]
  })
}
`;
}

function identityPolicy(statements: string[]): string {
  return policy(statements).replace('resource "aws_ecr_repository_policy" "app" {\n  repository = "app"', 'resource "aws_iam_policy" "ci" {');
}

const PUBLIC = `{
      Effect    = "Allow"
      Principal = "*"
      Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
    }`;
const PULL = `{
      Effect   = "Allow"
      Action   = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
      Resource = "*"
    }`;
const PUSH = `{
      Sid      = "Push"
      Effect   = "Allow"
      Action   = ["ecr:PutImage", "ecr:InitiateLayerUpload", "ecr:UploadLayerPart", "ecr:CompleteLayerUpload", "ecr:BatchDeleteImage"]
      Resource = "*"
    }`;

type Out = { ruleId: string; checkId?: string; file: string; line: number; fingerprint: string };
function findings(cwd: string, args: string[] = ['.']): Out[] {
  const r = run(['--format', 'json', ...args], cwd);
  return JSON.parse(r.stdout).findings;
}
const prints = (list: Out[]) => list.map((f) => `${f.ruleId}/${f.checkId ?? ''} ${f.fingerprint}`).sort();

function repo(): string {
  const dir = temp();
  mkdirSync(join(dir, '.git'));
  return dir;
}

describe('fingerprints', () => {
  it('differ for the same address in two folders, so a baseline of one does not hide the other', () => {
    const dir = repo();
    for (const env of ['prod', 'staging']) {
      mkdirSync(join(dir, 'envs', env), { recursive: true });
      writeFileSync(join(dir, 'envs', env, 'main.tf'), policy([PUBLIC]));
    }
    const all = findings(dir);
    const prod = all.filter((f) => f.file === 'envs/prod/main.tf');
    const staging = all.filter((f) => f.file === 'envs/staging/main.tf');
    expect(prod.length).toBeGreaterThan(0);
    expect(prints(prod)).not.toEqual(expect.arrayContaining(prints(staging).slice(0, 1)));

    const baseline = join(dir, 'baseline.json');
    run(['--write-baseline', baseline, 'envs/prod'], dir);
    const r = run(['--format', 'json', '--baseline', baseline, '.'], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: Out) => f.file)).toEqual(staging.map((f) => f.file));
  });

  it('survive reordered actions and statements, statements added above, and edited lines above', () => {
    const dir = repo();
    writeFileSync(join(dir, 'main.tf'), identityPolicy([PULL, PUSH]));
    const before = prints(findings(dir));
    expect(before.length).toBeGreaterThan(2);

    const reordered = PUSH.replace(
      '["ecr:PutImage", "ecr:InitiateLayerUpload", "ecr:UploadLayerPart", "ecr:CompleteLayerUpload", "ecr:BatchDeleteImage"]',
      '["ecr:GetAuthorizationToken", "ecr:CompleteLayerUpload", "ecr:BatchDeleteImage", "ecr:UploadLayerPart", "ecr:PutImage", "ecr:InitiateLayerUpload"]',
    );
    const added = `{
      Sid      = "Audit"
      Effect   = "Allow"
      Action   = ["ecr:DescribeRepositories"]
      Resource = "arn:aws:ecr:eu-west-1:111122223333:repository/app"
    }`;
    writeFileSync(join(dir, 'main.tf'), `# a comment\n# and another\n\n${identityPolicy([added, reordered, PULL])}`);
    const after = findings(dir);
    expect(prints(after)).toEqual(before);
    expect(Math.min(...after.map((f) => f.line))).toBeGreaterThan(8);
  });

  it('of a module called many times are one finding per place, kept when another call is added', () => {
    const dir = repo();
    mkdirSync(join(dir, 'topic'));
    writeFileSync(
      join(dir, 'topic', 'main.tf'),
      `variable "name" {}
resource "aws_sns_topic_policy" "this" {
  arn = "arn:aws:sns:eu-west-1:111122223333:\${var.name}"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "111122223333" }, Action = ["SNS:Publish", "SNS:Receive"], Resource = "*" }]
  })
}
`,
    );
    const calls = (names: string[]) => names.map((n) => `module "${n}" {\n  source = "./topic"\n  name   = "${n}"\n}\n`).join('\n');
    writeFileSync(join(dir, 'main.tf'), calls(['alerts_b', 'alerts_c']));
    const two = findings(dir) as Array<Out & { message: string }>;
    expect(two.map((f) => [f.file, f.line, f.checkId])).toEqual([['topic/main.tf', 6, 'GR02']]);
    expect(two[0].message).toMatch(/\(in module\.alerts_b and 1 more instance\)$/);

    writeFileSync(join(dir, 'main.tf'), calls(['alerts_a', 'alerts_b', 'alerts_c']));
    const three = findings(dir) as Array<Out & { message: string }>;
    expect(three).toHaveLength(1);
    expect(three[0].message).toMatch(/\(in module\.alerts_a and 2 more instances\)$/);
    expect(three[0].fingerprint).toBe(two[0].fingerprint);
  });

  it('are the same, with the same paths, from any working directory', () => {
    const dir = repo();
    mkdirSync(join(dir, 'infra', 'app'), { recursive: true });
    writeFileSync(join(dir, 'infra', 'app', 'main.tf'), policy([PUBLIC]));
    writeFileSync(
      join(dir, 'infra', 'policy.json'),
      JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] }),
    );
    const fromTop = findings(dir, ['infra']);
    const fromInfra = findings(join(dir, 'infra'), ['.']);
    const fromApp = findings(join(dir, 'infra', 'app'), ['..']);
    expect(fromTop.map((f) => f.file).sort()).toEqual(['infra/app/main.tf', 'infra/policy.json']);
    for (const other of [fromInfra, fromApp]) {
      expect(other.map((f) => f.file).sort()).toEqual(fromTop.map((f) => f.file).sort());
      expect(prints(other)).toEqual(prints(fromTop));
    }
  });
});

describe('paths', () => {
  it('are relative to the repository root in SARIF, with %SRCROOT% declared, from a sub-folder', () => {
    const dir = repo();
    mkdirSync(join(dir, 'infra #1'), { recursive: true });
    writeFileSync(join(dir, 'infra #1', 'main.tf'), policy([PUBLIC]));
    const out = join(dir, 'out.sarif');
    run(['--format', 'sarif', '-o', out, '.'], join(dir, 'infra #1'));
    const log = JSON.parse(readFileSync(out, 'utf8'));
    const loc = log.runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    expect(loc).toEqual({ uri: 'infra%20%231/main.tf', uriBaseId: '%SRCROOT%' });
    expect(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(pathToFileURL(dir).href + '/');

    const tool = require('@microsoft/sarif-multitool') as string;
    const report = `${out}.validation.sarif`;
    spawnSync(tool, ['validate', out, '--rule-kind', 'Sarif;Gh', '--output', report, '--log', 'ForceOverwrite'], {
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
    });
    const problems = JSON.parse(readFileSync(report, 'utf8')).runs[0].results ?? [];
    expect(problems.map((x: { ruleId: string }) => x.ruleId)).toEqual([]);
  }, 120_000);

  it('follow --root, and a file outside the root gets an absolute file URI without a base', () => {
    const dir = repo();
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a', 'main.tf'), policy([PUBLIC]));
    writeFileSync(join(dir, 'b', 'main.tf'), policy([PUBLIC]));
    const json = findings(dir, ['--root', 'a', 'a', 'b']);
    expect(json.map((f) => f.file).sort()).toEqual([join(dir, 'b', 'main.tf'), 'main.tf']);
    const out = join(dir, 'out.sarif');
    run(['--format', 'sarif', '-o', out, '--root', 'a', 'a', 'b'], dir);
    const uris = JSON.parse(readFileSync(out, 'utf8')).runs[0].results.map(
      (r: { locations: Array<{ physicalLocation: { artifactLocation: unknown } }> }) => r.locations[0].physicalLocation.artifactLocation,
    );
    expect(uris).toEqual(expect.arrayContaining([{ uri: 'main.tf', uriBaseId: '%SRCROOT%' }, { uri: pathToFileURL(join(dir, 'b', 'main.tf')).href }]));
    expect(run(['--root', 'nope', '.'], dir).code).toBe(2);
  });
});

describe('baselines', () => {
  it('say how many entries no longer match anything', () => {
    const dir = repo();
    writeFileSync(join(dir, 'main.tf'), identityPolicy([PULL, PUSH]));
    const baseline = join(dir, 'baseline.json');
    run(['--write-baseline', baseline, '.'], dir);
    writeFileSync(join(dir, 'main.tf'), identityPolicy([PUSH]));
    const r = run(['--baseline', baseline, '.'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\d+ baseline entr(y|ies) match(es)? no finding any more/);
  });
});
