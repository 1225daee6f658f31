import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { makeSource } from '../model/source.js';
import { parseHcl } from '../parse/hcl.js';
import { parseJson } from '../parse/json.js';
import { evaluate, moduleScope } from './evaluate.js';
import type { Module } from './module.js';

const AUTO = /\.auto\.tfvars(\.json)?$/;

/** Terraform's order, later winning: terraform.tfvars, terraform.tfvars.json, then *.auto.tfvars
 * and *.auto.tfvars.json together in lexical order of their names, then each -var-file as given.
 * A `.json` file holds literal values (no templates), as in Terraform. */
export async function applyVarFiles(
  module: Module,
  varFiles: string[],
  cwd: string,
  parseError: (file: string, message: string, range?: { start: number; end: number }) => void,
) {
  const names = await readdir(module.dir).catch(() => [] as string[]);
  const auto = names.filter((n) => AUTO.test(n)).sort();
  const paths = [...['terraform.tfvars', 'terraform.tfvars.json'].filter((n) => names.includes(n)), ...auto].map((n) => join(module.dir, n));
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
    if (path.endsWith('.json')) {
      const parsed = parseJson({ file: path, text });
      for (const e of parsed.errors.slice(0, 1)) parseError(path, e.message, e.range);
      if (parsed.value?.kind === 'object') for (const e of parsed.value.entries) module.varValues.set(e.key, e.value);
      else if (!parsed.errors.length) parseError(path, 'a .tfvars.json file must hold one JSON object of variable values');
      continue;
    }
    const hcl = await parseHcl(src);
    for (const e of hcl.errors) parseError(path, e.message);
    const scope = moduleScope(module, { src, hcl });
    for (const a of hcl.body.attributes) module.varValues.set(a.name, evaluate(a.expr, scope));
  }
}
