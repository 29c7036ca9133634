import { defineConfig } from 'tsup';

export default defineConfig({
  // zod is bundled (one chunk shared by both entries): loading it from one file instead of its
  // many modules halves the start-up cost of every command. `@kehoach/core/zod` lets the
  // validator share this copy.
  entry: { index: 'src/index.ts', zod: 'src/zod.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  noExternal: ['zod'],
  splitting: true,
  // Whitespace and syntax only (names stay): every command parses a smaller zod chunk at start-up.
  minifyWhitespace: true,
  minifySyntax: true,
});
