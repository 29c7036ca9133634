// The long run of the property tests: many more cases than CI, with a fresh seed each time
// (printed, so a failure can be replayed with KEHOACH_PROPERTY_SEED=<seed>).
// Usage: node scripts/properties-long.mjs [runs]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = process.argv[2] ?? '500';
const seed = process.env.KEHOACH_PROPERTY_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
console.log(`property tests: ${runs} runs, seed ${seed}`);
const result = spawnSync('npx', ['vitest', 'run', 'tests/properties', 'packages/export/test/ics-injection.property.test.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, KEHOACH_PROPERTY_RUNS: runs, KEHOACH_PROPERTY_SEED: seed },
});
process.exit(result.status ?? 1);
