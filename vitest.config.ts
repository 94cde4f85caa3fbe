import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // A guard against hangs, not a performance assertion: whole-corpus tests share 2 cores in CI.
    testTimeout: 60_000,
    // Browser tests and checks of the built PDFs need `npm run build` first: see vitest.e2e.config.ts.
    exclude: ['tests/e2e/**', 'tests/pdf/output.test.ts', 'tests/pdf/as-at-output.test.ts', 'node_modules/**'],
  },
});
