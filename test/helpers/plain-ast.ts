import type { HclFile } from '../../src/parse/hcl-ast.js';

/** A file's syntax tree and errors as plain data, every deferred attribute parsed
 * (parse/deferred-attribute.ts): what two readings of a file are compared by, since `toEqual` sees
 * only an object's own properties. The errors deferred attributes find come when they are read. */
export function plain(hcl: HclFile): unknown {
  const { body, comments, errors } = hcl;
  return JSON.parse(JSON.stringify({ body, comments, errors }));
}
