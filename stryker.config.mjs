// StrykerJS over rules/ and src/policy/: `npm run mutation` (slow, so not in npm test or CI; see
// CONTRIBUTING.md, "Mutation testing"). MUTATE=rules or MUTATE=src/policy mutates one folder (or
// MUTATE=src/policy/arn.ts,src/policy/glob.ts some files), with its own incremental file and
// report, so iterating on one folder neither reruns nor forgets the other.
const folder = process.env.MUTATE;
const folders = folder ? folder.split(',') : ['rules', 'src/policy'];
const name = folder ? folder.replace(/\W+/g, '-') : 'all';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  // Each mutant runs only the tests that reached it (the fixture folders are one test each).
  coverageAnalysis: 'perTest',
  // Generated tables (`npm run docs`) are checked by their drift tests, not by mutants.
  mutate: [...folders.map((f) => (f.endsWith('.ts') ? f : `${f}/**/*.ts`)), '!**/*.generated.ts'],
  // Stryker marks files `// @ts-nocheck` so that a mutant that breaks a type still runs; only the
  // mutated folders need it, and the generated config validator must stay byte-identical for its
  // drift test (test/config-validator.test.ts).
  disableTypeChecks: '{rules,src/policy}/**/*.ts',
  ignorePatterns: ['.eval', '.bench', 'dist', 'scratch', 'coverage', '.policylint-cache', 'eval', 'examples'],
  // The machine running it is usually a laptop doing other things; `--concurrency` raises it.
  concurrency: 2,
  timeoutMS: 20000,
  // Results are reused for mutants whose code and covering tests did not change. The file is a
  // local cache under reports/ (git-ignored), not committed: it is megabytes that change with every
  // edit of rules/ or src/policy/, would conflict on every merge, and is stale on any other branch.
  incremental: true,
  incrementalFile: `reports/mutation/${name}.incremental.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  thresholds: { high: 90, low: 85, break: null },
};
