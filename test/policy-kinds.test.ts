import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';
import { tempDirs } from './helpers/temp.js';

const temp = tempDirs('kinds');

/** An RCP as a standalone JSON file: a Deny on everyone outside the organization, with an
 * exception any account's role named auditor matches (iam-semantics §4 PA01, organization note). */
const RCP = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: '*',
        Condition: {
          StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-abc123def4' },
          ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/auditor' },
        },
      },
    ],
  },
  null,
  2,
);

type Out = { findings: Array<{ ruleId: string; checkId?: string; severity: string; line: number; file: string }> };

describe('what a JSON policy file is', () => {
  it('is an RCP when .policylintrc policyKinds says so: the foreign role escaping its Deny is a note, not a warning', () => {
    const dir = temp();
    mkdirSync(join(dir, 'org', 'rcp'), { recursive: true });
    writeFileSync(join(dir, 'org', 'rcp', 'perimeter.json'), RCP);
    const guessed = run(['--format', 'json', '.'], dir);
    const asResource = (JSON.parse(guessed.stdout) as Out).findings.filter((f) => f.ruleId === 'principal-arn-pattern' && f.checkId === 'PA01');
    expect(asResource.map((f) => f.severity)).toEqual(['warning']);

    writeFileSync(join(dir, '.policylintrc.json'), JSON.stringify({ policyKinds: [{ files: 'org/rcp/**/*.json', kind: 'rcp' }] }));
    const configured = run(['--format', 'json', '.'], dir);
    expect(configured.code).toBe(0);
    const asRcp = (JSON.parse(configured.stdout) as Out).findings.filter((f) => f.ruleId === 'principal-arn-pattern' && f.checkId === 'PA01');
    expect(asRcp.map((f) => `${f.line} ${f.severity}`)).toEqual(['14 note']);
    const printed = JSON.parse(run(['--print-policies', '.'], dir).stdout) as { policies: Array<{ kind: string }> };
    expect(printed.policies.map((p) => p.kind)).toEqual(['rcp']);
  });

  it('is a VPC endpoint policy when policyKinds says vpc-endpoint: an open "*" there filters, it grants nothing, so wildcard-principal is silent', () => {
    const dir = temp();
    mkdirSync(join(dir, 'endpoints'), { recursive: true });
    const endpoint = {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'AwsOwnedBuckets', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::packages.eu-west-1.amazonaws.com/*' },
      ],
    };
    writeFileSync(join(dir, 'endpoints', 's3.json'), JSON.stringify(endpoint, null, 2));
    const guessed = (JSON.parse(run(['--format', 'json', '.'], dir).stdout) as Out).findings;
    expect(guessed.map((f) => `${f.ruleId}/${f.checkId}`)).toEqual(['wildcard-principal/WP02']);

    writeFileSync(join(dir, '.policylintrc.json'), JSON.stringify({ policyKinds: [{ files: 'endpoints/*.json', kind: 'vpc-endpoint' }] }));
    const configured = run(['--format', 'json', '.'], dir);
    expect(configured.code).toBe(0);
    expect((JSON.parse(configured.stdout) as Out).findings).toEqual([]);
    const printed = JSON.parse(run(['--print-policies', '.'], dir).stdout) as { policies: Array<{ kind: string }> };
    expect(printed.policies.map((p) => p.kind)).toEqual(['resource']);
  });

  it('is a VPC endpoint policy when its path says so, as AWS examples keep them; policyKinds still decides', () => {
    const dir = temp();
    const open = { Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] };
    for (const f of ['vpc-endpoint-policies/default.json', 'perimeter/s3_endpoint_policy.json', 'buckets/logs.json']) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), JSON.stringify(open, null, 2));
    }
    const findings = (JSON.parse(run(['--format', 'json', '.'], dir).stdout) as Out).findings;
    expect(findings.map((f) => `${f.file} ${f.ruleId}`)).toEqual(['buckets/logs.json wildcard-principal']);

    writeFileSync(join(dir, '.policylintrc.json'), JSON.stringify({ policyKinds: [{ files: 'vpc-endpoint-policies/*.json', kind: 'resource' }] }));
    const configured = (JSON.parse(run(['--format', 'json', '.'], dir).stdout) as Out).findings;
    expect(configured.map((f) => f.file).sort()).toEqual(['buckets/logs.json', 'vpc-endpoint-policies/default.json']);
  });

  it('rejects a kind policylint does not know, naming the key', () => {
    const dir = temp();
    writeFileSync(join(dir, '.policylintrc.json'), JSON.stringify({ policyKinds: [{ files: '*.json', kind: 'tag' }] }));
    const r = run(['.'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/policyKinds/);
  });
});

describe('the judged share', () => {
  it('counts statements, and --strict prints it with the statements it could not judge', () => {
    const dir = temp();
    writeFileSync(
      join(dir, 'main.tf'),
      [
        'variable "p" {}',
        'variable "bucket" {}',
        'resource "aws_s3_bucket_policy" "b" {',
        '  bucket = var.bucket',
        '  policy = jsonencode({ Version = "2012-10-17", Statement = [',
        '    { Effect = "Allow", Principal = { AWS = var.p }, Action = "s3:GetObject", Resource = "arn:aws:s3:::${var.bucket}/*" },',
        '    { Effect = "Allow", Principal = { AWS = "111122223333" }, Action = "s3:GetObject", Resource = "arn:aws:s3:::${var.bucket}/*" },',
        '  ] })',
        '}',
        '',
      ].join('\n'),
    );
    const strict = run(['--format', 'json', '--strict', '.'], dir);
    expect(strict.stderr).toContain('policylint: 1 of 2 statements judged (50%)');
    const notes = (JSON.parse(strict.stdout) as Out).findings.map((f) => `${f.line} ${f.ruleId}/${f.checkId}`);
    expect(notes).toEqual(['6 unresolved/UR02']);
    expect(strict.stdout).toContain('var.p');
    expect(run(['--format', 'json', '--verbose', '.'], dir).stderr).toContain('1 of 2 statements judged (50%); --strict names the others');
  });
});
