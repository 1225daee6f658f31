import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** policylint's own package.json, found upward from this module wherever it runs: src/cli/ from
 * source, dist/ when installed, dist/action/ in the GitHub Action (the repository's root has it). */
function ownPackage(): { version: string; homepage?: string } {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version: string; homepage?: string };
      if (pkg.name === 'policylint') return pkg;
    } catch {
      // no package.json here, or not valid JSON: keep looking upward
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`policylint's package.json was not found above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
}

const pkg = ownPackage();

export const VERSION = pkg.version;
export const HOMEPAGE = pkg.homepage ?? 'https://github.com/policylint/policylint';
