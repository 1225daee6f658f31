import { resolve } from 'node:path';
import type { Finding } from '../model/finding.js';
import { escapeControl } from './escape.js';

const LEVEL = { error: 'Error', warning: 'Warning', note: 'Info' } as const;

/** VS Code's `$eslint-compact`: `/abs/file.tf: line 12, col 5, Error - message (rule-id)`, a line
 * at a time. */
export function* compactLines(findings: Finding[], cwd: string): Generator<string> {
  for (const f of findings)
    if (!f.suppressed)
      yield `${escapeControl(resolve(cwd, f.file))}: line ${f.line}, col ${f.column}, ${LEVEL[f.severity]} - ${escapeControl(f.message.replace(/[ \t\n]+/g, ' '))} (${escapeControl(f.ruleId)})\n`;
}

export function formatCompact(findings: Finding[], cwd: string): string {
  return [...compactLines(findings, cwd)].join('');
}
