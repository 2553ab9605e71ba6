import { defineConfig } from 'vitest/config';

// Tests of the built extension: its files, then real browsers driving it. One file at a time
// (the machines have 2 cores), generous timeouts.
export default defineConfig({
  resolve: { alias: { '@': import.meta.dirname } },
  test: {
    include: ['tests/build/**/*.build.ts', 'tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // A page or the badge catching up with a click takes milliseconds, but a busy 2-core CI
    // machine can stall a browser for over a second: wait up to 10 s, not vitest's 1 s.
    expect: { poll: { timeout: 10_000 } },
  },
});
