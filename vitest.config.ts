import { defineConfig } from 'vitest/config';

// Many tests run the built CLI as a child process; a loaded CI machine must not turn them into
// timeouts. No test asserts a duration.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
