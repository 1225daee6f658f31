/** A file's text with its line index. Offsets are JS string (UTF-16) indices, the unit that
 * tree-sitter, jsonc-parser and SARIF columns share. A leading BOM is dropped so that line 1
 * column 1 is the first visible character, as editors count it. */
export interface SourceFile {
  path: string;
  text: string;
  lineStarts: number[];
}

export interface Position {
  line: number;
  column: number;
}

export interface Range {
  start: number;
  end: number;
}

export function makeSource(path: string, raw: string): SourceFile {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const lineStarts = [0];
  // LF, CRLF, and a lone CR (old Mac line endings) each end a line, as editors count them.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1);
  }
  return { path, text, lineStarts };
}

/** 1-based line and column for an offset. A column never counts a CR that ends the line. */
export function positionAt(src: SourceFile, offset: number): Position {
  const starts = src.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}
