import { ParseErrorCode, parseTree, printParseErrorCode, visit, type Node, type ParseError } from 'jsonc-parser';
import type { Value, ObjectEntry, JsonParse, JsonProblem } from '../model/value.js';

export type { JsonParse, JsonProblem };
import type { Range } from '../model/source.js';

export interface JsonInput {
  file: string;
  /** The JSON text to parse (already unescaped when it was embedded in a string). */
  text: string;
  /** File offset of each text index (length text.length + 1); identity when absent. */
  offsets?: number[];
  /** Text ranges that stood for `${...}` interpolations: values overlapping them are Unknown. */
  masked?: Array<Range & { expr: string }>;
  /** Text ranges blanked out because they held template directives (`%{ for }`, `%{ if }`) whose
   * output cannot be known: the object around one is Unknown, a list around one gains an Unknown item. */
  holes?: Array<Range & { expr: string }>;
  /** What the text is, for the words of a syntax error: a policy (the default), a `.tf.json`
   * configuration file or a `.tfvars.json` variable file, which Terraform itself rejects. */
  subject?: 'configuration' | 'variables';
}

/** Deeper than this is not a policy anyone wrote; refusing it keeps recursion bounded. */
export const MAX_JSON_DEPTH = 256;

export function parseJson(input: JsonInput): JsonParse {
  const { text } = input;
  const toFile = (i: number) => (input.offsets ? input.offsets[Math.min(i, input.offsets.length - 1)] : i);
  const fileRange = (start: number, end: number): Range => ({ start: toFile(start), end: toFile(end) });

  const tooDeep = nestingBeyond(text, MAX_JSON_DEPTH);
  if (tooDeep >= 0) {
    return {
      errors: [{ message: `JSON nested deeper than ${MAX_JSON_DEPTH} levels`, range: fileRange(tooDeep, tooDeep + 1) }],
      duplicates: [],
    };
  }

  // AWS and Terraform's AWS provider accept strict JSON only: the first error is reported, once.
  // Then a tolerant reading (comments, trailing commas, single quotes) still lets the rules judge
  // the policy as written, so fixing a comma does not reveal a public policy one round later.
  // First-only collectors: a broken 1.2 MB heredoc gave one error per token, 200,001 findings and
  // gigabytes (issue 12).
  const raw: ParseError[] = [];
  let root = parseTree(text, firstOnly(raw), { disallowComments: true, allowTrailingComma: false });
  const first = raw[0];
  const errors = first
    ? [{ message: describeParseError(first, text, input.subject), range: fileRange(first.offset, first.offset + Math.max(first.length, 1)) }]
    : [];
  const gaps = [...(input.masked ?? []), ...(input.holes ?? [])];
  if (first && gaps.some((g) => first.offset >= g.start && first.offset <= nextToken(text, g.end))) {
    // Next to an interpolation or a directive, the "error" is the template's: a `${...}` that
    // stands for several members, for instance. What it renders to is Unknown, not broken.
    return { value: { kind: 'unknown', text: text.trim(), origin: { file: input.file, range: fileRange(0, text.length) } }, errors: [], duplicates: [] };
  }
  if (first) {
    const lenient: ParseError[] = [];
    root = parseTree(doubleQuoted(text), firstOnly(lenient), { disallowComments: false, allowTrailingComma: true });
    if (lenient.length) return { errors, duplicates: [] };
  }
  const duplicates: JsonProblem[] = [];
  if (!root) return { errors, duplicates };

  const convert = (node: Node): Value => {
    const origin = { file: input.file, range: fileRange(node.offset, node.offset + node.length) };
    const mask = input.masked?.find((m) => m.start < node.offset + node.length && m.end > node.offset);
    if (mask && node.type !== 'object' && node.type !== 'array') {
      return { kind: 'unknown', text: describeMasked(node, text, input.masked!), origin };
    }
    const hole = (node.type === 'object' || node.type === 'array') && directHole(node, input.holes);
    if (hole && node.type === 'object') return { kind: 'unknown', text: hole.expr, origin };
    switch (node.type) {
      case 'object': {
        const entries: ObjectEntry[] = [];
        const seen = new Set<string>();
        for (const prop of node.children ?? []) {
          const [k, v] = prop.children ?? [];
          if (!k || typeof k.value !== 'string') continue;
          if (seen.has(k.value)) {
            duplicates.push({ message: `duplicate key "${k.value}"`, range: fileRange(k.offset, k.offset + k.length) });
          }
          seen.add(k.value);
          // A key with an Unknown interpolation in it is not its filler text: it is shown as written.
          const keyMasked = input.masked?.some((m) => m.start < k.offset + k.length && m.end > k.offset);
          entries.push({
            key: keyMasked ? describeMasked(k, text, input.masked!) : k.value,
            keyOrigin: { file: input.file, range: fileRange(k.offset, k.offset + k.length) },
            value: v ? convert(v) : { kind: 'null', origin },
            ...(keyMasked ? { keyUnknown: true as const } : {}),
          });
        }
        return { kind: 'object', entries, origin };
      }
      case 'array': {
        const items = (node.children ?? []).map(convert);
        if (hole) items.push({ kind: 'unknown', text: hole.expr, origin: { file: input.file, range: fileRange(hole.start, hole.end) } });
        return { kind: 'list', items, origin };
      }
      case 'string':
        return { kind: 'string', value: node.value as string, origin };
      case 'number':
        return { kind: 'number', value: node.value as number, origin };
      case 'boolean':
        return { kind: 'bool', value: node.value as boolean, origin };
      default:
        return { kind: 'null', origin };
    }
  };
  return { value: convert(root), errors, duplicates };
}

/** The JSON string with each masked part shown as the `${...}` expression it stood for. */
function describeMasked(node: Node, text: string, masked: Array<Range & { expr: string }>): string {
  const start = node.type === 'string' ? node.offset + 1 : node.offset;
  const end = node.type === 'string' ? node.offset + node.length - 1 : node.offset + node.length;
  let out = '';
  let i = start;
  for (const m of masked) {
    if (m.end <= start || m.start >= end) continue;
    out += text.slice(i, Math.max(i, m.start));
    out += m.expr;
    i = Math.max(i, m.end);
  }
  return out + text.slice(i, end);
}

/** A hole directly inside this object or array, not inside one of its children. */
function directHole(node: Node, holes: Array<Range & { expr: string }> | undefined) {
  if (!holes?.length) return undefined;
  const end = node.offset + node.length;
  const children = node.type === 'object' ? (node.children ?? []).flatMap((p) => p.children ?? []) : (node.children ?? []);
  return holes.find((h) => h.start > node.offset && h.end < end && !children.some((c) => h.start >= c.offset && h.end <= c.offset + c.length));
}

/** Index of the first character at or after `i` that is not white space. */
function nextToken(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

/** Single-quoted strings as double-quoted ones of the same length, so offsets stay file offsets. */
function doubleQuoted(text: string): string {
  if (!text.includes("'")) return text;
  return text.replace(/("(?:[^"\\]|\\.)*")|'([^'"\\\n]*)'/g, (m, dq: string | undefined, sq: string | undefined) => (dq !== undefined ? m : `"${sq}"`));
}

/** What is wrong and what to write instead; whoever reads the text (AWS and the provider, or
 * Terraform) rejects any of it. */
function describeParseError(e: ParseError, text: string, subject?: JsonInput['subject']): string {
  const before = text.slice(0, e.offset).trimEnd();
  const at = text[e.offset];
  const near = text.slice(e.offset, e.offset + 20).split(/\r?\n/)[0];
  const where = near ? ` near "${near}"` : ' at end of input';
  const reject =
    subject === 'configuration'
      ? 'Terraform rejects a .tf.json file that is not strict JSON'
      : subject === 'variables'
        ? 'Terraform rejects a .tfvars.json file that is not strict JSON'
        : "Terraform's AWS provider and AWS reject a policy that is not strict JSON";
  const comment =
    subject === 'configuration'
      ? 'remove it (Terraform reads a "//" property as a comment)'
      : subject === 'variables'
        ? 'remove it'
        : 'remove it (or write the policy with jsonencode, where HCL comments are allowed)';
  if (e.error === ParseErrorCode.InvalidCommentToken) return `invalid JSON: a comment${where}; ${reject}: ${comment}`;
  if (before.endsWith(',') && (at === '}' || at === ']'))
    return `invalid JSON: a trailing comma before "${at}"; ${reject}: remove the comma after the last ${at === '}' ? 'member' : 'element'}`;
  if (at === "'") return `invalid JSON: a single-quoted string${where}; ${reject}: use double quotes`;
  const words = printParseErrorCode(e.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return `invalid JSON: ${words}${where}; ${reject}: fix the syntax here`;
}

/**
 * Whether the root object of a JSON text, read tolerantly, has no member named `key`; undefined
 * where that cannot be said: a template directive (`%{ if }`) may stand between members, and text
 * nested beyond MAX_JSON_DEPTH is not read. Template interpolations (`${...}`) in or between values
 * leave the root's member names readable.
 */
export function rootLacks(text: string, key: string): boolean | undefined {
  if (text.includes('%{') || nestingBeyond(text, MAX_JSON_DEPTH) >= 0) return undefined;
  let found = false;
  let depth = 0;
  visit(
    text,
    {
      onObjectBegin: () => void depth++,
      onObjectEnd: () => void depth--,
      onObjectProperty: (name) => {
        if (depth === 1 && name === key) found = true;
      },
    },
    { allowTrailingComma: true },
  );
  return !found;
}

/** Index of the first bracket that exceeds `limit` nesting, or -1. Linear, no recursion. */
export function nestingBeyond(text: string, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > limit) return i;
    } else if (c === 93 || c === 125) depth--;
  }
  return -1;
}

/** An error list that keeps the first error only. */
function firstOnly(into: ParseError[]): ParseError[] {
  return { push: (e: ParseError) => (into.length ? into.length : into.push(e)) } as unknown as ParseError[];
}
