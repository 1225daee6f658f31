import { defineConfig } from 'vitest/config';

// What `npm run mutation` (StrykerJS) runs for each mutant: the in-process tests that reach rules/
// and src/policy/, and none that spawn the CLI, install, or benchmark (a mutant lives in the
// sandbox's sources, not in dist/, so those could not kill it anyway, and they cost seconds each).
// Tests that lint in a beforeAll hook are left out too: Stryker cannot tell which of their tests
// reached a mutant, so it would run all of them for every mutant that hook touched. The fixtures
// reach Stryker through test/fixture-messages.test.ts, which lints one folder per test.
export default defineConfig({
  test: {
    include: [
      'test/fixture-messages.test.ts',
      'test/ecr-scope.test.ts',
      'test/group-mfa.test.ts',
      'test/oidc-trust.test.ts',
      'test/extract.test.ts',
      'test/rule-docs.test.ts',
      'test/config-validator.test.ts',
      'test/real-code-forms.test.ts',
      'test/analyzer-unit.test.ts',
      'test/policy-*.unit.test.ts',
      'test/rules-*.unit.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The engine's worker threads would load the built files, not the mutated sources.
    env: { POLICYLINT_WORKERS: '0' },
    // One worker, kept with its loaded modules (the IAM data, the tree-sitter grammar) from one
    // mutant's run to the next: re-importing them is most of the cost of a run.
    isolate: false,
    pool: 'threads',
    fileParallelism: false,
  },
});
