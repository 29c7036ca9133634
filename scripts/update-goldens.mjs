#!/usr/bin/env node
// Regenerates the golden files of @kehoach/export (packages/export/test/golden/) and the
// report screenshot (docs/report-screenshot.png) from the example plan. It runs the golden and
// browser tests through vitest with KEHOACH_UPDATE_GOLDENS=1, so it uses the sources (no build
// needed) and exactly the code the tests check. The screenshot needs /usr/bin/chromium (the
// Debian package); without it only the goldens are written.
//
//   node scripts/update-goldens.mjs
//
// Then read the diff (git diff packages/export/test/golden) before committing.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const tests = ['packages/export/test/golden.test.ts', 'packages/export/test/html-browser.test.ts'];
const result = spawnSync(process.execPath, [vitest, 'run', ...tests, '--typecheck.enabled=false'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, KEHOACH_UPDATE_GOLDENS: '1' },
});
if (result.status !== 0) process.exit(result.status ?? 1);
console.log('Written: packages/export/test/golden/ and docs/report-screenshot.png. Review them:');
console.log('  git diff packages/export/test/golden docs/report-screenshot.png');
