import { existsSync, mkdirSync, writeFileSync, cpSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repo, run } from './helpers/cli.js';
import { tempDirs } from './helpers/temp.js';
import { blankJsonAnnotations } from './helpers/expectations.js';

const temp = tempDirs('cli');

const VALID_JSON = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"}]}';

describe('policylint CLI', () => {
  it('prints its version and help, and exits 2 on a bad option', () => {
    expect(run(['--version']).stdout.trim()).toBe(JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version);
    expect(run(['--help']).stdout).toContain('Usage: policylint');
    const bad = run(['--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--format must be one of');
    expect(run(['--frobnicate']).code).toBe(2);
  });

  it('lists every policy of the seed examples with source, kind, address and position', () => {
    const r = run(['--print-policies', 'examples']);
    expect(r.code).toBe(0);
    const got = JSON.parse(r.stdout).policies.map((p: Record<string, unknown>) => `${p.file}:${p.line}:${p.column} ${p.address} ${p.kind} ${p.source}`);
    expect(got.sort()).toEqual(
      [
        'examples/ecr-iam-module/main.tf:8:35 aws_iam_role.application trust jsonencode',
        'examples/ecr-iam-module/main.tf:21:23 aws_iam_policy.ecr_manager identity jsonencode',
        'examples/ecr-iam-module/main.tf:83:35 aws_iam_role.cross_account_pull trust jsonencode',
        'examples/ecr-iam-module/main.tf:99:23 aws_iam_policy.cross_account_pull identity jsonencode',
        'examples/pccs-deployer/main.tf:12:23 aws_ecr_repository_policy.charts resource jsonencode',
        'examples/pccs-deployer/deployer-identity-policy.json:1:1 examples/pccs-deployer/deployer-identity-policy.json identity json-file',
        'examples/pccs-deployer/repository-policy.json:1:1 examples/pccs-deployer/repository-policy.json resource json-file',
      ].sort(),
    );
  });

  it('reports the seed findings as JSON, with the CI group suppressed and its reason', () => {
    const r = run(['--format', 'json', 'examples']);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout).findings as Array<Record<string, unknown>>;
    const lines = findings.map((f) => `${f.file}:${f.line} ${f.ruleId}${f.suppressed ? ' suppressed' : ''}`);
    expect(lines).toEqual([
      'examples/ecr-iam-module/main.tf:35 ecr-scope',
      'examples/ecr-iam-module/main.tf:38 ecr-scope',
      'examples/ecr-iam-module/main.tf:40 ecr-scope',
      'examples/ecr-iam-module/main.tf:65 group-mfa suppressed',
      'examples/ecr-iam-module/main.tf:111 ecr-scope',
      'examples/pccs-deployer/deployer-identity-policy.json:18 ecr-scope',
      'examples/pccs-deployer/main.tf:17 wildcard-principal',
      'examples/pccs-deployer/main.tf:25 principal-arn-pattern',
      'examples/pccs-deployer/repository-policy.json:7 wildcard-principal',
      'examples/pccs-deployer/repository-policy.json:17 principal-arn-pattern',
    ]);
    const group = findings.find((f) => f.ruleId === 'group-mfa')!;
    expect(group.suppression).toEqual({ reason: expect.stringContaining('an MFA deny would block every build') });
    const wildcard = findings.find((f) => f.ruleId === 'wildcard-principal')!;
    expect(wildcard.witness).toContain('arn:aws:iam::000000000000:role/PCCS-Deployer');
    expect(wildcard.message).toContain('PCCS-Deployer');
  });

  it('fails the run once the suppression comment is removed (the CI user also signs in to the console)', () => {
    const dir = temp();
    cpSync(join(repo, 'examples', 'ecr-iam-module'), dir, { recursive: true });
    const main = join(dir, 'main.tf');
    // A console login makes the member a person: the group's missing MFA is an error (GM01), not the §6.3 note.
    writeFileSync(main, readFileSync(main, 'utf8') + '\nresource "aws_iam_user_login_profile" "ci_publisher" {\n  user = aws_iam_user.ci_publisher.name\n}\n');
    expect(run(['--format', 'json', '--quiet', '.'], dir).code).toBe(0);
    writeFileSync(main, readFileSync(main, 'utf8').replace(/^# policylint:ignore.*\n/m, ''));
    const r = run(['--format', 'json', '.'], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.find((f: { ruleId: string }) => f.ruleId === 'group-mfa')).toMatchObject({
      line: 64,
      suppressed: false,
      checkId: 'GM01',
      severity: 'error',
    });
  });

  it('--no-inline-config ignores suppression comments, for audits', () => {
    const r = run(['--format', 'json', '--no-inline-config', 'examples/ecr-iam-module']);
    // The group's only member is a machine user: a note (GM07), which does not fail the run.
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).findings.find((f: { ruleId: string }) => f.ruleId === 'group-mfa')).toMatchObject({
      line: 65,
      suppressed: false,
      checkId: 'GM07',
      severity: 'note',
    });
  });

  it('skips .gitignored paths, .terraform/ and node_modules/', () => {
    const dir = temp();
    const policy = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"}]}';
    for (const sub of ['.git', 'ignored', 'build/out', '.terraform/modules', 'node_modules/x', 'kept']) mkdirSync(join(dir, sub), { recursive: true });
    writeFileSync(join(dir, '.gitignore'), 'ignored/\n*.generated.json\n');
    for (const f of ['ignored/p.json', 'kept/p.generated.json', '.terraform/modules/p.json', 'node_modules/x/p.json', 'kept/p.json'])
      writeFileSync(join(dir, f), policy);
    const files = JSON.parse(run(['--format', 'json', '.'], join(dir, 'kept', '..')).stdout).findings.map((f: { file: string }) => f.file);
    expect(files).toEqual(['kept/p.json']);
  });

  it('reports unparseable files as parse-error findings with a position and still lints the rest', () => {
    const dir = temp();
    writeFileSync(join(dir, 'truncated.tf'), 'resource "aws_iam_policy" "p" {\n  name = "p"\n  policy = jsonencode({\n    Version = "2012-10-17"\n');
    writeFileSync(join(dir, 'truncated.json'), '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Allow",');
    writeFileSync(join(dir, 'binary.tf'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3]));
    writeFileSync(join(dir, 'latin1.tf'), Buffer.from('# caf\xe9\n', 'latin1'));
    writeFileSync(join(dir, 'good.json'), VALID_JSON);
    const r = run(['--format', 'json', '.'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/at \S+ \(|Error:/);
    const f = JSON.parse(r.stdout).findings as Array<{ file: string; ruleId: string; line: number; message: string }>;
    const byFile = Object.fromEntries(f.map((x) => [x.file, x]));
    expect(byFile['truncated.tf']).toMatchObject({ ruleId: 'parse-error' });
    expect(byFile['truncated.tf'].line).toBeGreaterThanOrEqual(1);
    expect(byFile['truncated.json']).toMatchObject({ ruleId: 'parse-error', line: 4 });
    expect(byFile['binary.tf']).toMatchObject({ ruleId: 'parse-error', line: 1, message: expect.stringContaining('binary') });
    expect(byFile['latin1.tf']).toMatchObject({ ruleId: 'parse-error', message: expect.stringContaining('UTF-8') });
    expect(byFile['good.json']).toMatchObject({ ruleId: 'wildcard-principal' });
  });

  it('leaves out files git-crypt encrypted (checked out without the key), saying so only with --verbose', () => {
    const dir = temp();
    const crypted = Buffer.concat([Buffer.from('\0GITCRYPT\0', 'latin1'), Buffer.from([0x3f, 0xd0, 0x3c, 0x06, 0x90, 0x7c, 0x29, 0x7d, 0x0a, 0x22])]);
    writeFileSync(join(dir, 'secrets.tf'), crypted);
    writeFileSync(join(dir, 'terraform.tfvars'), crypted);
    writeFileSync(join(dir, 'policy.json'), crypted);
    writeFileSync(join(dir, 'good.json'), VALID_JSON);
    // Another binary file is still reported: it is no text a user meant to encrypt.
    writeFileSync(join(dir, 'binary.tf'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3]));
    const r = run(['--format', 'json', '.'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const found = (JSON.parse(r.stdout).findings as Array<{ file: string; ruleId: string }>).map((f) => `${f.file} ${f.ruleId}`).sort();
    expect(found).toEqual(['binary.tf parse-error', 'good.json wildcard-principal']);
    const verbose = run(['--format', 'json', '--verbose', '.'], dir).stderr;
    for (const name of ['secrets.tf', 'terraform.tfvars', 'policy.json'])
      expect(verbose).toContain(`policylint: ${name}: encrypted with git-crypt and checked out without its key: not read\n`);
  });

  it('reports duplicate JSON keys, which IAM forbids', () => {
    const dir = temp();
    writeFileSync(
      join(dir, 'dup.json'),
      '{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Effect": "Allow",\n    "Effect": "Deny",\n    "Action": "s3:GetObject",\n    "Resource": "*"\n  }]\n}\n',
    );
    const f = JSON.parse(run(['--format', 'json', '.'], dir).stdout).findings;
    expect(f).toEqual([expect.objectContaining({ ruleId: 'parse-error', line: 5, column: 5, message: expect.stringContaining('duplicate key "Effect"') })]);
  });

  it("writes compact lines that VS Code's $eslint-compact problem matcher reads", () => {
    const r = run(['--format', 'compact', 'examples']);
    const matcher = /^(.+):\sline\s(\d+),\scol\s(\d+),\s(Error|Warning|Info)\s-\s(.+)\s\((.+)\)$/;
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(9);
    for (const l of lines) {
      const m = matcher.exec(l);
      expect(m, l).not.toBeNull();
      expect(m![1].startsWith('/')).toBe(true);
    }
  });

  it('keeps positions right under CRLF line endings and a BOM', () => {
    const dir = temp();
    const tf = [
      'resource "aws_s3_bucket_policy" "b" {',
      '  bucket = "b"',
      '  policy = jsonencode({',
      '    Statement = [{',
      '      Effect    = "Allow"',
      '      Principal = "*"',
      '      Action    = "s3:GetObject"',
      '    }]',
      '  })',
      '}',
      '',
    ].join('\r\n');
    writeFileSync(join(dir, 'main.tf'), '\ufeff' + tf);
    writeFileSync(join(dir, 'p.json'), '\ufeff' + JSON.stringify(JSON.parse(VALID_JSON), null, 2).split('\n').join('\r\n'));
    const f = JSON.parse(run(['--format', 'json', '.'], dir).stdout).findings;
    expect(f.map((x: { file: string; line: number; column: number }) => `${x.file}:${x.line}:${x.column}`)).toEqual(['main.tf:6:19', 'p.json:6:20']);
  });

  it('writes the report to --output-file', () => {
    const dir = temp();
    const out = join(dir, 'report.json');
    const r = run(['--format', 'json', '--output-file', out, 'examples']);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe(1);
  });

  it('resolves a lone file against its folder, and reports only that file', () => {
    const r = run(['--format', 'json', 'examples/ecr-iam-module/main.tf']);
    const files = new Set(JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file));
    expect([...files]).toEqual(['examples/ecr-iam-module/main.tf']);
  });

  it('reports a templatefile() policy inside the template, and only for the file asked about', () => {
    // The template carries a fixture annotation, which is a comment: lint a copy without it.
    const dir = temp();
    cpSync(join(repo, 'fixtures/resolve'), dir, { recursive: true });
    const template = join(dir, 'templates/bucket-policy.json.tftpl');
    writeFileSync(template, blankJsonAnnotations(readFileSync(template, 'utf8')));
    const r = run(['--format', 'json', 'templatefile.tf'], dir);
    expect(
      JSON.parse(r.stdout).findings.map((f: { file: string; line: number; column: number; ruleId: string }) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`),
    ).toEqual(['templates/bucket-policy.json.tftpl:7:20 wildcard-principal']);
  });

  it('resolves -var-file: the seed trust policy is silent by default and open with "*"', () => {
    const seed = 'examples/ecr-iam-module';
    const quiet = JSON.parse(run(['--format', 'json', seed]).stdout).findings;
    expect(quiet.filter((f: { ruleId: string }) => f.ruleId === 'wildcard-principal')).toEqual([]);
    const open = JSON.parse(run(['--format', 'json', '--var-file', 'fixtures/resolve/star.tfvars', seed]).stdout).findings;
    const wp = open.filter((f: { ruleId: string }) => f.ruleId === 'wildcard-principal');
    expect(wp).toHaveLength(1);
    expect(wp[0]).toMatchObject({ file: 'examples/ecr-iam-module/main.tf', line: 12, address: 'aws_iam_role.application' });
    expect(wp[0].relatedLocations).toEqual([expect.objectContaining({ file: 'fixtures/resolve/star.tfvars', line: 1 })]);
  });

  it('--strict reports, as notes, what depends on values policylint cannot resolve', () => {
    const dir = temp();
    writeFileSync(
      join(dir, 'main.tf'),
      [
        'variable "org" {}',
        'variable "policy_json" {}',
        'resource "aws_sqs_queue_policy" "q" {',
        '  queue_url = "q"',
        '  policy = jsonencode({ Statement = [{ Effect = "Allow", Principal = "*", Action = "sqs:SendMessage", Resource = "*", Condition = { StringEquals = { "aws:PrincipalOrgID" = var.org } } }] })',
        '}',
        'resource "aws_iam_policy" "p" {',
        '  policy = var.policy_json',
        '}',
        '',
      ].join('\n'),
    );
    const plain = run(['--format', 'json', '.'], dir);
    expect(plain.code).toBe(0);
    expect(JSON.parse(plain.stdout).findings).toEqual([]);
    const strict = run(['--format', 'json', '--strict', '.'], dir);
    expect(strict.code).toBe(0);
    const notes = JSON.parse(strict.stdout).findings.map(
      (f: { line: number; ruleId: string; severity: string; message: string }) => `${f.line} ${f.ruleId} ${f.severity}`,
    );
    expect(notes).toEqual(['5 wildcard-principal note', '8 unresolved note']);
    expect(strict.stdout).toContain('var.org');
  });

  it('says once, with --verbose, that a remote module is not fetched, and makes no finding of it', () => {
    const r = run(['--format', 'json', '--verbose', 'fixtures/resolve/modules']);
    expect(r.stderr.match(/module\.remote/g)).toHaveLength(1);
    expect(r.stderr).toContain('is not fetched; its outputs are Unknown');
    expect(JSON.parse(r.stdout).findings.some((f: { address?: string }) => f.address === 'aws_s3_bucket_policy.from_remote')).toBe(false);
    expect(run(['--format', 'json', 'fixtures/resolve/modules']).stderr).toBe('');
  });

  it("links every finding to its rule's doc for this release (issue 13), and the messages cite no doc section", () => {
    const version = (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string }).version;
    const docs = `https://github.com/policylint/policylint/blob/v${version}/rules`;
    const findings = JSON.parse(run(['--format', 'json', 'examples']).stdout).findings as Array<{ ruleId: string; message: string; helpUri?: string }>;
    expect(findings.length).toBeGreaterThan(5);
    for (const f of findings) {
      expect(f.helpUri).toBe(`${docs}/${f.ruleId}.md`);
      expect(existsSync(join(repo, 'rules', `${f.ruleId}.md`))).toBe(true);
      expect(f.message).not.toMatch(/§|iam-semantics/);
    }
    const friendly = run(['--format', 'friendly', 'examples/pccs-deployer']).stdout;
    expect(friendly).toContain('\nRule docs:\n');
    for (const id of ['ecr-scope', 'principal-arn-pattern', 'wildcard-principal']) expect(friendly).toContain(`\n  ${id}: ${docs}/${id}.md\n`);
  });

  it('colors friendly output only when asked or on a terminal, never with NO_COLOR', () => {
    const ansi = /\u001b\[\d+m/;
    const p = 'examples/pccs-deployer/repository-policy.json';
    const plain = run(['--format', 'friendly', p]);
    expect(plain.stdout).toContain('wildcard-principal');
    expect(plain.stdout).not.toMatch(ansi);
    expect(run(['--format', 'friendly', '--color', p], repo, { NO_COLOR: '' }).stdout).toMatch(ansi);
    expect(run(['--format', 'friendly', '--no-color', p]).stdout).not.toMatch(ansi);
    expect(run(['--format', 'friendly', '--color', p], repo, { NO_COLOR: '1' }).stdout).not.toMatch(ansi);
  });

  // Exit 1 means findings to a CI job: a broken install must not look like that (Node's own exit
  // code for an uncaught error). Here, policylint's script is gone, as in a half-updated install.
  it('exits 2 with an internal error, never 1, when its install is damaged', () => {
    const copy = temp();
    for (const part of ['bin', 'dist', 'package.json']) cpSync(join(repo, part), join(copy, part), { recursive: true });
    const script = readdirSync(join(copy, 'dist')).find((f) => /^policylint-[0-9a-f]+\.cjs$/.test(f))!;
    rmSync(join(copy, 'dist', script));
    const dir = temp();
    writeFileSync(join(dir, 'main.tf'), 'locals {}\n');
    const r = spawnSync(process.execPath, [join(copy, 'bin/policylint.js'), 'main.tf'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^policylint: internal error: Error: ENOENT/);
    expect(r.stderr).toContain('Please report it');
  });

  it('exits 1 on warnings above --max-warnings', () => {
    const p = 'examples/pccs-deployer/deployer-identity-policy.json';
    expect(run(['--format', 'json', p]).code).toBe(0);
    expect(run(['--format', 'json', '--max-warnings', '0', p]).code).toBe(1);
  });
});
