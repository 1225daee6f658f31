// Run by `npm version` (the "version" script) after it sets the new version and before it commits
// and tags: what names the version follows it into that same commit. The README's `rev:` and
// `uses: ...@v` lines name the new tag; dist/ is rebuilt, so that the tagged bundle is what the
// tagged sources build.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
const readme = `${root}/README.md`;
writeFileSync(readme, setVersionRefs(readFileSync(readme, 'utf8'), version));
execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
execFileSync('git', ['add', '-A', 'README.md', 'dist'], { cwd: root, stdio: 'inherit' });

function setVersionRefs(text, v) {
  return text
    .replace(/(rev: )v\d+\.\d+\.\d+\S*/g, `$1v${v}`)
    .replace(/(policylint\/policylint@)v\d+\.\d+\.\d+\S*/g, `$1v${v}`)
    .replace(/(policylint\/policylint(?:\.git)?#)v\d+\.\d+\.\d+\S*/g, `$1v${v}`);
}
