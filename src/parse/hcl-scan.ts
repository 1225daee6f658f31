/**
 * The outline of a native Terraform file: its top-level blocks and the attributes and blocks
 * directly inside each, with their offsets, found by a scan that steps over comments, strings,
 * templates and heredocs without building a syntax tree (issue 16). Two things need only this
 * much: which folders call which (every file of a run, before any unit starts), and which parts
 * of a file tree-sitter need not parse at all (parse/skipped-ranges.ts). Offsets are indexes into
 * the string given: UTF-16 code units for a decoded text, bytes for a latin1 view of the bytes.
 *
 * A text whose outline is not plain (an unclosed string or brace, a line that is neither an
 * attribute nor a block) has none: the caller parses it instead, and the parser says what is wrong.
 */
import {
  BACKSLASH,
  DOLLAR,
  EQ,
  HASH,
  LBRACE,
  LBRACKET,
  LPAREN,
  LT,
  NL,
  PERCENT,
  QUOTE,
  RBRACE,
  RBRACKET,
  RPAREN,
  SLASH,
  STAR,
  heredocClosing,
  heredocOpening,
  isBlank,
  isIdPart,
  isIdStart,
} from './hcl-lexical.js';

export interface OutlineItem {
  name: string;
  /** A nested block (`validation { ... }`) rather than an attribute. */
  block: boolean;
  /** From the name to the end of the value (before a comment on the same line) or the closing brace. */
  start: number;
  end: number;
  /** Where an attribute's value starts, after its `=`; -1 for a block. */
  valueStart: number;
}

export interface OutlineBlock {
  type: string;
  labels: string[];
  start: number;
  /** The offsets of the braces that open and close its body. */
  open: number;
  close: number;
  items: OutlineItem[];
}

export function outline(text: string): OutlineBlock[] | undefined {
  try {
    return new Scanner(text).file();
  } catch (e) {
    // A stack overflow too: whatever a hostile text does here, the parser is the one to report it.
    if (e === NOT_PLAIN || e instanceof RangeError) return undefined;
    throw e;
  }
}

/** Whether a quoted string (quotes included) is a literal: no `${` or `%{` template in it. */
export function isLiteralString(quoted: string): boolean {
  if (quoted.length < 2 || quoted.charCodeAt(0) !== QUOTE || quoted.charCodeAt(quoted.length - 1) !== QUOTE) return false;
  for (let i = 1; i < quoted.length - 1; i++) {
    const c = quoted.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if ((c === DOLLAR || c === PERCENT) && quoted.charCodeAt(i + 1) === LBRACE) return false;
    else if ((c === DOLLAR || c === PERCENT) && quoted.charCodeAt(i + 1) === c && quoted.charCodeAt(i + 2) === LBRACE) i += 2;
  }
  return true;
}

const NOT_PLAIN = new Error('not a plain outline');
const MAX_BLOCK_DEPTH = 64;

class Scanner {
  private i = 0;
  private readonly n: number;
  /** Templates inside strings inside templates: as deep as this, and no deeper. */
  private templates = 0;

  constructor(private readonly t: string) {
    this.n = t.length;
  }

  private at(k = 0): number {
    return this.t.charCodeAt(this.i + k);
  }

  file(): OutlineBlock[] {
    const blocks: OutlineBlock[] = [];
    for (;;) {
      this.trivia();
      if (this.i >= this.n) return blocks;
      const start = this.i;
      const type = this.identifier();
      this.blanks();
      if (this.at() === EQ && this.at(1) !== EQ) {
        // A top-level attribute: a variable file (`.tfvars`), or an error the parser reports.
        this.i++;
        this.value();
        continue;
      }
      const labels = this.labels();
      if (this.at() !== LBRACE) throw NOT_PLAIN;
      const open = this.i++;
      const items = this.body();
      blocks.push({ type, labels, start, open, close: this.i - 1, items });
    }
  }

  /** Blanks, line breaks and comments. */
  private trivia(): void {
    while (this.i < this.n) {
      const c = this.at();
      if (isBlank(c) || c === NL) this.i++;
      else if (c === HASH || (c === SLASH && this.at(1) === SLASH)) this.line();
      else if (c === SLASH && this.at(1) === STAR) this.blockComment();
      else return;
    }
  }

  private blanks(): void {
    while (isBlank(this.at())) this.i++;
  }

  private identifier(): string {
    const start = this.i;
    if (!isIdStart(this.at())) throw NOT_PLAIN;
    while (this.i < this.n && isIdPart(this.at())) this.i++;
    return this.t.slice(start, this.i);
  }

  private labels(): string[] {
    const labels: string[] = [];
    for (;;) {
      if (this.at() === QUOTE) {
        const start = this.i;
        if (!this.string()) throw NOT_PLAIN;
        labels.push(this.t.slice(start + 1, this.i - 1));
      } else if (isIdStart(this.at())) labels.push(this.identifier());
      else return labels;
      this.blanks();
    }
  }

  /** From after a `{` to after its `}`: the attributes and blocks directly inside. Blocks nested
   * deeper than real configurations do (a hostile file of 100,000) are not plain: no stack overflow. */
  private body(depth = 1): OutlineItem[] {
    if (depth > MAX_BLOCK_DEPTH) throw NOT_PLAIN;
    const items: OutlineItem[] = [];
    for (;;) {
      this.trivia();
      if (this.i >= this.n) throw NOT_PLAIN;
      if (this.at() === RBRACE) {
        this.i++;
        return items;
      }
      const start = this.i;
      const name = this.identifier();
      this.blanks();
      if (this.at() === EQ && this.at(1) !== EQ) {
        this.i++;
        const valueStart = this.i;
        const end = this.value();
        items.push({ name, block: false, start, end, valueStart });
        continue;
      }
      this.labels();
      if (this.at() !== LBRACE) throw NOT_PLAIN;
      this.i++;
      this.body(depth + 1);
      items.push({ name, block: true, start, end: this.i, valueStart: -1 });
    }
  }

  /** An attribute's value: to the end of its line outside brackets, or to the brace that closes a
   * one-line block (left for the caller). Returns where it ends, before blanks and a comment. */
  private value(): number {
    let depth = 0;
    let end = this.i;
    while (this.i < this.n) {
      const c = this.at();
      if (c === NL && depth === 0) return end;
      if (c === HASH || (c === SLASH && this.at(1) === SLASH)) {
        this.line();
        continue;
      }
      if (c === SLASH && this.at(1) === STAR) {
        this.blockComment();
        continue;
      }
      if (isBlank(c) || c === NL) {
        this.i++;
        continue;
      }
      if (c === QUOTE) {
        if (!this.string()) throw NOT_PLAIN;
      } else if (c === LT && this.at(1) === LT && this.heredoc()) {
        // The heredoc ends its line: its closing marker is where the value ends.
      } else if (c === LBRACE || c === LBRACKET || c === LPAREN) {
        depth++;
        this.i++;
      } else if (c === RBRACE || c === RBRACKET || c === RPAREN) {
        if (depth === 0) {
          if (c !== RBRACE) throw NOT_PLAIN;
          return end;
        }
        depth--;
        this.i++;
      } else this.i++;
      end = this.i;
    }
    if (depth) throw NOT_PLAIN;
    return end;
  }

  private line(): void {
    while (this.i < this.n && this.at() !== NL) this.i++;
  }

  private blockComment(): void {
    const close = this.t.indexOf('*/', this.i + 2);
    if (close < 0) throw NOT_PLAIN;
    this.i = close + 2;
  }

  /** A quoted string from its opening quote to after its closing one; false (and the scan stops
   * at the line's end) when the line ends first. */
  private string(): boolean {
    this.i++;
    while (this.i < this.n) {
      const c = this.at();
      if (c === QUOTE) {
        this.i++;
        return true;
      }
      if (c === NL) return false;
      if (c === BACKSLASH) this.i += 2;
      else if ((c === DOLLAR || c === PERCENT) && this.at(1) === c && this.at(2) === LBRACE) this.i += 3;
      else if ((c === DOLLAR || c === PERCENT) && this.at(1) === LBRACE) this.template();
      else this.i++;
    }
    return false;
  }

  /** `${ ... }` or `%{ ... }` from its `$`: past the brace that closes it, strings inside included. */
  private template(): void {
    if (++this.templates > MAX_BLOCK_DEPTH) throw NOT_PLAIN;
    this.i += 2;
    let depth = 1;
    while (this.i < this.n) {
      const c = this.at();
      if (c === QUOTE) {
        if (!this.string()) throw NOT_PLAIN;
        continue;
      }
      if (c === LBRACE) depth++;
      else if (c === RBRACE && --depth === 0) {
        this.i++;
        this.templates--;
        return;
      }
      this.i++;
    }
    throw NOT_PLAIN;
  }

  /** `<<EOT` or `<<-EOT` and a line break: past the closing marker (alone on its line, indent
   * allowed). False, with nothing moved, for a `<<` that starts none. */
  private heredoc(): boolean {
    const open = heredocOpening(this.t, this.i);
    if (!open) return false;
    for (let line = open.lineEnd + 1; line < this.n;) {
      const end = heredocClosing(this.t, line, open.marker);
      if (end >= 0) {
        this.i = end;
        return true;
      }
      const next = this.t.indexOf('\n', line);
      if (next < 0) break;
      line = next + 1;
    }
    throw NOT_PLAIN;
  }
}
