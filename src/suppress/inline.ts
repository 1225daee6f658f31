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

const DIRECTIVE = /^(?:#|\/\/)\s*policylint:ignore\s/;
const RULE_LIST = /^[\w,\s/-]*$/;

/** `policylint:ignore <rules> [-- reason]`, read with indexOf and single-class tests: the former
 * lazy regular expression took 35 s on a 100 KB comment (issue 12). */
function directive(text: string): [string, string | undefined] | undefined {
  const m = DIRECTIVE.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m[0].length);
  const dash = rest.indexOf('--');
  const rules = dash < 0 ? rest : rest.slice(0, dash);
  if (!RULE_LIST.test(rules)) return undefined;
  return [rules, dash < 0 ? undefined : rest.slice(dash + 2)];
}

/** A trailing `expires=VALUE` (preceded by a space or nothing), and the reason before it. */
function splitExpires(reason: string): { reason: string; expires?: string } {
  const t = reason.trimEnd();
  const k = t.lastIndexOf('expires=');
  if (k < 0 || (k > 0 && /\w/.test(t[k - 1]))) return { reason };
  const value = t.slice(k + 'expires='.length);
  if (!value || /\s/.test(value)) return { reason };
  return { reason: t.slice(0, k).trim(), expires: value };
}

/** `# policylint:ignore rule-id[,rule-id] -- reason [expires=YYYY-MM-DD]` (design §2). */
export function parseSuppressions(src: SourceFile, comments: Comment[], body: Body): Suppression[] {
  const out: Suppression[] = [];
  for (const c of comments) {
    const m = directive(c.text.trim());
    if (!m) continue;
    const rules = m[0]
      .split(',')
      .map((r) => r.trim())
      .filter(Boolean);
    let reason = m[1]?.trim();
    let expires: string | undefined;
    if (reason) ({ reason, expires } = splitExpires(reason));
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
