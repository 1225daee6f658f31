// CI: dist/ is committed (installs and the GitHub Action run it without building), so it must be
// what the sources build. Rebuilds, then fails on any difference, as GitHub's JavaScript-action
// template does; new files count too (`git diff` alone would miss them).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
const changed = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', 'dist'], { cwd: root, encoding: 'utf8' });
if (changed.trim()) {
  const lines = changed.trimEnd().split('\n');
  process.stderr.write(
    `dist/ is not what the sources build (${lines.length} file${lines.length === 1 ? '' : 's'} differ):\n` +
      lines.slice(0, 20).join('\n') +
      (lines.length > 20 ? `\n... and ${lines.length - 20} more` : '') +
      '\nRun `npm run bundle` and commit dist/ (git add -A dist).\n',
  );
  process.exit(1);
}
console.log('dist/ is up to date with the sources');
