import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_HCL_BYTES, MAX_JSON_BYTES } from '../src/discover/files.js';
import { repo } from './helpers/cli.js';
import { tempDirs } from './helpers/temp.js';

const temp = tempDirs('file-size');
const PUBLIC = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"}]}';
type F = { file: string; ruleId: string; line: number; column: number; message: string };

/** Lints `dir` with the peak memory recorded (scripts/report-rss.cjs), one thread. */
function lintMeasured(dir: string, args: string[] = ['.'], input?: string) {
  const rssFile = join(dir, '..', `rss-${process.pid}-${Math.random()}`);
  const r = execFileSyncStatus(
    ['--require', join(repo, 'scripts/report-rss.cjs'), join(repo, 'bin/policylint.js'), '--format', 'json', ...args],
    dir,
    rssFile,
    input,
  );
  return { ...r, findings: JSON.parse(r.stdout).findings as F[], peakMb: Number(readFileSync(rssFile, 'utf8').split(' ')[0]) / 1024 };
}

function execFileSyncStatus(args: string[], cwd: string, rssFile: string, input?: string) {
  try {
    const stdout = execFileSync(process.execPath, args, {
      cwd,
      input,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      env: { ...process.env, POLICYLINT_RSS_FILE: rssFile, POLICYLINT_WORKERS: '0' },
    });
    return { code: 0, stdout };
  } catch (e) {
    const x = e as { status: number; stdout: string };
    return { code: x.status, stdout: x.stdout };
  }
}

describe('one file never takes more than ~300 MB (issue 12): larger files are refused unread', () => {
  it('a .tf over the limit and a 500 MB sparse .json: a parse-error each at line 1, never read, the rest linted', () => {
    const dir = temp();
    writeFileSync(join(dir, 'witness.json'), PUBLIC);
    writeFileSync(join(dir, 'big.tf'), `# ${'x'.repeat(MAX_HCL_BYTES)}\n`);
    execFileSync('truncate', ['-s', '500M', join(dir, 'huge.json')]);
    const r = lintMeasured(dir);
    expect(r.code).toBe(1);
    expect(r.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`)).toEqual([
      'big.tf:1:1 parse-error',
      'huge.json:1:1 parse-error',
      'witness.json:1:68 wildcard-principal',
    ]);
    expect(r.findings[0].message).toMatch(/^file is 1\.0 MB, over the 1 MB policylint reads for a file of this type/);
    expect(r.findings[1].message).toMatch(/^file is 500\.0 MB, over the 4 MB policylint reads/);
    // Read whole, the 500 MB file alone would be 500 MB.
    expect(r.peakMb).toBeLessThan(200);
  }, 120_000);

  it('a file just under each limit is linted', () => {
    const dir = temp();
    const pad = (n: number) => `# ${'x'.repeat(n)}\n`;
    writeFileSync(
      join(dir, 'main.tf'),
      `${pad(MAX_HCL_BYTES - 300)}resource "aws_iam_policy" "p" {\n  policy = jsonencode(${PUBLIC.replaceAll(':', ' = ').replaceAll('"Version" =', 'Version =')})\n}\n`.slice(
        0,
        MAX_HCL_BYTES,
      ),
    );
    writeFileSync(join(dir, 'p.json'), PUBLIC + ' '.repeat(MAX_JSON_BYTES - PUBLIC.length));
    const r = lintMeasured(dir);
    expect(r.findings.map((f) => `${f.file} ${f.ruleId}`)).not.toContain('main.tf parse-error');
    expect(r.findings.map((f) => `${f.file} ${f.ruleId}`)).toContain('p.json wildcard-principal');
  }, 120_000);

  it('--stdin over the limit is refused like the file it stands for', () => {
    const dir = temp();
    const r = lintMeasured(dir, ['--stdin', '--stdin-filename', 'main.tf'], `# ${'x'.repeat(MAX_HCL_BYTES + 10)}\n`);
    expect(r.findings.map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.message.slice(0, 39)}`)).toEqual([
      'main.tf:1 parse-error standard input is 1.0 MB, over the 1 MB',
    ]);
  }, 120_000);

  it.skipIf(!process.env.POLICYLINT_SLOW)(
    'a file at each limit stays under 300 MB (POLICYLINT_SLOW=1)',
    () => {
      const dir = temp();
      const mod = readFileSync(join(repo, 'examples/pccs-deployer/main.tf'), 'utf8');
      const copies = Math.floor(MAX_HCL_BYTES / (mod.length + 1));
      writeFileSync(join(dir, 'main.tf'), Array.from({ length: copies }, (_, i) => mod.replace(/"charts"/g, `"charts${i}"`)).join('\n'));
      expect(lintMeasured(dir).peakMb).toBeLessThan(300);
    },
    600_000,
  );
});
