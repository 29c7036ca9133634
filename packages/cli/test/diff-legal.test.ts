import { parsePlan, stringifyPlan, type Plan } from '@kehoach/core';
import { describe, expect, it } from 'vitest';
import example from '../../../examples/khanh-hoa-12127/plan.js';
import { diffPlans, formatDiff } from '../src/diff/index.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

function amend(edit: (plan: Json) => void): Plan {
  const data = JSON.parse(stringifyPlan(example)) as Json;
  edit(data);
  return parsePlan(data);
}

describe('diffPlans: legal references as written, definitions and effective dates', () => {
  it('reports roles, other titles, effective dates, laws without a number and defined names', () => {
    const changed = amend((plan) => {
      plan.effective = { from: 'signing', text: 'kể từ ngày ký' };
      const qd161 = plan.legal.find((l: Json) => l.id === 'qd161');
      qd161.role = 'pursuant';
      qd161.otherTitles = ['Đề án xây dựng và triển khai kế hoạch thực hiện các mục tiêu của Cộng đồng Văn hóa - Xã hội ASEAN'];
      plan.legal.push({
        id: 'luat-to-chuc-chinh-quyen-dia-phuong-2015',
        kind: 'Luật',
        title: 'Tổ chức chính quyền địa phương',
        date: '2015-06-19',
        effective: { from: 'date', date: '2016-01-01' },
        role: 'pursuant',
      });
      plan.definitions[0].term = 'Đề án 161';
      plan.definitions.push({ term: 'Kế hoạch', for: 'plan' });
    });
    const diff = diffPlans(example, changed);
    expect(diff.changes.map((c) => [c.kind, c.id, c.field ?? ''])).toEqual([
      ['header/changed', '12127-kh-ubnd-2021', 'effective'],
      ['legal/changed', 'qd161', 'otherTitles'],
      ['legal/changed', 'qd161', 'role'],
      ['legal/added', 'luat-to-chuc-chinh-quyen-dia-phuong-2015', ''],
      ['definition/added', 'Đề án 161', ''],
      ['definition/added', 'Kế hoạch', ''],
      ['definition/removed', 'Quyết định số 161', ''],
    ]);
    const text = formatDiff(diff, { format: 'text', locale: 'vi' });
    expect(text).toContain('hiệu lực: (không có) → kể từ ngày ký');
    expect(text).toContain('vai trò: thực hiện → căn cứ');
    expect(text).toContain('thêm văn bản Luật Tổ chức chính quyền địa phương');
    expect(text).toContain('thêm tên gọi tắt “Kế hoạch”: “Kế hoạch” = chính văn bản này');
    expect(formatDiff(diff, { format: 'text', locale: 'en' })).toContain('role: implemented → legal basis (pursuant to)');
  });

  it('reports a changed definition in place', () => {
    const changed = amend((plan) => {
      plan.definitions[0].id = 'qd650';
    });
    const diff = diffPlans(example, changed);
    expect(diff.changes.map((c) => [c.kind, c.id])).toEqual([['definition/changed', 'Quyết định số 161']]);
    expect(diff.changes[0]?.message.vi).toContain('văn bản qd161 → “Quyết định số 161” = văn bản qd650');
  });

  it('is empty for a plan and itself', () => {
    expect(diffPlans(example, amend(() => {})).changes).toEqual([]);
  });
});
