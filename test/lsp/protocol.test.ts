import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  DidChangeWatchedFilesNotification,
  HoverRequest,
  type CodeAction,
  type Diagnostic,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { repo, run } from '../helpers/cli.js';
import { tempDirs } from '../helpers/temp.js';
import { AccessAnalyzerStandIn } from '../helpers/access-analyzer-standin.js';
import { LspClient, uriOf } from './client.js';

const temp = tempDirs('lsp');
const clients: LspClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) await c.stop();
});

async function start(folder: string, env?: NodeJS.ProcessEnv, options?: unknown): Promise<LspClient> {
  const c = new LspClient([], env);
  clients.push(c);
  await c.initialize(folder, options ?? { debounceMs: 0 });
  return c;
}

interface CliFinding {
  ruleId: string;
  checkId?: string;
  severity: 'error' | 'warning' | 'note';
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  suppressed: boolean;
  relatedLocations?: Array<{ file: string; line: number; column: number; endLine: number; endColumn: number; message: string }>;
}

/** What a user of the CLI sees, in the editor's terms: each finding where the editor shows it. */
function asEditorSees(f: CliFinding) {
  const r = (x: { line: number; column: number; endLine: number; endColumn: number }) => [x.line - 1, x.column - 1, x.endLine - 1, x.endColumn - 1].join(':');
  return {
    code: f.checkId ? `${f.ruleId}/${f.checkId}` : f.ruleId,
    severity: { error: 1, warning: 2, note: 3 }[f.severity],
    range: r(f),
    message: f.message,
    related: (f.relatedLocations ?? []).map((x) => `${uriOf(join(repo, x.file))}@${r(x)} ${x.message}`).sort(),
  };
}

function fromDiagnostic(d: Diagnostic) {
  const r = d.range;
  return {
    code: d.code,
    severity: d.severity,
    range: [r.start.line, r.start.character, r.end.line, r.end.character].join(':'),
    message: d.message,
    related: (d.relatedInformation ?? [])
      .filter((x) => !x.message.startsWith('witness: '))
      .map(
        (x) =>
          `${x.location.uri}@${[x.location.range.start.line, x.location.range.start.character, x.location.range.end.line, x.location.range.end.character].join(':')} ${x.message}`,
      )
      .sort(),
  };
}

const byPlace = (a: { range: string; code?: unknown; message: unknown }, b: { range: string; code?: unknown; message: unknown }) =>
  `${a.range} ${String(a.code)} ${String(a.message)}`.localeCompare(`${b.range} ${String(b.code)} ${String(b.message)}`);

/** Fixture folders of the rules, each linted as the files of one editor window. */
function fixtureDirs(): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    const files = readdirSync(d).filter((n) => /\.(tf|tofu|json)$/.test(n) && statSync(join(d, n)).isFile());
    if (files.length) out.push(d);
    for (const n of readdirSync(d)) if (statSync(join(d, n)).isDirectory()) walk(join(d, n));
  };
  walk(join(repo, 'fixtures', 'rules'));
  return out.sort();
}

/** The code actions the server offers for one diagnostic, as an editor asks for them. */
const actionsFor = async (c: LspClient, file: string, diagnostic: Diagnostic) =>
  (await c.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri: uriOf(file) },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic] },
  })) as CodeAction[];

const applyEdits = (text: string, edits: TextEdit[]) => {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  for (const e of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start)))
    text = text.slice(0, offset(e.range.start)) + e.newText + text.slice(offset(e.range.end));
  return text;
};

describe('policylint --lsp (protocol)', () => {
  it('answers initialize with its capabilities and version', async () => {
    const c = new LspClient();
    clients.push(c);
    const r = await c.initialize(repo);
    expect(r.serverInfo).toEqual({ name: 'policylint', version: JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version });
    expect(r.capabilities.hoverProvider).toBe(true);
    expect(r.capabilities.codeActionProvider).toEqual({ codeActionKinds: ['quickfix'] });
  });

  it('publishes, for every rule fixture, exactly what policylint -f json reports for the same files', { timeout: 240_000 }, async () => {
    const dirs = fixtureDirs();
    expect(dirs.length).toBeGreaterThan(30);
    const c = await start(repo);
    let compared = 0;
    for (const dir of dirs) {
      const files = readdirSync(dir)
        .filter((n) => /\.(tf|tofu|json)$/.test(n))
        .map((n) => join(dir, n));
      const cli = run(['-f', 'json', ...files.map((f) => relative(repo, f))]);
      expect(cli.code, cli.stderr).not.toBe(2);
      const findings = (JSON.parse(cli.stdout) as { findings: CliFinding[] }).findings.filter((f) => !f.suppressed);
      for (const f of files) await c.open(f);
      for (const f of files) {
        const expected = findings
          .filter((x) => join(repo, x.file) === f)
          .map(asEditorSees)
          .sort(byPlace);
        const got = (await c.diagnostics(f, (d) => d.length === expected.length)).map(fromDiagnostic).sort(byPlace);
        expect(got, relative(repo, f)).toEqual(expected);
        compared += expected.length;
      }
      for (const f of files) await c.close(f);
    }
    // The fixtures hold hundreds of findings: the comparison is not of empty lists.
    expect(compared).toBeGreaterThan(150);
  });

  it('links each diagnostic to its rule doc, with the URL the SARIF output gives', async () => {
    const file = join(repo, 'fixtures/rules/principal-arn-pattern/jsonencode/main.tf');
    const sarif = JSON.parse(run(['-f', 'sarif', relative(repo, file)]).stdout) as {
      runs: Array<{ tool: { driver: { rules: Array<{ id: string; helpUri: string }> } } }>;
    };
    const helpUri = new Map(sarif.runs[0].tool.driver.rules.map((r) => [r.id, r.helpUri]));
    const c = await start(repo);
    await c.open(file);
    const diags = await c.diagnostics(file, (d) => d.length > 0);
    for (const d of diags) expect(d.codeDescription?.href).toBe(helpUri.get(String(d.code).split('/')[0]));
    expect(diags.every((d) => d.source === 'policylint')).toBe(true);
  });

  it('lints a module with the unsaved text of its other files: an edit to variables.tf updates main.tf, and nothing is written', async () => {
    const dir = temp();
    const variables = 'variable "principal" {\n  default = "*"\n}\n';
    writeFileSync(join(dir, 'variables.tf'), variables);
    writeFileSync(
      join(dir, 'main.tf'),
      [
        'resource "aws_s3_bucket_policy" "b" {',
        '  bucket = "b"',
        '  policy = jsonencode({',
        '    Version   = "2012-10-17"',
        '    Statement = [{ Effect = "Allow", Principal = { AWS = var.principal }, Action = "s3:GetObject", Resource = "arn:aws:s3:::b/*" }]',
        '  })',
        '}',
        '',
      ].join('\n'),
    );
    const c = await start(dir);
    const main = join(dir, 'main.tf');
    const vars = join(dir, 'variables.tf');
    await c.open(main);
    await c.open(vars);
    const before = await c.diagnostics(main, (d) => d.some((x) => String(x.code).startsWith('wildcard-principal')));
    const star = before.find((x) => String(x.code).startsWith('wildcard-principal'))!;
    expect(star.range.start.line).toBe(4);
    // Where the value was written: the variable's default, in the other file.
    expect(star.relatedInformation?.some((r) => r.location.uri === uriOf(vars) && r.message === 'value written here')).toBe(true);
    await c.change(vars, 'variable "principal" {\n  default = "arn:aws:iam::111122223333:role/reader"\n}\n');
    const after = await c.diagnostics(main, (d) => !d.some((x) => String(x.code).startsWith('wildcard-principal')));
    expect(after).toEqual([]);
    expect(readFileSync(vars, 'utf8')).toBe(variables);
  });

  it('lints a .tfvars buffer with its module: its values reach main.tf, and its own syntax errors show in it', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'variables.tf'), 'variable "principal" {}\n');
    writeFileSync(
      join(dir, 'main.tf'),
      'resource "aws_s3_bucket_policy" "b" {\n  bucket = "b"\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { AWS = var.principal }, Action = "s3:GetObject", Resource = "arn:aws:s3:::b/*" }] })\n}\n',
    );
    const tfvars = join(dir, 'terraform.tfvars');
    writeFileSync(tfvars, 'principal = "arn:aws:iam::111122223333:role/reader"\n');
    const c = await start(dir);
    const main = join(dir, 'main.tf');
    await c.open(main);
    await c.open(tfvars);
    expect(await c.diagnostics(main, (d) => d.length === 0)).toEqual([]);
    await c.change(tfvars, 'principal = "*"\n');
    const open = await c.diagnostics(main, (d) => d.some((x) => String(x.code).startsWith('wildcard-principal')));
    expect(open.find((x) => String(x.code).startsWith('wildcard-principal'))!.range.start.line).toBe(2);
    await c.change(tfvars, 'principal = \n');
    const broken = await c.diagnostics(tfvars, (d) => d.length > 0);
    // Where the CLI puts it for the same text on disk.
    writeFileSync(tfvars, 'principal = \n');
    const cli = (JSON.parse(run(['-f', 'json', 'main.tf'], dir).stdout) as { findings: CliFinding[] }).findings.filter((f) => f.file === 'terraform.tfvars');
    expect(cli.length).toBe(1);
    expect(broken.map(fromDiagnostic)).toEqual(cli.map(asEditorSees));
  });

  it('publishes parse errors of an unsaved buffer at the exact place, and clears them when fixed', async () => {
    const dir = temp();
    const file = join(dir, 'main.tf');
    writeFileSync(file, 'resource "aws_iam_policy" "p" {\n  policy = "{}"\n}\n');
    const c = await start(dir);
    await c.open(file);
    await c.diagnostics(file, (d) => d.length === 0);
    await c.change(file, 'resource "aws_iam_policy" "p" {\n  policy = \n}\n');
    const broken = await c.diagnostics(file, (d) => d.length > 0);
    expect(broken[0].code).toBe('parse-error');
    expect(broken[0].severity).toBe(1);
    await c.change(file, 'resource "aws_iam_policy" "p" {\n  policy = "{}"\n}\n');
    expect(await c.diagnostics(file, (d) => d.length === 0)).toEqual([]);
  });

  it('offers "Suppress <rule> here with a reason" above the block; with the reason written, the finding is suppressed', async () => {
    const src = join(repo, 'fixtures/rules/wildcard-principal/jsonencode/main.tf');
    const dir = temp();
    const file = join(dir, 'main.tf');
    const text = readFileSync(src, 'utf8');
    writeFileSync(file, text);
    const c = await start(dir);
    await c.open(file);
    const diags = await c.diagnostics(file, (d) => d.some((x) => String(x.code).startsWith('wildcard-principal')));
    const target = diags.find((x) => String(x.code).startsWith('wildcard-principal'))!;
    const actions = await actionsFor(c, file, target);
    const suppress = actions.find((a) => a.title === 'Suppress wildcard-principal here with a reason')!;
    expect(suppress, JSON.stringify(actions.map((a) => a.title))).toBeDefined();
    const edit = suppress.edit!.changes![uriOf(file)][0];
    expect(edit.newText).toMatch(/^\s*# policylint:ignore wildcard-principal -- \n$/);
    // Above the resource block that holds the finding.
    const blockLine = text
      .split('\n')
      .slice(0, target.range.start.line + 1)
      .findLastIndex((l) => /^(resource|data) /.test(l));
    expect(edit.range.start.line).toBe(blockLine);
    const sameFinding = (x: Diagnostic) => x.range.start.line === target.range.start.line + 1 && x.code === target.code && x.message === target.message;
    const suppressed = applyEdits(text, [edit]);
    await c.change(file, suppressed);
    // Until the reason is written the comment suppresses nothing, and says so at the comment.
    const waiting = await c.diagnostics(file, (d) => d.some((x) => x.code === 'suppression' && x.range.start.line === blockLine));
    expect(waiting.some(sameFinding)).toBe(true);
    const reasoned = suppressed.replace('# policylint:ignore wildcard-principal -- \n', '# policylint:ignore wildcard-principal -- public on purpose\n');
    await c.change(file, reasoned);
    const done = await c.diagnostics(file, (d) => !d.some((x) => x.code === 'suppression' && x.range.start.line === blockLine));
    expect(done.some(sameFinding)).toBe(false);
  });

  for (const [check, from, to] of [
    ['PA07', 'StringEquals', 'ArnLike'],
    ['PA09', 'ArnEquals', 'ArnLike'],
  ] as const)
    it(`offers a re-linted quick fix for principal-arn-pattern/${check}: ${from} becomes ${to}, and the finding goes`, async () => {
      const dir = temp();
      const file = join(dir, 'main.tf');
      const text = [
        'resource "aws_ecr_repository_policy" "r" {',
        '  repository = "r"',
        '  policy = jsonencode({',
        '    Version = "2012-10-17"',
        '    Statement = [{',
        '      Effect    = "Allow"',
        '      Principal = { AWS = "arn:aws:iam::111122223333:root" }',
        '      Action    = "ecr:BatchGetImage"',
        `      Condition = { ${from} = {`,
        '        "aws:PrincipalArn" = "arn:aws:iam::111122223333:role/ci-*"',
        '      } }',
        '    }]',
        '  })',
        '}',
        '',
      ].join('\n');
      writeFileSync(file, text);
      const c = await start(dir);
      await c.open(file);
      const diags = await c.diagnostics(file, (d) => d.some((x) => x.code === `principal-arn-pattern/${check}`));
      const target = diags.find((x) => x.code === `principal-arn-pattern/${check}`)!;
      const actions = await actionsFor(c, file, target);
      const fix = actions.find((a) => a.title === `Write ${to} instead of ${from}`);
      expect(fix, JSON.stringify(actions.map((a) => a.title))).toBeDefined();
      expect(fix!.isPreferred).toBe(true);
      const fixed = applyEdits(text, fix!.edit!.changes![uriOf(file)]);
      expect(fixed).toBe(text.replace(`{ ${from} = {`, `{ ${to} = {`));
      await c.change(file, fixed);
      await c.diagnostics(file, (d) => !d.some((x) => String(x.code).startsWith('principal-arn-pattern')));
    });

  for (const [accounts, offered] of [
    [['111122223333'], true],
    [['111122223333', '444455556666'], false],
  ] as const)
    it(`PA01 (any account's role): ${offered ? 'offers to pin the one account the file names' : 'offers no account when the file names several'}`, async () => {
      const dir = temp();
      const file = join(dir, 'main.tf');
      const text = [
        `locals { accounts = ${JSON.stringify(accounts)} }`,
        'resource "aws_s3_bucket_policy" "b" {',
        '  bucket = "b"',
        '  policy = jsonencode({',
        '    Version = "2012-10-17"',
        '    Statement = [{',
        '      Effect    = "Allow"',
        '      Principal = "*"',
        '      Action    = "s3:GetObject"',
        '      Resource  = "arn:aws:s3:::b/*"',
        '      Condition = { ArnLike = { "aws:PrincipalArn" = "arn:aws:iam::*:role/deploy" } }',
        '    }]',
        '  })',
        '}',
        '',
      ].join('\n');
      writeFileSync(file, text);
      const c = await start(dir);
      await c.open(file);
      const diags = await c.diagnostics(file, (d) => d.some((x) => x.code === 'principal-arn-pattern/PA01'));
      const target = diags.find((x) => x.code === 'principal-arn-pattern/PA01')!;
      const actions = await actionsFor(c, file, target);
      const fix = actions.find((a) => a.title.startsWith('Pin the pattern to account'));
      if (!offered) return expect(fix, JSON.stringify(actions.map((a) => a.title))).toBeUndefined();
      expect(fix, JSON.stringify(actions.map((a) => a.title))).toBeDefined();
      const fixed = applyEdits(text, fix!.edit!.changes![uriOf(file)]);
      expect(fixed).toBe(text.replace('arn:aws:iam::*:role/deploy', 'arn:aws:iam::111122223333:role/deploy'));
      await c.change(file, fixed);
      await c.diagnostics(file, (d) => !d.some((x) => x.code === 'principal-arn-pattern/PA01'));
    });

  it('offers no quick fix where no rewrite removes the finding', async () => {
    const file = join(repo, 'fixtures/rules/wildcard-principal/jsonencode/main.tf');
    const c = await start(repo);
    await c.open(file);
    const diags = await c.diagnostics(file, (d) => d.length > 0);
    const actions = await actionsFor(c, file, diags[0]);
    expect(actions.filter((a) => !a.title.startsWith('Suppress '))).toEqual([]);
  });

  it('shows, on hover over a policy attribute, the document as --print-policies prints it, with Unknown values named', async () => {
    const dir = temp();
    const file = join(dir, 'main.tf');
    const text = [
      'variable "bucket" {}',
      'data "aws_iam_policy_document" "d" {',
      '  statement {',
      '    actions   = ["s3:GetObject"]',
      '    resources = ["arn:aws:s3:::${var.bucket}/*"]',
      '  }',
      '}',
      'resource "aws_iam_policy" "p" {',
      '  policy = data.aws_iam_policy_document.d.json',
      '}',
      '',
    ].join('\n');
    writeFileSync(file, text);
    const printed = JSON.parse(run(['--print-policies', 'main.tf'], dir).stdout) as { policies: Array<{ document: unknown }> };
    const c = await start(dir);
    await c.open(file);
    await c.diagnostics(file);
    for (const line of [8, 3]) {
      const hover = await c.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf(file) }, position: { line, character: 6 } });
      const value = (hover!.contents as { value: string }).value;
      expect(value).toContain('aws_iam_policy.p');
      const json = /```json\n([\s\S]*?)\n```/.exec(value)![1];
      expect(JSON.parse(json)).toEqual(printed.policies[0].document);
      expect(value).toMatch(/Unknown until Terraform plans.*var\.bucket/);
    }
    const nothing = await c.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf(file) }, position: { line: 0, character: 2 } });
    expect(nothing).toBeNull();
  });

  it('honours .policylintrc and reloads it when it changes', async () => {
    const dir = temp();
    const file = join(dir, 'main.tf');
    writeFileSync(file, readFileSync(join(repo, 'fixtures/rules/wildcard-principal/jsonencode/main.tf'), 'utf8'));
    writeFileSync(join(dir, '.policylintrc'), JSON.stringify({ rules: { 'wildcard-principal': 'off' } }));
    const c = await start(dir);
    await c.open(file);
    const off = await c.diagnostics(file);
    expect(off.some((d) => String(d.code).startsWith('wildcard-principal'))).toBe(false);
    writeFileSync(join(dir, '.policylintrc'), JSON.stringify({ rules: { 'wildcard-principal': 'note' } }));
    await c.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(join(dir, '.policylintrc')), type: 2 }] });
    const on = await c.diagnostics(file, (d) => d.some((x) => String(x.code).startsWith('wildcard-principal')));
    expect(on.filter((d) => String(d.code).startsWith('wildcard-principal')).every((d) => d.severity === 3)).toBe(true);
  });

  it('reads nothing outside the workspace folder: a symlink out and a module call above it stay unread', async () => {
    const outside = temp();
    const policy = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"}]}';
    writeFileSync(join(outside, 'secret.json'), policy);
    mkdirSync(join(outside, 'ws'));
    mkdirSync(join(outside, 'shared'));
    writeFileSync(join(outside, 'shared', 'main.tf'), `resource "aws_s3_bucket_policy" "x" {\n  bucket = "x"\n  policy = ${JSON.stringify(policy)}\n}\n`);
    const ws = join(outside, 'ws');
    symlinkSync(join(outside, 'secret.json'), join(ws, 'link.json'));
    const file = join(ws, 'main.tf');
    writeFileSync(
      file,
      'resource "aws_s3_bucket_policy" "b" {\n  bucket = "b"\n  policy = file("${path.module}/link.json")\n}\nmodule "shared" {\n  source = "../shared"\n}\n',
    );
    const c = await start(ws);
    await c.open(file);
    const d = await c.diagnostics(file);
    expect(d.some((x) => String(x.code).startsWith('wildcard-principal'))).toBe(false);
    expect(c.published.some((p) => p.uri.includes('/shared/'))).toBe(false);
  });

  it('never calls IAM Access Analyzer unless .policylintrc enables it, and then only on save', async () => {
    const standIn = new AccessAnalyzerStandIn();
    const endpoint = await standIn.start();
    try {
      const dir = temp();
      const file = join(dir, 'main.tf');
      writeFileSync(file, readFileSync(join(repo, 'fixtures/rules/wildcard-principal/jsonencode/main.tf'), 'utf8'));
      const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('AWS_')));
      const env = {
        ...base,
        XDG_CACHE_HOME: temp(),
        AWS_CONFIG_FILE: '/nonexistent/config',
        AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_ENDPOINT_URL_ACCESSANALYZER: endpoint,
        AWS_ACCESS_KEY_ID: 'AKIDPOLICYLINTTEST',
        AWS_SECRET_ACCESS_KEY: 'test-secret',
        AWS_REGION: 'eu-west-1',
      };
      const c = await start(dir, env);
      await c.open(file);
      await c.diagnostics(file, (d) => d.length > 0);
      await c.save(file);
      await c.change(file, readFileSync(file, 'utf8') + '\n');
      await c.nextDiagnostics(file).catch(() => undefined);
      expect(standIn.received).toEqual([]);
      writeFileSync(join(dir, '.policylintrc'), JSON.stringify({ accessAnalyzer: { enabled: true } }));
      await c.change(file, readFileSync(file, 'utf8') + '\n\n');
      await new Promise((r) => setTimeout(r, 300));
      expect(standIn.received).toEqual([]);
      await c.save(file);
      for (let i = 0; i < 100 && !standIn.received.length; i++) await new Promise((r) => setTimeout(r, 100));
      expect(standIn.received.length).toBeGreaterThan(0);
    } finally {
      await standIn.stop();
    }
  });
});
