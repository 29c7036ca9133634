import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { isPlanError, planJsonSchema, safeParsePlan, stringifyPlan } from '../src/index.js';
import { samplePlan } from './fixtures.js';

describe('legal references as written', () => {
  it('takes a law cited by name and date, without a number, and derives its id', () => {
    const plan = samplePlan({
      legal: [
        // "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
        { kind: 'Luật', title: 'Tổ chức chính quyền địa phương', date: '2015-06-19', role: 'pursuant', effective: { from: 'date', date: '2016-01-01' } },
        // "Thực hiện Công văn số 123/UBND-KGVX …"
        { number: '123/UBND-KGVX', role: 'implementing' },
      ],
    });
    expect(plan.legal).toEqual([
      {
        id: 'luat-to-chuc-chinh-quyen-dia-phuong-2015',
        kind: 'Luật',
        title: 'Tổ chức chính quyền địa phương',
        date: '2015-06-19',
        effective: { from: 'date', date: '2016-01-01' },
        role: 'pursuant',
      },
      { id: '123-ubnd-kgvx', number: '123/UBND-KGVX', kind: 'Công văn', role: 'implementing' },
    ]);
  });

  it('keeps two titles of one document, definitions of anything and the plan’s effective rule', () => {
    const plan = samplePlan({
      legal: [{ id: 'qd161', number: '161/QĐ-TTg', title: 'phê duyệt Đề án …', otherTitles: ['Đề án xây dựng …'], role: 'implementing' }],
      definitions: [
        { term: 'Đề án 161', for: 'legal', id: 'qd161', wording: 'sau đây gọi tắt là' },
        { term: 'Chương trình', for: 'text', meaning: 'Chương trình mục tiêu quốc gia giảm nghèo bền vững' },
        { term: 'Ban Chỉ đạo', for: 'unit', unit: 'banChiDao' },
        { term: 'Kế hoạch', for: 'plan' },
        { term: 'nhiệm vụ trọng tâm', for: 'node', id: 'II' },
      ],
      effective: { from: 'signing', text: 'kể từ ngày ký' },
    });
    expect(plan.legal[0]?.otherTitles).toEqual(['Đề án xây dựng …']);
    expect(plan.definitions?.map((d) => d.for)).toEqual(['legal', 'text', 'unit', 'plan', 'node']);
    expect(plan.effective).toEqual({ from: 'signing', text: 'kể từ ngày ký' });
  });

  it('refuses the removed role "basis", a definition of an unknown kind and a date that does not exist, with codes', () => {
    const data = JSON.parse(stringifyPlan(samplePlan())) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    data.legal[0].role = 'basis';
    data.definitions = [{ term: 'X', for: 'law', id: 'a' }];
    data.effective = { from: 'date', date: '2022-02-30' };
    const result = safeParsePlan(data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.code, p.path.join('.')])).toEqual([
      ['schema/invalid-value', 'legal.0.role'],
      ['schema/invalid-value', 'definitions.0.for'],
      ['schema/invalid-date', 'effective.date'],
    ]);
    expect(result.problems[0]?.message.vi).toContain('pursuant');
  });

  it('refuses a misspelt field of a definition with the field it most likely means', () => {
    try {
      samplePlan({ definitions: [{ term: 'X', for: 'plan', wordng: 'gọi tắt là' } as never] });
      expect.unreachable();
    } catch (error) {
      expect(isPlanError(error) && error.problems[0]).toMatchObject({ code: 'schema/unknown-field', suggestion: 'wording' });
    }
  });

  it('is in the JSON Schema: a plan with every new field validates, a wrong one does not', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(planJsonSchema());
    const plan = JSON.parse(
      stringifyPlan(
        samplePlan({
          legal: [{ kind: 'Luật', title: 'Tổ chức chính quyền địa phương', date: '2015-06-19', role: 'pursuant', effective: { from: 'signing' }, otherTitles: ['x'] }],
          definitions: [{ term: 'Kế hoạch', for: 'plan' }],
          effective: { from: 'date', date: '2022-04-01' },
        }),
      ),
    );
    expect(validate(plan), JSON.stringify(validate.errors)).toBe(true);
    plan.definitions[0].meaning = 'x';
    expect(validate(plan)).toBe(false);
  });
});
