/** Every package passes publint (strict) and arethetypeswrong (ESM-only profile). */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

describe.each(['core', 'validator', 'export', 'cli'])('@kehoach/%s', (name) => {
  const cwd = path.join(root, 'packages', name);

  it('passes publint --strict', () => {
    const r = spawnSync(bin('publint'), ['--strict', '--pack', 'npm'], { cwd, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toContain('All good!');
    expect(r.status).toBe(0);
  });

  it('passes arethetypeswrong for ESM consumers', () => {
    const r = spawnSync(bin('attw'), ['--pack', '.', '--profile', 'esm-only', '--format', 'json'], { cwd, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const { analysis } = JSON.parse(r.stdout) as { analysis: { problems: { kind: string; resolutionKind: string }[] } };
    // The package is ESM-only: CommonJS resolution (node10, node16-cjs) is out of scope.
    const relevant = analysis.problems.filter((p) => p.resolutionKind !== 'node10' && p.resolutionKind !== 'node16-cjs');
    expect(relevant).toEqual([]);
  });
});
