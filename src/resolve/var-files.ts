import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { makeSource } from '../model/source.js';
import { parseHcl } from '../parse/hcl.js';
import { evaluate, moduleScope } from './evaluate.js';
import type { Module } from './module.js';

/** Terraform's order: terraform.tfvars, then *.auto.tfvars (alphabetical), then -var-file. */
export async function applyVarFiles(module: Module, varFiles: string[], cwd: string, parseError: (file: string, message: string) => void) {
  const names = await readdir(module.dir).catch(() => [] as string[]);
  const auto = names.filter((n) => n.endsWith('.auto.tfvars')).sort();
  const paths = [...(names.includes('terraform.tfvars') ? ['terraform.tfvars'] : []), ...auto].map((n) => join(module.dir, n));
  paths.push(...varFiles.map((f) => resolve(cwd, f)));
  for (const path of paths) {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      parseError(path, 'cannot read variable file');
      continue;
    }
    const src = makeSource(path, text);
    const hcl = await parseHcl(src);
    for (const e of hcl.errors) parseError(path, e.message);
    const scope = moduleScope(module, { src, hcl });
    for (const a of hcl.body.attributes) module.varValues.set(a.name, evaluate(a.expr, scope));
  }
}
