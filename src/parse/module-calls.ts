/**
 * The `source` of every top-level `module` block of a native Terraform file, read from its bytes
 * without parsing it (issue 16). Deciding which folders are roots needs only these, for every file
 * of the run, before any unit starts: parsing them for it took the main thread 1.7 s of the
 * real-world evaluation folder's 5 s, while the workers waited. Terraform requires `source` to be a
 * literal string, so a scan that steps over comments, strings, templates and heredocs finds all of
 * them; a commented-out or quoted call counts for nothing (issue 12).
 *
 * Works on UTF-8 bytes: every character the scan stops at is ASCII, and no byte of a multi-byte
 * character is below 0x80, so no decoding is needed.
 */
export function moduleCallSources(bytes: Uint8Array): string[] {
  return new Scan(bytes).run();
}

const NL = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const QUOTE = 34;
const HASH = 35;
const DOLLAR = 36;
const PERCENT = 37;
const LPAREN = 40;
const RPAREN = 41;
const STAR = 42;
const MINUS = 45;
const SLASH = 47;
const LT = 60;
const EQ = 61;
const LBRACKET = 91;
const BACKSLASH = 92;
const RBRACKET = 93;
const LBRACE = 123;
const RBRACE = 125;

const isIdStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c >= 0x80;
const isIdPart = (c: number) => isIdStart(c) || (c >= 48 && c <= 57) || c === MINUS;

class Scan {
  private i = 0;
  private readonly out: string[] = [];
  private readonly decoder = new TextDecoder();

  constructor(private readonly b: Uint8Array) {}

  run(): string[] {
    const b = this.b;
    const n = b.length;
    let depth = 0;
    /** The depth of the `module` block being read (its body is one deeper), or -1. */
    let moduleDepth = -1;
    /** Whether nothing but blanks came since the line (or the block body) began: where an
     * attribute or a block starts. */
    let itemStart = true;
    while (this.i < n) {
      const c = b[this.i];
      if (c === NL) {
        itemStart = true;
        this.i++;
      } else if (c === SPACE || c === TAB || c === CR) this.i++;
      else if (c === HASH || (c === SLASH && b[this.i + 1] === SLASH)) this.skipLine();
      else if (c === SLASH && b[this.i + 1] === STAR) this.skipBlockComment();
      else if (c === QUOTE) {
        this.skipString();
        itemStart = false;
      } else if (c === LT && b[this.i + 1] === LT && this.skipHeredoc()) itemStart = false;
      else if (c === LBRACE || c === LBRACKET || c === LPAREN) {
        depth++;
        this.i++;
        // A one-line block holds one attribute after its brace: `module "x" { source = "./x" }`.
        itemStart = c === LBRACE;
      } else if (c === RBRACE || c === RBRACKET || c === RPAREN) {
        if (depth > 0) depth--;
        if (depth === moduleDepth) moduleDepth = -1;
        this.i++;
        itemStart = false;
      } else if (isIdStart(c)) {
        const start = this.i;
        while (this.i < n && isIdPart(b[this.i])) this.i++;
        if (itemStart && depth === 0 && moduleDepth < 0 && this.word(start, 'module') && this.moduleHeader()) {
          moduleDepth = 0;
          depth = 1;
          itemStart = true;
          continue;
        }
        if (itemStart && moduleDepth >= 0 && depth === moduleDepth + 1 && this.word(start, 'source')) this.sourceAttribute();
        itemStart = false;
      } else {
        this.i++;
        itemStart = false;
      }
    }
    return this.out;
  }

  private word(start: number, w: string): boolean {
    if (this.i - start !== w.length) return false;
    for (let k = 0; k < w.length; k++) if (this.b[start + k] !== w.charCodeAt(k)) return false;
    return true;
  }

  private blanks(): void {
    while (this.b[this.i] === SPACE || this.b[this.i] === TAB) this.i++;
  }

  /** After `module`: a label (quoted or bare) and the opening brace, consumed; else nothing moves
   * past what does not match (`module = ...` is an attribute). */
  private moduleHeader(): boolean {
    const b = this.b;
    const back = this.i;
    this.blanks();
    if (b[this.i] === QUOTE) {
      this.i++;
      while (this.i < b.length && b[this.i] !== QUOTE && b[this.i] !== NL) this.i += b[this.i] === BACKSLASH ? 2 : 1;
      if (b[this.i] !== QUOTE) return this.reset(back);
      this.i++;
    } else if (isIdStart(b[this.i])) {
      while (this.i < b.length && isIdPart(b[this.i])) this.i++;
    } else return this.reset(back);
    this.blanks();
    if (b[this.i] !== LBRACE) return this.reset(back);
    this.i++;
    return true;
  }

  private reset(to: number): false {
    this.i = to;
    return false;
  }

  /** After `source` in a module block: `= "literal"` is a call's source; a template (`${`) is not
   * a literal, and Terraform rejects it. */
  private sourceAttribute(): void {
    const b = this.b;
    this.blanks();
    if (b[this.i] !== EQ || b[this.i + 1] === EQ) return;
    this.i++;
    this.blanks();
    if (b[this.i] !== QUOTE) return;
    const start = this.i + 1;
    const literal = this.skipString();
    if (literal && b[this.i - 1] === QUOTE) this.out.push(this.decoder.decode(b.subarray(start, this.i - 1)));
  }

  private skipLine(): void {
    while (this.i < this.b.length && this.b[this.i] !== NL) this.i++;
  }

  private skipBlockComment(): void {
    this.i += 2;
    while (this.i < this.b.length && !(this.b[this.i] === STAR && this.b[this.i + 1] === SLASH)) this.i++;
    this.i += 2;
  }

  /** A quoted string from its opening quote: past its closing quote, or to the end of its line
   * when it has none (an unclosed string must not swallow the file). Whether it held no template. */
  private skipString(): boolean {
    const b = this.b;
    let literal = true;
    this.i++;
    while (this.i < b.length) {
      const c = b[this.i];
      if (c === QUOTE) {
        this.i++;
        return literal;
      }
      if (c === NL) return literal;
      if (c === BACKSLASH) this.i += 2;
      else if ((c === DOLLAR || c === PERCENT) && b[this.i + 1] === c && b[this.i + 2] === LBRACE) this.i += 3;
      else if ((c === DOLLAR || c === PERCENT) && b[this.i + 1] === LBRACE) {
        literal = false;
        this.skipTemplate();
      } else this.i++;
    }
    return literal;
  }

  /** `${ ... }` or `%{ ... }` from its `$`: past the brace that closes it, strings inside included. */
  private skipTemplate(): void {
    const b = this.b;
    this.i += 2;
    let depth = 1;
    while (this.i < b.length && depth > 0) {
      const c = b[this.i];
      if (c === QUOTE) this.skipString();
      else {
        if (c === LBRACE) depth++;
        else if (c === RBRACE) depth--;
        this.i++;
      }
    }
  }

  /** `<<EOT` or `<<-EOT` and a line break: past the line that closes it (its marker alone, indent
   * allowed), or to the end of the file. False, with nothing moved, for a `<<` that starts none. */
  private skipHeredoc(): boolean {
    const b = this.b;
    let j = this.i + 2;
    if (b[j] === MINUS) j++;
    const start = j;
    while (j < b.length && isIdPart(b[j])) j++;
    if (j === start || !isIdStart(b[start])) return false;
    const marker = b.subarray(start, j);
    while (b[j] === SPACE || b[j] === TAB || b[j] === CR) j++;
    if (b[j] !== NL) return false;
    j++;
    while (j < b.length) {
      let k = j;
      while (b[k] === SPACE || b[k] === TAB) k++;
      let m = 0;
      while (m < marker.length && b[k + m] === marker[m]) m++;
      let end = k + m;
      if (m === marker.length) {
        while (b[end] === SPACE || b[end] === TAB || b[end] === CR) end++;
        if (end >= b.length || b[end] === NL) {
          this.i = end;
          return true;
        }
      }
      while (j < b.length && b[j] !== NL) j++;
      j++;
    }
    this.i = b.length;
    return true;
  }
}
