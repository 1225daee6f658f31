import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Node as TsNode, Parser as TsParser } from 'web-tree-sitter';
import type { SourceFile, Range } from './source.js';
import type { Accessor, Body, Block, Expr, HclFile, ObjectElem, TemplatePart } from './hcl-ast.js';
import { isRelevantBlock } from './relevant-blocks.js';

let parserPromise: Promise<TsParser> | undefined;
let loaded: TsParser | undefined;

/** Loads web-tree-sitter and the Terraform grammar once (design §4: +23 ms). Called early, before
 * files are read, so that compiling the wasm overlaps with discovery and the first reads. */
export function loadParser(fewFiles: boolean): Promise<TsParser> {
  parserPromise ??= (async () => {
    if (fewFiles) {
      // Tiering the grammar up makes a small run wait ~50 ms at exit (design §4).
      const v8 = await import('node:v8');
      v8.setFlagsFromString('--liftoff-only');
    }
    const { Parser, Language } = await import('web-tree-sitter');
    await Parser.init();
    const require = createRequire(import.meta.url);
    const grammarDir = dirname(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/grammar.js'));
    const language = await Language.load(join(grammarDir, 'tree-sitter-terraform.wasm'));
    const parser = new Parser();
    parser.setLanguage(language);
    loaded = parser;
    return parser;
  })();
  return parserPromise;
}

export async function parseHcl(src: SourceFile): Promise<HclFile> {
  return parseWith(await loadParser(false), src);
}

/** For the evaluator (`templatefile`), which runs after the parser has been loaded. */
export function parseHclLoaded(src: SourceFile): HclFile | undefined {
  return loaded && parseWith(loaded, src);
}

function parseWith(parser: TsParser, src: SourceFile): HclFile {
  const tree = parser.parse(src.text);
  if (!tree) return { body: { attributes: [], blocks: [] }, comments: [], errors: [{ message: 'could not parse', range: { start: 0, end: 0 } }] };
  try {
    const conv = new Converter(src.text);
    const root = tree.rootNode;
    let body: Body = { attributes: [], blocks: [] };
    for (const child of root.children) if (child?.type === 'body') body = conv.body(child, true);
    conv.collectErrors(root);
    // Only directive comments matter to policylint (suppressions); most files have none.
    const comments = src.text.includes('policylint:') ? root.descendantsOfType('comment').flatMap((c) => (c ? [{ text: c.text, range: rangeOf(c) }] : [])) : [];
    return { body, comments, errors: conv.errors };
  } finally {
    tree.delete();
  }
}

const rangeOf = (n: TsNode): Range => ({ start: n.startIndex, end: n.endIndex });

/** Deeper expressions than this are not policies anyone wrote; refusing them keeps the
 * conversion's recursion (and the evaluator's) far from the stack limit. */
const MAX_EXPR_DEPTH = 200;

class Converter {
  errors: Array<{ message: string; range: Range }> = [];
  private depth = 0;
  constructor(private text: string) {}

  collectErrors(root: TsNode) {
    if (!root.hasError) return;
    const stack: TsNode[] = [root];
    while (stack.length && this.errors.length < 1) {
      const n = stack.pop()!;
      if (n.isMissing) {
        this.errors.push({ message: `HCL syntax error: missing "${n.type}"`, range: rangeOf(n) });
        continue;
      }
      if (n.type === 'ERROR') {
        const near = this.text.slice(n.startIndex, Math.min(n.endIndex, n.startIndex + 30)).split(/\r?\n/)[0];
        this.errors.push({ message: `HCL syntax error near "${near}"`, range: rangeOf(n) });
        continue;
      }
      if (!n.hasError) continue;
      const kids = n.children.filter((c): c is TsNode => !!c);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  }

  body(n: TsNode, topLevel = false): Body {
    const body: Body = { attributes: [], blocks: [] };
    for (const c of n.children) {
      if (!c) continue;
      if (c.type === 'attribute') {
        const name = c.child(0);
        const expr = c.children.find((x) => x?.type === 'expression');
        if (!name || !expr) continue;
        body.attributes.push({ name: name.text, expr: this.expr(expr), range: rangeOf(c), nameRange: rangeOf(name) });
      } else if (c.type === 'block') {
        body.blocks.push(this.block(c, topLevel));
      }
    }
    return body;
  }

  /** Top-level blocks no policy can come from keep only their header: converting every
   * attribute of every resource costs more than parsing (measured in BENCHMARKS.md). */
  block(n: TsNode, topLevel = false): Block {
    let type = '';
    const labels: string[] = [];
    let bodyNode: TsNode | undefined;
    for (const c of n.children) {
      if (!c) continue;
      if (c.type === 'identifier' && !type) type = c.text;
      else if (c.type === 'identifier') labels.push(c.text);
      else if (c.type === 'string_lit') labels.push(this.stringLit(c));
      else if (c.type === 'body') bodyNode = c;
    }
    const wanted = !topLevel || isRelevantBlock(type, labels);
    const body = bodyNode && wanted ? this.body(bodyNode) : { attributes: [], blocks: [] };
    return { type, labels, body, range: rangeOf(n), hasError: n.hasError };
  }

  stringLit(n: TsNode): string {
    const lit = n.children.find((c) => c?.type === 'template_literal');
    return lit ? unescapeQuoted(lit.text) : '';
  }

  expr(n: TsNode): Expr {
    if (this.depth >= MAX_EXPR_DEPTH) {
      if (!this.errors.length) this.errors.push({ message: `expression nested deeper than ${MAX_EXPR_DEPTH} levels`, range: rangeOf(n) });
      return invalid(n);
    }
    this.depth++;
    try {
      return this.exprAt(n);
    } finally {
      this.depth--;
    }
  }

  private exprAt(n: TsNode): Expr {
    switch (n.type) {
      case 'expression':
        return this.chain(n);
      case 'literal_value':
        return this.literal(n);
      case 'collection_value':
        return this.expr(n.child(0)!);
      case 'tuple':
        return { t: 'tuple', items: this.exprChildren(n), range: rangeOf(n) };
      case 'object':
        return { t: 'object', elems: n.children.filter((c) => c?.type === 'object_elem').map((c) => this.objectElem(c!)), range: rangeOf(n) };
      case 'template_expr':
        return this.template(n.child(0)!);
      case 'variable_expr':
        return { t: 'variable', name: n.child(0)!.text, range: rangeOf(n) };
      case 'function_call':
        return this.call(n);
      case 'for_expr':
        return this.forExpr(n.child(0)!);
      case 'conditional': {
        const [c, a, b] = this.exprChildren(n);
        return { t: 'conditional', cond: c, then: a, else: b, range: rangeOf(n) };
      }
      case 'operation':
        return this.expr(n.child(0)!);
      case 'unary_operation': {
        const operand = n.children.find((c) => c && c.isNamed);
        return { t: 'unary', op: n.child(0)!.text, operand: operand ? this.expr(operand) : invalid(n), range: rangeOf(n) };
      }
      case 'binary_operation': {
        const named = n.children.filter((c): c is TsNode => !!c && c.isNamed);
        const op = n.children.find((c) => c && !c.isNamed)?.text ?? '?';
        return { t: 'binary', op, left: this.expr(named[0]), right: this.expr(named[1] ?? named[0]), range: rangeOf(n) };
      }
      default:
        return invalid(n);
    }
  }

  private exprChildren(n: TsNode): Expr[] {
    return n.children.filter((c): c is TsNode => c?.type === 'expression').map((c) => this.expr(c));
  }

  /** `expression` holds a term followed by get_attr / index / splat postfixes (or a paren group). */
  private chain(n: TsNode): Expr {
    const kids = n.children.filter((c): c is TsNode => !!c && c.type !== 'comment');
    let i = 0;
    let cur: Expr;
    if (kids[0]?.type === '(') {
      cur = this.expr(kids[1]);
      i = 3;
    } else {
      cur = kids[0] ? this.expr(kids[0]) : invalid(n);
      i = 1;
    }
    for (; i < kids.length; i++) {
      const k = kids[i];
      const range = { start: n.startIndex, end: k.endIndex };
      if (k.type === 'get_attr') cur = { t: 'getattr', object: cur, name: k.child(1)?.text ?? '', range };
      else if (k.type === 'index') cur = { t: 'index', object: cur, key: this.indexKey(k), range };
      else if (k.type === 'splat') cur = { t: 'splat', object: cur, each: this.splatRest(k.child(0)!), range };
    }
    return cur;
  }

  private indexKey(k: TsNode): Expr {
    const inner = k.child(0)!;
    if (inner.type === 'legacy_index') {
      const num = inner.children.find((c) => c?.type === 'numeric_lit' || c?.type === 'identifier');
      return { t: 'literal', value: Number(num?.text ?? 0), range: rangeOf(inner) };
    }
    const e = inner.children.find((c) => c?.type === 'expression');
    return e ? this.expr(e) : invalid(inner);
  }

  private splatRest(s: TsNode): Accessor[] {
    const out: Accessor[] = [];
    for (const c of s.children) {
      if (c?.type === 'get_attr') out.push({ t: 'attr', name: c.child(1)?.text ?? '' });
      else if (c?.type === 'index') out.push({ t: 'index', key: this.indexKey(c) });
    }
    return out;
  }

  private literal(n: TsNode): Expr {
    const c = n.child(0)!;
    const range = rangeOf(n);
    switch (c.type) {
      case 'numeric_lit':
        return { t: 'literal', value: Number(c.text), range };
      case 'bool_lit':
        return { t: 'literal', value: c.text === 'true', range };
      case 'null_lit':
        return { t: 'literal', value: null, range };
      case 'string_lit': {
        const lit = c.children.find((x) => x?.type === 'template_literal');
        const content = lit ? rangeOf(lit) : { start: c.startIndex + 1, end: c.startIndex + 1 };
        return { t: 'template', parts: lit ? [{ t: 'literal', range: content }] : [], range, content, heredoc: false };
      }
      default:
        return invalid(n);
    }
  }

  private objectElem(n: TsNode): ObjectElem {
    const [k, v] = this.exprChildren(n);
    return { key: k ?? invalid(n), value: v ?? invalid(n), range: rangeOf(n) };
  }

  private template(n: TsNode): Expr {
    const parts: TemplatePart[] = [];
    for (const c of n.children) {
      if (!c) continue;
      if (c.type === 'template_literal') parts.push({ t: 'literal', range: rangeOf(c) });
      else if (c.type === 'template_interpolation') {
        const e = c.children.find((x) => x?.type === 'expression');
        parts.push({ t: 'interpolation', expr: e ? this.expr(e) : invalid(c), range: rangeOf(c) });
      } else if (c.type === 'template_directive') parts.push({ t: 'directive', range: rangeOf(c) });
    }
    if (n.type === 'heredoc_template') {
      const ids = n.children.filter((c): c is TsNode => c?.type === 'heredoc_identifier');
      const openEnd = ids[0]?.endIndex ?? n.startIndex;
      const nl = this.text.indexOf('\n', openEnd);
      const start = nl < 0 ? openEnd : nl + 1;
      const closing = ids.length > 1 ? ids[ids.length - 1].startIndex : n.endIndex;
      const end = Math.max(start, this.text.lastIndexOf('\n', closing - 1) + 1);
      return { t: 'template', parts, range: rangeOf(n), content: { start, end }, heredoc: true };
    }
    const content = { start: n.startIndex + 1, end: Math.max(n.startIndex + 1, n.endIndex - 1) };
    return { t: 'template', parts, range: rangeOf(n), content, heredoc: false };
  }

  private call(n: TsNode): Expr {
    const name = n.child(0)!.text;
    const argsNode = n.children.find((c) => c?.type === 'function_arguments');
    const args = argsNode ? this.exprChildren(argsNode) : [];
    const expand = !!argsNode?.children.some((c) => c?.type === 'expanded_argument' || c?.type === '...');
    return { t: 'call', name, args, expand, range: rangeOf(n) };
  }

  private forExpr(n: TsNode): Expr {
    const intro = n.children.find((c) => c?.type === 'for_intro')!;
    const ids = intro.children.filter((c) => c?.type === 'identifier').map((c) => c!.text);
    const collNode = intro.children.find((c) => c?.type === 'expression');
    const exprs = n.children.filter((c): c is TsNode => c?.type === 'expression');
    const condNode = n.children.find((c) => c?.type === 'for_cond');
    const condExpr = condNode?.children.find((c) => c?.type === 'expression');
    const form = n.type === 'for_object_expr' ? 'object' : 'tuple';
    return {
      t: 'for',
      form,
      keyVar: ids.length > 1 ? ids[0] : undefined,
      valueVar: ids[ids.length - 1] ?? '_',
      collection: collNode ? this.expr(collNode) : invalid(n),
      key: form === 'object' ? this.expr(exprs[0]) : undefined,
      value: this.expr(form === 'object' ? exprs[1] ?? exprs[0] : exprs[0]),
      cond: condExpr ? this.expr(condExpr) : undefined,
      grouping: n.children.some((c) => c?.type === 'ellipsis' || c?.text === '...'),
      range: rangeOf(n),
    };
  }
}

function invalid(n: TsNode): Expr {
  return { t: 'invalid', range: rangeOf(n) };
}

/** HCL quoted-string escapes (\n \t \" \\ \uXXXX \UXXXXXXXX) and the `$${` / `%%{` literals. */
export function unescapeQuoted(s: string): string {
  return s.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)|\$\$\{|%%\{/g, (m, esc: string | undefined) => {
    if (m === '$${') return '${';
    if (m === '%%{') return '%{';
    switch (esc![0]) {
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'r':
        return '\r';
      case 'u':
      case 'U':
        return String.fromCodePoint(parseInt(esc!.slice(1), 16));
      default:
        return esc!;
    }
  });
}
