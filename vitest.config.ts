import { defineConfig } from 'vitest/config';

const sourceConditions = ['source', 'import', 'module', 'node', 'default'];

export default defineConfig({
  resolve: { conditions: sourceConditions },
  ssr: { resolve: { conditions: sourceConditions } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'examples/*/test/**/*.test.ts', 'tests/**/*.test.ts'],
    typecheck: {
      enabled: true,
      include: ['packages/*/src/**/*.test-d.ts', 'packages/*/test/**/*.test-d.ts', 'examples/*/test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    // Subprocess tests load the CLI (and, for --typecheck, the TypeScript compiler): generous on a busy machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
