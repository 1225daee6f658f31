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
import {
  BACKSLASH,
  DOLLAR,
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
} from './hcl-lexical.js';

export interface BracketProblem {
  /** Offset of what to fix: the bracket or quote that is never closed, or the one that closes nothing. */
  at: number;
  message: string;
}

/** On the stack besides brackets: a quoted string, a heredoc, a template inside either. */
const STRING = -1;
const HEREDOC = -2;
const TEMPLATE = -3;

const CLOSER: Record<number, string> = { [LPAREN]: ')', [LBRACKET]: ']', [LBRACE]: '}' };
const OPENER: Record<number, number> = { [RPAREN]: LPAREN, [RBRACKET]: LBRACKET, [RBRACE]: LBRACE };

/** Undefined when every bracket and quote is closed (the error is something else), and when an
 * unclosed comment or heredoc leaves the rest unreadable: tree-sitter's own report stands then.
 * `start` and `end`: the part of the text that was parsed (a deferred attribute is parsed alone,
 * and scanning the whole file for each would make a file of many broken values quadratic). */
export function bracketProblem(text: string, start = 0, end = text.length): BracketProblem | undefined {
  // What is open, innermost last: a bracket's character code, or STRING / HEREDOC / TEMPLATE.
  const kinds: number[] = [];
  const offsets: number[] = [];
  const markers: string[] = [];
  const n = end;
  const lineOf = (at: number) => {
    let line = 1;
    for (let k = text.indexOf('\n'); k >= 0 && k < at; k = text.indexOf('\n', k + 1)) line++;
    return line;
  };
  let i = start;
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
        const end = heredocClosing(text, i + 1, markers[markers.length - 1]);
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
      const heredoc = heredocOpening(text, i);
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
