import { attr, type Block } from '../parse/hcl-ast.js';
import { unknown, type ObjectEntry, type UnknownValue, type Value } from '../model/value.js';
import { moduleScope } from './evaluate.js';
import { gateInstances, type Instance } from './instances.js';
import { moduleOutput } from './module-graph.js';
import type { Located, Module } from './module.js';
import { renderPolicyDocument } from './policy-document.js';

/**
 * What a bare reference to a block with `count` / `for_each` is in Terraform: a list of its
 * instances (count), an object of them by key (for_each), or the one instance (neither); Unknown
 * when the gate is. This is what `x[0].json`, `x[*].json`, `x.*.json` and `one(x[*].json)` index.
 */
function instancesValue(block: Block, module: Module, file: Located<Block>['file'], one: (i: Instance) => Value, text: string): Value {
  const gated = !!attr(block.body, 'count') || !!attr(block.body, 'for_each');
  let instances = gateInstances(block.body, moduleScope(module, file));
  // An Unknown count (`module.this.enabled ? 1 : 0` with the label module not read) is judged as
  // the instance it creates when it creates one, like a resource with an Unknown count: where
  // there is none, nothing uses it either. An Unknown for_each has Unknown keys.
  if (!instances && attr(block.body, 'count')) instances = [{ key: 0, bindings: new Map([['count', unknown('count')]]) }];
  if (!instances) return unknown(text);
  if (!gated) return one(instances[0]);
  if (attr(block.body, 'count')) return { kind: 'list', items: instances.map(one) };
  return { kind: 'object', entries: instances.map((i) => ({ key: String(i.key), value: one(i) })) };
}

/** `data.aws_iam_policy_document.NAME` as its instances, each with `json` and `minified_json`. */
export function documentValue(address: string, block: Located<Block>, module: Module, resolving: Set<string>): Value {
  // Rendered once per module instance: a document is referenced from many places (issue 12).
  const memo = module.memo.documents;
  const cached = memo.get(address);
  if (cached) return cached;
  const value = instancesValue(
    block.item,
    module,
    block.file,
    (i) => {
      const scope = { ...moduleScope(module, block.file), bindings: i.bindings, resolving };
      const doc: Value = { ...renderPolicyDocument(block.item, scope), encoded: 'json', source: 'policy-document' };
      const entries: ObjectEntry[] = [
        // The provider indents `json` (what policy-size counts), not `minified_json`.
        { key: 'json', value: { ...doc, indented: true } },
        { key: 'minified_json', value: doc },
        { key: 'id', value: unknown(`${address}.id`, undefined, { ref: address }) },
      ];
      return { kind: 'object', entries, origin: doc.origin };
    },
    address,
  );
  memo.set(address, value);
  return value;
}

/** `module.NAME` as its instances, each an object of the module's outputs; undefined when the
 * module was not read (a remote source without `terraform init`). Memoised per module instance;
 * `withOutputs` false gives the instances' shape alone (empty objects), enough to tell whether
 * `module.x[0]` exists without evaluating every output. */
export function moduleValue(module: Module, name: string, withOutputs = true): Value | undefined {
  const memo = module.memo.calls;
  const key = `${withOutputs}\u0000${name}`;
  if (!memo.has(key)) memo.set(key, moduleInstancesValue(module, name, withOutputs));
  return memo.get(key);
}

function moduleInstancesValue(module: Module, name: string, withOutputs: boolean): Value | undefined {
  const call = module.calls.get(name);
  const child = module.child(name);
  if (!call || !child) return undefined;
  const outputs = (): Value => ({
    kind: 'object',
    entries: withOutputs ? [...child.outputs.keys()].map((o) => ({ key: o, value: moduleOutput(module, name, o) ?? unknown(`module.${name}.${o}`) })) : [],
  });
  // One evaluation of the outputs serves every instance: instances share the child (module-graph).
  let shared: Value | undefined;
  return instancesValue(call.item, module, call.file, () => (shared ??= outputs()), `module.${name}`);
}

/** A data source that stands for this account / partition / region, as its instances, each an
 * object of its symbolic attributes (`account_id`, `partition`, ...). */
export function symbolValue(address: string, block: Located<Block>, module: Module, symbols: Record<string, UnknownValue['symbol']>): Value {
  return instancesValue(
    block.item,
    module,
    block.file,
    () => ({
      kind: 'object',
      entries: Object.entries(symbols).map(([key, symbol]) => ({ key, value: unknown(`${address}.${key}`, undefined, { symbol }) })),
    }),
    address,
  );
}
