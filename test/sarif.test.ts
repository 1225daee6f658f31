import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repo, run } from './helpers/cli.js';

const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string };
const dir = mkdtempSync(join(tmpdir(), 'policylint-sarif-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sarifFor(args: string[]) {
  const out = join(dir, `run-${Math.random().toString(36).slice(2)}.sarif`);
  run(['--format', 'sarif', '--output-file', out, ...args]);
  return { path: out, log: JSON.parse(readFileSync(out, 'utf8')) };
}

/** The official schema, shipped by Microsoft's SARIF multitool package. */
function schemaValidator() {
  const multitool = dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json'));
  const schema = JSON.parse(readFileSync(join(multitool, 'sarif-2.1.0.json'), 'utf8'));
  const Ajv2020 = require('ajv/dist/2020').default as typeof import('ajv').default;
  const addFormats = require('ajv-formats').default as typeof import('ajv-formats').default;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('SARIF', () => {
  const fixtures = sarifFor(['fixtures', '--sarif-category', 'policylint/iam']);
  const examples = sarifFor(['examples']);

  it('validates against the official SARIF 2.1.0 schema', () => {
    const validate = schemaValidator();
    for (const { log } of [fixtures, examples]) expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('passes the SARIF multitool with GitHub code scanning rules', () => {
    const tool = require('@microsoft/sarif-multitool') as string;
    for (const { path } of [fixtures, examples]) {
      const report = `${path}.validation.sarif`;
      const r = spawnSync(tool, ['validate', path, '--rule-kind', 'Sarif;Gh', '--output', report, '--log', 'ForceOverwrite'], {
        encoding: 'utf8',
        env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
      });
      expect(r.status, r.stderr).toBe(0);
      // The multitool exits 0 even when it finds errors: read what it wrote.
      const results = JSON.parse(readFileSync(report, 'utf8')).runs[0].results ?? [];
      expect(results.map((x: { ruleId: string; message: { text?: string } }) => `${x.ruleId}: ${x.message.text ?? ''}`)).toEqual([]);
    }
  }, 120_000);

  it('carries rule metadata, stable fingerprints, the category and suppressions', () => {
    const runObj = examples.log.runs[0];
    const driver = runObj.tool.driver;
    expect(driver.name).toBe('policylint');
    expect(driver.version).toBe(pkg.version);
    for (const rule of driver.rules) {
      expect(rule.properties.tags).toContain('security');
      expect(Number(rule.properties['security-severity'])).toBeGreaterThan(0);
      // The docs of the version that produced the finding: the tag the release script makes.
      expect(rule.helpUri).toBe(`https://github.com/policylint/policylint/blob/v${pkg.version}/rules/${rule.id}.md`);
      expect(existsSync(join(repo, 'rules', `${rule.id}.md`)), rule.id).toBe(true);
    }
    const group = runObj.results.find((r: { ruleId: string }) => r.ruleId === 'group-mfa');
    expect(group.suppressions).toEqual([{ kind: 'inSource', justification: expect.stringContaining('access key') }]);
    for (const r of runObj.results) {
      expect(r.locations[0].physicalLocation.artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(r.locations[0].physicalLocation.artifactLocation.uri).not.toMatch(/^\//);
      expect(r.partialFingerprints['policylintFingerprint/v1']).toMatch(/^[0-9a-f]{28}$/);
    }
    expect(fixtures.log.runs[0].automationDetails.id).toBe('policylint/iam/');
  });

  it("lists every rule of the registry, the engine's own included, and each result's check id", () => {
    const ids = fixtures.log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['wildcard-principal', 'principal-arn-pattern', 'parse-error', 'suppression', 'unresolved', 'policy-size']));
    const pa01 = fixtures.log.runs[0].results.filter(
      (r: { ruleId: string; properties?: { checkId?: string } }) => r.ruleId === 'principal-arn-pattern' && r.properties?.checkId === 'PA01',
    );
    expect(pa01.length).toBeGreaterThan(3);
  });
});

describe('JSON output', () => {
  it('carries the check id of each finding', () => {
    const r = run(['--format', 'json', 'fixtures']);
    const found = JSON.parse(r.stdout).findings as Array<{ ruleId: string; checkId?: string }>;
    const checks = new Set(found.filter((f) => f.ruleId === 'principal-grammar').map((f) => f.checkId));
    expect([...checks].sort()).toEqual(expect.arrayContaining(['PG01', 'PG02', 'PG03', 'PG05']));
    expect(found.every((f) => f.ruleId !== 'principal-grammar' || /^PG\d\d$/.test(f.checkId ?? ''))).toBe(true);
  });
});
