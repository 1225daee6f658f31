import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../src/engine/lint.js';
import { RULES } from '../rules/index.js';

/** principal-arn-pattern PA02 knows every AWS partition (the AWS General Reference's list): an ARN
 * in GovCloud, China, the ISO regions or the European Sovereign Cloud is not a typo. */
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function pa02(partition: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'policylint-partition-'));
  dirs.push(dir);
  const policy = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: '111122223333' },
        Action: 's3:GetObject',
        Resource: `arn:${partition}:s3:::bucket/*`,
        Condition: { ArnEquals: { 'aws:PrincipalArn': `arn:${partition}:iam::111122223333:role/reader` } },
      },
    ],
  };
  writeFileSync(join(dir, 'bucket-policy.json'), JSON.stringify(policy, null, 2));
  const res = await lint({ cwd: dir, paths: ['.'], rules: RULES, ruleOptions: { trustedAccounts: [], strict: false } });
  return res.findings.filter((f) => f.checkId === 'PA02').map((f) => f.message);
}

describe('AWS partitions in aws:PrincipalArn', () => {
  it.each(['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc'])('%s is a partition', async (p) => {
    expect(await pa02(p)).toEqual([]);
  });

  it('anything else is not', async () => {
    expect(await pa02('aws-moon')).toEqual([expect.stringContaining('"aws-moon" is not an AWS partition')]);
  });
});
