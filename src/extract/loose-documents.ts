import { mayHoldPolicy, MODULE_META_ARGUMENTS } from '../parse/relevant-blocks.js';
import { attr, type Attribute, type Block } from '../parse/hcl-ast.js';
import type { Policy } from '../model/policy.js';
import type { Origin, Value } from '../model/value.js';
import { resourceInfo } from '../model/aws-resources.js';
import { evaluate, moduleScope } from '../resolve/evaluate.js';
import { gateInstances } from '../resolve/instances.js';
import type { Module, ModuleFile } from '../resolve/module.js';
import { guessKind, isPolicyDocument } from './policy-kind.js';
import type { Extraction } from './terraform.js';

const META_ARGUMENTS = new Set([...MODULE_META_ARGUMENTS, 'lifecycle']);

/**
 * Policy documents outside the attributes the catalogue knows (issue 20): inputs of modules that
 * are not on disk, attributes of resource types the catalogue does not list, locals and outputs.
 * A value that is an IAM policy document is judged where it is written, with its kind inferred;
 * one already judged through a known attribute (same document, same place) is not judged again.
 */
export function extractLooseDocuments(units: Array<{ ex: Extraction; module: Module }>) {
  const judged = new Set<string>();
  // A document reaches a catalogued attribute through locals and outputs: each place it was
  // written counts as judged (`via`), so the local it came from is not judged again.
  for (const { ex } of units) for (const p of ex.policies) for (const o of placesOf(p.document)) judged.add(o);
  for (const { ex, module } of units) looseDocuments(module, ex, judged);
}

function looseDocuments(module: Module, out: Extraction, judged: Set<string>) {
  const prefix = module.path.length ? `${module.path.join('.')}.` : '';
  const modulePath = module.path.length ? module.path : undefined;
  const consider = (address: string, attribute: string, a: Attribute, file: ModuleFile, via: string) => {
    // The text after the name, not the expression's: a deferred attribute is not parsed for this
    // (parse/deferred-attribute.ts), and ` = ` and parentheses around the value say nothing here.
    if (!mayHoldPolicy(file.src.text.slice(a.nameRange.end, a.range.end))) return;
    const use: Origin = { file: file.src.path, range: a.expr.range };
    const found = documentOf(evaluate(a.expr, moduleScope(module, file)));
    if (!found) return;
    const places = placesOf(found.document);
    if (places.some((p) => judged.has(p))) return;
    for (const p of places) judged.add(p);
    for (const e of found.errors) out.problems.push({ ...e, file: found.document.origin?.file ?? use.file, duplicate: false });
    const document = found.document;
    out.policies.push({
      address: prefix + address,
      attribute,
      kind: guessKind(document),
      modulePath,
      origin: document.origin ?? use,
      source: found.source,
      document,
      usedAt: use,
      goesTo: via,
    });
  };
  // A call or resource a certain count = 0 / empty for_each never creates holds no policy.
  const never = (block: Block, file: ModuleFile) => gateInstances(block.body, moduleScope(module, file))?.length === 0;
  for (const [name, { file, item }] of module.calls) {
    if (module.child(name) || never(item, file)) continue;
    for (const a of item.body.attributes)
      if (!META_ARGUMENTS.has(a.name)) consider(`module.${name}`, a.name, a, file, `passed to input "${a.name}" of module.${name}`);
  }
  for (const [address, { file, item }] of module.blocks) {
    if (item.type !== 'resource' || resourceInfo(item.labels[0]) || never(item, file)) continue;
    for (const { a, path } of attributesOf(item)) consider(address, path, a, file, `set as ${address}.${path}`);
  }
  for (const [name, { file, item }] of module.outputs) {
    const value = attr(item.body, 'value');
    if (value) consider(`output.${name}`, 'value', value, file, `returned by output "${name}"`);
  }
  for (const [name, { file, item }] of module.locals) {
    consider(`local.${name}`, name, item, file, `held by local.${name}`);
  }
}

function attributesOf(block: Block): Array<{ a: Attribute; path: string }> {
  const out = block.body.attributes.filter((a) => !META_ARGUMENTS.has(a.name)).map((a) => ({ a, path: a.name }));
  for (const nested of block.body.blocks) for (const a of nested.body.attributes) out.push({ a, path: `${nested.type}.${a.name}` });
  return out;
}

function placesOf(v: Value): string[] {
  return [v.origin, ...(v.via ?? [])].filter((o): o is Origin => !!o).map((o) => `${o.file}\u0000${o.range.start}`);
}

/** The document a value is: a jsonencode'd or rendered object, or a JSON string that parses to one. */
function documentOf(v: Value): { document: Value; source: Policy['source']; errors: Array<{ message: string; range: Origin['range'] }> } | undefined {
  if (v.encoded === 'json' && isPolicyDocument(v)) return { document: v, source: v.source ?? 'jsonencode', errors: [] };
  if (!v.embeddedJson) return undefined;
  const parsed = v.embeddedJson();
  if (!parsed.value || !isPolicyDocument(parsed.value)) return undefined;
  return { document: parsed.value, source: v.source ?? 'string', errors: parsed.errors };
}
