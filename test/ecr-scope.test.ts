import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/engine/lint.js';
import { RULES } from '../rules/index.js';
import { ECR_HARMFUL, ECR_PULL, ECR_PUSH, ECS_TASK_EXECUTION, expandAction } from '../src/policy/actions.js';
import { tempDirs } from './helpers/temp.js';

const temp = tempDirs('ecr');
const fixtures = join(__dirname, '..', 'fixtures', 'rules', 'ecr-scope');

async function findings(dir: string, strict = false) {
  const res = await lint({ cwd: dir, paths: ['.'], rules: RULES, ruleOptions: { trustedAccounts: [], strict } });
  return res.findings.filter((f) => f.ruleId === 'ecr-scope');
}

describe('ecr-scope', () => {
  it('names every listed action as iam-data spells it', async () => {
    for (const name of [...Object.keys(ECR_HARMFUL), ...ECR_PULL, ...ECR_PUSH, ...ECS_TASK_EXECUTION]) {
      expect(
        (await expandAction(name))?.map((i) => i.name),
        name,
      ).toEqual([name]);
    }
  });

  it('says what each harmful action does: BatchDeleteImage deletes images, not repositories', async () => {
    const dir = temp();
    cpSync(join(fixtures, 'purpose'), dir, { recursive: true });
    const byLine = (await findings(dir)).filter((f) => f.checkId === 'EC03').map((f) => f.message);
    expect(byLine).toEqual([
      expect.stringMatching(/^"ecr:BatchDeleteImage" in a CI push policy: whoever holds it deletes images; /),
      expect.stringContaining('"ecr:PutLifecyclePolicy" in a CI push policy: whoever holds it sets a lifecycle policy, which can expire every image'),
      expect.stringContaining('"ecr:PutImageTagMutability" in a CI push policy: whoever holds it makes tags mutable, so a release tag can be overwritten'),
      expect.stringContaining('"ecr:DeleteRepositoryPolicy" in a CI push policy: whoever holds it changes who may use the repositories'),
    ]);
    expect(byLine.join('\n')).not.toMatch(/delete repositories|rewrite repository policies/);
  });

  it('names a few actions and counts the rest, for ecr:* on "*"', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'p.json'), JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'ecr:*', Resource: '*' }] }));
    const found = await findings(dir);
    expect(found.map((f) => f.checkId).sort()).toEqual(['EC01', 'EC03']);
    for (const f of found) {
      expect(f.message.match(/\b(ecr|ecr-public):[A-Za-z]+/g)!.length, f.message).toBeLessThanOrEqual(5);
      expect(f.message).toMatch(/ and \d+ more| \(\d+ repository actions\)/);
    }
  });

  it('names under --strict the Unknown that kept a CI push/pull statement from being judged, and only there', async () => {
    const dir = temp();
    cpSync(join(fixtures, 'unknown'), dir, { recursive: true });
    const plain = await findings(dir);
    expect(plain.map((f) => f.checkId)).toEqual(['EC01', 'EC01']);
    const strict = (await findings(dir, true)).filter((f) => f.checkId === 'EC08');
    expect(strict.map((f) => [f.line, f.severity])).toEqual([
      [56, 'note'],
      [65, 'note'],
    ]);
    expect(strict[0].message).toContain('depends on var.repository_arn');
    expect(strict[1].message).toContain('var.extra_actions');
  });
});
