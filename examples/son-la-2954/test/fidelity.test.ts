/**
 * Fidelity of the encoded decision and plan to the issued document, kept beside them in
 * `source/2954.txt` (see SOURCE.md), so a fresh clone runs this test with nothing outside the
 * repository.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { parsePlan, stringifyPlan, walkPlan, type Plan, type PlanNode, type Task } from '@kehoach/core';
import plan from '../plan.js';
import { registry } from '../registry.js';
import { APPENDICES, renderClosing, renderHeading, renderPlan } from './render-text.js';

const reference = readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../source/2954.txt'), 'utf8');
const referenceLines = reference.split('\n');

const normalize = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();

function between(text: string, start: string, end: string): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`markers not found: ${JSON.stringify(start)} … ${JSON.stringify(end)}`);
  return text.slice(from, to + end.length);
}

function firstDifference(actual: string, expected: string, radius = 80): string | undefined {
  if (actual === expected) return undefined;
  let i = 0;
  while (i < actual.length && i < expected.length && actual[i] === expected[i]) i++;
  const show = (s: string) => JSON.stringify(s.slice(Math.max(0, i - radius), i + radius));
  return [`first difference at character ${i}:`, `  model:     ${show(actual)}`, `  reference: ${show(expected)}`].join('\n');
}

const isLayoutLine = (line: string): boolean => /^\|$/.test(line) || /^-{3,}$/.test(line);

/**
 * Stretches of the document the model cannot hold yet (README, "Not in the model yet"), each
 * from its first line to its last, both included: the decision's title, bases, proposal and
 * articles; the first form of the signature "TM. UỶ BAN NHÂN DÂN"; and the two appendix tables.
 */
const NOT_HELD: ReadonlyArray<readonly [string, string | 'end']> = [
  ['VỀ VIỆC BAN HÀNH KẾ HOẠCH XUẤT KHẨU SẢN PHẨM HÀNG HÓA TỈNH', 'hành quyết định này./.'],
  ['TM. UỶ BAN NHÂN', 'DÂN'],
  ['PHỤ LỤC 01', 'end'],
];

/** The reference lines with the layout lines and the stretches not held taken out. */
function heldLines(): string[] {
  const out: string[] = [];
  let skipUntil: string | undefined;
  for (const line of referenceLines) {
    if (skipUntil !== undefined) {
      if (line === skipUntil) skipUntil = undefined;
      continue;
    }
    const stretch = NOT_HELD.find(([first]) => first === line);
    if (stretch !== undefined) {
      if (stretch[1] === 'end') break;
      if (stretch[1] !== line) skipUntil = stretch[1];
      continue;
    }
    if (!isLayoutLine(line)) out.push(line);
  }
  return out;
}

function lineStarts(lines: readonly string[]): { text: string; starts: Set<number> } {
  let text = '';
  const starts = new Set<number>();
  for (const line of lines.map(normalize).filter((l) => l !== '')) {
    if (text !== '') text += ' ';
    starts.add(text.length);
    text += line;
  }
  return { text, starts };
}

const nodesOf = (p: Plan): PlanNode[] => [...walkPlan(p)].map((v) => v.node);
/** The nodes of the plan proper, the appendices left out. */
const planNodes = (p: Plan): PlanNode[] => nodesOf(p).filter((n) => !APPENDICES.some((a) => n.id === a || n.id.startsWith(`${a}.`)));

function node(id: string): PlanNode {
  const found = nodesOf(plan).find((n) => n.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
}

const descendants = (n: PlanNode): PlanNode[] => (n.children ?? []).flatMap((c) => [c, ...descendants(c)]);
const rendered = () => [...renderHeading(plan), ...renderClosing(plan), ...renderPlan(plan)];

describe('text reconstruction', () => {
  it('renders the attached plan, from "Triển khai thực hiện" to "(qua Sở Công Thương)./.", exactly as issued', () => {
    const start = 'Triển khai thực hiện các mục';
    const end = '(qua Sở Công Thương)./.';
    const actual = normalize(between(renderPlan(plan).join('\n'), start, end));
    const expected = normalize(between(reference, start, end));
    const difference = firstDifference(actual, expected);
    if (difference !== undefined) expect.fail(difference);
    expect(actual.length).toBeGreaterThan(25_000);
  });

  it('renders the whole document as issued, but for the stretches listed as not held', () => {
    const difference = firstDifference(normalize(rendered().join('\n')), normalize(heldLines().join('\n')));
    if (difference !== undefined) expect.fail(difference);
  });

  it('starts every heading and paragraph of the model where a line of the published copy starts', () => {
    const model = lineStarts(rendered());
    const printed = lineStarts(heldLines());
    expect(model.text).toBe(printed.text);
    const misplaced = [...model.starts].filter((offset) => !printed.starts.has(offset)).map((offset) => model.text.slice(offset, offset + 60));
    expect(misplaced).toEqual([]);
  });

  it('leaves out only the stretches listed, each found once', () => {
    for (const [first, last] of NOT_HELD) {
      expect(referenceLines.filter((l) => l === first), first).toHaveLength(1);
      if (last !== 'end') expect(referenceLines.indexOf(last, referenceLines.indexOf(first)), last).toBeGreaterThanOrEqual(referenceLines.indexOf(first));
    }
    expect(new Set(referenceLines.filter(isLayoutLine))).toEqual(new Set(['|', '-------', '---------------']));
  });

  it('renders the heading block and the closing block line by line', () => {
    expect(renderHeading(plan).slice(-3)).toEqual(['Số: 2954/QĐ-UBND', 'Sơn La, ngày 20 tháng 11 năm 2025', 'QUYẾT ĐỊNH']);
    expect(renderClosing(plan)).toEqual([
      'Nơi nhận:',
      '- Bộ Công Thương (b/c);',
      '- TT. Tỉnh uỷ (b/c);',
      '- TT. HĐND tỉnh (b/c);',
      '- Chủ tịch UBND tỉnh (b/c);',
      '- Các Phó Chủ tịch UBND tỉnh;',
      '- Như Điều 3;',
      '- Lãnh đạo Văn phòng UBND tỉnh;',
      '- Cổng Thông tin điện tử tỉnh;',
      '- Lưu: VT, Biên KT.',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nguyễn Thành Công',
    ]);
  });

  it('keeps the defects of the issued text', () => {
    const text = renderPlan(plan).join('\n');
    for (const defect of ['GIAI ĐOẠN 2021- 2025', 'có thể mạnh', 'nhóm măt hàng', 'cho thuế đất', 'ứng dựng', 'phương tiên', 'Apganistan']) {
      expect(text, defect).toContain(defect);
    }
    expect(plan.body.filter((n) => !APPENDICES.includes(n.id)).map((n) => n.number)).toEqual(['I', 'II', 'III', 'IV', 'V', 'V']);
  });

  it('has as many "-" and "+" items in the plan as the printed copy has bullet lines', () => {
    // A bullet starts a paragraph; "- xã hội" after a line break inside "kinh tế - xã hội" does not.
    const planLines = referenceLines.slice(referenceLines.indexOf('KẾ HOẠCH'), referenceLines.indexOf('PHỤ LỤC 01'));
    const bullets = (mark: string) => planLines.filter((l, i) => l.startsWith(mark) && planLines[i - 1] === '').length;
    const all = planNodes(plan);
    expect(all.filter((n) => n.bullet === '-')).toHaveLength(bullets('- '));
    expect(all.filter((n) => n.bullet === '+')).toHaveLength(bullets('+ '));
    expect(planLines.filter((l, i) => l.startsWith('- ') && planLines[i - 1] !== '')).toEqual(['- xã hội của tỉnh theo hướng tăng trưởng xanh, phát triển nhanh, bền vững, nâng', '- 06%/năm. Thị trường định hướng xuất khẩu: Trung Quốc, Úc, Nhật Bản, Hàn Quốc...']);
  });
});

const NAMED_BODIES: Record<string, string> = {
  'Thủ tướng Chính phủ': 'thuTuong',
  'Bộ Công Thương': 'boCongThuong',
  'Uỷ ban nhân dân tỉnh Sơn La': 'ubndTinh',
  'Ủy ban nhân dân tỉnh': 'ubndTinh',
  'UBND tỉnh': 'ubndTinh',
  'Tỉnh ủy': 'tinhUy',
  'TT. Tỉnh uỷ': 'thuongTrucTinhUy',
  'TT. HĐND tỉnh': 'thuongTrucHdnd',
  'Chủ tịch UBND tỉnh': 'chuTichUbnd',
  'Các Phó Chủ tịch UBND tỉnh': 'phoChuTichUbnd',
  'Lãnh đạo Văn phòng UBND tỉnh': 'vpUbnd',
  'Sở Công Thương': 'soCongThuong',
  'Sở Công thương': 'soCongThuong',
  'Sở Nông nghiệp và Môi trường': 'soNnmt',
  'Sở Tài chính': 'soTaiChinh',
  'Sở Khoa học và Công Nghệ': 'soKhcn',
  'Công an tỉnh': 'congAnTinh',
  'Sở Ngoại Vụ': 'soNgoaiVu',
  'Trung tâm Xúc tiến đầu tư, thương mại và du lịch': 'ttXucTien',
  'Liên minh Hợp tác xã tỉnh': 'lienMinhHtx',
  'Đoàn TNCS Hồ Chí Minh tỉnh': 'tinhDoan',
  'Hội nông dân tỉnh': 'hoiNongDan',
  'Hiệp hội doanh nghiệp tỉnh': 'hiepHoiDn',
  'Báo và phát thanh, truyền hình Sơn La': 'baoPtth',
  'Cổng thông tin điện tử tỉnh': 'congTtdt',
  'Cổng Thông tin điện tử tỉnh': 'congTtdt',
  'UBND các xã, phường': 'xaPhuong',
  'Ủy ban nhân dân các xã, phường': 'xaPhuong',
  'các sở, ban, ngành': 'soBanNganh',
};

const registered = [...registry.units, ...registry.groups];

function resolve(text: string): string[] {
  const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi');
  return registered
    .filter((u) => [u.name, u.short, ...(u.aliases ?? [])].some((n) => n !== undefined && fold(n) === fold(text)))
    .map((u) => u.key);
}

describe('units', () => {
  const text = normalize(reference);

  it.each(Object.entries(NAMED_BODIES))('"%s" occurs in the text and resolves to %s', (name, key) => {
    expect(text).toContain(name);
    expect(resolve(name)).toContain(key);
  });

  it('assigns, reports to and sends copies only to registered keys', () => {
    const keys = new Set(registered.map((u) => u.key));
    const used: string[] = [plan.issuer];
    for (const n of nodesOf(plan)) {
      if (n.type === 'task') used.push(n.lead.unit, ...n.partners.map((p) => p.unit));
      for (const r of n.type === 'section' ? [] : (n.reports ?? [])) {
        used.push(r.to, ...r.cc, ...(r.via === undefined ? [] : [r.via]), ...(r.from === undefined ? [] : [r.from.unit]));
      }
    }
    for (const r of plan.recipients) used.push(...(r.units ?? []));
    expect(used.filter((k) => !keys.has(k))).toEqual([]);
  });
});

describe('dates', () => {
  it('holds the date of issue as printed in the date line', () => {
    expect(normalize(reference)).toContain('Sơn La, ngày 20 tháng 11 năm 2025');
    expect(plan.issuedOn).toBe('2025-11-20');
  });

  it('holds the date of the basis 493/QĐ-TTg, and lists the dates of the proposal documents as not held yet', () => {
    expect(normalize(reference)).toContain('493/QĐ-TTg ngày 19 tháng 4 năm 2022 của Thủ tướng Chính phủ');
    expect(plan.legal.map((l) => [l.number, l.date])).toEqual([['493/QĐ-TTg', '2022-04-19']]);
    // Tờ trình 298/TTr-SCT ngày 23/10/2025, Công văn 2679/SCT-QLTM ngày 07/11/2025 ("Theo đề nghị"),
    // and the appendix heading's 20/11/2025 (the date of issue).
    const printed = [...reference.matchAll(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g)].map((m) => m[0]);
    expect(printed).toEqual(['23/10/2025', '07/11/2025', '20/11/2025']);
  });
});

describe('leads', () => {
  /** Tasks of part V per numbered heading, counted by hand: each "-" bullet, or the single paragraph. */
  const V_LEADS: Record<string, [string, number, 'assign' | 'request']> = {
    'V.1': ['soCongThuong', 6, 'assign'],
    'V.2': ['soNnmt', 4, 'assign'],
    'V.3': ['soTaiChinh', 2, 'assign'],
    'V.4': ['soKhcn', 1, 'assign'],
    'V.5': ['congAnTinh', 1, 'assign'],
    'V.6': ['soNgoaiVu', 2, 'assign'],
    'V.7': ['ttXucTien', 2, 'assign'],
    'V.8': ['toChucDoanThe', 3, 'request'],
    'V.9': ['baoChiTinh', 1, 'assign'],
    'V.10': ['xaPhuong', 8, 'assign'],
    'V.11': ['doanhNghiep', 3, 'request'],
  };

  it.each(Object.entries(V_LEADS))('%s: %s leads %i tasks (%s)', (id, [lead, count, mode]) => {
    const tasks = descendants(node(id)).filter((n): n is Task => n.type === 'task');
    expect(tasks).toHaveLength(count);
    for (const t of tasks) {
      expect(t.lead.unit, t.id).toBe(lead);
      expect(t.mode, t.id).toBe(mode);
    }
  });

  it('requests ("Đề nghị …") the work of the organisations and the enterprises, and assigns the rest', () => {
    const requested = nodesOf(plan).filter((n): n is Task => n.type === 'task' && n.mode === 'request');
    expect(new Set(requested.map((t) => t.id.split('.').slice(0, 2).join('.')))).toEqual(new Set(['V.8', 'V.11']));
    const heading = node('V.8');
    expect(heading.type === 'section' ? heading.title : undefined).toMatch(/^Đề nghị /);
  });

  it('gives the tasks under "a) Chủ trì, phối hợp với …" and "b) Phối hợp với …" the partners the lettered heading names', () => {
    const partners = (id: string) => (node(id) as Task).partners.map((p) => (p.qualifier ? `${p.unit}~${p.qualifier}` : p.unit));
    expect(partners('V.1.a.d1')).toEqual(['soBanNganh', 'xaPhuong', 'coQuanDonVi~có liên quan']);
    expect(partners('V.1.b.d2')).toEqual(['soBanNganh', 'xaPhuong']);
    expect(partners('V.10.a.d1')).toEqual(['soBanNganh', 'coQuanDonVi~có liên quan']);
    expect(partners('V.4.t1')).toEqual(['soBanNganh', 'xaPhuong', 'coQuanDonVi~có liên quan']);
  });
});

describe('reporting', () => {
  const kinds = (n: PlanNode) => (n.type === 'section' ? [] : (n.reports ?? []));

  it('V (second): each body reports monthly before the 16th, the half-year before 16/6, the year before 20/11, or on request, to Sở Công Thương', () => {
    expect(kinds(node('V-bis.1'))).toEqual([
      {
        id: 'V-bis.1/r1',
        from: { unit: 'soNganhXaPhuong', mode: 'each' },
        to: 'soCongThuong',
        cc: [],
        what: 'Báo cáo tình hình thực hiện Kế hoạch',
        deadlines: [
          { kind: 'recurring', every: 'month', day: 16, wording: 'before', text: 'Định kỳ hàng tháng (trước ngày 16 hàng tháng)' },
          { kind: 'recurring', every: 'year', month: 6, day: 16, wording: 'before', text: '6 tháng (trước ngày 16/6)' },
          { kind: 'recurring', every: 'year', month: 11, day: 20, wording: 'before', text: 'tổng kết năm (trước ngày 20/11 hàng năm)' },
          { kind: 'milestone', milestone: 'on-request', text: 'khi có yêu cầu' },
        ],
      },
    ]);
  });

  it('V (second): Sở Công Thương reports to Tỉnh ủy, HĐND and UBND tỉnh on the 18th, before 18/5, before 30/11, and ad hoc', () => {
    const rules = kinds(node('V-bis.2'));
    expect(rules.map((r) => [r.from?.unit, r.to])).toEqual([
      ['soCongThuong', 'tinhUy'],
      ['soCongThuong', 'hdndTinh'],
      ['soCongThuong', 'ubndTinh'],
    ]);
    for (const r of rules) {
      expect(r.deadlines.map((d) => d.text)).toEqual([
        'định kỳ hàng tháng (trước ngày 18 hàng tháng)',
        '6 tháng (trước ngày 18/5)',
        'tổng kết năm (trước ngày 30/11 hàng năm)',
        'khi có yêu cầu báo cáo đột xuất',
      ]);
    }
  });

  it('V (second): difficulties go to UBND tỉnh through Sở Công Thương when they arise', () => {
    expect(kinds(node('V-bis.t1'))).toEqual([
      expect.objectContaining({ to: 'ubndTinh', via: 'soCongThuong', deadlines: [{ kind: 'event', event: 'nếu có khó khăn, vướng mắc' }] }),
    ]);
  });

  it('states every deadline with words the text prints', () => {
    const text = normalize(reference).toLocaleLowerCase('vi');
    for (const n of nodesOf(plan)) {
      for (const d of kinds(n).flatMap((r) => r.deadlines)) {
        const words = d.kind === 'event' ? d.event : d.text;
        expect(text, n.id).toContain(words!.toLocaleLowerCase('vi'));
      }
    }
  });
});

describe('targets', () => {
  const targets = planNodes(plan).flatMap((n) => (n.type === 'section' ? [] : (n.targets ?? []).map((t) => ({ node: n, t }))));

  it('carries every figure of I.3 and II.1: volume, value and growth of each product, each with its text', () => {
    expect(targets).toHaveLength(35);
    for (const { node: n, t } of targets) expect(normalize(n.text), t.id).toContain(t.text);
  });

  it('reads Vietnamese numbers: 46.200 is 46200, 48,3 is 48.3, 05 is 5', () => {
    const fruit = targets.filter(({ node: n }) => n.id === 'II.1.a.d1').map(({ t }) => [t.value ?? t.range, t.unit, t.per]);
    expect(fruit).toEqual([
      [46200, 'tấn', undefined],
      [48.3, 'triệu USD', undefined],
      [{ min: 5, max: 6 }, '%', 'year'],
    ]);
    const total = targets.filter(({ node: n }) => n.id === 'I.3').map(({ t }) => t.value ?? t.range);
    expect(total).toEqual([400, { min: 10, max: 13 }, 395, 5]);
  });

  it('sets every volume and value for 2030, and growth per year', () => {
    for (const { t } of targets) {
      if (t.unit === '%') expect(t.per, t.id).toBe('year');
      else expect(t.by, t.id).toBe(2030);
    }
  });
});

/** The cells of an appendix table: every printed line that is not a "|" separator or empty. */
function appendixCells(title: string, next?: string): string[] {
  const from = referenceLines.indexOf(title);
  const to = next === undefined ? referenceLines.length : referenceLines.indexOf(next);
  return referenceLines.slice(from, to).filter((l) => l !== '|' && l !== '');
}
const printedNumber = (cell: string) => Number(cell.replace(/\./g, ''));

describe('appendices', () => {
  it('holds every figure of Phụ lục 01 as a yearly target with the 2025 estimate ("ƯTH") as baseline', () => {
    const cells = appendixCells('PHỤ LỤC 01', 'PHỤ LỤC 02');
    const rows = cells.slice(cells.indexOf('Năm 2030') + 1);
    const metrics = descendants(node('PL01')).filter((n) => n.type === 'item');
    let i = 0;
    let m = 0;
    while (i < rows.length) {
      if (rows[i] !== '-') {
        i += 2; // a group ("I", "CÂY CÔNG NGHIỆP") or a crop ("1", "Cà Phê")
        continue;
      }
      const [, name, unit, ...figures] = rows.slice(i, i + 9) as [string, string, string, ...string[]];
      const item = metrics[m++]!;
      expect(item.type === 'item' && item.text).toBe(name);
      const targets = item.type === 'item' ? (item.targets ?? []) : [];
      expect(targets.map((t) => [t.by, t.value, t.unit, t.baseline?.value])).toEqual(
        [2026, 2027, 2028, 2029, 2030].map((year, k) => [year, printedNumber(figures[k + 1]!), unit, printedNumber(figures[0]!)]),
      );
      i += 9;
    }
    expect(m).toBe(metrics.length);
    expect(m).toBe(23);
  });

  it('holds every figure of Phụ lục 02: volume in tấn and value in nghìn USD per product and year, and the totals', () => {
    const cells = appendixCells('PHỤ LỤC 02');
    const rows = cells.slice(cells.indexOf('11') + 1);
    const items = descendants(node('PL02')).filter((n) => n.type === 'item');
    const byName = new Map(items.map((n) => [n.type === 'item' ? n.text : '', n]));
    let i = 0;
    let checked = 0;
    while (i < rows.length) {
      const total = rows[i] === 'Tổng I + II';
      const group = rows[i] === 'I' || rows[i] === 'II';
      const name = total ? rows[i]! : rows[i + 1]!;
      const item = byName.get(name);
      expect(item, name).toBeDefined();
      const targets = item!.type === 'item' ? (item!.targets ?? []) : [];
      const start = total ? i + 1 : i + 2;
      const valueOnly = total || group || targets.every((t) => t.unit === 'Nghìn USD');
      const width = valueOnly ? 5 : 10;
      const figures = rows.slice(start, start + width).map(printedNumber);
      expect(targets.map((t) => t.value), name).toEqual(figures);
      expect(targets.map((t) => t.by), name).toEqual(valueOnly ? [2026, 2027, 2028, 2029, 2030] : [2026, 2026, 2027, 2027, 2028, 2028, 2029, 2029, 2030, 2030]);
      checked += targets.length;
      i = start + width;
    }
    expect(checked).toBe(15 + 15 * 10 + 4 * 5);
  });

  it('agrees with the plan: the 2030 value of mango in Phụ lục 02 is the 10 triệu USD of II.1.a', () => {
    const mango = descendants(node('PL02')).find((n) => n.type === 'item' && n.text === 'Xoài');
    const appendix2030 = mango?.type === 'item' ? mango.targets?.find((t) => t.by === 2030 && t.unit === 'Nghìn USD')?.value : undefined;
    expect(appendix2030).toBe(10_000);
    expect(normalize(reference)).toContain('tổng giá trị sản phẩm Xoài tham gia xuất khẩu đến năm 2030 dự kiến đạt 10 triệu USD');
  });
});

describe('legal references and corrections', () => {
  it('makes every correction about text that is really there', () => {
    const nodes = new Map(nodesOf(plan).map((n) => [n.id, n as unknown as Record<string, unknown>]));
    expect(plan.corrections).toHaveLength(9);
    for (const c of plan.corrections) {
      const target = nodes.get(c.target);
      expect(target, c.id).toBeDefined();
      const value = c.field.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], target);
      expect(value as string, c.id).toContain(c.asIssued);
    }
  });
});

describe('model', () => {
  it('gives every node a unique id', () => {
    const ids = nodesOf(plan).map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is deterministic: evaluating plan.ts again gives the same bytes', async () => {
    vi.resetModules();
    const again = (await import('../plan.js')).default;
    expect(again).not.toBe(plan);
    expect(stringifyPlan(again)).toBe(stringifyPlan(plan));
  });

  it('survives a JSON round trip byte for byte', () => {
    const text = stringifyPlan(plan);
    expect(stringifyPlan(parsePlan(JSON.parse(text)))).toBe(text);
  });
});
