import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint, type LintResult } from '../src/engine/lint.js';
import { RULES } from '../rules/index.js';
import { blankJsonAnnotations, readExpectations } from './helpers/expectations.js';
import { listFiles } from './helpers/files.js';

/** One harness for every fixture: the findings must equal the annotations, no more, no fewer.
 * Fixtures under `strict/` are linted in a second run with `--strict` on, for the checks only
 * `--strict` makes (WP04, GM06, unresolved), with the same annotations. */
const root = join(__dirname, '..', 'fixtures');
const files = listFiles(root).filter((f) => /\.(tf|tofu|json|tpl|tftpl)$/.test(f));
const STRICT = 'strict';
const isStrict = (rel: string) => rel.startsWith(`${STRICT}/`);
let work: string;
let result: LintResult;
let strictResult: LintResult;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'policylint-fixtures-'));
  cpSync(root, work, { recursive: true });
  for (const f of files) if (/\.(json|tpl|tftpl)$/.test(f)) writeFileSync(join(work, relative(root, f)), blankJsonAnnotations(readFileSync(f, 'utf8')));
  const common = { cwd: work, rules: RULES, today: '2026-11-22', configDir: work };
  result = await lint({ ...common, paths: ['.'], exclude: [`${STRICT}/**`], ruleOptions: { trustedAccounts: [], strict: false } });
  strictResult = await lint({ ...common, paths: [STRICT], ruleOptions: { trustedAccounts: [], strict: true } });
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('fixtures', () => {
  it('has fixtures to run, some of them under --strict', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.filter((f) => isStrict(relative(root, f).split('\\').join('/'))).length).toBeGreaterThan(1);
  });
  for (const file of files) {
    const rel = relative(root, file).split('\\').join('/');
    it(rel, () => {
      const expectations = readExpectations(readFileSync(file, 'utf8'));
      const expected = expectations.map((e) => `${e.line} ${e.ruleId}${e.checkId ? `/${e.checkId}` : ''}${e.suppressed ? ' (suppressed)' : ''}`).sort();
      // A finding shows its check id where an annotation on its line names one for its rule.
      const named = new Set(expectations.filter((e) => e.checkId).map((e) => `${e.line} ${e.ruleId}`));
      const findings = (isStrict(rel) ? strictResult : result).findings;
      const actual = findings
        .filter((f) => f.file === rel)
        .map((f) => {
          const check = named.has(`${f.line} ${f.ruleId}`) ? `/${f.checkId ?? '(none)'}` : '';
          return `${f.line} ${f.ruleId}${check}${f.suppressed ? ' (suppressed)' : ''}`;
        })
        .sort();
      const messages = findings.filter((f) => f.file === rel).map((f) => `${f.line}:${f.column} ${f.ruleId}${f.checkId ? `/${f.checkId}` : ''}: ${f.message}`);
      expect(actual, messages.join('\n')).toEqual(expected);
    });
  }
});
