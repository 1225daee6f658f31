import { configDefaults, defineConfig } from 'vitest/config';

// Many tests run the built CLI as a child process; a loaded CI machine must not turn them into
// timeouts. No test asserts a duration. The install tests (npm, git, pre-commit) take minutes and
// the registry: `npm run test:install` runs them, and .ci/run does.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // .eval/ holds public repositories checked out for scripts/eval, .stryker-tmp/ the sandboxes of
    // `npm run mutation`: their files are not our tests.
    exclude: [...configDefaults.exclude, 'test/install/**', '.eval/**', '.stryker-tmp/**', 'reports/**'],
    globalSetup: ['test/helpers/cache-home.ts'],
  },
});
