// `npm run release -- <patch|minor|major|x.y.z>`: checks, then `npm version`, which sets the
// version, runs scripts/version-files.mjs (README refs, dist/), commits and tags v<version>.
// Pushing is left to you (the command is printed): a tag, once pushed, is what `rev:`, `uses:`
// and every SARIF helpUri of that version point at. See CONTRIBUTING.md, "Release".
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const sh = (cmd, args, opts = {}) => execFileSync(cmd, args, { cwd: root, encoding: 'utf8', ...opts });
const fail = (message) => {
  process.stderr.write(`release: ${message}\n`);
  process.exit(1);
};

const bump = process.argv[2];
if (!bump || !/^(patch|minor|major|\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?)$/.test(bump)) fail('usage: npm run release -- <patch|minor|major|x.y.z>');
if (sh('git', ['status', '--porcelain']).trim()) fail('the working tree has changes: commit or stash them first');
const branch = sh('git', ['rev-parse', '--abbrev-ref', 'HEAD']).trim();
if (branch !== 'main') fail(`releases are made from main, not ${branch}`);

for (const script of ['lint', 'test', 'check-dist']) sh('npm', ['run', script], { stdio: 'inherit' });

const current = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')).version;
// The first release tags the version package.json already has.
const same = bump === current ? ['--allow-same-version'] : [];
sh('npm', ['version', bump, ...same, '-m', 'Release v%s'], { stdio: 'inherit' });
const version = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')).version;
process.stdout.write(`\nTagged v${version}. Publish it:\n  git push origin main v${version}\n  npm publish\n`);
