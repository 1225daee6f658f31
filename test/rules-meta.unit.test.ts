import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../rules/index.js';
import { configExample } from '../scripts/config-example.js';

/** What SARIF consumers read from each rule's metadata (src/format/sarif.ts): GitHub code scanning
 * shows a security severity only for rules tagged "security", filters alerts by `precision`, and
 * names rules by `name`; the fix is the help text. An empty or misspelt value is silently shown. */
describe('rule metadata as SARIF consumers read it', () => {
  const ids = RULES.map((r) => r.meta.id);

  it('every rule has a unique PascalCase name', () => {
    for (const { meta } of RULES) expect(meta.name, meta.id).toMatch(/^[A-Z][a-z]+(?:[A-Z][a-z]+)+$/);
    expect(new Set(RULES.map((r) => r.meta.name)).size).toBe(RULES.length);
    expect(new Set(ids).size).toBe(RULES.length);
  });

  it('every rule is tagged "security", with no empty or repeated tag', () => {
    for (const { meta } of RULES) {
      expect(meta.tags, meta.id).toContain('security');
      for (const t of meta.tags) expect(t, meta.id).toMatch(/^[a-z][a-z-]*$/);
      expect(new Set(meta.tags).size, meta.id).toBe(meta.tags.length);
    }
  });

  it('precision, severity and security severity take the values SARIF and GitHub define', () => {
    for (const { meta } of RULES) {
      expect(['very-high', 'high', 'medium', 'low'], meta.id).toContain(meta.precision);
      expect(['error', 'warning', 'note'], meta.id).toContain(meta.severity);
      expect(meta.securitySeverity, meta.id).toBeGreaterThan(0);
      expect(meta.securitySeverity, meta.id).toBeLessThanOrEqual(10);
    }
  });

  it('every rule says how to fix what it finds, in a sentence, without doc section references', () => {
    for (const { meta } of RULES) {
      expect(meta.fix, meta.id).toMatch(/^[A-Z].{40,}\.$/s);
      expect(meta.fix, meta.id).not.toMatch(/§/);
      expect(meta.description.length, meta.id).toBeGreaterThan(20);
    }
  });
});

/** Options, their defaults and descriptions reach users through generated files: a change to a
 * rule's metadata that is not regenerated (or a typo in it) shows here. */
describe('files generated from rule metadata', () => {
  it('.policylintrc.example is what `npm run docs` writes from the rules today', () => {
    expect(readFileSync(join(__dirname, '..', '.policylintrc.example'), 'utf8'), 'run: npm run docs').toBe(configExample());
  });
});
