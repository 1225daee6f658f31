import { getEntry } from '../model/value.js';
import type { SourceFile } from '../model/source.js';
import type { ConfiguredKind } from '../model/aws-resources.js';
import { standaloneTemplate } from '../resolve/templatefile.js';
import { fileKind } from './policy-kind.js';
import type { Extraction } from './terraform.js';

/** A policy template (`.json`, `.json.tpl`, `.tftpl` with `${...}` or `%{...}`) read on its own. */
export function extractTemplateFile(src: SourceFile, configured?: ConfiguredKind): Extraction {
  const out: Extraction = { policies: [], problems: [] };
  const parsed = standaloneTemplate(src);
  if (!parsed) return out;
  out.problems.push(...parsed.errors.map((e) => ({ ...e, file: src.path, duplicate: false })));
  out.problems.push(...parsed.duplicates.map((e) => ({ ...e, file: src.path, duplicate: true })));
  const root = parsed.value;
  if (root?.kind === 'object' && getEntry(root, 'Statement'))
    out.policies.push({ origin: root.origin!, address: src.path, ...fileKind(configured, root), source: 'json-file', document: root });
  return out;
}
