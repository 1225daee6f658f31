import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { lint } from '../src/engine/lint.js';
import { ruleTable } from '../scripts/rule-table.js';

const repo = join(__dirname, '..');

function example(doc: string, heading: 'Wrong' | 'Right'): { lang: string; code: string } {
  const section = doc.split(/^## /m).find((s) => s.startsWith(heading));
  const m = section && /```(\w+)\n([\s\S]*?)```/.exec(section);
  if (!m) throw new Error(`no "## ${heading}" example`);
  return { lang: m[1], code: m[2] };
}

async function findingsFor(lang: string, code: string, ruleId: string, strict = false) {
  const dir = mkdtempSync(join(tmpdir(), 'policylint-doc-'));
  try {
    writeFileSync(join(dir, lang === 'json' ? 'policy.json' : 'main.tf'), code);
    const res = await lint({ cwd: dir, paths: ['.'], rules: RULES, ruleOptions: { trustedAccounts: [], strict } });
    return res.findings.filter((f) => f.ruleId === ruleId || f.ruleId === 'parse-error');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('rule docs', () => {
  for (const rule of RULES.filter((r) => !r.meta.engine)) {
    const doc = readFileSync(join(repo, 'rules', `${rule.meta.id}.md`), 'utf8');
    it(`${rule.meta.id}: the doc's wrong example is found`, async () => {
      const { lang, code } = example(doc, 'Wrong');
      const found = await findingsFor(lang, code, rule.meta.id);
      expect(found.map((f) => f.ruleId)).toContain(rule.meta.id);
    });
    it(`${rule.meta.id}: the doc's right example is clean`, async () => {
      const { lang, code } = example(doc, 'Right');
      expect(await findingsFor(lang, code, rule.meta.id)).toEqual([]);
    });
    it(`${rule.meta.id}: the doc lists every check id the rule reports`, () => {
      const checks = Object.entries(rule.meta.checks ?? {});
      expect(checks.length).toBeGreaterThan(0);
      for (const [id, what] of checks) expect(doc).toContain(`| ${id} | ${what} |`);
    });
    it(`${rule.meta.id}: the doc starts with the rule id and cites iam-semantics.md`, () => {
      expect(doc.startsWith(`# ${rule.meta.id}\n`)).toBe(true);
      expect(doc).toContain('iam-semantics.md');
    });
  }

  for (const { meta } of RULES.filter((r) => r.meta.engine)) {
    it(`${meta.id}: the engine's own finding has a doc whose examples behave as it says`, async () => {
      const doc = readFileSync(join(repo, 'rules', `${meta.id}.md`), 'utf8');
      expect(doc.startsWith(`# ${meta.id}\n`)).toBe(true);
      const wrong = example(doc, 'Wrong');
      const right = example(doc, 'Right');
      const strict = meta.id === 'unresolved';
      expect((await findingsFor(wrong.lang, wrong.code, meta.id, strict)).map((f) => f.ruleId)).toContain(meta.id);
      expect((await findingsFor(right.lang, right.code, meta.id, strict)).filter((f) => f.ruleId === meta.id)).toEqual([]);
    });
  }

  it('the README rule table is the one generated from rule metadata', () => {
    const readme = readFileSync(join(repo, 'README.md'), 'utf8');
    const between = /<!-- rules:start -->\n([\s\S]*?)\n<!-- rules:end -->/.exec(readme);
    expect(between?.[1], 'run: npx tsx scripts/update-readme.ts').toBe(ruleTable());
  });
});
