// Synthetic plans shared by the benchmarks.

const UNITS = 40;
const GROUPS = 6;
const pad = (n) => String(n).padStart(2, '0');
const dateOf = (i) => `2024-${pad((i % 12) + 1)}-${pad((i % 28) + 1)}`;

/** Canonical plan JSON with `n` tasks: a lead, two partners (one a group), a deadline, a sub-item; some reports and targets. */
export function planJson(n) {
  const units = [{ key: 'ubnd', name: 'UBND tỉnh', kind: 'people-committee', authority: 'internal' }];
  for (let i = 0; i < UNITS; i++) units.push({ key: `u${i}`, name: `Sở số ${i}`, kind: 'department', authority: 'internal' });
  const groups = [];
  for (let g = 0; g < GROUPS; g++) {
    groups.push({ key: `g${g}`, name: `Nhóm ${g}`, members: Array.from({ length: 5 }, (_, k) => `u${(g * 5 + k) % UNITS}`), mode: 'each', complete: true });
  }
  const sections = [];
  for (let s = 0; s * 100 < n; s++) {
    const children = [];
    for (let i = s * 100; i < Math.min(n, (s + 1) * 100); i++) {
      const id = `S${s}.${i - s * 100 + 1}`;
      const task = {
        type: 'task',
        id,
        number: String(i - s * 100 + 1),
        text: `Nhiệm vụ số ${i}: Sở chủ trì, phối hợp thực hiện.`,
        lead: { unit: `u${i % UNITS}` },
        partners: [{ unit: `u${(i + 7) % UNITS}` }, { unit: `g${i % GROUPS}`, qualifier: 'có liên quan' }],
        mode: 'assign',
        deadlines: [{ kind: 'date', date: dateOf(i), wording: i % 2 === 0 ? 'before' : 'no-later-than' }],
        children: [{ type: 'item', id: `${id}.p1`, bullet: '+', text: `Nội dung ${i}.` }],
      };
      if (i % 10 === 0) task.reports = [{ id: `${id}/r1`, to: 'ubnd', via: `u${(i + 3) % UNITS}`, cc: [], what: 'Báo cáo', deadlines: [{ kind: 'recurring', every: 'quarter', month: 3, day: 20, wording: 'before' }] }];
      if (i % 25 === 0) task.targets = [{ id: `${id}/t1`, metric: 'tỷ lệ', direction: 'increase', value: 10, unit: '%' }];
      children.push(task);
    }
    sections.push({ type: 'section', id: `S${s}`, number: `S${s}`, title: `PHẦN ${s}`, children });
  }
  return {
    schema: 'kehoach/plan@1',
    id: `bench-${n}`,
    type: 'KH',
    number: '01/KH-UBND',
    issuer: 'ubnd',
    place: 'Khánh Hòa',
    issuedOn: '2024-01-01',
    title: 'KẾ HOẠCH',
    period: { from: '2024-01-01', to: '2025-12-31' },
    legal: [{ id: 'nd20', number: '20/2021/NĐ-CP', date: '2021-03-15', role: 'basis' }],
    units,
    groups,
    body: sections,
    recipients: [{ text: 'Các sở', units: groups.map((g) => g.key).concat(units.slice(1).map((u) => u.key)) }, { text: 'Lưu: VT', archive: true }],
    signature: { form: 'KT', authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' },
    corrections: [],
  };
}

