import { readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep, isAbsolute } from 'node:path';

/**
 * The modules `terraform init` / `tofu init` downloaded, from `.terraform/modules/modules.json`
 * in the root module's folder: `{"Modules": [{"Key": "bucket", "Source": "...", "Version": "...",
 * "Dir": ".terraform/modules/bucket"}]}`. Key is the call path without `module.` (`app.ecr` for
 * `module.app.module.ecr`, `""` for the root); Dir is relative to the root module's folder.
 * Only folders that resolve (symlinks followed) inside the root's folder are kept: the linted
 * repository is untrusted, and a manifest must not lead policylint out of it.
 */
export function readModuleManifest(rootDir: string): Map<string, string> {
  const out = new Map<string, string>();
  let realRoot: string;
  let parsed: unknown;
  const file = join(rootDir, '.terraform', 'modules', 'modules.json');
  // Most folders have none: one stat, no exception, before any realpath.
  if (!statSync(file, { throwIfNoEntry: false })?.isFile()) return out;
  try {
    realRoot = realpathSync(rootDir);
    if (!inside(realRoot, realpathSync(file))) return out;
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return out;
  }
  const modules = (parsed as { Modules?: unknown })?.Modules;
  if (!Array.isArray(modules)) return out;
  for (const m of modules) {
    const { Key: key, Dir: dir } = (m ?? {}) as { Key?: unknown; Dir?: unknown };
    if (typeof key !== 'string' || !key || typeof dir !== 'string' || isAbsolute(dir)) continue;
    const abs = resolve(rootDir, dir);
    try {
      if (inside(realRoot, realpathSync(abs))) out.set(key, abs);
    } catch {
      // Listed but not on disk (a partial init): stays Unknown, like an unfetched module.
    }
  }
  return out;
}

function inside(root: string, path: string): boolean {
  const r = relative(root, path);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r) && !r.startsWith(sep));
}
