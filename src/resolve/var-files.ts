import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { makeSource } from '../model/source.js';
import { parseHcl } from '../parse/hcl.js';
import { parseJson } from '../parse/json.js';
import { evaluate, moduleScope } from './evaluate.js';
import type { Module } from './module.js';

/** Terraform's order: terraform.tfvars, terraform.tfvars.json, then *.auto.tfvars and
 * *.auto.tfvars.json (by name), then -var-file. JSON variable files hold plain values. */
export async function applyVarFiles(module: Module, varFiles: string[], cwd: string, parseError: (file: string, message: string) => void) {
  const names = await readdir(module.dir).catch(() => [] as string[]);
  const auto = names.filter((n) => n.endsWith('.auto.tfvars') || n.endsWith('.auto.tfvars.json')).sort();
  const fixed = ['terraform.tfvars', 'terraform.tfvars.json'].filter((n) => names.includes(n));
  const paths = [...fixed, ...auto].map((n) => join(module.dir, n));
  paths.push(...varFiles.map((f) => resolve(cwd, f)));
  for (const path of paths) {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      parseError(path, 'cannot read variable file');
      continue;
    }
    if (path.endsWith('.json')) {
      const parsed = parseJson({ file: path, text });
      for (const e of parsed.errors) parseError(path, e.message);
      if (parsed.value?.kind === 'object') for (const e of parsed.value.entries) module.varValues.set(e.key, e.value);
      continue;
    }
    const src = makeSource(path, text);
    const hcl = await parseHcl(src);
    for (const e of hcl.errors) parseError(path, e.message);
    const scope = moduleScope(module, { src, hcl });
    for (const a of hcl.body.attributes) module.varValues.set(a.name, evaluate(a.expr, scope));
  }
}
