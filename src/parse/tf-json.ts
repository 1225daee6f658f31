import { parseJson } from './json.js';
import { parseHclLoaded } from './hcl.js';
import { loadParser } from './parser.js';
import { makeSource, type Range, type SourceFile } from '../model/source.js';
import type { Body, Expr, HclFile, TemplatePart } from './hcl-ast.js';
import type { Value } from '../model/value.js';

/** Nested blocks policylint reads; Terraform knows them from provider schemas, JSON syntax does not say. */
const BLOCK_KEYS = new Set(['statement', 'principals', 'not_principals', 'condition', 'inline_policy', 'content']);

/**
 * Terraform's JSON syntax (`.tf.json`) as the same HCL syntax tree the `.tf` reader produces, so
 * variables, locals, data sources and modules resolve alike. `${...}` in strings is parsed as HCL at
 * its own offset in the file, so positions stay file positions.
 */
export async function parseTerraformJson(src: SourceFile): Promise<HclFile> {
  await loadParser(false);
  const parsed = parseJson({ file: src.path, text: src.text, subject: 'configuration' });
  const errors = [...parsed.errors, ...parsed.duplicates].slice(0, 1).map((e) => ({ message: e.message, range: e.range }));
  const root = parsed.value;
  const body: Body = { attributes: [], blocks: [] };
  if (!root || root.kind !== 'object' || errors.length) return { body, comments: [], errors };
  const conv = new JsonConverter(src);
  for (const top of root.entries) {
    const v = top.value;
    if (v.kind !== 'object') continue;
    const range = v.origin!.range;
    if (top.key === 'resource' || top.key === 'data') {
      for (const type of v.entries) {
        if (type.value.kind !== 'object') continue;
        for (const named of type.value.entries) {
          for (const b of objects(named.value))
            body.blocks.push({ type: top.key, labels: [type.key, named.key], body: conv.body(b), range: b.origin!.range, hasError: false });
        }
      }
    } else if (top.key === 'variable' || top.key === 'module' || top.key === 'output') {
      for (const named of v.entries)
        for (const b of objects(named.value))
          body.blocks.push({ type: top.key, labels: [named.key], body: conv.body(b), range: b.origin!.range, hasError: false });
    } else if (top.key === 'locals') {
      for (const b of objects(v)) body.blocks.push({ type: 'locals', labels: [], body: conv.body(b), range, hasError: false });
    }
  }
  return { body, comments: [], errors };
}

function objects(v: Value): Value[] {
  if (v.kind === 'object') return [v];
  if (v.kind === 'list') return v.items.filter((i) => i.kind === 'object');
  return [];
}

class JsonConverter {
  constructor(private src: SourceFile) {}

  body(obj: Value): Body {
    const body: Body = { attributes: [], blocks: [] };
    if (obj.kind !== 'object') return body;
    for (const e of obj.entries) {
      if (e.key === 'dynamic' && e.value.kind === 'object') {
        for (const d of e.value.entries)
          for (const b of objects(d.value)) body.blocks.push({ type: 'dynamic', labels: [d.key], body: this.body(b), range: b.origin!.range, hasError: false });
      } else if (BLOCK_KEYS.has(e.key) && objects(e.value).length) {
        for (const b of objects(e.value)) body.blocks.push({ type: e.key, labels: [], body: this.body(b), range: b.origin!.range, hasError: false });
      } else {
        const nameRange = e.keyOrigin?.range ?? e.value.origin!.range;
        body.attributes.push({ name: e.key, expr: this.expr(e.value), range: { start: nameRange.start, end: e.value.origin!.range.end }, nameRange });
      }
    }
    return body;
  }

  expr(v: Value): Expr {
    const range = v.origin!.range;
    switch (v.kind) {
      case 'string':
        return this.template(range);
      case 'number':
      case 'bool':
        return { t: 'literal', value: v.value, range };
      case 'null':
        return { t: 'literal', value: null, range };
      case 'list':
        return { t: 'tuple', items: v.items.map((i) => this.expr(i)), range };
      case 'object':
        return {
          t: 'object',
          elems: v.entries.map((e) => ({ key: { t: 'literal', value: e.key, range: e.keyOrigin?.range ?? range }, value: this.expr(e.value), range })),
          range,
        };
      default:
        return { t: 'invalid', range };
    }
  }

  /** A JSON string as an HCL template: literal runs, and `${...}` parsed where it stands. */
  private template(range: Range): Expr {
    const text = this.src.text;
    const content = { start: range.start + 1, end: range.end - 1 };
    const parts: TemplatePart[] = [];
    let i = content.start;
    let lit = i;
    while (i < content.end) {
      if (text[i] === '\\') {
        i += 2;
        continue;
      }
      const directive = text[i] === '%' && text[i + 1] === '{';
      if ((text[i] === '$' || directive) && text[i + 1] === '{' && text[i - 1] !== text[i]) {
        const end = closingBrace(text, i + 2, content.end);
        if (end < 0) break;
        if (i > lit) parts.push({ t: 'literal', range: { start: lit, end: i } });
        const part = { start: i, end: end + 1 };
        parts.push(directive ? { t: 'directive', range: part } : { t: 'interpolation', expr: this.embedded(i + 2, end), range: part });
        i = lit = end + 1;
        continue;
      }
      i++;
    }
    if (content.end > lit) parts.push({ t: 'literal', range: { start: lit, end: content.end } });
    return { t: 'template', parts, range, content, heredoc: false };
  }

  /** Parses the expression text between offsets as HCL, then moves its ranges to those offsets.
   * (Padding the text with `start` spaces instead re-parsed the whole prefix for every `${}`:
   * over 300 s for a 440 KB CDKTF file, issue 12.) */
  private embedded(start: number, end: number): Expr {
    const prefix = 'x=';
    const synthetic = makeSource(this.src.path, prefix + unescapeQuotes(this.src.text.slice(start, end)));
    const hcl = parseHclLoaded(synthetic);
    const expr = hcl?.body.attributes[0]?.expr;
    // Other JSON escapes inside the expression are not HCL: such an expression stays Unknown.
    if (!hcl || hcl.errors.length || !expr || start < prefix.length) return { t: 'invalid', range: { start, end } };
    shiftRanges(expr, start - prefix.length);
    return expr;
  }
}

/** Moves every `{ start, end }` range in a freshly parsed tree by `delta`, in place. */
function shiftRanges(root: unknown, delta: number) {
  const stack: unknown[] = [root];
  const seen = new Set<object>();
  while (stack.length) {
    const x = stack.pop();
    if (!x || typeof x !== 'object' || seen.has(x)) continue;
    seen.add(x);
    if (Array.isArray(x)) {
      stack.push(...(x as unknown[]));
      continue;
    }
    const o = x as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      o.start += delta;
      o.end = o.end + delta;
    }
    for (const v of Object.values(o)) if (v && typeof v === 'object') stack.push(v);
  }
}

function closingBrace(text: string, from: number, limit: number): number {
  let depth = 1;
  for (let i = from; i < limit; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** `var.t == \"a\"` as JSON holds it, back to HCL quotes at the same offsets: an opening `\"`
 * becomes ` "` and a closing one `" `, so that the string's own text is unchanged. Any other
 * backslash is left, and the expression then fails to parse (Unknown). */
function unescapeQuotes(text: string): string {
  if (!text.includes('\\"') || /\\[^"]/.test(text)) return text;
  let open = false;
  return text.replace(/\\"/g, () => ((open = !open) ? ' "' : '" '));
}
