import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

describe('docs/rules/README.md', () => {
  it('is the reference generated from the rules’ metadata', () => {
    const r = spawnSync(process.execPath, [path.join(root, 'scripts/gen-rule-reference.mjs'), '--check'], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
