import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/engine/lint.js';
import { RULES } from '../rules/index.js';
import { SELF_SERVICE } from '../rules/group-mfa.js';
import { expandAction } from '../src/policy/actions.js';
import { tempDirs } from './helpers/temp.js';

const temp = tempDirs('mfa');

async function findings(dir: string, strict: boolean) {
  const res = await lint({ cwd: dir, paths: ['.'], rules: RULES, ruleOptions: { trustedAccounts: [], strict } });
  return res.findings.filter((f) => f.ruleId === 'group-mfa');
}

const group = (statement: string) => `
variable "actions" {
  type = list(string)
}
variable "bucket" {
  type = string
}
resource "aws_iam_group" "g" {
  name = "g"
}
resource "aws_iam_group_policy" "g" {
  group  = aws_iam_group.g.name
  policy = jsonencode({ Version = "2012-10-17", Statement = [${statement}] })
}
`;

describe('group-mfa', () => {
  it('names every self-service action as iam-data spells it', async () => {
    for (const name of SELF_SERVICE)
      expect(
        (await expandAction(name))?.map((i) => i.name),
        name,
      ).toEqual([name]);
  });

  it('an undecided group shows under --strict with the Unknown that stopped it, and only there', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'main.tf'), group('{ Effect = "Allow", Action = var.actions, Resource = "*" }'));
    expect(await findings(dir, false)).toEqual([]);
    const [f, ...rest] = await findings(dir, true);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ checkId: 'GM06', severity: 'note', line: 8 });
    expect(f.message).toContain('Statement[0] of aws_iam_group_policy.g');
  });

  it('an Unknown Resource leaves the verdict decided, with or without --strict', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'main.tf'), group('{ Effect = "Allow", Action = "s3:GetObject", Resource = var.bucket }'));
    for (const strict of [false, true]) expect((await findings(dir, strict)).map((f) => f.checkId)).toEqual(['GM01']);
  });

  it('an Unknown policy ARN is named under --strict', async () => {
    const dir = temp();
    writeFileSync(
      join(dir, 'main.tf'),
      'variable "arn" {\n  type = string\n}\nresource "aws_iam_group" "g" {\n  name = "g"\n}\nresource "aws_iam_group_policy_attachment" "g" {\n  group      = aws_iam_group.g.name\n  policy_arn = var.arn\n}\n',
    );
    const [f] = await findings(dir, true);
    expect(f).toMatchObject({ checkId: 'GM06' });
    expect(f.message).toContain('the policy ARN var.arn');
  });
});
