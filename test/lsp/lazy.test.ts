import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repo } from '../helpers/cli.js';

/** The chunks a module of dist/ loads before any of its code runs: its static imports, transitively. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(join(repo, 'dist', file), 'utf8');
  for (const m of text.matchAll(/^import\s+(?:[^'"]*?\s+from\s+)?["']\.\/([^"']+)["'];?$/gm)) staticClosure(m[1], seen);
  return seen;
}

describe('the language server loads only under --lsp', () => {
  it('keeps the server and its protocol library out of what a normal run loads', () => {
    const loaded = [...staticClosure('cli.js')];
    expect(loaded.length).toBeGreaterThan(1);
    const all = loaded.map((f) => readFileSync(join(repo, 'dist', f), 'utf8')).join('\n');
    expect(loaded.filter((f) => /^server-/.test(f))).toEqual([]);
    expect(all).not.toContain('lsp-protocol.cjs');
    expect(all).not.toContain('vscode-languageserver');
    // It is there, for --lsp: one dynamic import of its own chunk.
    expect(readFileSync(join(repo, 'dist', 'cli.js'), 'utf8')).toMatch(/import\(["']\.\/server-[A-Z0-9]+\.js["']\)/);
  });
});
