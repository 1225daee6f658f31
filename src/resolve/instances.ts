import { attr, childExpressions, type Body, type Expr } from '../parse/hcl-ast.js';
import type { Value } from '../model/value.js';
import { evaluate, type Scope } from './evaluate.js';

/** One instance of a block: its key (`[0]`, `["a"]`; none without count/for_each) and the
 * `count` / `each` values its expressions see. */
export interface Instance {
  key?: string | number;
  bindings: Map<string, Value>;
}

/** More instances than this are judged once, with `count.index` / `each` Unknown. */
const MAX_INSTANCES = 16;

/**
 * The instances Terraform creates for a resource, data source or module call (`count`,
 * `for_each`): `[]` when a known `count = 0` or empty `for_each` means none exists, undefined
 * when the gate is Unknown. Evaluated in the scope of the block's module.
 */
export function blockInstances(body: Body, scope: Scope): Instance[] | undefined {
  const count = attr(body, 'count');
  const forEach = attr(body, 'for_each');
  if (count) {
    const v = evaluate(count.expr, scope);
    const n = v.kind === 'number' ? v.value : v.kind === 'string' && /^\d+$/.test(v.value) ? Number(v.value) : undefined;
    if (n === undefined || !Number.isInteger(n) || n < 0) return undefined;
    if (n > MAX_INSTANCES) return [{ bindings: new Map([['count', { kind: 'unknown', text: 'count' }]]) }];
    return Array.from({ length: n }, (_, i) => ({ key: i, bindings: new Map([['count', obj([['index', { kind: 'number', value: i }]])]]) }));
  }
  if (forEach) {
    const v = evaluate(forEach.expr, scope);
    let pairs: Array<[string, Value]>;
    // A set of strings (toset) keys each instance by the string itself.
    if (v.kind === 'list') {
      if (!v.items.every((i) => i.kind === 'string' && !i.symbolic)) return undefined;
      pairs = v.items.map((i) => [(i as { value: string }).value, i]);
    } else if (v.kind === 'object') pairs = v.entries.map((e) => [e.key, e.value]);
    else return undefined;
    if (pairs.length > MAX_INSTANCES) return [{ bindings: new Map([['each', { kind: 'unknown', text: 'each' }]]) }];
    return pairs.map(([key, value]) => ({
      key,
      bindings: new Map([
        [
          'each',
          obj([
            ['key', { kind: 'string', value: key }],
            ['value', value],
          ]),
        ],
      ]),
    }));
  }
  return [{ bindings: new Map() }];
}

function obj(entries: Array<[string, Value]>): Value {
  return { kind: 'object', entries: entries.map(([key, value]) => ({ key, value })) };
}

/** `[0]` / `["a"]`, for addresses when a block has several instances. */
export function instanceSuffix(i: Instance, many: boolean): string {
  if (!many || i.key === undefined) return '';
  return typeof i.key === 'number' ? `[${i.key}]` : `[${JSON.stringify(i.key)}]`;
}

/**
 * Whether a block exists, as certainly as can be said: `[]` only when no value the caller could
 * set makes it exist. A gate that is false only through a root module's variable default (a
 * reusable module's `create_x = false`) is Unknown, since a caller may set it; its resource is
 * judged as it would be when created.
 */
export function gateInstances(body: Body, scope: Scope): Instance[] | undefined {
  return gate(body, scope).instances;
}

/** gateInstances, and whether only the root's defaults close the gate (`count = var.enable_x ? 1 :
 * 0`, false by default): the block exists only where a caller sets it. */
export function gate(body: Body, scope: Scope): { instances: Instance[] | undefined; closedByDefaults: boolean } {
  const normal = blockInstances(body, scope);
  if (normal?.length !== 0) return { instances: normal, closedByDefaults: false };
  const closed = blockInstances(body, { ...scope, defaults: false })?.length === 0;
  return { instances: closed ? [] : undefined, closedByDefaults: !closed };
}

/** The same for a `dynamic` block's `for_each` value: empty for certain, or not. */
export function certainlyEmpty(forEach: Body['attributes'][number], scope: Scope): boolean {
  const v = evaluate(forEach.expr, { ...scope, defaults: false });
  return (v.kind === 'list' && !v.items.length) || (v.kind === 'object' && !v.entries.length) || v.kind === 'null';
}

/** Whether anything in a block (its `count` / `for_each` aside) reads `count.index` or `each`:
 * when nothing does, every instance is the same, and one is enough to judge (and to time). */
export function readsInstance(body: Body): boolean {
  const stack: Expr[] = [];
  const pushBody = (b: Body) => {
    for (const a of b.attributes) if (a.name !== 'count' && a.name !== 'for_each') stack.push(a.expr);
    for (const blk of b.blocks) pushBody(blk.body);
  };
  pushBody(body);
  while (stack.length) {
    const e = stack.pop()!;
    switch (e.t) {
      case 'variable':
        if (e.name === 'each' || e.name === 'count') return true;
        break;
      default:
        stack.push(...childExpressions(e));
    }
  }
  return false;
}
