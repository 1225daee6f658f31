import type { Range } from '../model/source.js';
import type { Attribute, Expr } from './hcl-ast.js';
import type { OutlineItem } from './hcl-scan.js';

/** Parses one attribute of a file on its own (parse/hcl.ts): its expression, offsets as in the file. */
export type ParseAttribute = (range: Range) => Expr;

/**
 * An attribute whose value tree-sitter parses the first time something reads `expr`
 * (parse/skipped-ranges.ts, issue 16): its name and offsets come from the file's outline, which
 * gives them exactly as the parser does (test/parse-skipped.test.ts compares every fixture and
 * example). A class, not an object literal with a getter: V8 allocates a literal's accessor pairs
 * in the old generation, and they would keep the file alive (docs/ARCHITECTURE.md, "Memory").
 */
export class DeferredAttribute implements Attribute {
  readonly name: string;
  readonly range: Range;
  readonly nameRange: Range;
  #expr: Expr | undefined;
  readonly #parse: ParseAttribute;

  constructor(item: OutlineItem, parse: ParseAttribute) {
    this.name = item.name;
    this.range = { start: item.start, end: item.end };
    this.nameRange = { start: item.start, end: item.start + item.name.length };
    this.#parse = parse;
  }

  get expr(): Expr {
    return (this.#expr ??= this.#parse(this.range));
  }

  /** What a parsed attribute serialises to (tests compare the two readings of a file this way). */
  toJSON(): Attribute {
    return { name: this.name, expr: this.expr, range: this.range, nameRange: this.nameRange };
  }
}
