import { attr, blocksOf, type Attribute, type Block } from '../parse/hcl-ast.js';
import type { Policy } from '../model/policy.js';
import { getEntry, unknown, type Origin, type Value } from '../model/value.js';
import { evaluate, moduleScope, type Scope } from '../resolve/evaluate.js';
import type { Module, ModuleFile } from '../resolve/module.js';
import { gateInstances, instanceSuffix, readsInstance } from '../resolve/instances.js';
import type { JsonProblem } from '../parse/json.js';
import { renderPolicyDocument } from '../resolve/policy-document.js';
import { POLICY_RESOURCES, slotKind, type PolicySlot } from '../model/aws-resources.js';
import { domainGuards } from './domain-guards-tf.js';
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
  const calledAt = module.calledAt;
  // A document something else refers to (a resource, another document, an output) is reported
  // where it is used; only documents nothing uses stand alone.
  const usedDocuments = new Set<string>();
  // A reference names the type in the text: a file without it refers to none (no walk of its trees).
  for (const file of module.files)
    if (file.src.text.includes('aws_iam_policy_document')) for (const r of dataReferences(file.hcl.body, 'aws_iam_policy_document')) usedDocuments.add(r);
  for (const [address, { file, item }] of module.blocks) {
    if (item.type !== 'resource') continue;
    const slots = POLICY_RESOURCES[item.labels[0]];
    if (!slots) continue;
    for (const { scope, suffix } of instanceScopes(module, file, item)) {
      for (const slot of slots) {
        const kind = slotKind(slot, decidingValue(item, slot, scope));
        // A tag or backup policy is not IAM language: not parsed, not judged.
        if (kind === undefined) continue;
        for (const a of slotAttributes(item, slot)) {
          const info = {
            address: prefix + address + suffix,
            attribute: slot.attribute,
            kind: kind === 'unknown' ? slot.kind : kind,
            resourceType: item.labels[0],
            modulePath,
            calledAt,
            ...domainGuards(module, item, scope),
          };
          const before = out.policies.length;
          addPolicy(out, evaluate(a.expr, scope), info, scope, a, kind === 'unknown');
          // An Unknown `type`: the document says which guardrail it is (an RCP names Principal "*",
          // an SCP cannot, iam-semantics §1.1).
          if (kind === 'unknown') for (const p of out.policies.slice(before)) p.kind = hasPrincipal(p.document) ? 'rcp' : 'scp';
        }
      }
    }
  }
  // Documents no resource in the module uses are still policies a module may output.
  for (const [address, { file, item }] of module.blocks) {
    if (item.type !== 'data' || item.labels[0] !== 'aws_iam_policy_document' || usedDocuments.has(address)) continue;
    for (const { scope, suffix } of instanceScopes(module, file, item)) {
      const doc = { ...renderPolicyDocument(item, scope), source: 'policy-document' as const };
      out.policies.push({
        origin: doc.origin!,
        address: prefix + address + suffix,
        kind: 'document',
        source: 'policy-document',
        document: doc,
        modulePath,
        calledAt,
      });
    }
  }
  return out;
}

/** The value of the attribute that decides the slot's kind (`type`): a string, absent, or Unknown. */
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents -- 'unknown' names the third answer for readers
function decidingValue(block: Block, slot: PolicySlot, scope: Scope): string | undefined | 'unknown' {
  if (!slot.kindFrom) return undefined;
  const a = attr(block.body, slot.kindFrom.attribute);
  if (!a) return undefined;
  const v = evaluate(a.expr, scope);
  return v.kind === 'string' ? v.value : v.kind === 'null' ? undefined : 'unknown';
}

function hasPrincipal(doc: Value): boolean {
  const st = doc.kind === 'object' ? getEntry(doc, 'Statement')?.value : undefined;
  const list = st?.kind === 'list' ? st.items : st ? [st] : [];
  return list.some((s) => s.kind === 'object' && !!getEntry(s, 'Principal'));
}

/** A scope per instance Terraform creates: none for a known `count = 0` or empty `for_each`
 * (the resource does not exist, so it has no findings); one with `count`/`each` Unknown when
 * the gate is Unknown, since the resource may exist. */
function instanceScopes(module: Module, file: ModuleFile, block: Block): Array<{ scope: Scope; suffix: string }> {
  const base = moduleScope(module, file);
  let instances = gateInstances(block.body, base) ?? [{ bindings: new Map() }];
  // Instances that nothing tells apart are one policy, judged once.
  if (instances.length > 1 && !readsInstance(block.body)) instances = [{ bindings: new Map() }];
  return instances.map((i) => ({ scope: { ...base, bindings: i.bindings }, suffix: instanceSuffix(i, instances.length > 1) }));
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

type PolicyInfo = Pick<Policy, 'address' | 'attribute' | 'kind' | 'resourceType' | 'modulePath' | 'calledAt' | 'network' | 'fineGrained'>;

/** `onlyPolicies`: the value may not be IAM language at all (an organization policy of Unknown
 * type): taken only when it is a policy document, and a text that does not parse is not reported. */
function addPolicy(out: Extraction, value: Value, info: PolicyInfo, scope: Scope, a: Attribute, onlyPolicies = false) {
  const use: Origin = { file: scope.file.src.path, range: a.expr.range };
  // A reusable module's placeholder (`default = ""` or null) is no policy: the provider sends none.
  if (value.kind === 'null' || (value.kind === 'string' && !value.value.trim())) return;
  if (onlyPolicies) {
    const doc = value.encoded === 'json' ? value : value.embeddedJson?.().value;
    if (doc?.kind !== 'object' || !getEntry(doc, 'Statement')) return;
  }
  if (value.encoded === 'json' && value.kind === 'object') {
    out.policies.push({ ...info, origin: value.origin ?? use, source: value.source ?? 'jsonencode', document: value, usedAt: use });
    return;
  }
  if (value.embeddedJson) {
    const parsed = value.embeddedJson();
    // The text was written where the value came from (a file, a variable's default), not
    // necessarily where it is used: positions in the parse belong to that file.
    const file = value.source === 'file-function' ? value.origin!.file : ((value.via?.[0] ?? value.origin)?.file ?? scope.file.src.path);
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
