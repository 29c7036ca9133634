/**
 * Fidelity of the encoded plan to the issued document, kept beside it in `source/552.txt`
 * (see SOURCE.md), so a fresh clone runs this test with nothing outside the repository.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { parsePlan, stringifyPlan, walkPlan, type Deadline, type Plan, type PlanNode, type Task } from '@kehoach/core';
import plan from '../plan.js';
import { registry } from '../registry.js';
import { appendixPart, renderAppendix, renderBody, renderClosing, renderHeading } from './render-text.js';

const reference = readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../source/552.txt'), 'utf8');
const referenceLines = reference.split('\n');
/** The document up to the signer's name; the appendix starts after it. */
const SIGNER = 'Huỳnh Minh Tuấn';
const documentLines = referenceLines.slice(0, referenceLines.indexOf(SIGNER) + 1);
const appendixLines = referenceLines.slice(referenceLines.indexOf(SIGNER) + 1);

/** Whitespace collapsed to single spaces, Unicode NFC. */
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
  return [
    `first difference at character ${i} (model ${actual.length} characters, reference ${expected.length}):`,
    `  model:     ${show(actual)}`,
    `  reference: ${show(expected)}`,
  ].join('\n');
}

/** Layout-only lines of the published copy: the "|" cell separators and the short rules under the headings. */
const isLayoutLine = (line: string): boolean => /^\|$/.test(line) || /^-{3,}$/.test(line);

/**
 * Lines of the document the model cannot hold yet (README, "Not in the model yet"): the first
 * form of the two-level signature "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH", printed on two lines.
 */
const NOT_HELD = ['TM. ỦY BAN', 'NHÂN DÂN'];

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

function node(id: string): PlanNode {
  const found = nodesOf(plan).find((n) => n.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
}

function task(id: string): Task {
  const n = node(id);
  if (n.type !== 'task') throw new Error(`${id} is a ${n.type}, not a task`);
  return n;
}

const descendants = (n: PlanNode): PlanNode[] => (n.children ?? []).flatMap((c) => [c, ...descendants(c)]);

const renderedDocument = () => [...renderHeading(plan), ...renderBody(plan), ...renderClosing(plan)];
const printedDocument = () => documentLines.filter((line) => !isLayoutLine(line) && !NOT_HELD.includes(line));

describe('text reconstruction', () => {
  it('renders the body, from "Căn cứ Nghị quyết số 57" to "quyết định./.", exactly as issued', () => {
    const start = 'Căn cứ Nghị quyết số';
    const end = 'quyết định./.';
    const actual = normalize(between(renderBody(plan).join('\n'), start, end));
    const expected = normalize(between(reference, start, end));
    const difference = firstDifference(actual, expected);
    if (difference !== undefined) expect.fail(difference);
    expect(actual.length).toBeGreaterThan(20_000);
  });

  it('renders the whole document up to the signature as issued (layout lines and the lines listed as not held aside)', () => {
    const difference = firstDifference(normalize(renderedDocument().join('\n')), normalize(printedDocument().join('\n')));
    if (difference !== undefined) expect.fail(difference);
  });

  it('starts every heading and paragraph of the model where a line of the published copy starts', () => {
    const model = lineStarts(renderedDocument());
    const printed = lineStarts(printedDocument());
    expect(model.text).toBe(printed.text);
    const misplaced = [...model.starts].filter((offset) => !printed.starts.has(offset)).map((offset) => model.text.slice(offset, offset + 60));
    expect(misplaced).toEqual([]);
  });

  it('drops only layout lines, and exactly the lines listed as not held', () => {
    expect(new Set(documentLines.filter(isLayoutLine))).toEqual(new Set(['|', '--------', '---------------']));
    expect(documentLines.filter((l) => NOT_HELD.includes(l))).toEqual(NOT_HELD);
  });

  it('renders the heading block and the closing block line by line', () => {
    expect(renderHeading(plan).slice(-4)).toEqual(['Số: 552/KH-UBND', 'Đồng Tháp, ngày 19 tháng 11 năm 2025', 'KẾ HOẠCH', plan.title]);
    expect(renderClosing(plan)).toEqual([
      'Nơi nhận:',
      '- Thường trực Tỉnh ủy;',
      '- Thường trực HĐND Tỉnh;',
      '- CT, các PCT UBND Tỉnh;',
      '- Mục V;',
      '- VPUB: CVP, các PCVP;',
      '- Lưu: VT, KGVX. Thg.',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      SIGNER,
    ]);
  });

  it('keeps the defects of the issued text', () => {
    const body = renderBody(plan).join('\n');
    for (const defect of ['10- CTr/TU', 'Trên cơ cở', 'khởi nghiệp khởi nghiệp', 'nhân lực thức khoa học']) {
      expect(body + renderAppendix(plan).join('\n'), defect).toContain(defect);
    }
    // Two parts are numbered III.
    expect(plan.body.map((n) => n.number)).toEqual(['I', 'II', 'III', 'III', 'IV', 'V', 'VI']);
  });
});

/**
 * The appendix table as printed: rows of "STT | NHIỆM VỤ VÀ GIẢI PHÁP | CHỦ TRÌ | PHỐI HỢP |
 * THỜI GIAN", grouped under I-IV. Cells are the text between "|" lines.
 */
function appendixRows(): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell: string[] = [];
  let previousBar = false;
  const start = appendixLines.indexOf('STT');
  for (const line of appendixLines.slice(start)) {
    if (line === '|') {
      if (cell.length > 0) {
        row.push(normalize(cell.join(' ')));
        cell = [];
      } else if (previousBar) {
        rows.push(row);
        row = [];
      }
      previousBar = true;
    } else {
      if (line.trim() !== '') cell.push(line);
      previousBar = false;
    }
  }
  if (cell.length > 0) row.push(normalize(cell.join(' ')));
  if (row.length > 0) rows.push(row);
  return rows;
}

/** The partner cell as printed, to registry keys (`~` marks the qualifier "có liên quan"). */
const PARTNER_CELLS: Record<string, string[]> = {
  'Sở, ban, ngành có liên quan': ['soBanNganh~có liên quan'],
  'Sở Công Thương; Ban Quản lý khu Kinh tế tỉnh Đồng Tháp': ['soCongThuong', 'bqlKkt'],
  'Viện, Trường; Doanh nghiệp, Sở, ban, ngành có liên quan': ['vienTruong', 'doanhNghiep', 'soBanNganh~có liên quan'],
  'Doanh nghiệp; Sở, ban, ngành có liên quan': ['doanhNghiep', 'soBanNganh~có liên quan'],
  'Viện, Trường; Doanh nghiệp; Sở, ban, ngành có liên quan': ['vienTruong', 'doanhNghiep', 'soBanNganh~có liên quan'],
  'Viện, Trường; Sở, ban, ngành có liên quan': ['vienTruong', 'soBanNganh~có liên quan'],
  'Doanh nghiệp, Sở, ban, ngành có liên quan': ['doanhNghiep', 'soBanNganh~có liên quan'],
  'Doanh nghiệp': ['doanhNghiep'],
};

/**
 * The "THỜI GIAN" cells the model cannot hold yet (README): "Thường xuyên" (ongoing) and the
 * year ranges. A single year ("2026") is held as the end of that year.
 */
const TIME_NOT_HELD = new Set(['Thường xuyên', '2025 - 2035', '2025 - 2030']);

describe('appendix', () => {
  const rows = appendixRows();
  const [header, ...body] = rows;

  it('reads 4 groups and 19 rows from the printed table', () => {
    expect(header).toEqual(['STT', 'NHIỆM VỤ VÀ GIẢI PHÁP', 'CHỦ TRÌ', 'PHỐI HỢP', 'THỜI GIAN']);
    expect(body.filter((r) => r.length === 2).map((r) => r[0])).toEqual(['I', 'II', 'III', 'IV']);
    expect(body.filter((r) => r.length === 5)).toHaveLength(19);
    expect(body.every((r) => r.length === 2 || r.length === 5)).toBe(true);
  });

  it('renders the group titles and task texts in the order of the table', () => {
    const printed = body.flatMap((r) => (r.length === 2 ? r : [r[0]!, r[1]!]));
    expect(renderAppendix(plan).map(normalize)).toEqual(printed);
  });

  it('gives every row the lead, partners and time its cells name', () => {
    let group = '';
    const unheld: string[] = [];
    for (const r of body) {
      if (r.length === 2) {
        group = r[0]!;
        continue;
      }
      const [number, text, lead, partners, time] = r as [string, string, string, string, string];
      const t = task(`III-bis.${group}.${number}`);
      expect(normalize(t.text)).toBe(text);
      expect(resolve(lead), t.id).toContain(t.lead.unit);
      expect(t.partners.map((p) => (p.qualifier ? `${p.unit}~${p.qualifier}` : p.unit)), t.id).toEqual(PARTNER_CELLS[partners]);
      if (/^\d{4}$/.test(time)) expect(t.deadlines, t.id).toEqual([{ kind: 'end-of', period: 'year', year: Number(time), text: time }]);
      else {
        expect(TIME_NOT_HELD.has(time), `${t.id}: ${time}`).toBe(true);
        expect(t.deadlines, t.id).toEqual([]);
        unheld.push(time);
      }
    }
    expect(unheld).toHaveLength(16);
  });

  it('is the content of part III ("chi tiết Phụ lục đính kèm")', () => {
    const part = appendixPart(plan);
    expect(part.number).toBe('III');
    expect(part.title).toBe('NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU (chi tiết Phụ lục đính kèm)');
    expect(part.role).toBe('tasks');
  });
});

/** Every body the text names, as written, and the registry key it resolves to. */
const NAMED_BODIES: Record<string, string> = {
  'Bộ Chính trị': 'boChinhTri',
  'Chính phủ': 'chinhPhu',
  'Ban Thường vụ Tỉnh ủy': 'banThuongVuTinhUy',
  'Tổ giúp việc Ban chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số': 'toGiupViec',
  'Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số': 'banChiDaoTw',
  'Ủy ban nhân dân Tỉnh': 'ubndTinh',
  'Tỉnh ủy': 'tinhUy',
  'Sở Khoa học và Công nghệ': 'soKhcn',
  'Sở Nông nghiệp và Môi trường': 'soNnmt',
  'Sở Công Thương': 'soCongThuong',
  'Sở Tài chính': 'soTaiChinh',
  'Sở Giáo dục và Đào tạo': 'soGddt',
  'Sở Văn hoá Thể thao du lịch': 'soVhttdl',
  'Ban Quản lý khu Kinh tế': 'bqlKkt',
  'Ban Quản lý khu Kinh tế tỉnh Đồng Tháp': 'bqlKkt',
  'Liên hiệp các Hội Khoa học và Kỹ thuật': 'lienHiepHoi',
  'Hiệp hội Doanh nghiệp': 'hiepHoiDn',
  'Bộ Khoa học và Công nghệ': 'boKhcn',
  'Các sở, ban, ngành Tỉnh': 'soBanNganh',
  'Ủy ban nhân dân xã, phường': 'xaPhuong',
  'Viện, Trường': 'vienTruong',
  'Thường trực Tỉnh ủy': 'thuongTrucTinhUy',
  'Thường trực HĐND Tỉnh': 'thuongTrucHdnd',
  'CT, các PCT UBND Tỉnh': 'lanhDaoUbnd',
  VPUB: 'vpub',
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

  it('resolves every department, ministry, board, association and committee the text names', () => {
    const spellings = registered.flatMap((u) => [u.name, u.short, ...(u.aliases ?? [])]).filter((n): n is string => !!n);
    const pattern =
      /(?<![\p{L}/-])(?<!Thường trực )(?:(?:Sở|Bộ|Ban|Liên hiệp|Hiệp hội|Tổ) \p{Lu}|Tỉnh ủy|Ủy ban |UBND |HĐND |Chính phủ|VPUB)/gu;
    const unresolved: string[] = [];
    let found = 0;
    for (const match of text.matchAll(pattern)) {
      const at = text.slice(match.index);
      if (spellings.some((s) => at.startsWith(s))) found++;
      else unresolved.push(text.slice(match.index, match.index + 60));
    }
    expect(unresolved).toEqual([]);
    // Counted once, so that a change of the pattern or of the reference shows.
    expect(found).toBe(EXPECTED_MENTIONS);
  });

  it('assigns, reports to and sends copies only to registered keys', () => {
    const keys = new Set(registered.map((u) => u.key));
    const used: string[] = [plan.issuer];
    for (const n of nodesOf(plan)) {
      if (n.type === 'task') used.push(n.lead.unit, ...n.partners.map((p) => p.unit));
      for (const r of n.type === 'section' ? [] : (n.reports ?? [])) used.push(r.to, ...r.cc, ...(r.from === undefined ? [] : [r.from.unit]));
    }
    for (const r of plan.recipients) used.push(...(r.units ?? []));
    expect(used.filter((k) => !keys.has(k))).toEqual([]);
  });
});

/** Mentions the scan above finds in the reference. */
const EXPECTED_MENTIONS = 62;

describe('dates', () => {
  const iso = (d: number, m: number, y: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const deadlines: Deadline[] = nodesOf(plan).flatMap((n) =>
    n.type === 'section' ? [] : [...(n.deadlines ?? []), ...(n.reports ?? []).flatMap((r) => r.deadlines)],
  );

  it('holds every d/m/yyyy date of the text, and no other', () => {
    const found = new Set([...reference.matchAll(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g)].map((m) => iso(+m[1]!, +m[2]!, +m[3]!)));
    // 19/11/2025 is the date of issue, printed again in the appendix heading.
    expect(found).toEqual(new Set(['2024-12-22', '2025-04-01', '2025-08-13', '2025-06-13', '2025-09-24', '2025-11-19']));
    const model = new Set([plan.issuedOn, ...plan.legal.flatMap((l) => (l.date === undefined ? [] : [l.date]))]);
    expect(model).toEqual(found);
  });

  it('holds the date of issue as printed in the date line', () => {
    expect(normalize(reference)).toContain('Đồng Tháp, ngày 19 tháng 11 năm 2025');
    expect(plan.issuedOn).toBe('2025-11-19');
  });

  it('holds "trước ngày 20/11" and "trước ngày 30/11 hằng năm" as yearly deadlines', () => {
    expect(deadlines).toContainEqual(expect.objectContaining({ kind: 'recurring', every: 'year', month: 11, day: 20, wording: 'before' }));
    expect(deadlines).toContainEqual(expect.objectContaining({ kind: 'recurring', every: 'year', month: 11, day: 30, wording: 'before' }));
  });

  it('states every deadline with words the text prints', () => {
    const text = normalize(reference).toLocaleLowerCase('vi');
    for (const n of nodesOf(plan)) {
      if (n.type === 'section') continue;
      for (const d of [...(n.deadlines ?? []), ...(n.reports ?? []).flatMap((r) => r.deadlines)]) {
        const words = d.kind === 'event' ? d.event : d.text;
        expect(words, n.id).toBeDefined();
        expect(text, n.id).toContain(words!.toLocaleLowerCase('vi'));
      }
    }
  });
});

describe('leads', () => {
  /** Tasks of part V per numbered heading: each "-" bullet (or the single paragraph of V.7 and V.8) is a duty of the body the heading names. */
  const V_LEADS: Record<string, [string, number]> = {
    'V.1': ['soKhcn', 5],
    'V.2': ['soNnmt', 4],
    'V.3': ['soCongThuong', 3],
    'V.4': ['soTaiChinh', 4],
    'V.5': ['soGddt', 4],
    'V.6': ['bqlKkt', 5],
    'V.7': ['lienHiepHoi', 1],
    'V.8': ['soBanNganh', 1],
    'V.9': ['xaPhuong', 3],
    'V.10': ['hiepHoiDn', 2],
  };

  it.each(Object.entries(V_LEADS))('%s: %s leads %i tasks', (id, [lead, count]) => {
    const tasks = descendants(node(id)).filter((n): n is Task => n.type === 'task');
    expect(tasks).toHaveLength(count);
    for (const t of tasks) expect(t.lead.unit).toBe(lead);
  });

  it('has tasks only in part V, the appendix and the monitoring part VI', () => {
    const tasks = nodesOf(plan).filter((n): n is Task => n.type === 'task');
    expect(new Set(tasks.map((t) => t.id.split('.')[0]))).toEqual(new Set(['III-bis', 'V', 'VI']));
    expect(tasks).toHaveLength(19 + 32 + 3);
  });

  it('names the partners of "phối hợp với …" in part V', () => {
    const partners = Object.fromEntries(
      descendants(node('V'))
        .filter((n): n is Task => n.type === 'task' && n.partners.length > 0)
        .map((t) => [t.id, t.partners.map((p) => (p.qualifier ? `${p.unit}~${p.qualifier}` : p.unit))]),
    );
    expect(partners).toEqual({
      'V.1.d4': ['soBanNganh', 'xaPhuong'],
      'V.3.d3': ['soBanNganh~liên quan'],
      'V.4.d3': ['soBanNganh', 'xaPhuong'],
      'V.5.d1': ['soBanNganh', 'xaPhuong'],
      'V.5.d3': ['doanhNghiep', 'vienTruong'],
      'V.6.d1': ['soBanNganh', 'xaPhuong'],
      'V.9.d3': ['soBanNganh~liên quan'],
    });
  });

  it('assigns every task as written: the plan says "đề nghị" nowhere', () => {
    expect(normalize(reference)).not.toMatch(/Đề nghị [A-ZĐ]/u);
    for (const t of nodesOf(plan).filter((n): n is Task => n.type === 'task')) expect(t.mode, t.id).toBe('assign');
  });
});

describe('reporting', () => {
  it('VI.2: each body reports before 20/11 to Sở KH&CN, which reports before 30/11 to UBND Tỉnh and to Bộ KH&CN', () => {
    const collected = node('VI.2.d1');
    expect(collected.type === 'item' && collected.reports).toEqual([
      {
        id: 'VI.2.d1/r1',
        from: { unit: 'coQuanDonVi', mode: 'each' },
        to: 'soKhcn',
        cc: [],
        what: 'Báo cáo kết quả thực hiện',
        deadlines: [{ kind: 'recurring', every: 'year', month: 11, day: 20, wording: 'before', text: 'định kỳ báo cáo kết quả thực hiện trước ngày 20/11' }],
      },
    ]);
    const synthesis = task('VI.2.d2').reports ?? [];
    expect(synthesis.map((r) => [r.to, r.what, r.deadlines.map((d) => d.kind)])).toEqual([
      ['ubndTinh', 'Báo cáo tổng hợp kết quả thực hiện Kế hoạch', ['recurring']],
      ['boKhcn', 'Báo cáo tổng hợp kết quả thực hiện Kế hoạch', ['recurring']],
      ['ubndTinh', 'Báo cáo giữa kỳ thực hiện Kế hoạch', ['milestone']],
      ['boKhcn', 'Báo cáo giữa kỳ thực hiện Kế hoạch', ['milestone']],
      ['ubndTinh', 'Báo cáo tổng kết thực hiện Kế hoạch', ['milestone']],
      ['boKhcn', 'Báo cáo tổng kết thực hiện Kế hoạch', ['milestone']],
    ]);
  });

  it('VI.2: difficulties go to Sở KH&CN when they arise, and to UBND Tỉnh when beyond its authority', () => {
    const last = node('VI.2.t1');
    expect(last.type === 'item' && last.reports?.map((r) => [r.from?.unit, r.to, r.deadlines])).toEqual([
      ['coQuanDonVi', 'soKhcn', [{ kind: 'event', event: 'nếu có khó khăn, vướng mắc' }]],
      ['soKhcn', 'ubndTinh', [{ kind: 'event', event: 'trường hợp vượt thẩm quyền' }]],
    ]);
  });

  it('V.1 and V.9: the periodic reports to UBND Tỉnh', () => {
    expect(task('V.1.d5').reports?.[0]?.deadlines).toEqual([{ kind: 'recurring', every: 'year', wording: 'before', text: 'Định kỳ hằng năm' }]);
    // "định kỳ báo cáo": no period in the sentence; VI.2 sets it (README, "Not in the model yet").
    expect(task('V.9.d3').reports?.[0]).toMatchObject({ to: 'ubndTinh', deadlines: [] });
  });
});

describe('targets', () => {
  const targets = nodesOf(plan).flatMap((n) => (n.type === 'section' ? [] : (n.targets ?? []).map((t) => ({ node: n, t }))));

  it('carries every figure of the objectives and the roadmap as a target whose text is in the item', () => {
    expect(targets).toHaveLength(24);
    for (const { node: n, t } of targets) {
      expect(normalize(n.text), t.id).toContain(t.text);
      expect(t.value, t.id).toBeTypeOf('number');
    }
  });

  it('sets 2030 for the targets of II.2.1 ("Đến năm 2030") and 2035 for II.2.2 ("Định hướng đến năm 2035")', () => {
    const by = (prefix: string) => new Set(targets.filter(({ node: n }) => n.id.startsWith(prefix)).map(({ t }) => t.by));
    expect(by('II.2.21')).toEqual(new Set([2030]));
    expect(by('II.2.22')).toEqual(new Set([2035, undefined]));
    // Only the yearly "mỗi năm có ít nhất 150 sản phẩm" has no year.
    expect(targets.filter(({ node: n, t }) => n.id.startsWith('II.2.22') && t.by === undefined)).toHaveLength(1);
    const perYear = targets.find(({ t }) => t.per === 'year')!;
    expect(perYear.t).toMatchObject({ value: 150, unit: 'sản phẩm', text: 'mỗi năm có ít nhất 150 sản phẩm đổi mới sáng tạo được thương mại hoá' });
  });

  it('reads the numbers as printed (03 is 3, 3.000 is 3000)', () => {
    for (const { t } of targets) {
      const printed = t.value!.toLocaleString('vi-VN');
      expect(t.text, t.id).toMatch(new RegExp(`(^|\\D)0?${printed.replace('.', '\\.')}(\\D|$)`));
    }
  });
});

describe('legal references and corrections', () => {
  it('cites each basis with the number, date and issuer the text prints', () => {
    const text = normalize(reference);
    expect(plan.legal.map((l) => l.id)).toEqual(['nq57', 'nq71', 'ctr10', 'tb30', 'kh283']);
    for (const l of plan.legal) {
      const [y, m, d] = l.date!.split('-').map(Number) as [number, number, number];
      const printed = `${l.number} ngày ${String(d).padStart(2, '0')}/${m}/${y}`;
      expect(text, l.id).toContain(printed);
      expect(text, l.id).toContain(`của ${l.issuer}`);
      if (l.title !== undefined) expect(text, l.id).toContain(l.title);
      expect(l.role).toBe('pursuant'); // "Căn cứ …"
    }
  });

  it('makes every correction about text that is really there, and leaves the text as issued', () => {
    const nodes = new Map(nodesOf(plan).map((n) => [n.id, n as unknown as Record<string, unknown>]));
    const legal = new Map(plan.legal.map((l) => [l.id, l as unknown as Record<string, unknown>]));
    expect(plan.corrections.length).toBeGreaterThan(0);
    for (const c of plan.corrections) {
      const target = legal.get(c.target) ?? nodes.get(c.target);
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
