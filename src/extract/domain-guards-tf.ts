import { attr, blocksOf, type Block } from '../parse/hcl-ast.js';
import { resourceInfo } from '../model/aws-resources.js';
import { evaluate, type Scope } from '../resolve/evaluate.js';
import { certainlyEmpty } from '../resolve/instances.js';
import type { Module } from '../resolve/module.js';
import { FGAC, guardsFrom, VPC, type DomainGuards } from './domain-guards.js';

/** For a resource of a .tf module: the domain itself, or the one its policy resource names. */
export function domainGuards(module: Module, item: Block, scope: Scope): DomainGuards {
  const domain = domainBlock(module, item, scope);
  if (!domain) return {};
  const out: DomainGuards = {};
  if (hasBlock(domain, VPC, scope)) out.network = 'vpc';
  const fineGrained = fineGrainedIn(domain, scope);
  if (fineGrained) out.fineGrained = fineGrained;
  return out;
}

/** The domain a policy resource names, as the evaluator resolves the reference (`ref`, the way the
 * IAM graph follows its attachments): a domain of this module only. */
function domainBlock(module: Module, item: Block, scope: Scope): Block | undefined {
  const domain = resourceInfo(item.labels[0])?.domain;
  if (domain === 'self') return item;
  if (!domain) return undefined;
  const a = attr(item.body, domain.attribute);
  const v = a && evaluate(a.expr, scope);
  if (v?.kind !== 'unknown' || !v.ref || v.refModule?.join('.') !== module.path.join('.')) return undefined;
  if (!domain.types.includes(v.ref.split('.')[0])) return undefined;
  const found = module.blocks.get(v.ref)?.item;
  return found?.type === 'resource' ? found : undefined;
}

/** A `dynamic` block counts unless it is empty for certain: a "*" there is then judged as limited
 * by the network, the claim that holds either way. */
function hasBlock(item: Block, name: string, scope: Scope): boolean {
  if (blocksOf(item.body, name).length) return true;
  return blocksOf(item.body, 'dynamic').some((d) => {
    const forEach = d.labels[0] === name ? attr(d.body, 'for_each') : undefined;
    return !!forEach && !certainlyEmpty(forEach, scope);
  });
}

function fineGrainedIn(domain: Block, scope: Scope): DomainGuards['fineGrained'] {
  const [block] = blocksOf(domain.body, FGAC);
  if (!block) {
    const dynamic = blocksOf(domain.body, 'dynamic').find((d) => d.labels[0] === FGAC);
    const forEach = dynamic && attr(dynamic.body, 'for_each');
    return forEach && !certainlyEmpty(forEach, scope) ? 'unknown' : undefined;
  }
  const flag = (name: string) => {
    const a = attr(block.body, name);
    return a ? evaluate(a.expr, scope) : undefined;
  };
  return guardsFrom(flag('enabled'), flag('anonymous_auth_enabled'));
}
