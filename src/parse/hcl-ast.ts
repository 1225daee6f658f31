import type { Range } from '../model/source.js';

/** A plain-JS HCL syntax tree, converted once from tree-sitter so the wasm tree can be freed. */
export type Expr =
  | { t: 'literal'; value: string | number | boolean | null; range: Range }
  | { t: 'template'; parts: TemplatePart[]; range: Range; content: Range; heredoc: boolean }
  | { t: 'tuple'; items: Expr[]; range: Range }
  | { t: 'object'; elems: ObjectElem[]; range: Range }
  | { t: 'variable'; name: string; range: Range }
  | { t: 'getattr'; object: Expr; name: string; range: Range }
  | { t: 'index'; object: Expr; key: Expr; range: Range }
  | { t: 'splat'; object: Expr; each: Accessor[]; range: Range }
  | { t: 'call'; name: string; args: Expr[]; expand: boolean; range: Range }
  | {
      t: 'for';
      form: 'tuple' | 'object';
      keyVar?: string;
      valueVar: string;
      collection: Expr;
      key?: Expr;
      value: Expr;
      cond?: Expr;
      grouping: boolean;
      range: Range;
    }
  | { t: 'conditional'; cond: Expr; then: Expr; else: Expr; range: Range }
  | { t: 'unary'; op: string; operand: Expr; range: Range }
  | { t: 'binary'; op: string; left: Expr; right: Expr; range: Range }
  | { t: 'invalid'; range: Range };

export type Accessor = { t: 'attr'; name: string } | { t: 'index'; key: Expr };

/** A literal part is the raw source slice; `expr` parts are `${...}`, `directive` parts `%{...}`. */
export type TemplatePart = { t: 'literal'; range: Range } | { t: 'interpolation'; expr: Expr; range: Range } | { t: 'directive'; range: Range };

export interface ObjectElem {
  key: Expr;
  value: Expr;
  range: Range;
}

export interface Attribute {
  name: string;
  expr: Expr;
  range: Range;
  nameRange: Range;
}

export interface Block {
  type: string;
  labels: string[];
  body: Body;
  range: Range;
  hasError: boolean;
}

export interface Body {
  attributes: Attribute[];
  blocks: Block[];
}

export interface Comment {
  text: string;
  range: Range;
}

export interface HclFile {
  body: Body;
  comments: Comment[];
  errors: Array<{ message: string; range: Range }>;
  /** Errors found when a deferred attribute was parsed (parse/deferred-attribute.ts): known only
   * once something read it, so the unit reports them after judging. */
  deferredErrors?: Array<{ message: string; range: Range }>;
}

export function attr(body: Body, name: string): Attribute | undefined {
  return body.attributes.find((a) => a.name === name);
}

export function blocksOf(body: Body, type: string): Block[] {
  return body.blocks.filter((b) => b.type === type);
}

/** The source text of an expression, e.g. `var.ids`, for Unknown values and messages. */
export function exprText(text: string, e: { range: Range }): string {
  return text.slice(e.range.start, e.range.end);
}

/** The expressions directly inside `e`, for walks that look for something in an expression tree. */
export function childExpressions(e: Expr): Expr[] {
  switch (e.t) {
    case 'getattr':
      return [e.object];
    case 'splat':
      return [e.object, ...e.each.flatMap((s) => (s.t === 'index' ? [s.key] : []))];
    case 'index':
      return [e.object, e.key];
    case 'template':
      return e.parts.flatMap((p) => (p.t === 'interpolation' ? [p.expr] : []));
    case 'tuple':
      return e.items;
    case 'object':
      return e.elems.flatMap((el) => [el.key, el.value]);
    case 'call':
      return e.args;
    case 'for':
      return [e.collection, e.value, ...(e.key ? [e.key] : []), ...(e.cond ? [e.cond] : [])];
    case 'conditional':
      return [e.cond, e.then, e.else];
    case 'unary':
      return [e.operand];
    case 'binary':
      return [e.left, e.right];
    default:
      return [];
  }
}
