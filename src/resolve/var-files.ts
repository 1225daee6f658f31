import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { makeSource } from '../model/source.js';
import { parseHcl } from '../parse/hcl.js';
import { evaluate, moduleScope } from './evaluate.js';
import { confine, OUTSIDE_MESSAGE } from '../discover/confine.js';
import { readRegularFile, type ParseErrorSink } from '../discover/files.js';
import type { Module } from './module.js';

/** Terraform's order: terraform.tfvars, then *.auto.tfvars (alphabetical), then -var-file. The
 * files found in the module folder come from the linted repository: they are read only when they
 * are regular files inside the scanned folders; a `-var-file` is the user's own choice. */
export async function applyVarFiles(module: Module, varFiles: string[], cwd: string, parseError: ParseErrorSink, roots: readonly string[]) {
  const names = await readdir(module.dir).catch(() => [] as string[]);
  const auto = names.filter((n) => n.endsWith('.auto.tfvars')).sort();
  const found = [...(names.includes('terraform.tfvars') ? ['terraform.tfvars'] : []), ...auto].map((n) => ({ path: join(module.dir, n), confined: true }));
  const paths = [...found, ...varFiles.map((f) => ({ path: resolve(cwd, f), confined: false }))];
  for (const { path, confined } of paths) {
    if (confined) {
      const where = confine(path, roots);
      if (!where.ok) {
        parseError(path, where.reason === 'outside' ? `variable file ${OUTSIDE_MESSAGE}` : 'cannot read variable file');
        continue;
      }
    }
    const text = readRegularFile(path, 'variable file');
    if (typeof text !== 'string') {
      parseError(path, text.error);
      continue;
    }
    const src = makeSource(path, text);
    const hcl = await parseHcl(src);
    for (const e of hcl.errors) parseError(path, e.message, e.range);
    const scope = moduleScope(module, { src, hcl });
    for (const a of hcl.body.attributes) module.varValues.set(a.name, evaluate(a.expr, scope));
  }
}
