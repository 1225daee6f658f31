import { dirname, resolve } from 'node:path';
import { siblings } from '../discover/files.js';

/** Files Terraform reads as part of a module folder: configuration and variable values. */
const MODULE_FILE = /\.(tf|tofu|tf\.json|tfvars|tfvars\.json)$/;

/**
 * `--whole-module`, for pre-commit, which names only the staged files: a change to variables.tf or
 * terraform.tfvars changes what the policies in main.tf say, so each named Terraform or variable
 * file stands for the module in its folder (that folder's files, not its subfolders), and every
 * file of it is linted and reported. Other paths are kept as given.
 */
export function expandToModules(paths: string[], cwd: string): string[] {
  const out = new Set<string>();
  for (const p of paths) {
    if (MODULE_FILE.test(p)) for (const f of siblings(dirname(resolve(cwd, p)))) out.add(f);
    // A .tf file is among its siblings already; a variable file alone is not linted (as without
    // the option), and a folder with no Terraform files gives nothing to lint.
    if (!MODULE_FILE.test(p) || /\.(tf|tofu|tf\.json)$/.test(p)) out.add(resolve(cwd, p));
  }
  return [...out];
}
