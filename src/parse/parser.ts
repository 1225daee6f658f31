import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { Parser as TsParser } from 'web-tree-sitter';
import { CursorFactory, type Binding } from './wasm-cursor.js';

// The parser's loading, apart from the conversion (hcl.ts): the CLI starts it before anything
// else loads (cli/early.ts), and a run of JSON policies alone never loads the conversion (issue 16).

let parserPromise: Promise<TsParser> | undefined;
let loaded: TsParser | undefined;
let factory: CursorFactory | undefined;

/** Parsed with the grammar when it loads, to check the direct cursor against the library's
 * (wasm-cursor.ts): every kind of node the converter meets, a syntax error included. */
const SAMPLE = `resource "aws_iam_policy" "p" {
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = ["s3:*", "\${var.a}"] }] })
  n      = var.x != null ? [for k, v in local.m : v.arn if k > 1][0] : -2.5
  t      = <<EOT
%{ if true }x\${a.b[*].c}%{ endif }
EOT
}
oops = {
`;

let liftoff = false;

/** Liftoff-only wasm for a run that parses little: tiering the grammar up makes a small run wait
 * ~50 ms at exit (design §4). Once per process: V8's flags are part of the key of its code cache,
 * which cli/load.ts writes with them set back to what they were when the script was compiled. */
export function liftoffOnly(): void {
  if (liftoff) return;
  liftoff = true;
  process.getBuiltinModule('node:v8').setFlagsFromString('--liftoff-only');
}

/** Loads web-tree-sitter and the Terraform grammar once (design §4: +23 ms). Called early, before
 * files are read, so that compiling the wasm overlaps with discovery and the first reads. */
export function loadParser(fewFiles: boolean): Promise<TsParser> {
  parserPromise ??= (async () => {
    if (fewFiles) liftoffOnly();
    const { Parser, Language } = await import('web-tree-sitter');
    // Emscripten builds the binding on the object given here: the direct cursor calls it.
    const binding: Partial<Binding> = {};
    await Parser.init(binding);
    // The grammar's bytes, not its path: given a path, web-tree-sitter reads it through
    // `import('fs/promises')`, which sets up Node's ES module loader and brings readline and file
    // watching in with it (~12 ms of a one-file run, issue 16); it is 90 KB.
    const language = await Language.load(readFileSync(grammarFile()));
    const parser = new Parser();
    parser.setLanguage(language);
    // A run of a few files (a pre-commit hook) gains nothing measurable from the direct cursor,
    // and checking it costs ~5 ms of start-up (walking the sample twice): it keeps the library's.
    const sample = fewFiles ? null : parser.parse(SAMPLE);
    factory = new CursorFactory(binding, language, sample);
    sample?.delete();
    loaded = parser;
    return parser;
  })();
  return parserPromise;
}

/** The build copies the grammar's wasm next to the bundle, so installing policylint never runs the
 * grammar package's native install script (design §4); from source, the dev dependency has it. */
function grammarFile(): string {
  const bundled = fileURLToPath(new URL('./tree-sitter-terraform.wasm', import.meta.url));
  if (existsSync(bundled)) return bundled;
  const dir = dirname(createRequire(import.meta.url).resolve('@tree-sitter-grammars/tree-sitter-hcl/grammar.js'));
  return join(dir, 'tree-sitter-terraform.wasm');
}

/** The parser once loadParser has finished, for callers that run only after it. */
export function loadedParser(): TsParser | undefined {
  return loaded;
}

/** How trees are walked (wasm-cursor.ts), once the parser has loaded. */
export function cursors(): CursorFactory | undefined {
  return factory;
}
