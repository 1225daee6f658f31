import { configDefaults, defineConfig } from 'vitest/config';

// Many tests run the built CLI as a child process; a loaded CI machine must not turn them into
// timeouts. No test asserts a duration.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // .eval/ holds public repositories checked out for scripts/eval; their files are not our tests.
    exclude: [...configDefaults.exclude, '.eval/**'],
  },
});
