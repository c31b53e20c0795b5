import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    // Ink renders only the last frame when it believes it runs in CI; tests need every frame.
    env: {CI: 'false'},
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
  },
});
