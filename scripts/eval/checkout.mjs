#!/usr/bin/env node
// Materialises the evaluation checkouts listed in eval/repos.json, each at its pinned commit, under
// .eval/<owner>__<name> (git-ignored). Not part of CI: it needs the network or local mirrors.
//
//   node scripts/eval/checkout.mjs                         # git clone https://github.com/<owner>/<name>
//   node scripts/eval/checkout.mjs --mirrors /work/.mirror # bare mirrors at <dir>/<owner>+<name>/repo
//   node scripts/eval/checkout.mjs --only cisagov/cool-accounts
//
// Each checkout is a real git work tree (a clone sharing the source's objects), so run.mjs can check
// `git rev-parse HEAD` against the pinned commit and policylint treats it as a repository root.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values: opts } = parseArgs({
  options: {
    manifest: { type: 'string', default: 'eval/repos.json' },
    dir: { type: 'string', default: '.eval' },
    mirrors: { type: 'string' },
    only: { type: 'string', multiple: true },
  },
});

const manifest = JSON.parse(readFileSync(opts.manifest, 'utf8'));
const dir = resolve(opts.dir);
mkdirSync(dir, { recursive: true });

const git = (args, cwd) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

let failed = 0;
for (const entry of manifest.repos) {
  if (opts.only && !opts.only.includes(entry.repo)) continue;
  const target = join(dir, entry.repo.replace('/', '__'));
  try {
    let fresh = false;
    if (!existsSync(join(target, '.git'))) {
      fresh = true;
      const source = opts.mirrors ? join(resolve(opts.mirrors), entry.repo.replace('/', '+'), 'repo') : `https://github.com/${entry.repo}.git`;
      const shared = opts.mirrors ? ['--shared'] : [];
      git(['clone', '-q', '--no-checkout', ...shared, source, target]);
    }
    const head = tryGit(['rev-parse', 'HEAD'], target);
    if (fresh || head !== entry.commit) {
      if (!tryGit(['cat-file', '-e', `${entry.commit}^{commit}`], target, true)) git(['fetch', '-q', 'origin', entry.commit], target);
      git(['checkout', '-q', '--detach', entry.commit], target);
    }
    // A snapshot may leave out its largest blobs (a 1 MB notebook): git checks out the rest and
    // lists those as deleted. They are no policy; marked skip-worktree, the checkout counts as
    // clean for run.mjs, and the note says which they are.
    const absent = tryGit(['ls-files', '--deleted'], target).split('\n').filter(Boolean);
    if (absent.length) {
      git(['update-index', '--skip-worktree', '--', ...absent], target);
      console.log(`${entry.repo}: ${absent.length} file(s) absent from the source, skipped: ${absent.slice(0, 3).join(', ')}`);
    }
    console.log(`${entry.repo} @ ${git(['rev-parse', 'HEAD'], target)}  ${target}`);
  } catch (e) {
    failed++;
    console.error(`${entry.repo}: ${String(e.stderr || e.message).trim()}`);
  }
}
process.exit(failed ? 1 : 0);

function tryGit(args, cwd, asBool = false) {
  try {
    const out = git(args, cwd);
    return asBool ? true : out;
  } catch {
    return asBool ? false : '';
  }
}
