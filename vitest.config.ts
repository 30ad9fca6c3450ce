import { defineConfig } from 'vitest/config';

/** Unit tests only; the browser tests in tests/e2e run with Playwright (`npm run test:e2e`). */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/robustness/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
  },
});
