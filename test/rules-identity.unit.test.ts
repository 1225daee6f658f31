import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../src/engine/lint.js';
import { RULES } from '../rules/index.js';

/** A finding's fingerprint is its values, not its place in a list (issue 13): two faults of one
 * check in one statement keep their fingerprints when the values are written in the other order.
 * In-process, so that mutation testing sees which rule code each case reaches. */
const fixture = join(__dirname, '..', 'fixtures', 'rules', 'principal-grammar', 'jsonencode', 'several.tf');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function prints(text: string): Promise<Map<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'policylint-identity-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'main.tf'), text);
  const res = await lint({ cwd: dir, paths: ['.'], rules: RULES, ruleOptions: { trustedAccounts: [], strict: false } });
  return new Map(res.findings.map((f) => [`${f.ruleId}/${f.checkId} ${f.message}`, f.fingerprint]));
}

/** Swaps two adjacent lines, found by their text. */
function swap(text: string, a: string, b: string): string {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.includes(a));
  const j = lines.findIndex((l) => l.includes(b));
  expect(Math.abs(i - j), `${a} next to ${b}`).toBe(1);
  [lines[i], lines[j]] = [lines[j], lines[i]];
  return lines.join('\n');
}

describe('principal-grammar fingerprints follow the values', () => {
  it.each([
    ['Principal and NotPrincipal in an identity policy (PG01)', 'Principal    = {', 'NotPrincipal = {'],
    ['two principal types that do not exist (PG04)', 'User  =', 'Group ='],
    ['two wildcard ARNs (PG05)', 'role/ci-*', 'role/cd-*'],
  ])('%s', async (_, a, b) => {
    const text = readFileSync(fixture, 'utf8');
    const before = await prints(text);
    const after = await prints(swap(text, a, b));
    expect(before.size).toBeGreaterThanOrEqual(6);
    expect(new Set(before.values()).size).toBe(before.size);
    expect(after).toEqual(before);
  });
});
