// Regenerates the README's rule table from rule metadata: `npm run docs`.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = mkdtempSync(join(process.cwd(), '.docs-'));
try {
  const out = join(dir, 'rule-table.mjs');
  await build({ entryPoints: ['scripts/rule-table.ts'], outfile: out, bundle: true, format: 'esm', platform: 'node', packages: 'external', logLevel: 'warning' });
  const { ruleTable } = await import(pathToFileURL(out).href);
  const readme = readFileSync('README.md', 'utf8');
  const next = readme.replace(/<!-- rules:start -->\n[\s\S]*?\n<!-- rules:end -->/, `<!-- rules:start -->\n${ruleTable()}\n<!-- rules:end -->`);
  writeFileSync('README.md', next);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
