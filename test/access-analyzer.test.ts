import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AccessAnalyzerStandIn } from './helpers/access-analyzer-standin.js';
import { bin } from './helpers/cli.js';

const standIn = new AccessAnalyzerStandIn();
let endpoint: string;
let dir: string;
let cacheHome: string;

beforeAll(async () => {
  endpoint = await standIn.start();
});
afterAll(() => standIn.stop());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'policylint-aa-'));
  cacheHome = mkdtempSync(join(tmpdir(), 'policylint-aa-cache-'));
  standIn.received = [];
  standIn.hang = false;
  standIn.repeatToken = false;
  standIn.throttleNext = 0;
  standIn.pageSize = 100;
  standIn.publicAccess = 'PASS';
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(cacheHome, { recursive: true, force: true });
});

const NO_AWS_CONFIG = {
  AWS_CONFIG_FILE: '/nonexistent/config',
  AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_PROFILE: '',
};
const credentials = () => ({
  ...NO_AWS_CONFIG,
  AWS_ENDPOINT_URL_ACCESSANALYZER: endpoint,
  AWS_ACCESS_KEY_ID: 'AKIDPOLICYLINTTEST',
  AWS_SECRET_ACCESS_KEY: 'test-secret',
  AWS_REGION: 'eu-west-1',
});

/** The CLI as a child process, asynchronously, so the stand-in in this process can answer it. */
function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('AWS_')));
    const child = spawn(process.execPath, [bin, ...args], { cwd: dir, env: { ...base, NO_COLOR: '1', XDG_CACHE_HOME: cacheHome, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const TF = [
  'resource "aws_iam_policy" "heredoc" {',
  '  policy = <<-EOF',
  '    {',
  '      "Version": "2012-10-17",',
  '      "Statement": [{',
  '        "Effect": "Allow",',
  '        "Action": ["s3:GetObject", "s3:GetObjectt"],',
  '        "Resource": "*"',
  '      }]',
  '    }',
  '  EOF',
  '}',
  '',
  'resource "aws_iam_role" "trust" {',
  '  name = "trust"',
  '  assume_role_policy = jsonencode({',
  '    Version = "2012-10-17"',
  '    Statement = [{',
  '      Effect    = "Allow"',
  '      Principal = { AWS = "arn:aws:iam::111122223333:root" }',
  '      Action = [',
  '        "sts:AssumeRole",',
  '        "s3:PutObjectt",',
  '      ]',
  '    }]',
  '  })',
  '}',
  '',
  'variable "bucket" {}',
  '',
  'resource "aws_s3_bucket_policy" "unknown" {',
  '  bucket = var.bucket',
  '  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::${var.bucket}/*" }] })',
  '}',
  '',
].join('\n');

describe('--access-analyzer', () => {
  it('maps findings to the exact source line of the element, for heredoc and jsonencode policies', async () => {
    writeFileSync(join(dir, 'main.tf'), TF);
    const r = await run(['--format', 'json', '--access-analyzer', '.'], credentials());
    expect(r.code).toBe(1);
    const aa = JSON.parse(r.stdout).findings.filter((f: { ruleId: string }) => f.ruleId.startsWith('access-analyzer/'));
    const lines = TF.split('\n');
    expect(aa.map((f: { line: number; column: number; ruleId: string }) => `${f.line}:${f.column} ${f.ruleId}`)).toEqual([
      `7:${lines[6].indexOf('"s3:GetObjectt"') + 1} access-analyzer/INVALID_ACTION`,
      `23:${lines[22].indexOf('"s3:PutObjectt"') + 1} access-analyzer/INVALID_ACTION`,
    ]);
    expect(aa[0]).toMatchObject({
      severity: 'error',
      message: expect.stringContaining('s3:GetObjectt does not exist'),
      helpUri: expect.stringContaining('access-analyzer-reference-policy-checks'),
    });

    const validations = standIn.received.filter((q) => q.path === '/policy/validation');
    expect(validations.map((q) => [q.body.policyType, q.body.validatePolicyResourceType ?? null]).sort()).toEqual([
      ['IDENTITY_POLICY', null],
      ['RESOURCE_POLICY', 'AWS::IAM::AssumeRolePolicyDocument'],
    ]);
    expect(r.stderr).toContain('2 requests (0 billed checks), 0 answered from cache, 1 policy with unresolved values not sent');
  });

  // A run that names JSON policy files only starts with the JSON-only script, which has no
  // Access Analyzer client: it hands the run to the whole script before printing anything, and
  // the policy is sent once (src/model/needs-full-script.ts).
  it('for a JSON policy file named alone: validated once, mapped to its line, reported once', async () => {
    const policy = ['{', '  "Version": "2012-10-17",', '  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObjectt", "Resource": "*" }]', '}', ''].join(
      '\n',
    );
    writeFileSync(join(dir, 'policy.json'), policy);
    const r = await run(['--format', 'json', '--access-analyzer', 'policy.json'], { ...credentials(), POLICYLINT_DEBUG_CODE_CACHE: '1' });
    expect([...r.stderr.matchAll(/code cache \w+: .*\/(policylint-(json-)?)/g)].map((m) => m[1])).toEqual(['policylint-json-', 'policylint-']);
    const aa = JSON.parse(r.stdout).findings.filter((f: { ruleId: string }) => f.ruleId.startsWith('access-analyzer/'));
    expect(aa.map((f: { line: number; ruleId: string }) => `${f.line} ${f.ruleId}`)).toEqual(['3 access-analyzer/INVALID_ACTION']);
    expect(standIn.received.filter((q) => q.path === '/policy/validation')).toHaveLength(1);
    expect(r.stderr.match(/IAM Access Analyzer: 1 request/g)).toHaveLength(1);
  });

  it('answers an unchanged policy from the cache, and sends a changed one', async () => {
    writeFileSync(join(dir, 'main.tf'), TF);
    await run(['--format', 'json', '--access-analyzer', '.'], credentials());
    standIn.received = [];
    const again = await run(['--format', 'json', '--access-analyzer', '.'], credentials());
    expect(standIn.received).toEqual([]);
    expect(again.stderr).toContain('0 requests (0 billed checks), 2 answered from cache');
    expect(JSON.parse(again.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'access-analyzer/INVALID_ACTION')).toHaveLength(2);
    writeFileSync(join(dir, 'main.tf'), TF.replace('s3:PutObjectt', 's3:DeleteObjectt'));
    await run(['--format', 'json', '--access-analyzer', '.'], credentials());
    expect(standIn.received).toHaveLength(1);
    await run(['--format', 'json', '--access-analyzer', '--no-cache', '.'], credentials());
    expect(standIn.received).toHaveLength(3);
  });

  it('reads every page, and retries when throttled', async () => {
    const actions = ['s3:AObjectt', 's3:BObjectt', 's3:CObjectt'];
    writeFileSync(join(dir, 'p.json'), JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }] }, null, 2));
    standIn.pageSize = 1;
    standIn.throttleNext = 2;
    const r = await run(['--format', 'json', '--access-analyzer', '--no-cache', '.'], credentials());
    const lines = JSON.parse(r.stdout)
      .findings.filter((f: { ruleId: string }) => f.ruleId === 'access-analyzer/INVALID_ACTION')
      .map((f: { line: number }) => f.line);
    expect(lines).toEqual([7, 8, 9]);
    const validations = standIn.received.filter((q) => q.path === '/policy/validation');
    expect(validations).toHaveLength(5);
    expect(validations.map((q) => q.query.get('nextToken'))).toEqual([null, null, null, '1', '2']);
  });

  it('without credentials: one line, the offline findings and their usual exit code; exit 2 when required', async () => {
    writeFileSync(
      join(dir, 'p.json'),
      JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }] }),
    );
    const r = await run(['--format', 'json', '--access-analyzer', '.'], {
      ...NO_AWS_CONFIG,
      AWS_REGION: 'eu-west-1',
      AWS_ENDPOINT_URL_ACCESSANALYZER: endpoint,
    });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      'policylint: IAM Access Analyzer skipped: no AWS credentials were found (profile, environment, SSO or instance role); reporting offline findings only',
    ]);
    expect(JSON.parse(r.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['wildcard-principal']);
    expect(standIn.received).toEqual([]);
    const required = await run(['--format', 'json', '--access-analyzer-required', '.'], { ...NO_AWS_CONFIG, AWS_REGION: 'eu-west-1' });
    expect(required.code).toBe(2);
  });

  it('is never called unless asked', async () => {
    writeFileSync(join(dir, 'main.tf'), TF);
    const r = await run(['--format', 'json', '.'], credentials());
    expect(standIn.received).toEqual([]);
    expect(r.stderr).toBe('');
  });

  it('runs the billed CheckNoPublicAccess only when configured, counts it, and puts its findings in SARIF with their own rules', async () => {
    writeFileSync(
      join(dir, 'main.tf'),
      'resource "aws_s3_bucket_policy" "b" {\n  bucket = "b"\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObjectt", Resource = "arn:aws:s3:::b/*" }] })\n}\n',
    );
    writeFileSync(join(dir, '.policylintrc.json'), JSON.stringify({ accessAnalyzer: { checkNoPublicAccess: true } }));
    standIn.publicAccess = 'FAIL';
    const r = await run(['--format', 'sarif', '--access-analyzer', '.'], credentials());
    expect(standIn.received.map((q) => q.path).sort()).toEqual(['/policy/check-no-public-access', '/policy/validation']);
    expect(standIn.received.find((q) => q.path === '/policy/check-no-public-access')!.body.resourceType).toBe('AWS::S3::Bucket');
    expect(r.stderr).toContain('2 requests (1 billed check)');
    const run0 = JSON.parse(r.stdout).runs[0];
    const ids = run0.tool.driver.rules.map((x: { id: string }) => x.id);
    expect(ids).toEqual(expect.arrayContaining(['access-analyzer/INVALID_ACTION', 'access-analyzer/public-access']));
    const invalid = run0.tool.driver.rules.find((x: { id: string }) => x.id === 'access-analyzer/INVALID_ACTION');
    expect(invalid.helpUri).toContain('access-analyzer-reference-policy-checks');
    expect(
      run0.results
        .map(
          (x: { ruleId: string; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }) =>
            `${x.ruleId}:${x.locations[0].physicalLocation.region.startLine}`,
        )
        .sort(),
    ).toEqual(['access-analyzer/INVALID_ACTION:3', 'access-analyzer/public-access:3', 'policy-grammar:3', 'wildcard-principal:3']);
    expect(readFileSync(join(cacheHome, 'policylint', 'access-analyzer.json'), 'utf8')).toContain('"version":2');
    expect(existsSync(join(dir, '.policylint-cache'))).toBe(false);
  });

  it('never writes through a committed symlink, and writes the cache atomically in a folder of its own (issue 12 #2)', async () => {
    writeFileSync(join(dir, 'main.tf'), TF);
    const victim = join(cacheHome, 'victim.txt');
    writeFileSync(victim, 'keep me\n');
    mkdirSync(join(dir, '.policylint-cache'));
    symlinkSync(victim, join(dir, '.policylint-cache', 'access-analyzer.json'));
    const r = await run(['--format', 'json', '--access-analyzer', '--cache-location', '.policylint-cache/', '.'], credentials());
    expect(r.code).toBe(1);
    expect(readFileSync(victim, 'utf8')).toBe('keep me\n');
    // The link was replaced by a file of policylint's own, not written through.
    const written = join(dir, '.policylint-cache', 'access-analyzer.json');
    expect(statSync(written).isFile()).toBe(true);
    expect(statSync(written).mode & 0o077).toBe(0);
    // By default the cache lives outside the repository.
    await run(['--format', 'json', '--access-analyzer', '.'], credentials());
    expect(statSync(join(cacheHome, 'policylint', 'access-analyzer.json')).mode & 0o077).toBe(0);
  });

  it('a committed or forged cache decides nothing: its answers are not trusted (issue 12 #3)', async () => {
    writeFileSync(join(dir, 'main.tf'), TF);
    await run(['--format', 'json', '--access-analyzer', '.'], credentials());
    // A copy of a real cache with every answer emptied, as a pull request could commit it.
    const real = JSON.parse(readFileSync(join(cacheHome, 'policylint', 'access-analyzer.json'), 'utf8'));
    const emptied = Object.fromEntries(Object.keys(real.entries).map((k) => [k, []]));
    mkdirSync(join(dir, 'cache'));
    for (const forged of [
      { version: 1, entries: emptied },
      { version: 2, mac: real.mac, entries: emptied },
    ]) {
      writeFileSync(join(dir, 'cache', 'access-analyzer.json'), JSON.stringify(forged));
      standIn.received = [];
      const r = await run(['--format', 'json', '--access-analyzer', '--cache-location', 'cache', '.'], credentials());
      expect(r.stderr).toContain('ignored the cache');
      expect(r.stderr).toContain('0 answered from cache');
      expect(standIn.received).toHaveLength(2);
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'access-analyzer/INVALID_ACTION')).toHaveLength(2);
    }
  });

  it('an endpoint that never answers times out: the offline report is printed, and --access-analyzer-required exits 2', async () => {
    writeFileSync(
      join(dir, 'p.json'),
      JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }] }),
    );
    standIn.hang = true;
    const env = { ...credentials(), POLICYLINT_ACCESS_ANALYZER_TIMEOUT_MS: '300', AWS_MAX_ATTEMPTS: '1' };
    const r = await run(['--format', 'json', '--access-analyzer', '--no-cache', '.'], env);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['wildcard-principal']);
    const required = await run(['--format', 'json', '--access-analyzer-required', '--no-cache', '.'], env);
    expect(required.code).toBe(2);
    expect(JSON.parse(required.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['wildcard-principal']);
  }, 60_000);

  it('a service that repeats the same nextToken is stopped; required with nothing validated exits 2, with the report', async () => {
    writeFileSync(join(dir, 'main.tf'), TF);
    standIn.repeatToken = true;
    const r = await run(['--format', 'json', '--access-analyzer', '--no-cache', '.'], credentials());
    expect(r.stderr).toContain('repeated or endless nextToken');
    expect(standIn.received.length).toBeLessThan(10);
    const required = await run(['--format', 'json', '--access-analyzer-required', '--no-cache', '.'], credentials());
    expect(required.code).toBe(2);
    expect(JSON.parse(required.stdout).findings.length).toBeGreaterThan(0);
  }, 60_000);
});
