import { attr, blocksOf, type Attribute, type Block } from '../parse/hcl-ast.js';
import type { Policy } from '../model/policy.js';
import { unknown, type Origin, type Value } from '../model/value.js';
import { evaluate, moduleScope, type Scope } from '../resolve/evaluate.js';
import type { Module } from '../resolve/module.js';
import type { JsonProblem } from '../parse/json.js';
import { renderPolicyDocument } from '../resolve/policy-document.js';
import { POLICY_RESOURCES, type PolicySlot } from '../model/aws-resources.js';
import { dataReferences } from '../parse/references.js';

export interface Extraction {
  policies: Policy[];
  /** Embedded JSON that does not parse, or has duplicate keys: reported as findings. */
  problems: Array<JsonProblem & { file: string; duplicate: boolean; anchor?: string }>;
  /** For a plan: module address (`''`, `module.app`) → the folder of its configuration. */
  planModuleDirs?: Map<string, string>;
}

export function extractModule(module: Module): Extraction {
  const out: Extraction = { policies: [], problems: [] };
  const prefix = module.path.length ? `${module.path.join('.')}.` : '';
  const modulePath = module.path.length ? module.path : undefined;
  // A document something else refers to (a resource, another document, an output) is reported
  // where it is used; only documents nothing uses stand alone.
  const usedDocuments = new Set<string>();
  for (const file of module.files) for (const r of dataReferences(file.hcl.body, 'aws_iam_policy_document')) usedDocuments.add(r);
  for (const [address, { file, item }] of module.blocks) {
    if (item.type !== 'resource') continue;
    const slots = POLICY_RESOURCES[item.labels[0]];
    if (!slots) continue;
    for (const slot of slots) {
      for (const a of slotAttributes(item, slot)) {
        const scope = moduleScope(module, file);
        addPolicy(
          out,
          evaluate(a.expr, scope),
          { address: prefix + address, attribute: slot.attribute, kind: slot.kind, resourceType: item.labels[0], modulePath },
          scope,
          a,
        );
      }
    }
  }
  // Documents no resource in the module uses are still policies a module may output.
  for (const [address, { file, item }] of module.blocks) {
    if (item.type !== 'data' || item.labels[0] !== 'aws_iam_policy_document' || usedDocuments.has(address)) continue;
    const scope = moduleScope(module, file);
    const doc = { ...renderPolicyDocument(item, scope), source: 'policy-document' as const };
    out.policies.push({ origin: doc.origin!, address: prefix + address, kind: 'document', source: 'policy-document', document: doc, modulePath });
  }
  return out;
}

function slotAttributes(block: Block, slot: PolicySlot): Attribute[] {
  const [first, second] = slot.attribute.split('.');
  if (!second) {
    const a = attr(block.body, first);
    return a ? [a] : [];
  }
  return blocksOf(block.body, first).flatMap((b) => {
    const a = attr(b.body, second);
    return a ? [a] : [];
  });
}

type PolicyInfo = Pick<Policy, 'address' | 'attribute' | 'kind' | 'resourceType' | 'modulePath'>;

function addPolicy(out: Extraction, value: Value, info: PolicyInfo, scope: Scope, a: Attribute) {
  const use: Origin = { file: scope.file.src.path, range: a.expr.range };
  if (value.encoded === 'json' && value.kind === 'object') {
    out.policies.push({ ...info, origin: value.origin ?? use, source: value.source ?? 'jsonencode', document: value, usedAt: use });
    return;
  }
  if (value.embeddedJson) {
    const parsed = value.embeddedJson();
    const file = value.source === 'file-function' ? value.origin!.file : scope.file.src.path;
    const anchor = scope.file.src.path;
    for (const e of parsed.errors) out.problems.push({ ...e, file, duplicate: false, anchor });
    for (const d of parsed.duplicates) out.problems.push({ ...d, file, duplicate: true, anchor });
    // After a syntax error, the tolerant reading is still judged: the user learns everything at once.
    if (parsed.value) {
      out.policies.push({ ...info, origin: parsed.value.origin ?? use, source: value.source ?? 'string', document: parsed.value, usedAt: use });
    }
    return;
  }
  if (value.kind === 'unknown') out.policies.push({ ...info, origin: use, source: 'expression', document: unknown(value.text, use), usedAt: use });
}
