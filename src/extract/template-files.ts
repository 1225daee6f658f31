import { getEntry } from '../model/value.js';
import type { SourceFile } from '../model/source.js';
import type { PolicyKind } from '../model/aws-resources.js';
import { standaloneTemplate } from '../resolve/templatefile.js';
import { guessKind } from './policy-kind.js';
import type { Extraction } from './terraform.js';

/** A policy template (`.json`, `.json.tpl`, `.tftpl` with `${...}` or `%{...}`) read on its own. */
export function extractTemplateFile(src: SourceFile, kind?: PolicyKind): Extraction {
  const out: Extraction = { policies: [], problems: [] };
  const parsed = standaloneTemplate(src);
  if (!parsed) return out;
  out.problems.push(...parsed.errors.map((e) => ({ ...e, file: src.path, duplicate: false })));
  out.problems.push(...parsed.duplicates.map((e) => ({ ...e, file: src.path, duplicate: true })));
  const root = parsed.value;
  if (root?.kind === 'object' && getEntry(root, 'Statement'))
    out.policies.push({ origin: root.origin!, address: src.path, kind: kind ?? guessKind(root), source: 'json-file', document: root });
  return out;
}
