import path from 'node:path';
import { build } from 'tsup';

/**
 * Bundles `entry` and everything it imports (workspace packages from their sources) into one
 * ES module that plain `node` can run, and returns its path.
 */
export async function bundleForNode(entry: string, outDir: string): Promise<string> {
  await build({
    entry: { bundle: entry },
    outDir,
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    bundle: true,
    noExternal: [/.*/],
    splitting: false,
    sourcemap: false,
    dts: false,
    clean: false,
    silent: true,
    config: false,
    esbuildOptions(options) {
      options.conditions = ['source', 'import', 'module', 'default'];
      options.logLevel = 'error';
    },
  });
  return path.join(outDir, 'bundle.js');
}
