import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { compileIgnore, discover } from '../src/discover/walk.js';
import { run } from './helpers/cli.js';
import { tempDirs } from './helpers/temp.js';

const temp = tempDirs('discover');
// git as the walk reads ignores: the repository's .gitignore files only, none of the user's own
// (a global excludes file would make git leave out files the walk lists).
const gitEnv = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
const listed = async (dir: string, start = '.') => (await discover([start], dir)).files.map((f) => relative(dir, f)).sort();

describe('discovery (issue 16: close to a plain walk, every confinement property kept)', () => {
  it("a .gitignore line compiled once matches exactly what minimatch matches with git's glob syntax", () => {
    // git's wildmatch has no braces and no extglobs; a line's `!` and `#` are read before.
    const git = { dot: true, nobrace: true, noext: true, nonegate: true, nocomment: true };
    const segment = fc.constantFrom(
      'a',
      'b.tf',
      'crash.log',
      '.terraform',
      'x.tfstate',
      'x.tfstate.1',
      '_override.tf',
      'm_override.tf',
      'tfstate',
      '.fuse_hidden1',
      'x.pyc',
      'x.py',
      '#x.tf',
    );
    const pattern = fc.constantFrom(
      '**/crash.log',
      '**/*.tfstate',
      '**/*.tfstate.*',
      '**/*_override.tf',
      '**/.terraform/*',
      '**/b.tf',
      'a/*.tf',
      '**/a',
      '**/*',
      '**/a/b.tf',
      '**/.fuse_hidden*',
      '**/*.py[cod]',
      '**/x.tfstate*',
      '**/!(*.tf)',
      '**/x.tf*',
      '**/m*.tf',
      'a/**/b.tf',
      'a/b.tf',
      'a//b.tf',
      './a/*',
      'a/{b,c}.tf',
      '**/#*.tf',
    );
    fc.assert(
      fc.property(pattern, fc.array(segment, { minLength: 1, maxLength: 4 }), (p, segs) => {
        const rel = segs.join('/');
        expect(compileIgnore(p)(rel, segs[segs.length - 1])).toBe(minimatch(rel, p, git));
      }),
      { seed: 16, numRuns: 2000 },
    );
    // Paths minimatch normalizes, which random segments seldom meet: a literal start is not theirs.
    for (const [p, rel] of [
      ['a//b.tf', 'a/b.tf'],
      ['a/../a/b.tf', 'a/b.tf'],
      ['a/b/../b.tf', 'a/b.tf'],
      ['./a/*', 'a/b.tf'],
      ['a/./b.tf', 'a/b.tf'],
    ])
      expect([p, compileIgnore(p)(rel, 'b.tf')]).toEqual([p, minimatch(rel, p, git)]);
  });

  it('follows a link inside the tree once, never one out of it, ends on loops, skips FIFOs', async () => {
    const dir = temp();
    mkdirSync(join(dir, 'mod'));
    writeFileSync(join(dir, 'mod', 'main.tf'), '');
    symlinkSync(join(dir, 'mod'), join(dir, 'alias'));
    symlinkSync(join(dir, 'mod', 'main.tf'), join(dir, 'same.tf'));
    mkdirSync(join(dir, 'loop'));
    symlinkSync('..', join(dir, 'loop', 'up'));
    const outside = temp();
    writeFileSync(join(outside, 'secret.tf'), '');
    symlinkSync(outside, join(dir, 'out'));
    symlinkSync(join(outside, 'secret.tf'), join(dir, 'secret.tf'));
    execFileSync('mkfifo', [join(dir, 'pipe.tf')]);
    // The link sorts first ("alias" < "mod"), so the file is listed under the path the walk met first.
    expect(await listed(dir)).toEqual(['alias/main.tf']);
  });

  it('.gitignore in nested folders, negation, folder-only lines', async () => {
    const dir = temp();
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'a', 'gen'), { recursive: true });
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, '.gitignore'), '*.tfstate\ngen/\n*.json\n!keep.json\n');
    writeFileSync(join(dir, 'a', '.gitignore'), 'local.tf\n');
    for (const f of ['a/main.tf', 'a/local.tf', 'a/gen/x.tf', 'b/local.tf', 'b/p.json', 'b/keep.json', 'x.tfstate']) writeFileSync(join(dir, f), '');
    expect(await listed(dir)).toEqual(['a/main.tf', 'b/keep.json', 'b/local.tf']);
  });

  it('lists what git lists: any mix of name, glob, path, folder-only and negated lines, in any order', async () => {
    // The lines are looked up by name or tried one by one depending on their shape (walk.ts); git
    // itself says which file a `.gitignore` leaves in, whatever the order and mix of shapes.
    const line = fc.constantFrom(
      'a.tf',
      '!a.tf',
      '*.tf',
      '!*.tf',
      'keep.tf',
      '!keep.tf',
      'x*',
      '!x1.tf',
      'gen/',
      '!gen/',
      'gen',
      'sub/*.tf',
      '/top.tf',
      '**/a/b.tf',
      '*.json',
      '!c.json',
      'sub/',
      '!sub/a.tf',
      'sub/**/a.tf',
      'x*.tf',
      'gen/**',
      '*.t?',
      // Folder-only lines that name files: a file is never ignored by them, in either list.
      'a.tf/',
      '!keep.tf/',
      '*.tf/',
      'g*/',
      'sub/*/',
      // Not a comment: minimatch alone would read `#*.tf` as one.
      '!#*.tf',
      // git has no braces or extglobs, and keeps leading spaces: these name no file here.
      '*.{tf,json}',
      '@(a|top).tf',
      ' a.tf',
      // Trailing spaces are dropped, unless escaped.
      'a.tf  ',
      'sp\\ ',
    );
    const files = [
      'a.tf',
      'keep.tf',
      'x1.tf',
      'top.tf',
      'c.json',
      '#x.tf',
      'gen/a.tf',
      'gen/keep.tf',
      'sub/a.tf',
      'sub/top.tf',
      'sub/x.json',
      'sub/g/a.tf',
      'sp /a.tf',
      'a/b.tf',
      'a/gen/c.json',
    ];
    await fc.assert(
      // From the top, or from `sub`, where the top folder's lines still apply (read above the start).
      fc.asyncProperty(fc.array(line, { maxLength: 6 }), fc.array(line, { maxLength: 3 }), fc.constantFrom('.', 'sub'), async (top, nested, start) => {
        const dir = temp();
        for (const f of files) {
          mkdirSync(join(dir, f, '..'), { recursive: true });
          writeFileSync(join(dir, f), '');
        }
        writeFileSync(join(dir, '.gitignore'), top.join('\n') + '\n');
        writeFileSync(join(dir, 'sub', '.gitignore'), nested.join('\n') + '\n');
        execFileSync('git', ['init', '-q'], { cwd: dir, env: gitEnv });
        // A folder named on the command line is walked even when a line above ignores it (as
        // before this test); git lists nothing in it then, so that case says nothing here.
        fc.pre(start === '.' || spawnSync('git', ['check-ignore', '-q', 'sub'], { cwd: dir, env: gitEnv }).status !== 0);
        const gitLists = execFileSync('git', ['ls-files', '--others', '--exclude-standard', start], { cwd: dir, env: gitEnv, encoding: 'utf8' })
          .split('\n')
          .filter((f) => /\.(tf|json)$/.test(f))
          .sort();
        expect(await listed(dir, start)).toEqual(gitLists);
      }),
      { seed: 16, numRuns: 60 },
    );
  }, 60_000);

  it('a FIFO named .gitignore is not read and does not block the run', () => {
    const dir = temp();
    execFileSync('mkfifo', [join(dir, '.gitignore')]);
    writeFileSync(join(dir, 'p.json'), '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"}]}');
    const r = run(['--format', 'json', '.'], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { file: string; ruleId: string }) => `${f.file} ${f.ruleId}`)).toEqual(['p.json wildcard-principal']);
  });
});
