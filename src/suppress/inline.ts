import type { Body, Comment } from '../parse/hcl-ast.js';
import type { Range, SourceFile } from '../model/source.js';
import { positionAt } from '../model/source.js';

export interface Suppression {
  file: string;
  comment: Range;
  rules: string[];
  reason?: string;
  expires?: string;
  /** What it covers: the block or attribute below it, or its own line. */
  scope: Range;
  used: boolean;
}

const DIRECTIVE = /^(?:#|\/\/)\s*policylint:ignore\s+([\w,\s/-]+?)\s*(?:--\s*(.*))?$/;

/** `# policylint:ignore rule-id[,rule-id] -- reason [expires=YYYY-MM-DD]` (design §2). */
export function parseSuppressions(src: SourceFile, comments: Comment[], body: Body): Suppression[] {
  const out: Suppression[] = [];
  for (const c of comments) {
    const m = DIRECTIVE.exec(c.text.trim());
    if (!m) continue;
    const rules = m[1]
      .split(',')
      .map((r) => r.trim())
      .filter(Boolean);
    let reason = m[2]?.trim();
    let expires: string | undefined;
    const exp = reason && /\s*\bexpires=(\S+)\s*$/.exec(reason);
    if (exp) {
      expires = exp[1];
      reason = reason!.slice(0, exp.index).trim();
    }
    out.push({ file: src.path, comment: c.range, rules, reason: reason || undefined, expires, scope: scopeOf(src, c.range, body), used: false });
  }
  return out;
}

function scopeOf(src: SourceFile, comment: Range, body: Body): Range {
  const line = positionAt(src, comment.start).line;
  const lineStart = src.lineStarts[line - 1];
  const before = src.text.slice(lineStart, comment.start);
  if (before.trim()) return { start: lineStart, end: src.lineStarts[line] ?? src.text.length };
  // On its own line: the block or attribute that starts on the next line of code.
  let next = line + 1;
  while (next <= src.lineStarts.length) {
    const text = src.text.slice(src.lineStarts[next - 1], src.lineStarts[next] ?? src.text.length).trim();
    if (text && !text.startsWith('#') && !text.startsWith('//')) break;
    next++;
  }
  const target = findStartingOn(src, body, next);
  if (target) return target;
  const start = src.lineStarts[next - 1] ?? src.text.length;
  return { start, end: src.lineStarts[next] ?? src.text.length };
}

function findStartingOn(src: SourceFile, body: Body, line: number): Range | undefined {
  const items: Range[] = [];
  const walk = (b: Body) => {
    for (const blk of b.blocks) {
      items.push(blk.range);
      walk(blk.body);
    }
    for (const a of b.attributes) items.push(a.range);
  };
  walk(body);
  const candidates = items.filter((r) => positionAt(src, r.start).line === line);
  return candidates.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
}
