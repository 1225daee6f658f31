import type { Block, HclFile, Expr } from '../parse/hcl-ast.js';
import type { SourceFile } from '../parse/source.js';
import type { Value } from '../model/value.js';

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
  locals: Map<string, Located<{ name: string; expr: Expr }>>;
  /** `type.name` for resources, `data.type.name` for data sources. */
  blocks: Map<string, Located<Block>>;
  /** Values set from `-var-file`, `terraform.tfvars`, `*.auto.tfvars`. */
  varValues: Map<string, Value>;
  readFile: (relPath: string) => SourceFile | undefined;
}

export function buildModule(dir: string, files: ModuleFile[], readFile: Module['readFile']): Module {
  const m: Module = { dir, files, variables: new Map(), locals: new Map(), blocks: new Map(), varValues: new Map(), readFile };
  for (const file of files) {
    for (const b of file.hcl.body.blocks) {
      if (b.hasError) continue;
      if (b.type === 'variable' && b.labels[0]) m.variables.set(b.labels[0], { file, item: b });
      else if (b.type === 'locals') {
        for (const a of b.body.attributes) m.locals.set(a.name, { file, item: { name: a.name, expr: a.expr } });
      } else if (b.type === 'resource' && b.labels.length >= 2) m.blocks.set(`${b.labels[0]}.${b.labels[1]}`, { file, item: b });
      else if (b.type === 'data' && b.labels.length >= 2) m.blocks.set(`data.${b.labels[0]}.${b.labels[1]}`, { file, item: b });
    }
  }
  return m;
}
