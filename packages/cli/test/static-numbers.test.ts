/** Numbers in a plan.ts read without running it are the numbers JavaScript gives, exponents included. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPlanStatically } from '../src/static/read-plan-statically.js';

const tmp = mkdtempSync(path.join(import.meta.dirname, '.tmp-static-numbers-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('readPlanStatically on numeric literals', () => {
  it('keeps exponents, hex and separators as JavaScript reads them', async () => {
    const values = ['8e-323', '1e21', '2.5e3', '0x10', '1_000.5', '.5'];
    const file = path.join(tmp, 'plan.ts');
    writeFileSync(
      file,
      `import { before, definePlan, defineRegistry } from '@kehoach/core';
const r = defineRegistry({ units: { ubnd: { name: 'UBND tỉnh', kind: 'people-committee' }, so: { name: 'Sở Y tế', kind: 'department' } } });
export default definePlan({
  registry: r, number: '01/KH-UBND', issuer: 'ubnd', place: 'X', issuedOn: '2026-01-05', title: 'T',
  period: { from: '2026-01-01', to: '2026-12-31' },
  body: [r.section('I', 'NV', [r.task('1', { lead: 'so', text: 'Sở Y tế chủ trì.', deadlines: [before('2026-03-31')],
    targets: [${values.map((v, i) => `{ id: 't${i}', metric: 'm', direction: 'reach', value: ${v} }`).join(', ')}] })])],
  signature: { form: 'none', title: 'CHỦ TỊCH', name: 'A' },
});
`,
    );
    const result = await readPlanStatically(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const task = result.plan.body[0]!.type === 'section' ? result.plan.body[0]!.children[0]! : undefined;
    expect(task?.type === 'task' ? task.targets?.map((t) => t.value) : undefined).toEqual([8e-323, 1e21, 2500, 16, 1000.5, 0.5]);
  });
});
