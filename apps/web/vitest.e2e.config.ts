import { defineConfig } from 'vitest/config';

/** End to end: the built product (API + this app) in headless Chromium. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 90_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    // A loaded machine renders slowly: a poll waits as long as Playwright's own waits would.
    expect: { poll: { timeout: 10_000 } },
  },
});
