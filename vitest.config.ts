import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'cli/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'bench/**/*.test.ts', 'build/**/*.test.ts'],
    environment: 'node',
    // The rule tests hold every rule to the kinds of element it declares it reads (Rule.reads).
    setupFiles: ['shared/validation/testing/holdRulesToReads.ts'],
    // A hang guard, not a speed check (speed is `npm run bench`): the large-design and property
    // tests take seconds on a busy 2-core CI machine.
    testTimeout: 60_000,
  },
});
