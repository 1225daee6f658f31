import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
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

  const raw: ParseError[] = [];
  const root = parseTree(text, raw, { disallowComments: true, allowTrailingComma: false });
  const errors = raw.map((e) => ({
    message: describeParseError(e, text),
    range: fileRange(e.offset, e.offset + Math.max(e.length, 1)),
  }));
  const duplicates: JsonProblem[] = [];
  if (!root) return { errors, duplicates };

  const convert = (node: Node): Value => {
    const origin = { file: input.file, range: fileRange(node.offset, node.offset + node.length) };
    const mask = input.masked?.find((m) => m.start < node.offset + node.length && m.end > node.offset);
    if (mask && node.type !== 'object' && node.type !== 'array') {
      return { kind: 'unknown', text: describeMasked(node, text, input.masked!), origin };
    }
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
          entries.push({
            key: k.value,
            keyOrigin: { file: input.file, range: fileRange(k.offset, k.offset + k.length) },
            value: v ? convert(v) : { kind: 'null', origin },
          });
        }
        return { kind: 'object', entries, origin };
      }
      case 'array':
        return { kind: 'list', items: (node.children ?? []).map(convert), origin };
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

function describeParseError(e: ParseError, text: string): string {
  const code = printParseErrorCode(e.error);
  const words = code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const near = text.slice(e.offset, e.offset + 20).split(/\r?\n/)[0];
  return near ? `invalid JSON: ${words} near "${near}"` : `invalid JSON: ${words} at end of input`;
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
