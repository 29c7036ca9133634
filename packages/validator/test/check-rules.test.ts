import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/index.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const script = path.join(repo, 'scripts/check-rules.mjs');

describe('scripts/check-rules.mjs', () => {
  it('finds every rule complete: folder, rule, test, doc page, presets, registry', () => {
    const out = execFileSync(process.execPath, [script], { encoding: 'utf8' });
    expect(out.trim()).toBe(`check-rules: ${Object.keys(rules).length} rules, each with its rule, test, doc page, preset entries and registration.`);
  });

  it('fails with a clear list when a rule is incomplete', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'kehoach-check-rules-'));
    try {
      const dir = path.join(root, 'packages/validator/src/rules/dates/new-rule');
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'new-rule.rule.ts'), "export const r = { meta: { id: 'dates/new-rule' } };\n");
      writeFileSync(path.join(root, 'packages/validator/src/rules/index.ts'), "export const rules = {\n  'dates/old-rule': x,\n};\n");
      writeFileSync(path.join(root, 'packages/validator/src/presets.ts'), "recommended: { 'dates/new-rule': 'error' }\n");
      const run = spawnSync(process.execPath, [script, '--root', root], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr.trim().split('\n')).toEqual([
        'check-rules: 5 problem(s):',
        '  - dates/new-rule: missing test file packages/validator/src/rules/dates/new-rule/new-rule.test.ts',
        '  - dates/new-rule: missing doc page docs/rules/dates/new-rule.md',
        '  - dates/new-rule: not in both presets (recommended and strict) of packages/validator/src/presets.ts',
        '  - dates/new-rule: not registered in packages/validator/src/rules/index.ts',
        '  - dates/old-rule: registered, but there is no folder packages/validator/src/rules/dates/old-rule/',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
