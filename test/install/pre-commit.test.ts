import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, snapshotRepo, temp } from './snapshot.js';

// The real pre-commit (Debian's 3.0.4 in CI: .ci/run installs it) installs the hook from a local
// clone at a commit, as `repo:` and `rev:` name it in a user's configuration, then judges commits.
let project: string;
let env: NodeJS.ProcessEnv;
const git = (...args: string[]) => execFileSync('git', args, { cwd: project, encoding: 'utf8', env }).trim();
const write = (file: string, text: string) => {
  mkdirSync(join(project, file, '..'), { recursive: true });
  writeFileSync(join(project, file), text);
};
/** `git commit` through the installed hook: the exit code, what the hook printed, the seconds it took. */
function commit(message: string, ...files: string[]) {
  git('add', ...files);
  const start = process.hrtime.bigint();
  const r = spawnSync('git', ['commit', '-q', '-m', message], { cwd: project, encoding: 'utf8', env });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) git('reset', '-q', '--hard');
  return { code: r.status, output: r.stdout + r.stderr, seconds };
}
const bucket = (principal: string) =>
  `resource "aws_s3_bucket_policy" "b" {\n  bucket = "b"\n  policy = jsonencode({\n    Statement = [{ Effect = "Allow", Principal = { AWS = ${principal} }, Action = "s3:GetObject", Resource = "arn:aws:s3:::b/*" }]\n  })\n}\n`;
const variables = (value: string) => `variable "p" {\n  default = "${value}"\n}\n`;

beforeAll(() => {
  const which = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  if (which.error) throw new Error('pre-commit is not installed: apt-get install pre-commit (or pip install pre-commit); .ci/run does it');
  console.log(`testing with ${which.stdout.trim()}`);
  const clone = snapshotRepo();
  project = temp('precommit');
  env = cleanEnv({ PRE_COMMIT_HOME: join(project, '.cache'), PRE_COMMIT_COLOR: 'never' });
  git('init', '-q');
  write('.gitignore', '.cache/\n');
  write('.pre-commit-config.yaml', `repos:\n  - repo: ${clone.dir}\n    rev: ${clone.rev}\n    hooks:\n      - id: policylint\n`);
  write('infra/main.tf', bucket('var.p'));
  write('infra/variables.tf', variables('111122223333'));
  // A module that is already wrong and not part of the changes below: never reported by them.
  write('legacy/main.tf', bucket('"*"'));
  git('add', '.');
  git('commit', '-q', '--no-verify', '-m', 'start');
  execFileSync('pre-commit', ['install'], { cwd: project, env });
});

describe('pre-commit hook', () => {
  it('installs, and lets a clean commit through', () => {
    write('infra/main.tf', bucket('var.p') + '# reviewed\n');
    const first = commit('clean change', 'infra/main.tf');
    console.log(`first commit, installing the hook: ${first.seconds.toFixed(1)} s`);
    expect(first.output).toMatch(/policylint\.+Passed/);
    expect(first.code).toBe(0);
    write('infra/main.tf', bucket('var.p') + '# reviewed twice\n');
    const next = commit('another clean change', 'infra/main.tf');
    console.log(`a later commit: ${next.seconds.toFixed(2)} s`);
    expect(next.code).toBe(0);
  });

  it('blocks a bad commit, with file:line:col', () => {
    write('infra/main.tf', bucket('"*"'));
    const r = commit('public bucket', 'infra/main.tf');
    expect(r.code).toBe(1);
    expect(r.output).toMatch(/policylint\.+Failed/);
    expect(r.output).toMatch(/^\s+infra\/main\.tf:4:58$/m);
    expect(r.output).toContain('wildcard-principal');
    expect(r.output).not.toContain('legacy/');
  });

  for (const [file, text] of [
    ['infra/variables.tf', variables('*')],
    ['infra/terraform.tfvars', 'p = "*"\n'],
    ['infra/terraform.tfvars.json', '{"p": "*"}\n'],
  ]) {
    it(`judges a commit of only ${file.split('/')[1]} with its module, and reports only that module`, () => {
      write(file, text);
      const r = commit(`change ${file}`, file);
      expect(r.code).toBe(1);
      expect(r.output).toMatch(/^\s+infra\/main\.tf:4:58$/m);
      expect(r.output).not.toContain('legacy/');
    });
  }
});
