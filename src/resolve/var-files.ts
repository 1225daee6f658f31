import { join, resolve } from 'node:path';
import { makeSource } from '../model/source.js';
import { parseHcl } from '../parse/hcl.js';
import { parseJson } from '../parse/json.js';
import { evaluate, moduleScope } from './evaluate.js';
import { confine, OUTSIDE_MESSAGE } from '../discover/confine.js';
import { ENCRYPTED, gitCrypted, listDir, readRegularFile, type ParseErrorSink } from '../discover/files.js';
import type { Module } from './module.js';

const AUTO = /\.auto\.tfvars(\.json)?$/;

/** Terraform's order, later winning: terraform.tfvars, terraform.tfvars.json, then *.auto.tfvars
 * and *.auto.tfvars.json together in lexical order of their names, then each -var-file as given.
 * A `.json` file holds literal values (no templates), as in Terraform. The files found in the
 * module folder come from the linted repository: they are read only when they are regular files
 * inside the scanned folders; a `-var-file` is the user's own choice. */
export async function applyVarFiles(
  module: Module,
  varFiles: string[],
  cwd: string,
  parseError: ParseErrorSink,
  roots: readonly string[],
  /** An editor's unsaved variable files (the language server), read in place of the disk's. */
  overlays?: ReadonlyMap<string, string>,
  /** The folder's names, when the caller has listed it already. */
  names: readonly string[] = listDir(module.dir),
) {
  // Synchronous: one listing per root, and awaiting the thread pool for each left the run idle.
  const auto = names.filter((n) => AUTO.test(n)).sort();
  const found = [...['terraform.tfvars', 'terraform.tfvars.json'].filter((n) => names.includes(n)), ...auto].map((n) => ({
    path: join(module.dir, n),
    confined: true,
  }));
  const paths = [...found, ...varFiles.map((f) => ({ path: resolve(cwd, f), confined: false }))];
  for (const { path, confined } of paths) {
    if (confined) {
      const where = confine(path, roots);
      if (!where.ok) {
        parseError(path, where.reason === 'outside' ? `variable file ${OUTSIDE_MESSAGE}` : 'cannot read variable file');
        continue;
      }
    }
    const text = overlays?.get(path) ?? readRegularFile(path, 'variable file');
    if (typeof text !== 'string') {
      parseError(path, text.error);
      continue;
    }
    if (gitCrypted(text)) {
      parseError(path, ENCRYPTED, undefined, true);
      continue;
    }
    const src = makeSource(path, text);
    if (path.endsWith('.json')) {
      const parsed = parseJson({ file: path, text, subject: 'variables' });
      for (const e of parsed.errors.slice(0, 1)) parseError(path, e.message, e.range);
      if (parsed.value?.kind === 'object') for (const e of parsed.value.entries) module.varValues.set(e.key, e.value);
      else if (!parsed.errors.length) parseError(path, 'a .tfvars.json file must hold one JSON object of variable values');
      continue;
    }
    const hcl = await parseHcl(src);
    for (const e of hcl.errors) parseError(path, e.message, e.range);
    const scope = moduleScope(module, { src, hcl });
    for (const a of hcl.body.attributes) module.varValues.set(a.name, evaluate(a.expr, scope));
  }
}
