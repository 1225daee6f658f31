import type { Policy } from '../model/policy.js';
import { toPlain } from '../model/value.js';
import { locate } from '../model/locate.js';
import type { SourceFile } from '../model/source.js';
import { loadSource } from '../discover/files.js';

/** `--print-policies` (design §2): what the extractor saw, where, and as what. */
export function printPolicies(policies: Policy[], root: string): string {
  const sources = new Map<string, SourceFile | undefined>();
  const source = (f: string) => {
    if (!sources.has(f)) sources.set(f, loadSource(f));
    return sources.get(f);
  };
  const out = policies.map((p) => {
    const where = locate(p.origin, { root, source });
    return {
      file: where.file,
      line: where.line,
      column: where.column,
      address: p.address,
      ...(p.attribute ? { attribute: p.attribute } : {}),
      kind: p.kind,
      source: p.source,
      ...(p.modulePath ? { modulePath: p.modulePath } : {}),
      document: toPlain(p.document, true),
    };
  });
  return JSON.stringify({ policies: out }, null, 2) + '\n';
}
