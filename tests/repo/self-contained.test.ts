/** A fresh clone passes its tests: no test, helper or script reads outside the repository. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outsidePaths } from './outside-paths.js';

const root = path.resolve(import.meta.dirname, '../..');

/** Tests, test helpers, scripts and configs: every tracked file that runs at test or build time. */
function checkedFiles(): string[] {
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  return tracked.filter(
    (file) =>
      /\.(?:[cm]?[jt]s)$/.test(file) &&
      (/(^|\/)(tests?|scripts)\//.test(file) || /\.(test|spec|test-d)\.ts$/.test(file) || /^[^/]+\.config\.[cm]?[jt]s$/.test(file)),
  );
}

describe('no test reads outside the repository', () => {
  it('finds the files to check', () => {
    const files = checkedFiles();
    expect(files).toContain('examples/khanh-hoa-12127/test/fidelity.test.ts');
    expect(files).toContain('packages/export/test/helpers/reference.ts');
    expect(files).toContain('scripts/update-goldens.mjs');
    expect(files).toContain('vitest.config.ts');
  });

  it('no test, helper, script or config builds a path outside the repository', () => {
    const hits = checkedFiles().flatMap((file) => outsidePaths(readFileSync(path.join(root, file), 'utf8'), file, root));
    expect(hits.map((h) => `${h.file}:${h.line}: ${h.literal} → ${h.resolved}`)).toEqual([]);
  });

  it('.ci/run and the vitest config name nothing outside the repository', () => {
    for (const file of ['.ci/run', 'vitest.config.ts']) expect(readFileSync(path.join(root, file), 'utf8'), file).not.toMatch(/\.\.\/[A-Za-z]|\/work\//);
  });
});

describe('the scan', () => {
  it('catches the reference text read from outside the repo, as the tests once did', () => {
    // outside-repo: data (the lines below are scanned, not run)
    const source = "const referencePath = process.env['KEHOACH_REFERENCE'] ?? path.resolve(repoRoot, '../outside/reference/12127-KH-UBND.txt');"; // outside-repo: data
    expect(outsidePaths(source, 'packages/export/test/helpers/reference.ts', '/repo')).toEqual([
      { file: 'packages/export/test/helpers/reference.ts', line: 1, literal: '../outside/reference/12127-KH-UBND.txt', resolved: '/outside/reference/12127-KH-UBND.txt' },
    ]);
  });

  it('resolves from the file\'s folder, and across join segments', () => {
    const inside = "const root = path.resolve(import.meta.dirname, '../../..');\nreadFileSync(path.join(root, 'examples', 'x.txt'));"; // outside-repo: data
    expect(outsidePaths(inside, 'packages/cli/test/a.test.ts', '/repo')).toEqual([]);
    const outside = "readFileSync(path.join(import.meta.dirname, '..', '..', '..', '..', 'secret.txt'));"; // outside-repo: data
    expect(outsidePaths(outside, 'packages/cli/test/a.test.ts', '/repo').map((h) => h.resolved)).toEqual(['/secret.txt']);
    expect(outsidePaths(`new URL("../../../../x.json", import.meta.url)`, 'tests/repo/a.ts', '/repo')).toHaveLength(1); // outside-repo: data
  });

  it('lets a line that builds such a path as data say so', () => {
    const data = "writeFileSync(file, plan(path.join(dir, '../../../../../etc/passwd'))); // outside-repo: data, never read";
    expect(outsidePaths(data, 'tests/a.test.ts', '/repo')).toEqual([]);
  });
});
