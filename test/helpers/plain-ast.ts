import type { HclFile } from '../../src/parse/hcl-ast.js';

/** A syntax tree as plain data, every deferred attribute parsed (parse/deferred-attribute.ts): what
 * two readings of a file are compared by, since `toEqual` sees only an object's own properties. */
export function plain(hcl: HclFile): unknown {
  return JSON.parse(JSON.stringify(hcl));
}
