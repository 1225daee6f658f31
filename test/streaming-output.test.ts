import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/model/finding.js';
import { jsonChunks, publicFinding } from '../src/format/json.js';
import { sarifChunks } from '../src/format/sarif.js';
import { compactLines } from '../src/format/compact.js';
import { RULES } from '../rules/index.js';
import { run } from './helpers/cli.js';
import { tempDirs } from './helpers/temp.js';

const temp = tempDirs('streaming');
const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '"', '\\', '\n', '\t', '\u001b', 'é', '😀', '}', ']', ','), maxLength: 12 });
const place = { line: fc.nat(500), column: fc.nat(80), endLine: fc.nat(500), endColumn: fc.nat(80) };
const finding = fc.record(
  {
    ruleId: fc.constantFrom(...RULES.map((r) => r.meta.id), 'access-analyzer/EXTERNAL_PRINCIPAL'),
    checkId: fc.constantFrom('PA01', 'WP02'),
    severity: fc.constantFrom('error', 'warning', 'note'),
    message: text,
    file: fc.constantFrom('main.tf', 'a b/#x?.json', '/abs/out.tf'),
    ...place,
    suppressed: fc.boolean(),
    suppression: fc.record({ reason: text }),
    fingerprint: fc.string({ unit: fc.constantFrom('0', 'a', 'f'), minLength: 4, maxLength: 4 }),
    witness: text,
    address: text,
    modulePath: fc.array(text, { maxLength: 2 }),
    relatedLocations: fc.array(fc.record({ file: fc.constantFrom('x.tf'), ...place, message: text }), { maxLength: 2 }),
    absFile: fc.constant('/abs/main.tf'),
    offset: fc.nat(),
  },
  { requiredKeys: ['ruleId', 'severity', 'message', 'file', 'line', 'column', 'endLine', 'endColumn', 'suppressed', 'fingerprint'] },
) as fc.Arbitrary<Finding>;

describe('reports printed a finding at a time (issue 16) are byte for byte the buffered ones', () => {
  it('JSON', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 6 }), (findings) => {
        expect([...jsonChunks(findings)].join('')).toBe(JSON.stringify({ version: 1, findings: findings.map(publicFinding) }, null, 2) + '\n');
      }),
      { seed: 16, numRuns: 300 },
    );
  });

  it('SARIF: the canonical layout of the same document, results in order', () => {
    const opts = {
      version: '1.0.0',
      informationUri: 'https://x',
      rules: RULES.map((r) => r.meta),
      notifications: [{ file: 'a', message: '"results": []' }],
      docsBase: 'https://x/rules',
      root: '/repo',
    };
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 6 }), (findings) => {
        const out = [...sarifChunks(findings, opts)].join('');
        const doc = JSON.parse(out);
        expect(out).toBe(JSON.stringify(doc, null, 2) + '\n');
        expect(doc.runs[0].results.map((r: { message: { text: string } }) => r.message.text)).toEqual(findings.map((f) => f.message));
        expect(doc.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toBe('a: "results": []');
      }),
      { seed: 16, numRuns: 200 },
    );
  });

  it('compact: one line per unsuppressed finding', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 6 }), (findings) => {
        const lines = [...compactLines(findings, '/repo')];
        expect(lines).toHaveLength(findings.filter((f) => !f.suppressed).length);
        for (const l of lines) expect(l.indexOf('\n')).toBe(l.length - 1);
      }),
      { seed: 16, numRuns: 200 },
    );
  });

  it('the CLI prints the same report to stdout and to --output-file, in pieces larger than one write', () => {
    const dir = temp();
    for (const format of ['json', 'sarif', 'compact']) {
      const out = join(dir, `report.${format}`);
      const printed = run(['--format', format, 'fixtures'], undefined);
      const written = run(['--format', format, '-o', out, 'fixtures'], undefined);
      expect(written.stdout).toBe('');
      expect(written.code).toBe(printed.code);
      expect(readFileSync(out, 'utf8')).toBe(printed.stdout);
      expect(printed.stdout.length).toBeGreaterThan(1 << 16);
    }
  }, 180_000);
});
