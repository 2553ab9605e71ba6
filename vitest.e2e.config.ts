import { defineConfig } from 'vitest/config';

// End-to-end tests drive real browsers: one file at a time (the machines have 2 cores), generous timeouts.
export default defineConfig({
  resolve: { alias: { '@': import.meta.dirname } },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
