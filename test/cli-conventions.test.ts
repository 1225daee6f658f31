import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';
import { tempDirs } from './helpers/temp.js';

/** The smaller things a user hit (issue 13), each as the user meets it: exit code and words. */
const temp = tempDirs('conventions');

const PUSH_ON_STAR = `resource "aws_iam_policy" "ci" {
  # policylint:ignore ecr-scope -- the CI role pushes to every repository of this account
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["ecr:PutImage", "ecr:BatchGetImage"], Resource = "*" }]
  })
}
`;

function project(files: Record<string, string>): string {
  const dir = temp();
  mkdirSync(join(dir, '.git'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('command-line conventions', () => {
  it('says which option is unknown, in one line', () => {
    const r = run(['--no-such-flag', '.'], temp());
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('policylint: unknown option --no-such-flag\nRun "policylint --help" for usage.\n');
  });

  it('treats a missing --var-file as a usage error, not a finding', () => {
    const r = run(['--var-file', 'nope.tfvars', '.'], project({ 'main.tf': PUSH_ON_STAR }));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--var-file nope.tfvars: no such file');
    expect(r.stdout).toBe('');
  });

  it('says it cannot write an --output-file, without calling it an internal error', () => {
    const r = run(['-o', '/nonexistent/folder/out.sarif', '.'], project({ 'main.tf': PUSH_ON_STAR }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--output-file \/nonexistent\/folder\/out.sarif: cannot write it \(ENOENT\)/);
    expect(r.stderr).not.toContain('internal error');
  });

  it('says why --max-warnings failed the run', () => {
    const dir = project({ 'main.tf': PUSH_ON_STAR.replace(/ {2}# policylint:ignore.*\n/, '') });
    const r = run(['--max-warnings', '0', '.'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/policylint: \d+ warnings?, more than --max-warnings 0 allows/);
  });

  it('does not call an ignore comment unknown or unused when its rule is turned off', () => {
    const dir = project({ 'main.tf': PUSH_ON_STAR });
    const r = run(['--format', 'json', '--rule', 'ecr-scope:off', '.'], dir);
    expect(JSON.parse(r.stdout).findings).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('prints the configuration with defaults: every rule, its severity and its options', () => {
    const dir = project({ '.policylintrc': JSON.stringify({ rules: { 'ecr-scope': 'error' } }) });
    const printed = JSON.parse(run(['--print-config'], dir).stdout);
    expect(printed.rules['ecr-scope']).toMatchObject({ severity: 'error' });
    expect(printed.rules['wildcard-principal']).toBe('error');
    expect(printed.rules['parse-error']).toBe('error');
    expect(printed).toMatchObject({ strict: false, trustedAccounts: [], ignores: [] });
  });

  it('reports config ignores that name an unknown rule or match no file', () => {
    const config = {
      ignores: [
        { files: 'nothing/*.json', rules: ['wildcard-principal'], reason: 'old' },
        { files: '*.tf', rules: ['no-such-rule'], reason: 'typo' },
      ],
    };
    const dir = project({ '.policylintrc': JSON.stringify(config), 'main.tf': PUSH_ON_STAR });
    const r = run(['.'], dir);
    expect(r.stderr).toContain('ignores[0] ("nothing/*.json") matches no file');
    expect(r.stderr).toContain('ignores[1] names unknown rule "no-such-rule"');
  });
});

describe('friendly output', () => {
  it('lists notes as notes, not as warnings or errors', () => {
    const dir = project({
      'main.tf': `variable "org" {}
resource "aws_sqs_queue_policy" "q" {
  queue_url = "q"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "sqs:SendMessage", Resource = "*", Condition = { StringEquals = { "aws:PrincipalOrgID" = var.org } } }]
  })
}
`,
    });
    const r = run(['--format', 'friendly', '--strict', '.'], dir);
    expect(r.stdout).toMatch(/\d+ notes?:\n {2}.*main\.tf:6:\d+ {2}.*\(wildcard-principal\)/);
    expect(r.stdout).not.toMatch(/warning/i);
    expect(r.stdout).not.toContain('✘');
  });
});
