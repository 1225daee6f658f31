import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { configSchema } from '../src/cli/config/schema.js';
import { PATTERN_MEANINGS } from '../src/cli/config/load.js';
import { validate } from '../src/cli/config/validate.generated.js';
import { configValidatorSource } from '../scripts/config-validator.js';
import { repo } from './helpers/cli.js';

const Ajv = (createRequire(import.meta.url)('ajv') as typeof import('ajv')).default;

const configs: unknown[] = [
  {},
  { rules: { 'wildcard-principal': 'error', 'ecr-scope': { severity: 'warning' } } },
  { rules: { 'ecr-scop': 'error' } },
  { rules: { 'wildcard-principal': 'fatal' } },
  { rules: { 'wildcard-principal': { severity: 'off', options: { x: 1 } } } },
  { trustedAccounts: ['111122223333', '12'] },
  { ignores: [{ files: 'a/*.json', rules: ['ecr-scope'], reason: 'r', expires: '2027-01-01' }] },
  { ignores: [{ files: 'a/*.json', rules: [], reason: '' }] },
  { ignores: [{ files: 'a', rules: ['x'], reason: 'r', expires: '2O27-01-01' }] },
  {
    policyKinds: [
      { files: 'org/**', kind: 'scp' },
      { files: 'x', kind: 'boundary' },
    ],
  },
  { accessAnalyzer: { enabled: true, accessNotGranted: [{ addresses: ['aws_iam_policy.*'], actions: ['s3:*'] }] } },
  { accessAnalyzer: { enabled: 'yes', accessNotGranted: [{ actions: [] }] } },
  { strict: 1, include: 'x', exclude: [3], unknownTop: true },
  [],
  'rules: {}',
  null,
  ...RULES.filter((r) => r.meta.optionDefaults).map((r) => ({ rules: { [r.meta.id]: { severity: 'error', options: r.meta.optionDefaults } } })),
];

describe('the precompiled .policylintrc validator (issue 16: no schema compile at start-up)', () => {
  it('is what `npm run docs` generates from the rules today', () => {
    const committed = readFileSync(join(repo, 'src/cli/config/validate.generated.js'), 'utf8');
    expect(committed, 'run: npm run docs').toBe(configValidatorSource());
  });

  it('accepts and rejects what ajv compiling the published schema does, with the same errors', () => {
    const compiled = new Ajv({ allErrors: true, strict: false }).compile(configSchema(RULES));
    // What the config loader reads of an error (src/cli/config/load.ts). Not schemaPath: the
    // validator checks a smaller schema with the same constraints (scripts/config-validator.ts).
    type Seen = Array<{ instancePath: string; keyword: string; params: unknown; message?: string }> | null | undefined;
    const seen = (errors: Seen) => errors?.map(({ instancePath, keyword, params, message }) => ({ instancePath, keyword, params, message })) ?? null;
    for (const c of configs) {
      const expected = compiled(c);
      expect(validate(c), JSON.stringify(c)).toBe(expected);
      expect(seen(validate.errors), JSON.stringify(c)).toEqual(seen(compiled.errors));
    }
    expect(configs.filter((c) => !validate(c)).length).toBeGreaterThan(8);
  });

  it('checks the setting every option-less rule shares once, not once per rule (compiled at every start with a config)', () => {
    expect(RULES.filter((r) => !r.meta.options).length).toBeGreaterThan(3);
    // 64 KB when each rule's setting was written out again.
    expect(readFileSync(join(repo, 'src/cli/config/validate.generated.js'), 'utf8').length).toBeLessThan(48_000);
  });

  // A `must match pattern "^\\d{12}$"` message says nothing to whoever wrote the file: each pattern
  // has words of its own (cli/config/load.ts), and a new one without them fails here.
  it('has words for every pattern in the schema', () => {
    const patterns: string[] = [];
    const walk = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      const pattern = (node as { pattern?: unknown }).pattern;
      if (typeof pattern === 'string') patterns.push(pattern);
      for (const v of Object.values(node)) walk(v);
    };
    walk(configSchema(RULES));
    expect(patterns.length).toBeGreaterThan(0);
    expect(patterns.filter((p) => !PATTERN_MEANINGS[p])).toEqual([]);
  });
});
