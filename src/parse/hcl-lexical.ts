// What the scans of native Terraform text without a syntax tree share (hcl-scan.ts: a file's
// outline; bracket-scan.ts: where a syntax error is): character codes, and where a heredoc starts
// and ends.

export const NL = 10;
export const CR = 13;
export const SPACE = 32;
export const TAB = 9;
export const QUOTE = 34;
export const HASH = 35;
export const DOLLAR = 36;
export const PERCENT = 37;
export const LPAREN = 40;
export const RPAREN = 41;
export const STAR = 42;
export const MINUS = 45;
export const SLASH = 47;
export const LT = 60;
export const EQ = 61;
export const LBRACKET = 91;
export const BACKSLASH = 92;
export const RBRACKET = 93;
export const LBRACE = 123;
export const RBRACE = 125;

export const isIdStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c >= 0x80;
export const isIdPart = (c: number) => isIdStart(c) || (c >= 48 && c <= 57) || c === MINUS;
export const isBlank = (c: number) => c === SPACE || c === TAB || c === CR;

/** `<<EOT` or `<<-EOT` at `at`, followed by the end of its line: the marker, and the offset of the
 * line break that ends the opening line; undefined for a `<<` that starts no heredoc. */
export function heredocOpening(text: string, at: number): { marker: string; lineEnd: number } | undefined {
  let j = at + 2;
  if (text.charCodeAt(j) === MINUS) j++;
  const start = j;
  if (!isIdStart(text.charCodeAt(j))) return undefined;
  while (j < text.length && isIdPart(text.charCodeAt(j))) j++;
  const marker = text.slice(start, j);
  while (isBlank(text.charCodeAt(j))) j++;
  return text.charCodeAt(j) === NL ? { marker, lineEnd: j } : undefined;
}

/** Where the heredoc ends (just after its marker) if the line starting at `line` is its closing
 * marker, alone on its line with indent allowed; -1 if not. */
export function heredocClosing(text: string, line: number, marker: string): number {
  let k = line;
  while (text.charCodeAt(k) === SPACE || text.charCodeAt(k) === TAB) k++;
  if (!text.startsWith(marker, k)) return -1;
  let end = k + marker.length;
  while (isBlank(text.charCodeAt(end))) end++;
  return end >= text.length || text.charCodeAt(end) === NL ? k + marker.length : -1;
}

/** The text from `start` to `end`, at most `max` characters of its first line: how a syntax error
 * names what it is about. */
export function firstLine(text: string, start: number, end: number, max = 30): string {
  return text.slice(start, Math.min(end, start + max)).split(/\r?\n/)[0];
}

/** Whether no line break stands between `end` and `start`. */
export function sameLine(text: string, end: number, start: number): boolean {
  const newline = text.indexOf('\n', end);
  return newline < 0 || newline >= start;
}
