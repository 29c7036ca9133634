import { defineConfig } from 'tsup';

export default defineConfig({
  // Two entries: `@kehoach/validator` never loads a parser; `@kehoach/validator/locate` does.
  entry: { index: 'src/index.ts', 'locate/index': 'src/locate/index.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  noExternal: ['zod'],
  external: ['acorn', '@sveltejs/acorn-typescript', 'oxc-parser', '@kehoach/core', '@kehoach/core/zod'],
  // The rules' option schemas use the copy of zod bundled into @kehoach/core: one copy loads.
  esbuildPlugins: [
    {
      name: 'zod-from-core',
      setup(build) {
        build.onResolve({ filter: /^zod$/ }, () => ({ path: '@kehoach/core/zod', external: true }));
      },
    },
  ],
});
