import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringifyPlan } from '@kehoach/core';
import { afterAll, describe, expect, it } from 'vitest';
import plan from '../../../examples/khanh-hoa-12127/plan.js';
import { readPlanStatically } from '../src/static/read-plan-statically.js';
import { loadPlan } from '../src/load-plan.js';

const root = path.resolve(import.meta.dirname, '../../..');
const tmp = mkdtempSync(path.join(import.meta.dirname, '.tmp-static-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = path.join(tmp, name);
  writeFileSync(file, text);
  return file;
}

const HEADER = `import { before, definePlan, defineRegistry } from '@kehoach/core';
const r = defineRegistry({ units: { ubnd: { name: 'UBND tỉnh', kind: 'people-committee' }, so: { name: 'Sở Y tế', kind: 'department' } } });
`;
const PLAN = `export default definePlan({
  registry: r, number: '01/KH-UBND', issuer: 'ubnd', place: 'X', issuedOn: '2026-01-05', title: 'T',
  period: { from: '2026-01-01', to: '2026-12-31' },
  body: [r.section('I', 'NV', [r.task('1', { lead: 'so', text: 'Sở Y tế chủ trì.', deadlines: [before('2026-03-31')] })])],
  signature: { form: 'none', title: 'CHỦ TỊCH', name: 'A' },
});
`;

describe('readPlanStatically', () => {
  it('reads the reference example without running it, to the same model', async () => {
    const result = await readPlanStatically(path.join(root, 'examples/khanh-hoa-12127/plan.ts'));
    expect(result.ok).toBe(true);
    if (result.ok) expect(stringifyPlan(result.plan)).toBe(stringifyPlan(plan));
  });

  it('reads the plan kehoach init writes, to the same model as running it', async () => {
    const file = path.join(root, 'packages/cli/templates/init/plan.ts');
    const result = await readPlanStatically(file);
    const executed = await loadPlan(file);
    expect(result.ok && stringifyPlan(result.plan)).toBe(stringifyPlan(executed.plan));
  });

  it('follows constants, spreads, templates and concatenation', async () => {
    const file = write(
      'constants.ts',
      `${HEADER}const year = 2026;
const base = { place: 'X', title: \`KẾ HOẠCH NĂM \${year}\` };
const tasks = [r.task('1', { lead: 'so', text: 'Sở Y tế ' + 'chủ trì.', deadlines: [before('2026-03-31')] })];
export default definePlan({
  registry: r, number: '01/KH-UBND', issuer: 'ubnd', ...base, issuedOn: '2026-01-05',
  period: { from: '2026-01-01', to: '2026-12-31' },
  body: [r.section('I', 'NV', [...tasks])],
  signature: { form: 'none', title: 'CHỦ TỊCH', name: 'A' },
} as const);
`,
    );
    const result = await readPlanStatically(file);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.plan.title).toBe('KẾ HOẠCH NĂM 2026');
      expect(result.plan.body[0]?.children?.[0]).toMatchObject({ text: 'Sở Y tế chủ trì.' });
    }
  });

  it('refuses a top-level side effect, naming it and its line, and never runs it', async () => {
    const marker = path.join(tmp, 'side-effect-happened');
    const file = write('effect.ts', `${HEADER}import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'x');\n${PLAN}`);
    const result = await readPlanStatically(file);
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'static/import', construct: 'import from "node:fs"', line: 3, column: 1 }] });
    const effect = write('effect2.ts', `${HEADER}console.log('hello');\n${PLAN}`);
    expect(await readPlanStatically(effect)).toMatchObject({
      ok: false,
      problems: [{ code: 'static/side-effect', construct: 'function call console.log', line: 3, column: 1 }],
    });
    expect(existsSync(marker)).toBe(false);
  });

  it('refuses constructs outside the subset with their location', async () => {
    const cases: [string, string, number][] = [
      [`${HEADER}const f = () => 'x';\n${PLAN.replace("'Sở Y tế chủ trì.'", 'f()')}`, 'function expression', 3],
      [`${HEADER}${PLAN.replace("'Sở Y tế chủ trì.'", "'x'.repeat(3)")}`, "call of 'x'.repeat", 6],
      [`${HEADER}let n = '01/KH-UBND';\n${PLAN}`, 'let declaration', 3],
      [`${HEADER}function helper() {}\n${PLAN}`, 'function helper', 3],
      [`${HEADER}${PLAN.replace("'T'", 'process.env.TITLE')}`, 'property access process.env.TITLE', 4],
    ];
    for (const [text, construct, line] of cases) {
      const result = await readPlanStatically(write(`case-${line}-${construct.length}.ts`, text));
      expect(result, construct).toMatchObject({ ok: false, problems: [{ construct, line }] });
    }
  });

  it('reports syntax errors with their location, and plan errors as plan problems', async () => {
    expect(await readPlanStatically(write('syntax.ts', `${HEADER}export default definePlan({ number: '01/KH-UBND', `))).toMatchObject({
      ok: false,
      problems: [{ code: 'static/syntax' }],
    });
    const invalid = await readPlanStatically(write('invalid.ts', `${HEADER}${PLAN.replace("'2026-03-31'", "'2026-02-30'")}`));
    expect(invalid).toMatchObject({ ok: false, planProblems: [{ code: 'schema/invalid-date' }] });
  });
});
