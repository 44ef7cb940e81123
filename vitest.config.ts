import { defineConfig } from 'vitest/config';

// Unit and integration tests (`*.test.ts`); Playwright owns `*.spec.ts` under test/e2e.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/e2e/**'],
    testTimeout: 15_000,
  },
});
