import type { Range } from '../model/source.js';
import type { Accessor, Body, Block, Expr, ObjectElem, TemplatePart } from './hcl-ast.js';
import { isRelevantBlock, mayHoldPolicy, readAttributes } from './relevant-blocks.js';
import { unescapeQuoted } from './hcl-escapes.js';
import type { WalkCursor } from './wasm-cursor.js';
import { DeferredAttribute, type ParseAttribute } from './deferred-attribute.js';
import type { OutlineItem } from './hcl-scan.js';
import { firstLine, sameLine } from './hcl-lexical.js';

/** The attributes tree-sitter was not given, to be parsed when read (parse/skipped-ranges.ts), in
 * the order of the file. */
export interface Deferred {
  items: readonly OutlineItem[];
  parse: ParseAttribute;
}

/** Deeper expressions than this are not policies anyone wrote; refusing them keeps the
 * conversion's recursion (and the evaluator's) far from the stack limit. */
const MAX_EXPR_DEPTH = 200;

/**
 * Converts the tree-sitter tree into the plain HCL AST by walking one TreeCursor: no Node object
 * per syntax node, which made conversion cost as much as parsing (BENCHMARKS.md). Every method
 * starts and ends with the cursor on the node it was given.
 */
export class CursorConverter {
  errors: Array<{ message: string; range: Range }> = [];
  private depth = 0;
  /** The next deferred attribute not yet placed in its block. */
  private nextDeferred = 0;
  /** `whole`: convert every attribute of the blocks kept (a file with suppression comments,
   * whose scopes are the blocks and attributes that follow them). */
  constructor(
    private c: WalkCursor,
    private text: string,
    private whole = false,
    /** Whether the tree has a syntax error anywhere: when it has none, no block has one, and no
     * node object needs to be made to ask (issue 16: each costs a call into wasm). */
    private treeHasError = true,
    private deferred?: Deferred,
  ) {}

  private range(): Range {
    return { start: this.c.startIndex, end: this.c.endIndex };
  }

  /** Calls `visit` with the cursor on each child in turn, then returns to the parent. */
  private each(visit: (type: string) => void) {
    if (!this.c.gotoFirstChild()) return;
    do visit(this.c.nodeType);
    while (this.c.gotoNextSibling());
    this.c.gotoParent();
  }

  private childText(type: string): string | undefined {
    let out: string | undefined;
    this.each((t) => {
      if (out === undefined && t === type) out = this.text.slice(this.c.startIndex, this.c.endIndex);
    });
    return out;
  }

  body(topLevel = false): Body {
    const body: Body = { attributes: [], blocks: [] };
    let prevEnd = -1;
    this.each((t) => {
      if (t === 'attribute' || t === 'block') prevEnd = this.ownLine(prevEnd);
      if (t === 'attribute') {
        const a = this.attribute();
        if (a) body.attributes.push(a);
      } else if (t === 'block') body.blocks.push(this.block(topLevel));
    });
    return body;
  }

  /** `read`: only an attribute of one of these names, or one that may hold a policy; any other is
   * left unconverted (its name is read in the same walk as the rest). */
  private attribute(read?: ReadonlySet<string>) {
    const range = this.range();
    let name: { text: string; range: Range } | undefined;
    let expr: Expr | undefined;
    let skipped = false;
    this.each((t) => {
      if (skipped) return;
      if (t === 'identifier' && !name) {
        const r = this.range();
        name = { text: this.text.slice(r.start, r.end), range: r };
        skipped = !!read && !read.has(name.text) && !mayHoldPolicy(this.text.slice(range.start, range.end));
      } else if (t === 'expression') expr = this.expr(t);
    });
    return !skipped && name && expr ? { name: name.text, expr, range, nameRange: name.range } : undefined;
  }

  /** Top-level blocks no policy can come from keep only their header: converting every
   * attribute of every resource costs more than parsing (measured in BENCHMARKS.md). */
  private block(topLevel: boolean): Block {
    const range = this.range();
    const hasError = this.treeHasError && this.c.hasError();
    let type = '';
    const labels: string[] = [];
    let body: Body = { attributes: [], blocks: [] };
    this.each((t) => {
      if (t === 'identifier' && !type) type = this.text.slice(this.c.startIndex, this.c.endIndex);
      else if (t === 'identifier') labels.push(this.text.slice(this.c.startIndex, this.c.endIndex));
      else if (t === 'string_lit') labels.push(unescapeQuoted(this.childText('template_literal') ?? ''));
      else if (t === 'body' && (!topLevel || isRelevantBlock(type, labels) || this.mayHoldPolicy())) {
        // Blocks nest by recursion too: a hostile file of 100,000 nested blocks must not
        // overflow the stack (the expression bound is the block bound).
        if (this.depth >= MAX_EXPR_DEPTH) {
          if (!this.errors.length) this.errors.push({ message: `blocks nested deeper than ${MAX_EXPR_DEPTH} levels`, range: this.range() });
          return;
        }
        this.depth++;
        const read = topLevel && !this.whole ? readAttributes(type, labels) : undefined;
        body = read ? this.partialBody(read) : this.body();
        this.depth--;
      }
    });
    // After the walk: a body whose every attribute is deferred may have no body node at all.
    if (topLevel && this.deferred) this.placeDeferred(body, range);
    return { type, labels, body, range, hasError };
  }

  /** Adds the deferred attributes that lie inside this top-level block, where the whole parse has
   * them: attributes in the order of the file. */
  private placeDeferred(body: Body, range: Range) {
    const items = this.deferred!.items;
    let added = false;
    for (; this.nextDeferred < items.length && items[this.nextDeferred].start < range.end; this.nextDeferred++) {
      const item = items[this.nextDeferred];
      if (item.start < range.start) continue;
      body.attributes.push(new DeferredAttribute(item, this.deferred!.parse));
      added = true;
    }
    if (added) body.attributes.sort((a, b) => a.range.start - b.range.start);
  }

  /** The attributes named in `read`, and any other attribute or nested block that may hold a
   * policy; the rest is never read, so never converted (issue 16). */
  private partialBody(read: ReadonlySet<string>): Body {
    const body: Body = { attributes: [], blocks: [] };
    let prevEnd = -1;
    this.each((t) => {
      if (t === 'attribute' || t === 'block') prevEnd = this.ownLine(prevEnd);
      if (t === 'attribute') {
        const a = this.attribute(read);
        if (a) body.attributes.push(a);
      } else if (t === 'block' && this.mayHoldPolicy()) body.blocks.push(this.block(false));
    });
    return body;
  }

  /** Terraform puts each argument and block of a body on a line of its own ("Missing newline
   * after argument"; a one-line block holds one argument at most); tree-sitter's grammar also
   * takes `name = "x" policy = "{}"` on one line. Returns where the item at the cursor ends. */
  private ownLine(prevEnd: number): number {
    const start = this.c.startIndex;
    if (prevEnd >= 0 && !this.errors.length && sameLine(this.text, prevEnd, start)) {
      const shown = firstLine(this.text, start, this.c.endIndex);
      this.errors.push({
        message: `HCL syntax error: "${shown}" must start on a new line: Terraform puts each argument and block on a line of its own`,
        range: this.range(),
      });
    }
    return this.c.endIndex;
  }

  /** A block of a type the catalogue does not list still matters when it can hold a policy
   * document (issue 20: judged wherever it appears); others keep only their header. */
  private mayHoldPolicy(): boolean {
    return mayHoldPolicy(this.text.slice(this.c.startIndex, this.c.endIndex));
  }

  /** `type`: the node's type when the caller has read it already (each read is a call into wasm). */
  expr(type?: string): Expr {
    if (this.depth >= MAX_EXPR_DEPTH) {
      if (!this.errors.length) this.errors.push({ message: `expression nested deeper than ${MAX_EXPR_DEPTH} levels`, range: this.range() });
      return this.invalid();
    }
    this.depth++;
    try {
      return this.exprAt(type ?? this.c.nodeType);
    } finally {
      this.depth--;
    }
  }

  private invalid(): Expr {
    return { t: 'invalid', range: this.range() };
  }

  /** The first named child, converted. */
  private inner(): Expr {
    let out: Expr | undefined;
    this.each((t) => {
      if (!out && t !== 'comment' && this.c.nodeIsNamed) out = this.expr(t);
    });
    return out ?? this.invalid();
  }

  private expressions(): Expr[] {
    const out: Expr[] = [];
    this.each((t) => t === 'expression' && out.push(this.expr(t)));
    return out;
  }

  /** Each case takes its node's range when it needs it: every cursor read is a call into wasm,
   * and most expression nodes are wrappers (`expression`, `literal_value`) whose range is unused. */
  private exprAt(type: string): Expr {
    switch (type) {
      case 'expression':
        return this.chain();
      case 'literal_value':
        return this.literal();
      case 'collection_value':
      case 'template_expr':
      case 'for_expr':
      case 'operation':
        return this.inner();
      case 'tuple':
        return { t: 'tuple', items: this.expressions(), range: this.range() };
      case 'object': {
        const elems: ObjectElem[] = [];
        // Terraform separates an object's elements with a "," or a line break ("Missing attribute
        // separator"); tree-sitter's grammar also takes `{ a = 1 b = 2 }`, which Terraform rejects.
        let comma = true;
        this.each((t) => {
          if (t === ',') comma = true;
          if (t !== 'object_elem') return;
          const elRange = this.range();
          const prev = elems.at(-1);
          if (prev && !comma && !this.errors.length && sameLine(this.text, prev.range.end, elRange.start)) {
            this.errors.push({ message: separatorMissing(this.text, prev.range, elRange), range: elRange });
          }
          comma = false;
          const [key, value] = this.expressions();
          elems.push({ key: key ?? this.invalid(), value: value ?? this.invalid(), range: elRange });
        });
        return { t: 'object', elems, range: this.range() };
      }
      case 'quoted_template':
      case 'heredoc_template':
        return this.template(type === 'heredoc_template');
      case 'variable_expr':
        return { t: 'variable', name: this.childText('identifier') ?? '', range: this.range() };
      case 'function_call':
        return this.call();
      case 'for_tuple_expr':
      case 'for_object_expr':
        return this.forExpr(type === 'for_object_expr');
      case 'conditional': {
        const [cond, a, b] = this.expressions();
        return cond && a && b ? { t: 'conditional', cond, then: a, else: b, range: this.range() } : this.invalid();
      }
      case 'unary_operation': {
        let op = '';
        const operands = this.operands((t) => (op ||= t));
        return operands.length === 1 ? { t: 'unary', op, operand: operands[0], range: this.range() } : this.invalid();
      }
      case 'binary_operation': {
        let op = '?';
        const operands = this.operands((t) => (op = t));
        return operands.length === 2 ? { t: 'binary', op, left: operands[0], right: operands[1], range: this.range() } : this.invalid();
      }
      default:
        return this.invalid();
    }
  }

  /** `expression`: a term followed by get_attr / index / splat postfixes, or a parenthesised group. */
  private chain(): Expr {
    const start = this.c.startIndex;
    let cur: Expr | undefined;
    this.each((t) => {
      if (t === 'comment' || t === '(' || t === ')') return;
      if (!cur) {
        cur = this.expr(t);
        return;
      }
      cur = this.postfix(cur, t, start);
    });
    return cur ?? this.invalid();
  }

  /** The cursor's get_attr / index / splat applied to `cur`, the term it follows. */
  private postfix(cur: Expr, t: string, start: number): Expr {
    const range = { start, end: this.c.endIndex };
    if (t === 'get_attr') return { t: 'getattr', object: cur, name: this.childText('identifier') ?? '', range };
    if (t === 'index') return { t: 'index', object: cur, key: this.indexKey(), range };
    if (t === 'splat') return { t: 'splat', object: cur, each: this.splatRest(), range };
    return cur;
  }

  /** An operation's operands: the grammar inlines a term's postfixes (`var.a` is variable_expr,
   * get_attr) as siblings of the operator, so each postfix joins the term before it. */
  private operands(operator: (t: string) => void): Expr[] {
    const out: Expr[] = [];
    const starts: number[] = [];
    this.each((t) => {
      if (t === 'comment') return;
      if (!this.c.nodeIsNamed) operator(t);
      else if ((t === 'get_attr' || t === 'index' || t === 'splat') && out.length)
        out[out.length - 1] = this.postfix(out[out.length - 1], t, starts[out.length - 1]);
      else {
        starts.push(this.c.startIndex);
        out.push(this.expr(t));
      }
    });
    return out;
  }

  private indexKey(): Expr {
    let key: Expr | undefined;
    this.each((t) => {
      if (t === 'legacy_index') {
        const range = this.range();
        const n = this.childText('numeric_lit') ?? this.childText('identifier') ?? '0';
        key = { t: 'literal', value: Number(n), range };
      } else if (t === 'new_index') {
        this.each((u) => {
          if (u === 'expression') key = this.expr(u);
        });
      }
    });
    return key ?? this.invalid();
  }

  private splatRest(): Accessor[] {
    const out: Accessor[] = [];
    this.each(() => {
      this.each((t) => {
        if (t === 'get_attr') out.push({ t: 'attr', name: this.childText('identifier') ?? '' });
        else if (t === 'index') out.push({ t: 'index', key: this.indexKey() });
      });
    });
    return out;
  }

  private literal(): Expr {
    const range = this.range();
    let out: Expr | undefined;
    this.each((t) => {
      if (t === 'numeric_lit') out = { t: 'literal', value: Number(this.text.slice(this.c.startIndex, this.c.endIndex)), range };
      else if (t === 'bool_lit') out = { t: 'literal', value: this.text.slice(this.c.startIndex, this.c.endIndex) === 'true', range };
      else if (t === 'null_lit') out = { t: 'literal', value: null, range };
      else if (t === 'string_lit') {
        let content: Range | undefined;
        // A string is its quotes around one optional template_literal, and spans the whole
        // literal: its text is between the quotes, without walking its children (most literals
        // are strings, and every step is a call into wasm). A tree with a syntax error may miss
        // a quote, so there the children say.
        if (!this.treeHasError) content = range.end - 1 > range.start + 1 ? { start: range.start + 1, end: range.end - 1 } : undefined;
        else
          this.each((u) => {
            if (u === 'template_literal') content = this.range();
          });
        const c = content ?? { start: this.c.startIndex + 1, end: this.c.startIndex + 1 };
        out = { t: 'template', parts: content ? [{ t: 'literal', range: c }] : [], range, content: c, heredoc: false };
      }
    });
    return out ?? { t: 'invalid', range };
  }

  private template(heredoc: boolean): Expr {
    const range = this.range();
    const parts: TemplatePart[] = [];
    const ids: Range[] = [];
    this.each((t) => {
      if (t === 'template_literal') parts.push({ t: 'literal', range: this.range() });
      else if (t === 'template_interpolation') {
        const r = this.range();
        let expr: Expr | undefined;
        this.each((u) => {
          if (u === 'expression') expr = this.expr(u);
        });
        parts.push({ t: 'interpolation', expr: expr ?? { t: 'invalid', range: r }, range: r });
      } else if (t === 'template_directive') parts.push({ t: 'directive', range: this.range() });
      else if (t === 'heredoc_identifier') ids.push(this.range());
    });
    if (heredoc) {
      const openEnd = ids[0]?.end ?? range.start;
      const nl = this.text.indexOf('\n', openEnd);
      const start = nl < 0 ? openEnd : nl + 1;
      const closing = ids.length > 1 ? ids[ids.length - 1].start : range.end;
      const end = Math.max(start, this.text.lastIndexOf('\n', closing - 1) + 1);
      return { t: 'template', parts, range, content: { start, end }, heredoc: true };
    }
    return { t: 'template', parts, range, content: { start: range.start + 1, end: Math.max(range.start + 1, range.end - 1) }, heredoc: false };
  }

  private call(): Expr {
    const range = this.range();
    let name = '';
    let args: Expr[] = [];
    let expand = false;
    this.each((t) => {
      if (t === 'identifier' && !name) name = this.text.slice(this.c.startIndex, this.c.endIndex);
      else if (t === 'function_arguments') {
        args = this.expressions();
        this.each((u) => {
          if (u === 'expanded_argument' || u === '...') expand = true;
        });
      }
    });
    return { t: 'call', name, args, expand, range };
  }

  private forExpr(object: boolean): Expr {
    const range = this.range();
    const ids: string[] = [];
    let collection: Expr | undefined;
    const exprs: Expr[] = [];
    let cond: Expr | undefined;
    let grouping = false;
    this.each((t) => {
      if (t === 'for_intro') {
        this.each((u) => {
          if (u === 'identifier') ids.push(this.text.slice(this.c.startIndex, this.c.endIndex));
          else if (u === 'expression') collection = this.expr(u);
        });
      } else if (t === 'expression') exprs.push(this.expr(t));
      else if (t === 'for_cond') {
        this.each((u) => {
          if (u === 'expression') cond = this.expr(u);
        });
      } else if (t === 'ellipsis' || t === '...') grouping = true;
    });
    const value = object ? (exprs[1] ?? exprs[0]) : exprs[0];
    if (!collection || !value) return this.invalid();
    return {
      t: 'for',
      form: object ? 'object' : 'tuple',
      keyVar: ids.length > 1 ? ids[0] : undefined,
      valueVar: ids[ids.length - 1] ?? '_',
      collection,
      key: object ? exprs[0] : undefined,
      value,
      cond,
      grouping,
      range,
    };
  }
}

/** `{ a = 1 b = 2 }`: what Terraform says, with the two elements named as written. */
function separatorMissing(text: string, prev: Range, next: Range): string {
  const shown = (r: Range) => `${firstLine(text, r.start, r.end)}${r.end - r.start > 30 ? '...' : ''}`;
  return `HCL syntax error: a "," or a line break must separate "${shown(prev)}" from "${shown(next)}" in an object`;
}
