/**
 * The first bracket or quote of a native Terraform text that is never closed, or closes nothing,
 * found by a scan that steps over comments, the literal text of strings and heredocs, and follows
 * the `${ }` and `%{ }` templates inside them (issue 12: a syntax error points at what to fix).
 *
 * tree-sitter recovers from most errors close to where they are, but after some (an opening
 * parenthesis left behind inside an object, say) it wraps the whole file in one ERROR node: the
 * error was then reported at line 1, on the file's first comment, and an editor underlined every
 * line. parse/hcl.ts asks this scan where the error is before it falls back on that node.
 */
export interface BracketProblem {
  /** Offset of what to fix: the bracket or quote that is never closed, or the one that closes nothing. */
  at: number;
  message: string;
}

const NL = 10;
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
const LBRACKET = 91;
const BACKSLASH = 92;
const RBRACKET = 93;
const LBRACE = 123;
const RBRACE = 125;
/** On the stack besides brackets: a quoted string, a heredoc, a template inside either. */
const STRING = -1;
const HEREDOC = -2;
const TEMPLATE = -3;

const CLOSER: Record<number, string> = { [LPAREN]: ')', [LBRACKET]: ']', [LBRACE]: '}' };
const OPENER: Record<number, number> = { [RPAREN]: LPAREN, [RBRACKET]: LBRACKET, [RBRACE]: LBRACE };

const isIdStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isIdPart = (c: number) => isIdStart(c) || (c >= 48 && c <= 57) || c === MINUS;
const isBlank = (c: number) => c === 32 || c === 9 || c === 13;

/** Undefined when every bracket and quote is closed (the error is something else), and when an
 * unclosed comment or heredoc leaves the rest unreadable: tree-sitter's own report stands then. */
export function bracketProblem(text: string): BracketProblem | undefined {
  // What is open, innermost last: a bracket's character code, or STRING / HEREDOC / TEMPLATE.
  const kinds: number[] = [];
  const offsets: number[] = [];
  const markers: string[] = [];
  const n = text.length;
  const lineOf = (at: number) => {
    let line = 1;
    for (let k = text.indexOf('\n'); k >= 0 && k < at; k = text.indexOf('\n', k + 1)) line++;
    return line;
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const top = kinds.length ? kinds[kinds.length - 1] : 0;
    if (top === STRING || top === HEREDOC) {
      // Literal text: only an escape, a template, or the string's own end counts.
      if ((c === DOLLAR || c === PERCENT) && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === LBRACE) i += 3;
      else if ((c === DOLLAR || c === PERCENT) && text.charCodeAt(i + 1) === LBRACE) {
        kinds.push(TEMPLATE);
        offsets.push(i);
        i += 2;
      } else if (top === STRING && c === BACKSLASH) i += 2;
      else if (top === STRING && c === QUOTE) {
        kinds.pop();
        offsets.pop();
        i++;
      } else if (top === STRING && c === NL) {
        // `"${var.a"`: the quote that should have ended the string opened one inside the template,
        // whose "}" is what is missing.
        const k = kinds.length - 2;
        if (k >= 0 && kinds[k] === TEMPLATE) {
          const open = text.slice(offsets[k], offsets[k] + 2);
          return { at: offsets[k], message: `this "${open}" is never closed; add the missing "}" before the closing quote` };
        }
        return { at: offsets[offsets.length - 1], message: 'this string is never closed: a quoted string ends on its own line; add the closing quote' };
      } else if (top === HEREDOC && c === NL) {
        const end = heredocEnd(text, i + 1, markers[markers.length - 1]);
        if (end < 0) i++;
        else {
          kinds.pop();
          offsets.pop();
          markers.pop();
          i = end;
        }
      } else i++;
      continue;
    }
    if (c === HASH || (c === SLASH && text.charCodeAt(i + 1) === SLASH)) {
      const eol = text.indexOf('\n', i);
      i = eol < 0 ? n : eol;
    } else if (c === SLASH && text.charCodeAt(i + 1) === STAR) {
      const close = text.indexOf('*/', i + 2);
      if (close < 0) return undefined;
      i = close + 2;
    } else if (c === QUOTE) {
      kinds.push(STRING);
      offsets.push(i);
      i++;
    } else if (c === LT && text.charCodeAt(i + 1) === LT) {
      const heredoc = heredocStart(text, i);
      if (heredoc) {
        kinds.push(HEREDOC);
        offsets.push(i);
        markers.push(heredoc.marker);
        // From the line break that ends the opening line: the marker may close the next line.
        i = heredoc.lineEnd;
      } else i += 2;
    } else if (c === LPAREN || c === LBRACKET || c === LBRACE) {
      kinds.push(c);
      offsets.push(i);
      i++;
    } else if (c === RPAREN || c === RBRACKET || c === RBRACE) {
      if (c === RBRACE && top === TEMPLATE) {
        kinds.pop();
        offsets.pop();
      } else if (top === OPENER[c]) {
        kinds.pop();
        offsets.pop();
      } else if (top > 0 && kinds.includes(OPENER[c])) {
        // It closes a bracket further out: the ones opened since were left open.
        const close = String.fromCharCode(c);
        return {
          at: offsets[offsets.length - 1],
          message: `this "${String.fromCharCode(top)}" is never closed: the "${close}" on line ${lineOf(i)} comes first; add the missing "${CLOSER[top]}"`,
        };
      } else {
        // Nothing open that it could close: it is the one too many.
        return { at: i, message: `this "${String.fromCharCode(c)}" closes nothing that is open: remove it, or add what it was meant to close` };
      }
      i++;
    } else i++;
  }
  // The end of the text with something open: the innermost, which the parser met last.
  for (let k = kinds.length - 1; k >= 0; k--) {
    if (kinds[k] > 0) return { at: offsets[k], message: `this "${String.fromCharCode(kinds[k])}" is never closed; add the missing "${CLOSER[kinds[k]]}"` };
    if (kinds[k] === STRING) return { at: offsets[k], message: 'this string is never closed; add the closing quote' };
    if (kinds[k] === HEREDOC) return undefined;
  }
  return undefined;
}

/** `<<EOT` or `<<-EOT` followed by the end of its line: the marker, and where that line ends. */
function heredocStart(text: string, at: number): { marker: string; lineEnd: number } | undefined {
  let j = at + 2;
  if (text.charCodeAt(j) === MINUS) j++;
  const start = j;
  if (!isIdStart(text.charCodeAt(j))) return undefined;
  while (j < text.length && isIdPart(text.charCodeAt(j))) j++;
  const marker = text.slice(start, j);
  while (isBlank(text.charCodeAt(j))) j++;
  return text.charCodeAt(j) === NL ? { marker, lineEnd: j } : undefined;
}

/** Where a heredoc ends if the line starting at `line` is its closing marker (indent allowed); -1 if not. */
function heredocEnd(text: string, line: number, marker: string): number {
  let k = line;
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
  if (!text.startsWith(marker, k)) return -1;
  let end = k + marker.length;
  while (isBlank(text.charCodeAt(end))) end++;
  return end >= text.length || text.charCodeAt(end) === NL ? k + marker.length : -1;
}
