import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds the sample site once; browser tests serve dist/.
    globalSetup: ['tests/site/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 600_000,
  },
});
