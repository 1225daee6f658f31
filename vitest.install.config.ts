import { defineConfig } from 'vitest/config';

// Installs policylint as users do (npm pack, git, pre-commit) into temporary folders: slow, and
// they need the npm registry for the production dependencies. Run by `npm run test:install`.
export default defineConfig({
  test: {
    include: ['test/install/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
