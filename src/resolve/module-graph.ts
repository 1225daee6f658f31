import { attr } from '../parse/hcl-ast.js';
import { MODULE_META_ARGUMENTS as META_ARGUMENTS } from '../parse/relevant-blocks.js';
import { buildModule, localSource, type Module, type ModuleFile } from './module.js';
import { evaluate, moduleScope } from './evaluate.js';
import { atUse } from './clone.js';
import { gate } from './instances.js';
import type { Value } from '../model/value.js';
import { LIMITS, note } from './limits.js';

const MAX_DEPTH = 8;

/**
 * Wires local child modules: a call's arguments become the child's variable values (evaluated in
 * the caller), and `module.NAME.OUTPUT` reads the child's output (issue 4). Remote sources are
 * never fetched; their outputs stay Unknown.
 */
export function wireModules(
  root: Module,
  parsed: Map<string, ModuleFile[]>,
  readFile: (dir: string) => Module['readFile'],
  downloaded: (key: string) => string | undefined = () => undefined,
): void {
  const wire = (m: Module, chain: string[]) => {
    const cache = new Map<string, Module | undefined>();
    // Through a local, never `m.child = (name) => …`: V8 allocates a function literal assigned
    // straight to a property in the old generation, and from there its closure (this module, every
    // parsed file of the unit) outlived the unit through every young collection until the next full
    // one (docs/ARCHITECTURE.md, "Memory: what V8 keeps"). The same below.
    const child: Module['child'] = (name) => {
      if (cache.has(name)) return cache.get(name);
      cache.set(name, undefined);
      const call = m.calls.get(name);
      const path = [...m.path, `module.${name}`];
      const local = call && localSource(m, call.item);
      const dir = local ?? downloaded(manifestKey(path));
      const files = dir ? parsed.get(dir) : undefined;
      if (!call || !dir || !files || m.path.length >= MAX_DEPTH) return undefined;
      const at = { file: call.file.src.path, range: (attr(call.item.body, 'source') ?? call.item).range };
      // `source = "./"`: Terraform rejects a module that calls itself; following it would multiply
      // instances (and findings) at every level (issue 12).
      if (chain.includes(dir)) {
        note(
          m.budget,
          at,
          `module.${name} calls ${dir === m.dir ? 'its own folder' : 'a folder that calls it'}, a cycle Terraform rejects; policylint does not follow it`,
        );
        return undefined;
      }
      if (++m.budget.instances > LIMITS.instances) {
        note(m.budget, at, `module.${name} is not evaluated: this root reaches over ${LIMITS.instances} module instances; its outputs are unresolved`);
        return undefined;
      }
      const callee = buildModule(dir, files, readFile(dir), path, m.budget);
      const base = moduleScope(m, call.file);
      const { instances, closedByDefaults } = gate(call.item.body, base);
      callee.exists = m.exists !== false && instances?.length !== 0;
      // A module that only a caller's own setting creates (`count = var.enable_x ? 1 : 0`, false by
      // default in a root): judged as it would be when created, and a caller who sets the gate sets
      // the inputs it needs too, so the root's defaults are Unknown there (prowler's
      // `bucket_name = ""` gave an ARN "arn:aws:s3:::" no configuration that creates it has).
      const gated = closedByDefaults ? { ...base, defaults: false } : base;
      // Several instances share one child here: their `count.index` / `each` stay Unknown.
      const scope = instances?.length === 1 ? { ...gated, bindings: instances[0].bindings } : gated;
      callee.calledAt = m.calledAt ?? (local ? undefined : { file: call.file.src.path, range: call.item.range });
      // Each input evaluated when the callee first reads its variable, not all of them here: most
      // inputs feed no policy (real-world evaluation folder: ~40% of their text never read), and
      // an input left unread is not even parsed (parse/deferred-attribute.ts).
      const inputs = new Map<string, Value>();
      const input: Module['input'] = (v) => {
        if (META_ARGUMENTS.has(v)) return undefined;
        let value = inputs.get(v);
        if (value) return value;
        // The last of two same-named arguments, as a map filled in order kept it.
        const a = call.item.body.attributes.findLast((x) => x.name === v);
        if (!a) return undefined;
        value = atUse(evaluate(a.expr, scope), { file: call.file.src.path, range: a.expr.range });
        inputs.set(v, value);
        return value;
      };
      callee.input = input;
      const strict = new Map<string, Value>();
      const inputWithoutDefaults: Module['inputWithoutDefaults'] = (v) => {
        const a = META_ARGUMENTS.has(v) ? undefined : attr(call.item.body, v);
        if (!a) return undefined;
        if (!strict.has(v)) strict.set(v, evaluate(a.expr, { ...scope, defaults: false }));
        return strict.get(v);
      };
      callee.inputWithoutDefaults = inputWithoutDefaults;
      wire(callee, [...chain, dir]);
      cache.set(name, callee);
      return callee;
    };
    m.child = child;
  };
  wire(root, [root.dir]);
}

/** Every module instance reachable from a root through local or downloaded calls, the root
 * first; a module a known `count = 0` never creates is not among them. */
export function moduleInstances(root: Module): Module[] {
  const out: Module[] = [root];
  for (let i = 0; i < out.length; i++) {
    for (const name of out[i].calls.keys()) {
      const c = out[i].child(name);
      if (c && c.exists !== false) out.push(c);
    }
  }
  return out;
}

/** `module.app.module.ecr` → `app.ecr`, the key `.terraform/modules/modules.json` uses. */
export function manifestKey(path: string[]): string {
  return path.map((p) => p.replace(/^module\./, '')).join('.');
}

/** `module.NAME.OUTPUT` for the evaluator. */
export function moduleOutput(m: Module, name: string, output: string) {
  const child = m.child(name);
  const out = child?.outputs.get(output);
  const value = out && attr(out.item.body, 'value');
  if (!child || !out || !value) return undefined;
  return evaluate(value.expr, moduleScope(child, out.file));
}
