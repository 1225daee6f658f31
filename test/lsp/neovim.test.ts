import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, repo } from '../helpers/cli.js';
import { tempDirs } from '../helpers/temp.js';

const temp = tempDirs('nvim');

/** Real Neovim (Debian's 0.7 in CI, installed by .ci/run): absent on a developer's machine, the
 * test is skipped and says why; in CI it must run. */
const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const haveNvim = nvim.status === 0;
if (!haveNvim && !process.env.CI) console.warn('test/lsp/neovim.test.ts skipped: nvim is not installed (apt-get install neovim; CI installs it)');

const TEXT = [
  'resource "aws_ecr_repository_policy" "r" {',
  '  repository = "r"',
  '  policy = jsonencode({',
  '    Version = "2012-10-17"',
  '    Statement = [{',
  '      Effect    = "Allow"',
  '      Principal = { AWS = "arn:aws:iam::111122223333:root" }',
  '      Action    = "ecr:BatchGetImage"',
  '      Condition = { ArnEquals = {',
  '        "aws:PrincipalArn" = "arn:aws:iam::111122223333:role/ci-*"',
  '      } }',
  '    }]',
  '  })',
  '}',
  '',
].join('\n');

interface Seen {
  error?: string;
  text?: string;
  steps: Array<{
    step: string;
    diagnostics?: Array<{ code: string; line: number; col: number; end_line: number; end_col: number; severity: number }>;
    titles?: string[];
  }>;
}

describe.skipIf(!haveNvim && !process.env.CI)('Neovim as the client of policylint --lsp', () => {
  it('shows diagnostics on open, after an unsaved edit, and after applying the ArnLike quick fix', { timeout: 120_000 }, () => {
    expect(haveNvim, 'nvim must be installed in CI (.ci/run installs it)').toBe(true);
    const dir = temp();
    const file = join(dir, 'main.tf');
    writeFileSync(file, TEXT);
    const out = join(dir, 'out.json');
    const r = spawnSync('nvim', ['--headless', '-n', '-i', 'NONE', '--clean', '-u', join(repo, 'test/lsp/nvim/init.lua')], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 100_000,
      env: { ...process.env, FILE: file, OUT: out, NODE: process.execPath, POLICYLINT_BIN: bin },
    });
    expect(r.status, r.stderr).toBe(0);
    const seen = JSON.parse(readFileSync(out, 'utf8')) as Seen;
    expect(seen.error).toBeUndefined();
    const step = (name: string) => seen.steps.find((s) => s.step === name)!;
    // Line 10 (0-based 9), the ARN pattern's string, end included: what the CLI reports.
    expect(step('open').diagnostics).toEqual([
      expect.objectContaining({ code: 'principal-arn-pattern/PA09', line: 9, col: 29, end_line: 9, end_col: 66, severity: 3 }),
    ]);
    expect(step('edit').diagnostics!.map((d) => `${d.code}@${d.line}`)).toEqual(['principal-arn-pattern/PA09@9', 'wildcard-principal/WP02@16']);
    expect(step('actions').titles).toEqual(['Write ArnLike instead of ArnEquals', 'Suppress principal-arn-pattern here with a reason']);
    expect(step('fixed').diagnostics!.map((d) => `${d.code}@${d.line}`)).toEqual(['wildcard-principal/WP02@16']);
    expect(seen.text).toContain('Condition = { ArnLike = {');
    // The edits live in the editor's buffer: the file on disk is as it was.
    expect(readFileSync(file, 'utf8')).toBe(TEXT);
  });
});
