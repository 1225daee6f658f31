import { resolve } from 'node:path';
import type { Finding } from '../model/finding.js';
import { loadSource } from '../discover/files.js';
import { escapeControl } from './escape.js';

/** `eslint-formatter-friendly` fed ESLint-shaped results, without rule links (design §4). */
export async function formatFriendly(findings: Finding[], cwd: string, color: boolean, roots: readonly string[]): Promise<string> {
  process.env.EFF_NO_LINK_RULES = 'true';
  // The formatter's colour library reads these when it loads: colours follow policylint's choice.
  process.env.FORCE_COLOR = color ? '1' : '0';
  const mod = await import('eslint-formatter-friendly');
  const format = ((mod as { default?: unknown }).default ?? mod) as (results: unknown[]) => string;
  const byFile = new Map<string, Finding[]>();
  // ESLint has no note level: notes are listed after the formatter's report, never as ✘ or ⚠.
  for (const f of findings) if (!f.suppressed && f.severity !== 'note') byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const results = [...byFile].map(([file, list]) => ({
    filePath: escapeControl(resolve(cwd, file)),
    // The formatter would read the file itself, blocking on a FIFO or following a link out of the
    // tree: it gets the text from policylint's own checked reader, or a blank (no code frame).
    source: escapeControl(loadSource(resolve(cwd, file), roots)?.text ?? '', true) || ' ',
    messages: list.map((f) => ({
      ruleId: escapeControl(f.ruleId),
      severity: f.severity === 'error' ? 2 : 1,
      message: escapeControl(f.message),
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
    })),
    errorCount: list.filter((f) => f.severity === 'error').length,
    warningCount: list.filter((f) => f.severity === 'warning').length,
  }));
  const suppressed = findings.filter((f) => f.suppressed).length;
  const notes = findings.filter((f) => !f.suppressed && f.severity === 'note');
  let text = results.length ? format(results) : notes.length ? '' : 'No problems found.\n';
  if (notes.length) {
    const lines = notes.map((f) => `  ${resolve(cwd, f.file)}:${f.line}:${f.column}  ${f.message}  (${f.ruleId})`);
    text = `${text.trimEnd()}${text.trim() ? '\n\n' : ''}${notes.length} note${notes.length === 1 ? '' : 's'}:\n${lines.join('\n')}\n`;
  }
  // ESLint's formatters link each rule to its `meta.docs.url`; this one's links go to eslint.org,
  // so they are off (EFF_NO_LINK_RULES) and the rules shown are listed with their docs instead.
  const docs = [...new Map([...byFile.values(), notes].flat().map((f) => [f.ruleId, f.helpUri])).entries()]
    .filter(([, url]) => url)
    .sort(([a], [b]) => a.localeCompare(b));
  if (docs.length) text = `${text.trimEnd()}\n\nRule docs:\n${docs.map(([id, url]) => `  ${escapeControl(id)}: ${escapeControl(url!)}`).join('\n')}\n`;
  return suppressed ? `${text.trimEnd()}\n${suppressed} suppressed finding${suppressed === 1 ? '' : 's'} not shown (see --format json).\n` : text;
}
