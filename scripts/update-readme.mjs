// Regenerates what is generated from rule metadata: the README's rule table,
// .policylintrc.example, the precompiled configuration validator and the table of condition keys
// listed by other services' actions (`npm run docs`). Tests fail
// when any of them drifts.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = mkdtempSync(join(process.cwd(), '.docs-'));
try {
  const load = async (name) => {
    const out = join(dir, `${name}.mjs`);
    await build({
      entryPoints: [`scripts/${name}.ts`],
      outfile: out,
      bundle: true,
      format: 'esm',
      platform: 'node',
      packages: 'external',
      logLevel: 'warning',
    });
    return import(pathToFileURL(out).href);
  };
  const { ruleTable } = await load('rule-table');
  const { configExample } = await load('config-example');
  writeFileSync('.policylintrc.example', configExample());
  const { configValidatorSource } = await load('config-validator');
  writeFileSync('src/cli/config/validate.generated.js', configValidatorSource());
  const { listedKeysSource } = await load('listed-keys');
  writeFileSync('src/policy/listed-keys.generated.ts', await listedKeysSource());
  const readme = readFileSync('README.md', 'utf8');
  const next = readme.replace(/<!-- rules:start -->\n[\s\S]*?\n<!-- rules:end -->/, `<!-- rules:start -->\n${ruleTable()}\n<!-- rules:end -->`);
  writeFileSync('README.md', next);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
