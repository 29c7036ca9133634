import { defineConfig } from 'tsup';

export default defineConfig({
  // Two entries: `@kehoach/validator` never loads ts-morph; `@kehoach/validator/locate` does, lazily.
  entry: { index: 'src/index.ts', 'locate/index': 'src/locate/index.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  external: ['ts-morph', '@kehoach/core', 'zod'],
});
