import { dirname, resolve } from 'node:path';
import { getEntry, type ObjectValue, type Value } from '../model/value.js';
import { parseJson, type JsonProblem } from '../parse/json.js';
import type { SourceFile } from '../model/source.js';
import type { Policy } from '../model/policy.js';
import { decodeJsonStringLiteral } from './json-string.js';
import { POLICY_RESOURCES, slotKind, type ConfiguredKind, type PolicySlot } from '../model/aws-resources.js';
import { planDomainGuards, planDomains, stringAt } from './domain-guards.js';
import { fileKind } from './policy-kind.js';
import type { Extraction } from './terraform.js';

/** Only text that names a Statement or a plan is parsed at all (package.json, data sets are not). */
export function mayBePolicy(text: string): boolean {
  return text.includes('"Statement"') || text.includes('"format_version"');
}

/** A `.json` file: a policy, a Terraform plan, or nothing of ours (`.tf.json` is configuration). */
export function extractJsonFile(src: SourceFile, configured?: ConfiguredKind): Extraction {
  const out: Extraction = { policies: [], problems: [] };
  // package.json, lock files and data sets are not parsed at all.
  if (!mayBePolicy(src.text)) return out;
  const parsed = parseJson({ file: src.path, text: src.text });
  const looksLikePolicy = /"Statement"\s*:/.test(src.text);
  // Other JSON (tsconfig with comments, fixtures) is not ours to judge; a broken policy is, and
  // its tolerant reading is still judged.
  if (parsed.errors.length && !looksLikePolicy) return out;
  out.problems.push(...parsed.errors.map((e) => ({ ...e, file: src.path, duplicate: false })));
  if (!parsed.value) return out;
  const root = parsed.value;
  if (root.kind !== 'object') return out;
  const problems = (list: JsonProblem[], duplicate: boolean) => list.map((p) => ({ ...p, file: src.path, duplicate }));
  if (getEntry(root, 'format_version') && (getEntry(root, 'planned_values') || getEntry(root, 'resource_changes'))) {
    extractPlan(src, root, out);
    return out;
  }
  if (!getEntry(root, 'Statement')) return out;
  out.problems.push(...problems(parsed.duplicates, true));
  out.policies.push({ origin: root.origin!, address: src.path, ...fileKind(configured, root), source: 'json-file', document: root });
  return out;
}

function policyFromString(src: SourceFile, v: Value, info: Omit<Policy, 'origin' | 'document' | 'source'>, source: Policy['source'], out: Extraction) {
  if (v.kind !== 'string' || !v.origin) return;
  const decoded = decodeJsonStringLiteral(src.text, v.origin.range.start);
  if (!decoded.text.trim().startsWith('{')) return;
  const masked = interpolations(decoded.text);
  const parsed = parseJson({ file: src.path, text: decoded.text, offsets: decoded.offsets, masked });
  for (const e of parsed.errors) out.problems.push({ ...e, file: src.path, duplicate: false });
  for (const d of parsed.duplicates) out.problems.push({ ...d, file: src.path, duplicate: true });
  if (parsed.value) out.policies.push({ ...info, origin: parsed.value.origin!, source, document: parsed.value });
}

/** `${...}` inside Terraform JSON strings is an expression policylint does not evaluate here. */
function interpolations(text: string) {
  const out: Array<{ start: number; end: number; expr: string }> = [];
  const re = /\$\{[^}]*\}/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, expr: m[0] });
  return out;
}

/** `terraform show -json`: policies come from planned_values, every module (issue 4); a policy
 * whose value is known only after apply is Unknown, never a guess. */
function extractPlan(src: SourceFile, root: ObjectValue, out: Extraction) {
  out.planModuleDirs = planModuleDirs(src, root);
  for (const rc of listOf(getEntry(root, 'resource_changes')?.value)) {
    const type = stringAt(rc, 'type');
    const address = stringAt(rc, 'address');
    const change = rc.kind === 'object' ? getEntry(rc, 'change')?.value : undefined;
    const afterUnknown = change?.kind === 'object' ? getEntry(change, 'after_unknown')?.value : undefined;
    if (!type || !address || afterUnknown?.kind !== 'object') continue;
    const after = change?.kind === 'object' ? getEntry(change, 'after')?.value : undefined;
    for (const slot of POLICY_RESOURCES[type] ?? []) {
      const flag = getEntry(afterUnknown, slot.attribute)?.value;
      if (flag?.kind !== 'bool' || !flag.value) continue;
      const kind = planKind(slot, after, afterUnknown);
      if (kind === undefined) continue;
      const origin = flag.origin!;
      out.policies.push({
        origin,
        address,
        attribute: slot.attribute,
        kind: kind === 'unknown' ? slot.kind : kind,
        resourceType: type,
        source: 'plan',
        document: { kind: 'unknown', text: '(known after apply)', origin },
      });
    }
  }
  const planned = plannedResources(root);
  const domains = planDomains(planned);
  for (const { type, address, values } of planned) {
    for (const slot of POLICY_RESOURCES[type] ?? []) {
      const v = getEntry(values, slot.attribute)?.value;
      // A tag or backup organization policy is not IAM language: not parsed, not judged.
      const kind = planKind(slot, values, undefined);
      if (kind === undefined) continue;
      const info = {
        address,
        attribute: slot.attribute,
        kind: kind === 'unknown' ? slot.kind : kind,
        resourceType: type,
        ...planDomainGuards(type, values, domains),
      };
      if (v) policyFromString(src, v, info, 'plan', out);
    }
  }
}

interface PlannedResource {
  type: string;
  address: string;
  values: ObjectValue;
}

/** Every resource of planned_values, in every module. */
function plannedResources(root: ObjectValue): PlannedResource[] {
  const out: PlannedResource[] = [];
  const planned = getEntry(root, 'planned_values')?.value;
  const rootModule = planned?.kind === 'object' ? getEntry(planned, 'root_module')?.value : undefined;
  const stack: Value[] = rootModule ? [rootModule] : [];
  while (stack.length) {
    const mod = stack.pop()!;
    if (mod.kind !== 'object') continue;
    const children = getEntry(mod, 'child_modules')?.value;
    if (children?.kind === 'list') stack.push(...children.items);
    const resources = getEntry(mod, 'resources')?.value;
    if (resources?.kind !== 'list') continue;
    for (const r of resources.items) {
      if (r.kind !== 'object') continue;
      const type = getEntry(r, 'type')?.value;
      const address = getEntry(r, 'address')?.value;
      const values = getEntry(r, 'values')?.value;
      if (type?.kind === 'string' && address?.kind === 'string' && values?.kind === 'object') out.push({ type: type.value, address: address.value, values });
    }
  }
  return out;
}

/** The slot's kind from the plan's values (`type` of an organization policy, iam-semantics §4). */
function planKind(slot: PolicySlot, values: Value | undefined, afterUnknown: Value | undefined): ReturnType<typeof slotKind> {
  if (!slot.kindFrom) return slot.kind;
  const by = slot.kindFrom.attribute;
  const flag = afterUnknown?.kind === 'object' ? getEntry(afterUnknown, by)?.value : undefined;
  if (flag?.kind === 'bool' && flag.value) return slotKind(slot, 'unknown');
  return slotKind(slot, stringAt(values ?? { kind: 'null' }, by));
}

function listOf(v: Value | undefined): Value[] {
  return v?.kind === 'list' ? v.items : [];
}

/** The plan's `configuration` names each module call's source: local ones map to folders beside
 * the plan, so findings can point at the `.tf` line instead of into the plan. */
function planModuleDirs(src: SourceFile, root: ObjectValue): Map<string, string> {
  const out = new Map<string, string>();
  const config = getEntry(root, 'configuration')?.value;
  const rootModule = config?.kind === 'object' ? getEntry(config, 'root_module')?.value : undefined;
  const walk = (mod: Value | undefined, address: string, dir: string) => {
    out.set(address, dir);
    const calls = mod?.kind === 'object' ? getEntry(mod, 'module_calls')?.value : undefined;
    if (calls?.kind !== 'object') return;
    for (const call of calls.entries) {
      const source = stringAt(call.value, 'source');
      if (!source || !/^\.\.?\//.test(source)) continue;
      const inner = call.value.kind === 'object' ? getEntry(call.value, 'module')?.value : undefined;
      walk(inner, address ? `${address}.module.${call.key}` : `module.${call.key}`, resolve(dir, source));
    }
  };
  if (rootModule) walk(rootModule, '', dirname(src.path));
  return out;
}
