import { defineConfig } from 'vitest/config';

/** Browser tests against the built site in dist/ (run `npm run build` first). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts', 'tests/pdf/output.test.ts', 'tests/pdf/as-at-output.test.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
