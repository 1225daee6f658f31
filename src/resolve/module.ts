import { resolve } from 'node:path';
import type { Attribute, Block, HclFile } from '../parse/hcl-ast.js';
import type { SourceFile } from '../model/source.js';
import type { Value } from '../model/value.js';
import { newBudget, type EvalBudget } from './limits.js';

export interface ModuleFile {
  src: SourceFile;
  hcl: HclFile;
}

export interface Located<T> {
  file: ModuleFile;
  item: T;
}

/** Every `.tf`/`.tofu` file of one directory: Terraform's unit of resolution. */
export interface Module {
  dir: string;
  files: ModuleFile[];
  variables: Map<string, Located<Block>>;
  locals: Map<string, Located<Attribute>>;
  /** `type.name` for resources, `data.type.name` for data sources. */
  blocks: Map<string, Located<Block>>;
  /** `module "name"` calls and `output "name"` blocks. */
  calls: Map<string, Located<Block>>;
  outputs: Map<string, Located<Block>>;
  /** Values set from `-var-file`, `terraform.tfvars` or `*.auto.tfvars`. */
  varValues: Map<string, Value>;
  /** A variable's value as the calling module sets it, evaluated on first read (resolve/module-graph.ts);
   * undefined for a root, or a variable the caller does not set. */
  input?: (name: string) => Value | undefined;
  /** A file a function reads; `refused` when it resolves outside the scanned folders. */
  readFile: (relPath: string) => SourceFile | { refused: string } | undefined;
  /** `["module.app", "module.ecr"]` for a module reached through calls; empty for a root. */
  path: string[];
  /** Instantiates a called module; undefined when its source is remote or was not read. */
  child: (name: string) => Module | undefined;
  /** A variable's value as the caller sets it with the root's variable defaults Unknown
   * (Scope.defaults); undefined for a root, or a variable the caller does not set. */
  inputWithoutDefaults?: (name: string) => Value | undefined;
  /** False when the call's known `count = 0` or empty `for_each` creates no instance. */
  exists?: boolean;
  /** For a module read from `.terraform/modules` (downloaded by `terraform init`): the call in the
   * user's own code its findings are reported at. */
  calledAt?: import('../model/value.js').Origin;
  /** Resource, data and module addresses declared twice (Terraform rejects them): the first wins here. */
  duplicates: Array<{ address: string; first: Located<Block>; again: Located<Block> }>;
  /** Shared by a root and every module it calls. */
  budget: EvalBudget;
  /** What is evaluated once per module instance: locals and variable defaults (`values`),
   * policy documents (`documents`), module calls (`calls`). */
  memo: ModuleMemo;
}

/**
 * On the instance itself, not in module-level WeakMaps keyed by it: with WeakMaps, every unit's
 * evaluated values (and through them the unit's syntax trees) survived V8's young-generation
 * collections and were copied to the old generation, to be freed only by a full collection
 * (measured on the generated bench modules: 121 MB promoted against 53 MB this way).
 */
export interface ModuleMemo {
  values: Map<string, Value>;
  documents: Map<string, Value>;
  calls: Map<string, Value | undefined>;
}

export function buildModule(dir: string, files: ModuleFile[], readFile: Module['readFile'], path: string[] = [], budget = newBudget()): Module {
  const m: Module = {
    dir,
    files,
    variables: new Map(),
    locals: new Map(),
    blocks: new Map(),
    calls: new Map(),
    outputs: new Map(),
    varValues: new Map(),
    readFile,
    path,
    child: () => undefined,
    duplicates: [],
    budget,
    memo: { values: new Map(), documents: new Map(), calls: new Map() },
  };
  const add = (map: Map<string, Located<Block>>, key: string, address: string, at: Located<Block>) => {
    const first = map.get(key);
    if (first) m.duplicates.push({ address, first, again: at });
    else map.set(key, at);
  };
  for (const file of files) {
    for (const b of file.hcl.body.blocks) {
      if (b.hasError) continue;
      const [a, n] = b.labels;
      if (b.type === 'variable' && a) m.variables.set(a, { file, item: b });
      else if (b.type === 'locals') {
        for (const at of b.body.attributes) m.locals.set(at.name, { file, item: at });
      } else if (b.type === 'resource' && n) add(m.blocks, `${a}.${n}`, `${a}.${n}`, { file, item: b });
      else if (b.type === 'data' && n) add(m.blocks, `data.${a}.${n}`, `data.${a}.${n}`, { file, item: b });
      else if (b.type === 'module' && a) add(m.calls, a, `module.${a}`, { file, item: b });
      else if (b.type === 'output' && a) m.outputs.set(a, { file, item: b });
    }
  }
  return m;
}

/** The folder a `module` block's `source` names, when it is a local path (Terraform reads
 * `./` and `../` sources from disk; anything else is fetched, which policylint never does). */
export function localSource(module: Module, call: Block): string | undefined {
  const source = call.body.attributes.find((a) => a.name === 'source');
  if (!source || source.expr.t !== 'template' || source.expr.parts.some((p) => p.t !== 'literal')) return undefined;
  const file = module.calls.get(call.labels[0])?.file;
  return localTarget(module.dir, file?.src.text.slice(source.expr.content.start, source.expr.content.end) ?? '');
}

/** The folder a module source names when it is a local path (`./x`, `../x`), from the caller's folder. */
export function localTarget(dir: string, source: string): string | undefined {
  return /^\.\.?\//.test(source) ? resolve(dir, source) : undefined;
}
