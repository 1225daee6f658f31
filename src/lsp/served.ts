import { isLintable } from '../discover/walk.js';

/** Variable files: not linted alone, but a module's values (and their own parse errors). */
export const VAR_FILE = /\.tfvars(\.json)?$/;

/** What the server lints: what the CLI lints, and variable files, whose module is linted. */
export function isServed(path: string): boolean {
  return isLintable(path) || VAR_FILE.test(path);
}
