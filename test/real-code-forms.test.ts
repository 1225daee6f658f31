import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lint } from '../src/engine/lint.js';
import { RULES } from '../rules/index.js';

/** What users meet in real repositories (issue 20): malformed JSON, templates, policies passed
 * where the catalogue does not look. Findings as the user sees them: rule, line, message. */
const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

async function run(files: Record<string, string>, strict = false) {
  const dir = mkdtempSync(join(tmpdir(), 'policylint-forms-'));
  temps.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const res = await lint({ cwd: dir, paths: ['.'], rules: RULES, ruleOptions: { trustedAccounts: [], strict } });
  return res.findings.map((f) => ({ rule: f.ruleId, line: f.line, message: f.message }));
}

const PUBLIC_STATEMENT = '{"Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage", "Resource": "*"}';

describe('malformed JSON', () => {
  it('gives one parse-error at the first mistake, saying what to change, and still judges the policy', async () => {
    const broken = `{"Version": "2012-10-17", "Statement": [${PUBLIC_STATEMENT.replace('"*"}', '"*",}')},],}`;
    const found = await run({ 'p.json': broken });
    const errors = found.filter((f) => f.rule === 'parse-error');
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/trailing comma before "}".*reject.*remove the comma/);
    expect(found.map((f) => f.rule)).toContain('wildcard-principal');
  });

  it('reads single quotes and comments tolerantly after reporting the first one', async () => {
    const text = `{"Version": "2012-10-17", "Statement": [{'Effect': 'Allow', /* c */ "Principal": '*', "Action": "s3:GetObject", "Resource": "*"}]}`;
    const found = await run({ 'p.json': text });
    expect(found.filter((f) => f.rule === 'parse-error').map((f) => f.message)).toEqual([expect.stringMatching(/single-quoted string.*use double quotes/)]);
    expect(found.map((f) => f.rule)).toContain('wildcard-principal');
  });

  it('does not judge a policy that even a tolerant reading cannot make sense of', async () => {
    const found = await run({ 'p.json': `{"Statement": [{"Effect": "Allow" "Principal": "*"}]}` });
    expect(found.map((f) => f.rule)).toEqual(['parse-error']);
  });

  it('gives one parse-error for a large broken heredoc, not one per token', async () => {
    const statements = Array.from({ length: 500 }, () => PUBLIC_STATEMENT.replace('"*"}', '"*",,}')).join(',');
    const tf = `resource "aws_sqs_queue_policy" "q" {\n  queue_url = "q"\n  policy = <<P\n{"Statement": [${statements}]}\nP\n}\n`;
    const found = await run({ 'main.tf': tf });
    expect(found.filter((f) => f.rule === 'parse-error')).toHaveLength(1);
  });
});

describe('templates', () => {
  it('never reports a template as broken JSON, rendered or not', async () => {
    const template = `{"Version": "2012-10-17", "Statement": [\n%{ for s in statements ~}\n\${s},\n%{ endfor ~}\n{"Effect": "Allow", "Principal": {"AWS": \${principals}}, "Action": "s3:GetObject", "Resource": "*"}]}`;
    const found = await run({ 'policy.json': template, 'other.json.tpl': template, 'x.tftpl': template });
    expect(found).toEqual([]);
  });

  it('judges a template through the templatefile() call that renders it, with its variables, and only there', async () => {
    const template = `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "\${who}"}, "Action": "sns:Publish", "Resource": "*"}]}`;
    const tf = `resource "aws_sns_topic_policy" "t" {\n  arn    = "t"\n  policy = templatefile("\${path.module}/t.json", { who = "*" })\n}\n`;
    const found = await run({ 'main.tf': tf, 't.json': template });
    expect(found.map((f) => `${f.rule} ${f.line}`)).toEqual(['wildcard-principal 1']);
    expect(found[0].message).toContain('sns:Publish');
  });

  it('treats IAM policy variables as policy text, not as a template', async () => {
    const text = `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::home/\${aws:username}/*"}]}`;
    const found = await run({ 'p.json': text });
    expect(found.map((f) => f.rule)).toEqual(['wildcard-principal']);
  });
});
