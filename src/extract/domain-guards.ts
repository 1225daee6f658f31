import { getEntry, type ObjectValue, type Value } from '../model/value.js';
import type { Policy } from '../model/policy.js';
import { resourceInfo } from '../model/aws-resources.js';

/**
 * What an OpenSearch / Elasticsearch domain adds to its access policy (aws-resources.ts `domain`),
 * in the three layers AWS describes (OpenSearch Service, "Fine-grained access control": the
 * network, the domain access policy, fine-grained access control):
 * - `vpc_options`: without it the domain has a public endpoint; with it, only what can connect in
 *   the VPC reaches it (OpenSearch API, CreateDomain VPCOptions);
 * - `advanced_security_options` enabled, anonymous access off: every request the policy lets
 *   through is authenticated and mapped to roles, and AWS recommends an open access policy then.
 * This file reads a plan's values (the JSON-only script holds it); domain-guards-tf.ts a module's blocks.
 */
export type DomainGuards = Pick<Policy, 'network' | 'fineGrained'>;

export const VPC = 'vpc_options';
export const FGAC = 'advanced_security_options';

/** `enabled` known true and `anonymous_auth_enabled` known false or absent: on. */
export function guardsFrom(enabled: Value | undefined, anonymous: Value | undefined): DomainGuards['fineGrained'] {
  const truth = (v: Value | undefined) =>
    v === undefined || v.kind === 'null'
      ? false
      : v.kind === 'bool'
        ? v.value
        : v.kind === 'string' && /^(true|false)$/.test(v.value)
          ? v.value === 'true'
          : 'unknown';
  const on = truth(enabled);
  if (on === false) return undefined;
  const open = truth(anonymous);
  if (open === true) return undefined;
  return on === 'unknown' || open === 'unknown' ? 'unknown' : 'on';
}

/** A plan's resource: what the plan says of the domain, or of the one it names by `domain_name`
 * (a plan holds a block as a list of objects). */
export function planDomainGuards(type: string, values: ObjectValue, domains: ReadonlyMap<string, ObjectValue>): DomainGuards {
  const domain = resourceInfo(type)?.domain;
  const own = domain === 'self' ? values : domain ? domains.get(stringAt(values, domain.attribute) ?? '') : undefined;
  if (!own) return {};
  const out: DomainGuards = {};
  if (blockOf(own, VPC)) out.network = 'vpc';
  const fgac = blockOf(own, FGAC);
  const fineGrained = fgac && guardsFrom(getEntry(fgac, 'enabled')?.value, getEntry(fgac, 'anonymous_auth_enabled')?.value);
  if (fineGrained) out.fineGrained = fineGrained;
  return out;
}

/** The plan's domains by name, for the policy resources that name them. */
export function planDomains(planned: Iterable<{ type: string; values: ObjectValue }>): Map<string, ObjectValue> {
  const out = new Map<string, ObjectValue>();
  for (const { type, values } of planned) {
    const name = stringAt(values, 'domain_name');
    if (resourceInfo(type)?.domain === 'self' && name) out.set(name, values);
  }
  return out;
}

function blockOf(values: ObjectValue, name: string): ObjectValue | undefined {
  const v = getEntry(values, name)?.value;
  const first = v?.kind === 'list' ? v.items[0] : undefined;
  return first?.kind === 'object' ? first : undefined;
}

/** An object's string entry (a plan's `values`). */
export function stringAt(v: Value, key: string): string | undefined {
  const e = v.kind === 'object' ? getEntry(v, key)?.value : undefined;
  return e?.kind === 'string' ? e.value : undefined;
}
