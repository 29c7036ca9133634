// `pnpm bench`: runs every benchmark script (scripts/bench-*.mjs) in turn; each one
// rewrites its own table in docs/benchmarks.md.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
for (const file of readdirSync(dir).filter((f) => /^bench-.+\.mjs$/.test(f)).sort()) {
  if (only.length > 0 && !only.some((name) => file.includes(name))) continue;
  console.log(`\n== ${file}`);
  execFileSync(process.execPath, ['--expose-gc', path.join(dir, file)], { stdio: 'inherit' });
}
