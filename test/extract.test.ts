import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lint } from '../src/engine/lint.js';
import { normalize } from '../src/policy/normalize.js';
import { positionAt, makeSource } from '../src/model/source.js';
import { toPlain } from '../src/model/value.js';

const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

async function extract(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'policylint-extract-'));
  temps.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const res = await lint({ cwd: dir, paths: ['.'], rules: [], ruleOptions: { trustedAccounts: [], strict: false }, collectPolicies: true });
  return { dir, res, files };
}

/** Line:column of a JSON path in a policy, through its source map. */
function at(files: Record<string, string>, dir: string, policy: ReturnType<typeof normalize>, path: string) {
  const o = policy.sourceMap.get(path)!;
  const name = o.file.slice(dir.length + 1);
  const p = positionAt(makeSource(name, files[name]), o.range.start);
  return `${p.line}:${p.column}`;
}

describe('extraction', () => {
  it('maps heredoc JSON with ${...} inside to file positions, keeping unresolved parts Unknown', async () => {
    const tf = [
      'resource "aws_iam_policy" "p" {',
      '  policy = <<-EOF',
      '    {',
      '      "Statement": [{',
      '        "Effect": "Allow", "Action": "s3:${var.verb}",',
      '        "Resource": "arn:aws:s3:::${var.bucket}/*"',
      '      }]',
      '    }',
      '  EOF',
      '}',
      'variable "bucket" {',
      '  default = "assets"',
      '}',
    ].join('\n');
    const { dir, res, files } = await extract({ 'main.tf': tf });
    const [p] = res.policies;
    expect(p.source).toBe('heredoc');
    const n = normalize(p);
    expect(toPlain(p.document)).toEqual({ Statement: [{ Effect: 'Allow', Action: 's3:${var.verb}', Resource: 'arn:aws:s3:::assets/*' }] });
    expect(at(files, dir, n, 'Statement[0].Effect')).toBe('5:19');
    expect(at(files, dir, n, 'Statement[0].Action')).toBe('5:38');
    expect(at(files, dir, n, 'Statement[0].Resource')).toBe('6:21');
    expect(n.statements[0].actions![0].value).toMatchObject({ kind: 'unknown' });
  });

  it('reads quoted JSON strings with escapes at their file positions', async () => {
    const tf =
      'resource "aws_iam_policy" "q" {\n  policy = "{\\"Statement\\": [{\\"Effect\\": \\"Deny\\", \\"Action\\": \\"*\\", \\"Resource\\": \\"*\\"}]}"\n}\n';
    const { dir, res, files } = await extract({ 'main.tf': tf });
    const n = normalize(res.policies[0]);
    expect(res.policies[0].source).toBe('string');
    expect(n.statements[0].effect).toBe('Deny');
    expect(at(files, dir, n, 'Statement[0].Effect')).toBe(`2:${tf.split('\n')[1].indexOf('\\"Deny') + 1}`);
  });

  it('renders aws_iam_policy_document the way the provider does, expanding known dynamic blocks', async () => {
    const tf = `
variable "readers" {
  default = { a = "arn:aws:iam::111122223333:role/a", b = "arn:aws:iam::111122223333:role/b" }
}
variable "extra" {}
data "aws_iam_policy_document" "d" {
  dynamic "statement" {
    for_each = var.readers
    content {
      sid     = statement.key
      actions = ["s3:GetObject"]
      principals {
        type        = "AWS"
        identifiers = [statement.value]
      }
    }
  }
  dynamic "statement" {
    for_each = var.extra
    content {
      actions = statement.value
    }
  }
  statement {
    effect = "Deny"
    not_actions = ["s3:GetObject", "s3:ListBucket"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "StringNotEquals"
      variable = "aws:PrincipalOrgID"
      values   = ["o-abc123def4"]
    }
  }
}
resource "aws_s3_bucket_policy" "b" {
  bucket = "b"
  policy = data.aws_iam_policy_document.d.json
}
`;
    const { res } = await extract({ 'main.tf': tf });
    const [p] = res.policies;
    expect(p).toMatchObject({ address: 'aws_s3_bucket_policy.b', kind: 'resource', source: 'policy-document' });
    expect(toPlain(p.document)).toEqual({
      Version: '2012-10-17',
      Statement: [
        { Sid: 'a', Effect: 'Allow', Action: 's3:GetObject', Principal: { AWS: 'arn:aws:iam::111122223333:role/a' } },
        { Sid: 'b', Effect: 'Allow', Action: 's3:GetObject', Principal: { AWS: 'arn:aws:iam::111122223333:role/b' } },
        'dynamic "statement" (for_each = var.extra)',
        {
          Effect: 'Deny',
          NotAction: ['s3:GetObject', 's3:ListBucket'],
          Principal: '*',
          Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' } },
        },
      ],
    });
  });

  it('reads file("...json") inside the module, with positions in the JSON file', async () => {
    const policy = '{\n  "Version": "2012-10-17",\n  "Statement": [{"Effect": "Allow", "Action": "ecr:GetAuthorizationToken", "Resource": "*"}]\n}\n';
    const { dir, res, files } = await extract({
      'main.tf': 'resource "aws_iam_role_policy" "r" {\n  role   = "ci"\n  policy = file("${path.module}/policies/ci.json")\n}\n',
      'policies/ci.json': policy,
    });
    const fromFile = res.policies.find((p) => p.address === 'aws_iam_role_policy.r')!;
    expect(fromFile.source).toBe('file-function');
    expect(at(files, dir, normalize(fromFile), 'Statement[0].Action')).toBe(`3:${policy.split('\n')[2].indexOf('"ecr') + 1}`);
  });

  it('parses condition operators into base, IfExists and set qualifier, with key names case-insensitive', async () => {
    const json = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: { 'ForAnyValue:StringNotLikeIfExists': { 'AWS:PrincipalOrgPaths': ['o-a/*'] } } }],
    });
    const { res } = await extract({ 'p.json': json });
    const c = normalize(res.policies[0]).statements[0].conditions[0];
    expect(c).toMatchObject({ base: 'StringNotLike', ifExists: true, set: 'ForAnyValue', negated: true, keyLower: 'aws:principalorgpaths' });
    expect(c.path).toBe('Statement[0].Condition["ForAnyValue:StringNotLikeIfExists"]["AWS:PrincipalOrgPaths"]');
  });
});
