import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint, type LintResult } from '../src/engine/lint.js';
import { isKnownDeep, toPlain } from '../src/model/value.js';
import { RULES } from '../rules/index.js';

/** What the fixtures' findings cannot show alone: that a gate resolved, rather than left the
 * statement Unknown (which is silent too). Reads fixtures/resolve/* through the real pipeline. */
const fixtures = join(__dirname, '..', 'fixtures', 'resolve');

async function policiesOf(dir: string): Promise<LintResult> {
  return lint({ cwd: join(fixtures, dir), paths: ['.'], rules: [], ruleOptions: { trustedAccounts: [], strict: false }, collectPolicies: true });
}

function statements(res: LintResult, address: string) {
  const p = res.policies.find((x) => x.address === address);
  expect(p, `no policy ${address}`).toBeDefined();
  const doc = toPlain(p!.document) as { Statement: unknown[] };
  return { plain: doc.Statement, known: isKnownDeep(p!.document) };
}

describe('gates resolve (issue 10 item 1)', () => {
  let res: LintResult;
  beforeAll(async () => {
    res = await policiesOf('operators');
  });

  it('drops a statement whose dynamic gate is known false, leaving the document fully known', () => {
    const functionsGate = statements(res, 'aws_s3_bucket_policy.functions_gate');
    expect(functionsGate.known).toBe(true);
    expect(functionsGate.plain).toHaveLength(2);
    for (const a of ['aws_s3_bucket_policy.private_only', 'aws_s3_bucket_policy.unknown_and_false']) {
      const s = statements(res, a);
      expect(s.plain).toHaveLength(1);
      expect(s.known).toBe(true);
    }
  });

  it('keeps a statement whose gate is known true, and one whose gate is Unknown as Unknown', () => {
    expect(statements(res, 'aws_s3_bucket_policy.unknown_or_true').known).toBe(true);
    expect(statements(res, 'aws_s3_bucket_policy.and_not').plain).toHaveLength(1);
    expect(statements(res, 'aws_s3_bucket_policy.unknown_gate').known).toBe(false);
  });

  it('extracts no policy from a resource a certain count = 0 or empty for_each never creates', () => {
    const addresses = res.policies.map((p) => p.address);
    expect(addresses).not.toContain('aws_s3_bucket_policy.never_created');
    expect(addresses).not.toContain('aws_s3_bucket_policy.no_instances');
    expect(addresses).toContain('aws_s3_bucket_policy.created');
    // False only through a variable default a caller may override: still judged.
    expect(addresses).toContain('aws_s3_bucket_policy.default_gate');
  });
});

describe('a module input that reads the module’s own output', () => {
  it('resolves through the output, as Terraform does, rather than stopping at the call', async () => {
    const res = await policiesOf('module-cycle');
    const s = statements(res, 'module.bucket.aws_s3_bucket_policy.this');
    expect(s.known).toBe(true);
    expect(s.plain).toEqual([expect.objectContaining({ Resource: 'arn:aws:s3:::reports/*' })]);
  });
});

describe('splat and index references (issue 10 item 2)', () => {
  it('resolves join(.*.json), one([*].json), [0].json and [count.index] to the document', async () => {
    const res = await policiesOf('splat');
    for (const a of ['legacy_splat', 'one_splat', 'index', 'count_index', 'module_index', 'module_one']) {
      const s = statements(res, `aws_s3_bucket_policy.${a}`);
      expect(s.known, a).toBe(true);
      expect(s.plain, a).toHaveLength(1);
    }
    // A count Unknown (module.this.enabled, label module not read): judged as the one instance.
    expect(statements(res, 'aws_sqs_queue_policy.unknown_gate').known).toBe(true);
    // A counted-out document joined is "", which is no policy.
    expect(res.policies.map((p) => p.address)).not.toContain('aws_s3_bucket_policy.off');
    // one() of a counted-out module's splat is null; nothing inside that module is extracted.
    expect(res.policies.map((p) => p.address)).not.toContain('aws_s3_bucket_policy.module_off');
    expect(res.policies.filter((p) => p.address.startsWith('module.document_off'))).toEqual([]);
    expect(JSON.stringify(statements(res, 'aws_sqs_queue_policy.pinned').plain)).toContain('arn:aws:iam::111122223333:root');
  });
});

describe('--var-file x.tfvars.json (issue 10 item 7)', () => {
  const tf = [
    'variable "reader" { type = string }',
    'resource "aws_sqs_queue_policy" "q" {',
    '  queue_url = "https://sqs.eu-west-1.amazonaws.com/111122223333/q"',
    '  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { AWS = var.reader }, Action = "sqs:SendMessage", Resource = "*" }] })',
    '}',
  ].join('\n');

  async function run(varFile: string, text: string) {
    const dir = mkdtempSync(join(tmpdir(), 'policylint-varfile-'));
    try {
      mkdirSync(join(dir, 'env'));
      writeFileSync(join(dir, 'main.tf'), tf);
      writeFileSync(join(dir, 'env', varFile), text);
      return await lint({ cwd: dir, paths: ['main.tf'], rules: RULES, ruleOptions: { trustedAccounts: [], strict: false }, varFiles: [`env/${varFile}`] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('reads a JSON variable file given with --var-file, like a .tfvars', async () => {
    const res = await run('prod.tfvars.json', '{ "reader": "*" }');
    expect(res.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual(['main.tf:4 wildcard-principal']);
  });

  it('reports a broken JSON variable file once, at its position, and still lints the module', async () => {
    const res = await run('bad.tfvars.json', '{\n  "reader": "*",\n}\n');
    const errors = res.findings.filter((f) => f.ruleId === 'parse-error');
    expect(errors.map((f) => `${f.file}:${f.line}`)).toEqual(['env/bad.tfvars.json:3']);
    // A variable file is Terraform's to reject, not a policy the provider sends to AWS.
    expect(errors[0].message).toBe(
      'invalid JSON: a trailing comma before "}"; Terraform rejects a .tfvars.json file that is not strict JSON: remove the comma after the last member',
    );
  });
});

describe('downloaded modules through .terraform/modules/modules.json (issue 10 item 8)', () => {
  it('reports at the call in the user code, with the downloaded line related, and says what was not downloaded', async () => {
    const cwd = join(fixtures, 'remote-modules');
    const res = await lint({ cwd, paths: ['.'], rules: RULES, ruleOptions: { trustedAccounts: [], strict: false } });
    const assets = res.findings.find((f) => f.line === 7 && f.file === 'main.tf');
    expect(assets?.ruleId).toBe('wildcard-principal');
    expect(
      assets?.relatedLocations?.map((r) => `${r.file}:${r.line} ${r.message}`),
      JSON.stringify(assets?.relatedLocations),
    ).toContain('.terraform/modules/bucket/main.tf:23 written here, in the downloaded module');
    expect(res.findings.every((f) => !f.file.includes('.terraform'))).toBe(true);
    expect(res.info.join('\n')).toContain('module.not_downloaded (source "example-corp/sqs/aws") is not fetched');
  });

  function tree(files: Record<string, string>) {
    const dir = mkdtempSync(join(tmpdir(), 'policylint-manifest-'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return dir;
  }
  const publicModule = [
    'resource "aws_sqs_queue_policy" "q" {',
    '  queue_url = "https://sqs.eu-west-1.amazonaws.com/111122223333/q"',
    '  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = "*", Action = "sqs:SendMessage", Resource = "*" }] })',
    '}',
  ].join('\n');
  const call = 'module "m" {\n  source = "example-corp/queue/aws"\n}\n';

  it('never reads a module folder outside the scanned tree, by path or through a symlink', async () => {
    const outside = tree({ 'main.tf': publicModule });
    const root = tree({
      'app/main.tf': call,
      'app/.terraform/modules/modules.json': JSON.stringify({ Modules: [{ Key: 'm', Source: 'x', Dir: '../outside' }] }),
    });
    const linked = tree({
      'main.tf': call,
      '.terraform/modules/modules.json': JSON.stringify({ Modules: [{ Key: 'm', Source: 'x', Dir: '.terraform/modules/m' }] }),
    });
    try {
      mkdirSync(join(root, 'outside'));
      writeFileSync(join(root, 'outside', 'main.tf'), publicModule);
      symlinkSync(outside, join(linked, '.terraform', 'modules', 'm'));
      for (const dir of [join(root, 'app'), linked]) {
        const res = await lint({ cwd: dir, paths: ['.'], rules: RULES, ruleOptions: { trustedAccounts: [], strict: false } });
        expect(res.findings, dir).toEqual([]);
        expect(res.info.join('\n')).toContain('is not fetched');
      }
      // The same manifest pointing inside the tree is read.
      const inside = tree({
        'main.tf': call,
        '.terraform/modules/m/main.tf': publicModule,
        '.terraform/modules/modules.json': JSON.stringify({ Modules: [{ Key: 'm', Source: 'x', Dir: '.terraform/modules/m' }] }),
      });
      const res = await lint({ cwd: inside, paths: ['.'], rules: RULES, ruleOptions: { trustedAccounts: [], strict: false } });
      expect(res.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual(['main.tf:1 wildcard-principal']);
      rmSync(inside, { recursive: true, force: true });
    } finally {
      for (const d of [outside, root, linked]) rmSync(d, { recursive: true, force: true });
    }
  });
});

describe('placeholders and where a broken default is reported (issue 10 item 4)', () => {
  it('makes no policy of an empty default, and reports a broken default where it is written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policylint-placeholder-'));
    try {
      writeFileSync(
        join(dir, 'main.tf'),
        'resource "aws_iam_policy" "x" {\n  policy = var.policy\n}\nresource "aws_iam_policy" "y" {\n  policy = var.bad\n}\n',
      );
      writeFileSync(
        join(dir, 'variables.tf'),
        '# padding\n# padding\n# padding\n# padding\nvariable "policy" {\n  type    = string\n  default = ""\n}\nvariable "bad" {\n  default = "{ not json"\n}\n',
      );
      const res = await lint({ cwd: dir, paths: ['.'], rules: RULES, ruleOptions: { trustedAccounts: [], strict: false } });
      const places = [...new Set(res.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`))];
      expect(places).toEqual(['variables.tf:10 parse-error']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('values right before they are judged (issue 18)', () => {
  let res: LintResult;
  beforeAll(async () => {
    res = await policiesOf('unknown-fallbacks');
  });

  it('keeps this account and partition through try(x[0].partition, "") and join("", x[*].account_id)', () => {
    const s = statements(res, 'aws_sqs_queue_policy.counted_symbols');
    expect(s.plain).toEqual([expect.objectContaining({ Principal: { AWS: 'arn:aws:iam::000000000001:root' } })]);
  });

  it('reads JSON strings in source/override_policy_documents; "{}", "" and null add nothing', () => {
    const s = statements(res, 'aws_sqs_queue_policy.merged');
    expect(s.known).toBe(true);
    expect(s.plain.map((x) => (x as { Sid: string }).Sid)).toEqual(['Open', 'Pinned']);
  });
});

describe('inputs converted to the variable type (session 19)', () => {
  let res: LintResult;
  beforeAll(async () => {
    res = await policiesOf('typed-inputs');
  });

  it('gives an optional attribute the caller left out null, so the statement is known and the provider default Allow', () => {
    const s = statements(res, 'module.queue.aws_sqs_queue_policy.this');
    expect(s.known).toBe(true);
    expect(s.plain).toEqual([{ Sid: 'Open', Effect: 'Allow', Action: 'sqs:SendMessage', Principal: '*' }]);
  });

  it("applies optional()'s default, so a resource gated on it is not created", () => {
    expect(res.policies.map((p) => p.address)).not.toContain('module.queue.aws_sqs_queue_policy.extra[0]');
    expect(res.policies.some((p) => p.address.startsWith('module.queue.aws_sqs_queue_policy.extra'))).toBe(false);
  });
});
