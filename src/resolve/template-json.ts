import { codePoint } from '../parse/hcl-escapes.js';
import type { Expr, TemplatePart } from '../parse/hcl-ast.js';
import { parseJson, type JsonParse } from '../parse/json.js';
import type { Range, SourceFile } from '../model/source.js';
import { isKnownDeep, toPlain, type Value } from '../model/value.js';

/**
 * Reads a heredoc or quoted template as JSON while keeping file offsets: each character of the
 * decoded text remembers the file offset it came from. An interpolation whose value is known is
 * substituted (JSON-escaped inside a string, rendered as Terraform does outside one); an unknown one is masked
 * with same-length filler and its JSON value becomes Unknown (design §3); a directive between
 * JSON members is blanked, and the object or list around it becomes (partly) Unknown.
 */
export function templateAsJson(src: SourceFile, tmpl: Extract<Expr, { t: 'template' }>, evaluate: (e: Expr) => Value): JsonParse {
  const out: string[] = [];
  const offsets: number[] = [];
  const masked: Array<Range & { expr: string }> = [];
  const holes: Array<Range & { expr: string }> = [];
  let inString = false;
  let escaped = false;
  const text = src.text;
  const push = (s: string, at: number | ((i: number) => number)) => {
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      if (inString) {
        if (escaped) escaped = false;
        else if (c === '\\') escaped = true;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      out.push(c);
      offsets.push(typeof at === 'number' ? at : at(i));
    }
  };
  const literal = (start: number, end: number) => {
    let i = start;
    while (i < end) {
      const c = text[i];
      if ((c === '$' || c === '%') && text[i + 1] === c && text[i + 2] === '{') {
        push(c + '{', (k) => i + 1 + k);
        i += 3;
      } else if (!tmpl.heredoc && c === '\\' && i + 1 < end) {
        const m = /^\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/s.exec(text.slice(i, i + 10))!;
        const esc = m[1];
        const ch = esc === 'n' ? '\n' : esc === 't' ? '\t' : esc === 'r' ? '\r' : esc[0] === 'u' || esc[0] === 'U' ? codePoint(esc.slice(1)) : esc;
        push(ch, i);
        i += m[0].length;
      } else {
        push(c, i);
        i++;
      }
    }
  };
  const parts = [...tmpl.parts].sort((a, b) => a.range.start - b.range.start);
  let pos = tmpl.content.start;
  for (const part of parts) {
    if (part.t === 'literal') continue;
    literal(pos, Math.max(pos, part.range.start));
    substitute(part);
    pos = Math.max(pos, part.range.end);
  }
  literal(pos, tmpl.content.end);
  offsets.push(tmpl.content.end);
  return parseJson({ file: src.path, text: out.join(''), offsets, masked, holes });

  /** What the known value adds to the JSON text. Between JSON tokens, what Terraform renders: a
   * string as it is (a fragment such as `"IpAddress": {...},`, or "" when a conditional leaves it
   * out: quoting it gave a parse-error on valid policies), a number or bool as its text, and a
   * `jsonencode` result as its JSON. Inside a JSON string, escaped, as the author meant it. */
  function rendered(value: Value, plain: unknown): string {
    if (inString) return JSON.stringify(typeof plain === 'string' ? plain : JSON.stringify(plain)).slice(1, -1);
    if (typeof plain === 'string' && value.encoded !== 'json') return plain;
    return JSON.stringify(plain);
  }

  function substitute(part: Exclude<TemplatePart, { t: 'literal' }>) {
    const exprText = text.slice(part.range.start, part.range.end);
    const value = part.t === 'interpolation' ? evaluate(part.expr) : undefined;
    const plain = value && isKnownDeep(value) ? toPlain(value) : undefined;
    if (plain !== undefined) {
      push(rendered(value!, plain), part.range.start);
      return;
    }
    const start = out.length;
    const len = part.range.end - part.range.start;
    if (part.t === 'directive' && !inString) {
      // `%{ for }` / `%{ if }` between JSON members: what they render is Unknown, and the object
      // or list around them is judged as such (never as broken JSON, never without them).
      push(' '.repeat(len), (k) => part.range.start + k);
      holes.push({ start, end: start + len, expr: exprText });
      return;
    }
    const filler = inString ? '_'.repeat(len) : '0' + ' '.repeat(len - 1);
    push(filler, (k) => part.range.start + k);
    masked.push({ start, end: start + len, expr: exprText });
  }
}
