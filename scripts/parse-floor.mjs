// The parse-only floor for `npm run bench`: the same files parsed by web-tree-sitter and
// jsonc-parser, nothing else. policylint cannot be faster than this on one core.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Parser, Language } from 'web-tree-sitter';
import { parseTree } from 'jsonc-parser';

const files = [];
const walk = (d) => {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.(tf|tofu|json)$/.test(e.name)) files.push(p);
  }
};
if (/\.(tf|tofu|json)$/.test(process.argv[2])) files.push(process.argv[2]);
else walk(process.argv[2]);
// The same V8 flag policylint sets for a small run (src/parse/parser.ts): a floor measured with
// different flags would not be the same work.
if (files.filter((f) => !f.endsWith('.json')).length <= 30) (await import('node:v8')).setFlagsFromString('--liftoff-only');
await Parser.init();
const grammar = join(dirname(createRequire(import.meta.url).resolve('@tree-sitter-grammars/tree-sitter-hcl/grammar.js')), 'tree-sitter-terraform.wasm');
const parser = new Parser();
parser.setLanguage(await Language.load(grammar));
let nodes = 0;
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  if (f.endsWith('.json')) nodes += parseTree(text)?.children?.length ?? 0;
  else {
    const tree = parser.parse(text);
    nodes += tree.rootNode.childCount;
    tree.delete();
  }
}
if (nodes < 0) console.log(nodes);
