import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../src/engine/lint.js';
import { RULES } from '../rules/index.js';

/** principal-grammar on one policy at a time (iam-semantics §1.1, §1.2): what it says, what it
 * cannot decide under --strict, and findings that keep apart in fingerprints (issue 13). */

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const only = RULES.filter((r) => r.meta.id === 'principal-grammar' || r.meta.id === 'unresolved');

async function run(resource: 'aws_s3_bucket_policy' | 'aws_iam_policy', statement: string) {
  const dir = mkdtempSync(join(tmpdir(), 'policylint-pg-'));
  dirs.push(dir);
  const attr = resource === 'aws_s3_bucket_policy' ? 'bucket = "b"\n  policy' : 'policy';
  writeFileSync(
    join(dir, 'main.tf'),
    `variable "p" {}\nvariable "np" {}\nresource "${resource}" "x" {\n  ${attr} = jsonencode({\n    Version = "2012-10-17"\n    Statement = [${statement}]\n  })\n}\n`,
  );
  const res = await lint({ cwd: dir, paths: ['.'], rules: only, ruleOptions: { trustedAccounts: [], strict: true } });
  return res.findings.map((f) => ({ checkId: f.checkId, severity: f.severity, message: f.message, fingerprint: f.fingerprint }));
}

const S3 = 'Action = "s3:GetObject", Resource = "arn:aws:s3:::b/*"';

describe('principal-grammar: principals it cannot read', () => {
  it('an Unknown Principal of a resource policy is named under --strict as what stopped it', async () => {
    const found = await run('aws_s3_bucket_policy', `{ Effect = "Allow", Principal = { AWS = var.p }, ${S3} }`);
    expect(found.map((f) => [f.checkId, f.message])).toEqual([['UR02', expect.stringContaining(': var.p stopped principal-grammar;')]]);
  });

  it('an Unknown NotPrincipal is named the same way', async () => {
    const found = await run('aws_s3_bucket_policy', `{ Effect = "Deny", NotPrincipal = { AWS = var.np }, ${S3} }`);
    expect(found.map((f) => [f.checkId, f.message])).toEqual([['UR02', expect.stringContaining(': var.np stopped principal-grammar;')]]);
  });

  it('a Principal in an identity policy is wrong whatever its value', async () => {
    const found = await run('aws_iam_policy', `{ Effect = "Allow", Principal = { AWS = var.p }, ${S3} }`);
    expect(found.map((f) => [f.checkId, f.severity])).toEqual([['PG01', 'error']]);
    expect(found[0].message).toBe(
      "Principal in an identity policy: AWS rejects it, because the principal is whoever holds the policy; remove it, or move the statement to the resource's policy",
    );
  });
});

describe('principal-grammar: messages and identity', () => {
  it('one bare account in an array is written back as a single AWS principal', async () => {
    const found = await run('aws_s3_bucket_policy', `{ Effect = "Allow", Principal = ["111122223333"], ${S3} }`);
    expect(found.map((f) => [f.checkId, f.message])).toEqual([
      [
        'PG06',
        'Principal is an array of bare strings ("111122223333"), which IAM rejects: a principal is "*" alone or an object of types; write {"AWS": "111122223333"}',
      ],
    ]);
  });

  it('Principal and NotPrincipal in one identity statement are two findings with two fingerprints', async () => {
    const found = await run('aws_iam_policy', `{ Effect = "Deny", Principal = { AWS = "111122223333" }, NotPrincipal = { AWS = "444455556666" }, ${S3} }`);
    expect(found.map((f) => f.checkId)).toEqual(['PG01', 'PG01']);
    expect(new Set(found.map((f) => f.fingerprint)).size).toBe(2);
  });

  it('two unknown principal types in one statement are two findings with two fingerprints', async () => {
    const found = await run('aws_s3_bucket_policy', `{ Effect = "Allow", Principal = { Aws = "111122223333", Services = "ec2.amazonaws.com" }, ${S3} }`);
    expect(found.map((f) => [f.checkId, f.message])).toEqual([
      ['PG04', '"Aws" is not a principal type: use AWS, Service, Federated or CanonicalUser'],
      ['PG04', '"Services" is not a principal type: use AWS, Service, Federated or CanonicalUser'],
    ]);
    expect(new Set(found.map((f) => f.fingerprint)).size).toBe(2);
  });
});
