import { defineConfig } from 'vitest/config';

// Unit tests of shared/ and integration tests of the main-process services run in Node; the browser UI is
// covered by the Playwright specs in e2e/.
export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
  },
});
