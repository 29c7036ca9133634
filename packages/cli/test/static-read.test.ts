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

  it('reads owners, rule groups, successors by function, handovers records and the reading', async () => {
    const file = write(
      'duties.ts',
      `import { before, definePlan, defineRegistry, yearly } from '@kehoach/core';
const BASIS = 'Nghị định số 45/2025/NĐ-CP';
const r = defineRegistry({
  units: {
    ubnd: { name: 'UBND tỉnh', kind: 'people-committee' },
    soLd: { name: 'Sở LĐ', kind: 'department', validUntil: '2025-02-28', basis: BASIS,
      successors: [{ unit: 'soNv', for: 'lao động', basis: \`\${BASIS} (Bộ Nội vụ)\` }, { unit: 'soYt', for: 'bảo trợ xã hội' }] },
    soNv: { name: 'Sở Nội vụ', kind: 'department' },
    soYt: { name: 'Sở Y tế', kind: 'department' },
    xa: { name: 'UBND xã A', kind: 'commune', validFrom: '2025-07-01', successors: ['soNv'] },
  },
  groups: {
    cacSo: { name: 'Các sở', rule: { kinds: ['department'], except: ['soYt'] }, complete: false },
    doanThe: { name: 'Các đoàn thể', members: [], complete: false },
  },
});
export default definePlan({
  registry: r, number: '01/KH-UBND', issuer: 'ubnd', place: 'X', issuedOn: '2025-01-05', title: 'T',
  period: { from: '2025-01-01', to: '2025-12-31' },
  reading: 'legal',
  handovers: { soLd: 'soNv' },
  body: [
    r.section('I', 'MỤC TIÊU', [
      r.item('a', 'Các sở xây dựng kế hoạch.', { owners: [r.each('cacSo'), 'xa'], deadlines: [before('2025-06-30')], handovers: { soLd: 'soYt' } }),
    ]),
    r.section('II', 'NHIỆM VỤ', [
      r.task('1', {
        lead: 'soLd', text: 'Sở LĐ chủ trì.', deadlines: [before('2025-09-30')], handovers: { soLd: 'soYt' },
        reports: [r.report({ from: r.each('cacSo'), to: 'ubnd', via: 'soLd', what: 'Báo cáo', deadlines: [yearly({ month: 11, day: 15 })], handovers: { soLd: 'soNv' } })],
      }),
    ]),
  ],
  signature: { form: 'none', title: 'CHỦ TỊCH', name: 'A' },
});
`,
    );
    const result = await readPlanStatically(file);
    const executed = await loadPlan(file);
    expect(result.ok && stringifyPlan(result.plan)).toBe(stringifyPlan(executed.plan));
    if (result.ok) {
      expect(result.plan.reading).toBe('legal');
      expect(result.plan.handovers).toEqual([{ from: 'soLd', to: 'soNv' }]);
      expect(result.plan.groups[0]).toMatchObject({ members: [], rule: { kinds: ['department'], except: ['soYt'] } });
      expect(result.plan.body[0]?.children?.[0]).toMatchObject({ owners: [{ unit: 'cacSo', mode: 'each' }, { unit: 'xa' }], handovers: [{ from: 'soLd', to: 'soYt' }] });
      expect(result.plan.units[1]?.successors).toEqual([
        { unit: 'soNv', for: 'lao động', basis: 'Nghị định số 45/2025/NĐ-CP (Bộ Nội vụ)' },
        { unit: 'soYt', for: 'bảo trợ xã hội' },
      ]);
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
