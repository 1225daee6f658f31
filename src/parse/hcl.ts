import { invalidEscape } from './hcl-escapes.js';
import { bracketProblem } from './bracket-scan.js';
import { firstLine } from './hcl-lexical.js';
import type { Node as TsNode, Parser as TsParser, Range as TsRange, Tree as TsTree } from 'web-tree-sitter';
import type { SourceFile, Range } from '../model/source.js';
import type { Body, Expr, HclFile } from './hcl-ast.js';
import { CursorConverter, type Deferred } from './hcl-convert.js';
import type { WalkCursor } from './wasm-cursor.js';
import { cursors, loadParser, loadedParser } from './parser.js';
import { skipPlan } from './skipped-ranges.js';

export async function parseHcl(src: SourceFile): Promise<HclFile> {
  return parseWith(await loadParser(false), src, false, true);
}

/** Every character parsed, none skipped: what tests compare the skipping parse with. */
export async function parseHclWhole(src: SourceFile): Promise<HclFile> {
  return parseWith(await loadParser(false), src, false, false);
}

/** Whether trees are walked by the direct cursor (wasm-cursor.ts); false before the parser loads. */
export function directCursor(): boolean {
  return cursors()?.direct ?? false;
}

/** For the evaluator (`templatefile`), which runs after the parser has been loaded. */
export function parseHclLoaded(src: SourceFile): HclFile | undefined {
  const parser = loadedParser();
  return parser && parseWith(parser, src);
}

/** The same conversion walked with web-tree-sitter's own cursor: what the direct one is tested against. */
export async function parseHclWithLibraryCursor(src: SourceFile): Promise<HclFile> {
  return parseWith(await loadParser(false), src, true, true);
}

/** `skip`: leave out of the parse what conversion would drop unread (parse/skipped-ranges.ts). */
function parseWith(parser: TsParser, src: SourceFile, libraryCursor = false, skip = false): HclFile {
  const deferredErrors: HclFile['errors'] = [];
  const { tree, deferred } = skip ? parseSkipping(parser, src.text, libraryCursor, deferredErrors) : { tree: parser.parse(src.text), deferred: undefined };
  if (!tree) return { body: { attributes: [], blocks: [] }, comments: [], errors: [{ message: 'could not parse', range: { start: 0, end: 0 } }] };
  try {
    const root = tree.rootNode;
    // Before the walk: a direct cursor keeps its state where the library marshals nodes.
    const hasError = root.hasError;
    const cursor = cursors()!.walk(tree, libraryCursor);
    const conv = new CursorConverter(cursor, src.text, src.text.includes('policylint:'), hasError, deferred);
    const body = rootBody(cursor, conv) ?? { attributes: [], blocks: [] };
    cursor.delete();
    const escape = invalidEscape(src.text);
    const errors = [...collectErrors(root, src.text), ...conv.errors, ...(escape ? [escape] : [])].slice(0, 1);
    // Only directive comments matter to policylint (suppressions); most files have none.
    const comments = src.text.includes('policylint:') ? root.descendantsOfType('comment').flatMap((c) => (c ? [{ text: c.text, range: rangeOf(c) }] : [])) : [];
    return deferred ? { body, comments, errors, deferredErrors } : { body, comments, errors };
  } finally {
    tree.delete();
  }
}

/** The file parsed without its skippable parts (tree-sitter's included ranges keep every offset
 * as in the whole text); parsed whole after all when that reading has a syntax error, so that
 * the error reported is the one the whole text has. `deferred`: what to parse when it is read. */
function parseSkipping(
  parser: TsParser,
  text: string,
  libraryCursor: boolean,
  deferredErrors: HclFile['errors'],
): { tree: TsTree | null; deferred?: Deferred } {
  const plan = skipPlan(text);
  if (!plan.skipped.length) return { tree: parser.parse(text) };
  const ranges = includedRanges(text, plan.skipped);
  const tree = parser.parse(rangedInput(text, ranges), null, { includedRanges: ranges });
  if (!tree?.rootNode.hasError) {
    const deferred = plan.deferred.length
      ? { items: plan.deferred, parse: (range: Range) => parseAttribute(parser, text, range, libraryCursor, deferredErrors) }
      : undefined;
    return { tree, deferred };
  }
  tree.delete();
  return { tree: parser.parse(text) };
}

/**
 * One deferred attribute, parsed alone (its range is the only one included: offsets stay the
 * file's) and converted as the whole parse converts it. Its syntax error, or a nesting too deep
 * to convert, goes to `errors`: reported when something read it (engine/unit.ts); one in a value
 * nothing reads is Terraform's to report, like the rest of what policylint skips (rules/parse-error.md).
 */
function parseAttribute(parser: TsParser, text: string, range: Range, libraryCursor: boolean, errors: HclFile['errors']): Expr {
  const invalid: Expr = { t: 'invalid', range };
  // Through the end of its line when nothing but a comment follows: a heredoc ends only at a
  // newline after its closing marker. Not past the `}` of a one-line block, a syntax error alone.
  const newline = text.indexOf('\n', range.end);
  const lineEnd = newline < 0 ? text.length : newline + 1;
  const rest = text.slice(range.end, lineEnd).trim();
  const end = rest === '' || rest.startsWith('#') || rest.startsWith('//') ? lineEnd : range.end;
  const [only] = includedRanges(text.slice(0, end), [[0, range.start]]);
  const tree = parser.parse(rangedInput(text, [only]), null, { includedRanges: [only] });
  if (!tree) return invalid;
  try {
    // Before the walk, as in parseWith: a direct cursor keeps its state where the library marshals nodes.
    // A value with a syntax error is Unknown, never what the parser's recovery made of it: the
    // whole parse drops the block around such an error (resolve/module.ts), so no guess of its
    // was ever judged.
    if (tree.rootNode.hasError) {
      errors.push(...collectErrors(tree.rootNode, text));
      return invalid;
    }
    const cursor = cursors()!.walk(tree, libraryCursor);
    const conv = new CursorConverter(cursor, text, false, false);
    const body = rootBody(cursor, conv);
    cursor.delete();
    errors.push(...conv.errors);
    return body?.attributes[0]?.expr ?? invalid;
  } finally {
    tree.delete();
  }
}

/** The converted body of a tree whose root the cursor is on (a file has one). */
function rootBody(cursor: WalkCursor, conv: CursorConverter): Body | undefined {
  if (!cursor.gotoFirstChild()) return undefined;
  do if (cursor.nodeType === 'body') return conv.body(true);
  while (cursor.gotoNextSibling());
  return undefined;
}

/** The complement of `skipped` (sorted, disjoint), with the rows and columns tree-sitter asks for. */
function includedRanges(text: string, skipped: ReadonlyArray<[number, number]>): TsRange[] {
  let row = 0;
  let lineStart = 0;
  const point = (index: number) => {
    for (let nl = text.indexOf('\n', lineStart); nl >= 0 && nl < index; nl = text.indexOf('\n', nl + 1)) {
      row++;
      lineStart = nl + 1;
    }
    return { row, column: index - lineStart };
  };
  const ranges: TsRange[] = [];
  let at = 0;
  for (const [start, end] of skipped) {
    if (start > at) ranges.push({ startIndex: at, endIndex: start, startPosition: point(at), endPosition: point(start) });
    at = end;
  }
  ranges.push({ startIndex: at, endIndex: text.length, startPosition: point(at), endPosition: point(text.length) });
  return ranges;
}

/**
 * The text as the parser reads it through included ranges: each read stops at the end of the
 * range it starts in, or of a later one after a short gap (GAP). web-tree-sitter copies what a
 * read returns into the parser's buffer one character at a time, up to 5,119 of them, and a text
 * given as a string returns all that follows the read: every short range copied the skipped text
 * after it too (evaluation folder: 24 M characters copied to parse 5.45 M, against 9 M for the
 * floor's whole parse of 8.9 M).
 */
function rangedInput(text: string, ranges: readonly TsRange[]): (index: number) => string {
  return (index) => {
    // The first range not over at `index`; reads go mostly forward, but the lexer may go back.
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid].endIndex <= index) lo = mid + 1;
      else hi = mid;
    }
    const limit = index + READ_CHARS;
    let end = lo < ranges.length ? ranges[lo].endIndex : text.length;
    while (++lo < ranges.length && end < limit && ranges[lo].startIndex - end <= GAP) end = ranges[lo].endIndex;
    return text.slice(index, Math.min(end, limit));
  };
}

/** What web-tree-sitter's input buffer holds at once (10 KB of UTF-16, less its terminator). */
const READ_CHARS = 5119;

/** A skipped gap short enough to copy with the ranges around it: a read costs a call from the
 * parser into JavaScript and out, which a few hundred characters of copying cost too (evaluation
 * folder, one thread, 9 interleaved runs: 0.95x the time before with no gap bridged, 0.93x with
 * gaps up to 256 characters; 13 K reads for 6.7 M characters, against 68 K for 3.6 M). */
const GAP = 256;

const rangeOf = (n: TsNode): Range => ({ start: n.startIndex, end: n.endIndex });

/** The first syntax error, with its position: one is enough to point the user at the file. */
function collectErrors(root: TsNode, text: string): Array<{ message: string; range: Range }> {
  const errors: Array<{ message: string; range: Range }> = [];
  if (!root.hasError) return errors;
  const stack: TsNode[] = [root];
  while (stack.length && errors.length < 1) {
    const n = stack.pop()!;
    if (n.isMissing) {
      errors.push(unclosed(n) ?? { message: `HCL syntax error: ${MISSING_WORDS[n.type] ?? `missing "${n.type}"`}`, range: rangeOf(n) });
      continue;
    }
    if (n.type === 'ERROR') {
      // A bracket or quote left open is what to fix, wherever tree-sitter's recovery put the node
      // (the whole file, from its first comment, after some): the node's own start otherwise.
      // Only inside what was parsed: a deferred attribute is parsed alone (parseAttribute).
      const bracket = bracketProblem(text, root.startIndex, root.endIndex);
      if (bracket && bracket.at <= n.endIndex) {
        errors.push({ message: `HCL syntax error: ${bracket.message}`, range: { start: bracket.at, end: bracket.at + 1 } });
        continue;
      }
      const near = firstLine(text, n.startIndex, n.endIndex);
      errors.push({ message: `HCL syntax error near "${near}"`, range: rangeOf(n) });
      continue;
    }
    if (!n.hasError) continue;
    const kids = n.children.filter((c): c is TsNode => !!c);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return errors;
}

const OPENERS: Record<string, string> = { '}': '{', ']': '[', ')': '(' };

/** The grammar's names for what a bracket opens, where they are not the user's words. */
const OWNER_WORDS: Record<string, string> = {
  new_index: 'index',
  legacy_index: 'index',
  tuple: 'list',
  for_tuple_expr: 'for expression',
  for_object_expr: 'for expression',
  collection_value: 'value',
};

/** What the parser had to invent, in the user's words: tree-sitter names the grammar's tokens
 * (`[for x in y : ]` lacks an "identifier", its cheapest repair for any missing expression). */
const MISSING_WORDS: Record<string, string> = {
  identifier: 'a name or a value is missing here',
  '=': 'an "=" is missing here',
};

/** A closing bracket the parser had to invent (it reached the end of the file, or of an enclosing
 * construct, first): the place to act on is the bracket that was opened and never closed, not the
 * end of the file, where the missing one is reported. */
function unclosed(missing: TsNode): { message: string; range: Range } | undefined {
  const open = OPENERS[missing.type];
  if (!open) return undefined;
  // `}` is a child of block_end / object_end, whose parent holds block_start / object_start.
  for (let owner = missing.parent; owner; owner = owner.parent) {
    const opener = owner.children.find((c) => c !== null && c.text === open && c.endIndex <= missing.startIndex);
    if (opener)
      return {
        message: `HCL syntax error: this "${open}" is never closed; add the missing "${missing.type}" where the ${OWNER_WORDS[owner.type] ?? owner.type.replace(/_/g, ' ')} ends`,
        range: rangeOf(opener),
      };
    if (owner.type === 'body' || owner.type === 'config_file') return undefined;
  }
  return undefined;
}
