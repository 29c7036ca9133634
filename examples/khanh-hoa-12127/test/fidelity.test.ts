/**
 * Fidelity of the encoded plan to the issued document `12127-KH-UBND.txt`.
 *
 * The issued text is kept in the repository beside the plan, in `source/12127-KH-UBND.txt`, so a
 * fresh clone runs this test with nothing outside the repository.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import {
  parsePlan,
  stringifyPlan,
  walkPlan,
  type Deadline,
  type Plan,
  type PlanNode,
  type Task,
} from '@kehoach/core';
import plan from '../plan.js';
import { registry } from '../registry.js';
import { renderBody, renderClosing, renderHeading, renderText } from './render-text.js';

const referencePath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../source/12127-KH-UBND.txt');
const reference = readFileSync(referencePath, 'utf8');
const referenceLines = reference.split('\n');

/** Whitespace collapsed to single spaces, Unicode NFC. */
const normalize = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** The normalised text from `start` to the end of `end`, both included. */
function between(text: string, start: string, end: string): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`markers not found: ${JSON.stringify(start)} … ${JSON.stringify(end)}`);
  return text.slice(from, to + end.length);
}

/** A short window around the first difference, or `undefined` when equal. */
function firstDifference(actual: string, expected: string, radius = 80): string | undefined {
  if (actual === expected) return undefined;
  let i = 0;
  while (i < actual.length && i < expected.length && actual[i] === expected[i]) i++;
  const show = (s: string) => JSON.stringify(s.slice(Math.max(0, i - radius), i + radius));
  return [
    `first difference at character ${i} (model ${actual.length} characters, reference ${expected.length}):`,
    `  model:     ${show(actual)}`,
    `  reference: ${show(expected)}`,
    `  model text before it: …${JSON.stringify(actual.slice(Math.max(0, i - 30), i))}`,
  ].join('\n');
}

/**
 * Layout-only lines of the printed copy that carry no text: the "|" cell separators of the
 * heading and signature tables, and the short rules ("-------") under the issuer and the
 * national motto. They are dropped before the whole-document comparison, and nothing else is.
 */
const isLayoutLine = (line: string): boolean => /^\|$/.test(line) || /^-{3,}$/.test(line);

/** Lines normalised and joined by single spaces, with the offset where each line begins. */
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

function nodesOf(p: Plan): PlanNode[] {
  return [...walkPlan(p)].map((v) => v.node);
}

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

function descendants(n: PlanNode): PlanNode[] {
  return (n.children ?? []).flatMap((c) => [c, ...descendants(c)]);
}

describe('text reconstruction', () => {
  it('renders the body, from "Thực hiện Quyết định số 161" to "quyết định./.", exactly as issued', () => {
    const start = 'Thực hiện Quyết định số 161';
    const end = 'quyết định./.';
    const actual = normalize(between(renderBody(plan).join('\n'), start, end));
    const expected = normalize(between(reference, start, end));
    const difference = firstDifference(actual, expected);
    if (difference !== undefined) expect.fail(difference);
    expect(actual.length).toBeGreaterThan(40_000);
  });

  it('renders the whole document, heading and closing included, as issued (layout lines aside)', () => {
    const expected = normalize(referenceLines.filter((line) => !isLayoutLine(line)).join('\n'));
    const actual = normalize(renderText(plan));
    const difference = firstDifference(actual, expected);
    if (difference !== undefined) expect.fail(difference);
  });

  it('starts every heading and paragraph of the model where a line of the printed copy starts', () => {
    // The comparisons above collapse line breaks, so they cannot see a paragraph split in the
    // wrong place. Here each rendered line must begin at the beginning of a printed line.
    const model = lineStarts(renderText(plan).split('\n'));
    const printed = lineStarts(referenceLines.filter((line) => !isLayoutLine(line)));
    expect(model.text).toBe(printed.text);
    const misplaced = [...model.starts]
      .filter((offset) => !printed.starts.has(offset))
      .map((offset) => model.text.slice(offset, offset + 60));
    expect(misplaced).toEqual([]);
  });

  it('keeps unbulleted paragraphs with the item they continue', () => {
    const paragraphs = Object.fromEntries(
      nodesOf(plan)
        .filter((n) => n.type !== 'section' && n.text.includes('\n'))
        .map((n) => [n.id, (n.type === 'section' ? '' : n.text).split('\n').length]),
    );
    expect(paragraphs).toEqual({
      'III.2.d1.p5': 2,
      'III.2.d1.p7': 2,
      'III.2.d1.p8': 2,
      'III.2.d1.p10': 2,
      'III.2.d1.p11': 2,
      'III.2.d1.p12': 3,
      'III.2.d1.p13': 4,
      'III.2.d1.p14': 2,
      'III.2.d1.p16': 9,
      'III.2.d1.p17': 4,
      'III.2.d3.p1': 3,
      'III.2.d3.p2': 2,
      'III.4.d1': 2,
      'V.1.a': 2,
      'V.6.a': 2,
    });
    const unnumbered = nodesOf(plan).filter((n) => n.number === undefined && n.bullet === undefined).map((n) => n.id);
    expect(unnumbered).toEqual(['II.1.t1', 'III.1.t1', 'III.8.t1', 'V.3.t1', 'V.5.t1', 'VI.t1', 'VI.t2']);
    expect(plan.preamble?.split('\n')).toHaveLength(2);
  });

  it('drops only layout lines from the reference', () => {
    const dropped = referenceLines.filter(isLayoutLine);
    expect(new Set(dropped)).toEqual(new Set(['|', '-------', '---------------']));
    expect(dropped).toHaveLength(8);
  });

  it('renders the heading block and the closing block line by line', () => {
    expect(renderHeading(plan).slice(-4)).toEqual([
      'Số: 12127/KH-UBND',
      'Khánh Hòa, ngày 29 tháng 11 năm 2021',
      'KẾ HOẠCH',
      plan.title,
    ]);
    expect(renderClosing(plan)).toEqual([
      'Nơi nhận:',
      '- Thường trực Tỉnh ủy, HĐND tỉnh (báo cáo);',
      '- Chủ tịch và các PCT UBND tỉnh (báo cáo);',
      '- Mặt trận và các đoàn thể cấp tỉnh;',
      '- Các ban đảng thuộc Tỉnh ủy;',
      '- Các sở, ban, ngành thuộc tỉnh;',
      '- UBND các huyện, thị xã, thành phố;',
      '- Báo Khánh Hòa;',
      '- Đài Phát thanh và Truyền hình Khánh Hòa;',
      '- Cổng TTĐT tỉnh;',
      '- Lưu: VT, TmN, HN, NN.',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Đinh Văn Thiệu',
    ]);
  });

  it('keeps the defects of the issued text', () => {
    const body = renderBody(plan).join('\n');
    for (const defect of ['sau sau', 'địch họa', 'kinh - tế xã hội', '07/2029/NQ-HĐND', 'Madrit', 'hè ” “San']) {
      expect(body, defect).toContain(defect);
    }
  });
});

/**
 * Every body or office the text names, as written (line breaks joined). Each must occur in the
 * reference and resolve to a registry unit or group by its name, short name or an alias.
 *
 * Left out on purpose, because the plan assigns them nothing and cites nothing they issued:
 * "Liên hợp quốc" (only as author of the Convention on the Rights of Persons with
 * Disabilities), "Đội Thiếu niên Tiền phong Hồ Chí Minh" and "các Huyện, Thị, Thành đoàn"
 * (audiences of Tỉnh đoàn's work), and the generic "Đảng", "Nhà nước", "Trung ương".
 */
const NAMED_BODIES: Record<string, string> = {
  'Thủ tướng Chính phủ': 'thuTuong',
  'Chính phủ': 'chinhPhu',
  'Bộ Lao động - Thương binh và Xã hội': 'boLdtbxh',
  'Bộ Thông tin và Truyền thông': 'boTttt',
  'Ban Bí thư': 'banBiThu',
  'Hội đồng nhân dân tỉnh': 'hdndTinh',
  'HĐND tỉnh': 'hdndTinh',
  'Thường trực Tỉnh ủy': 'thuongTrucTinhUy',
  'Các ban đảng thuộc Tỉnh ủy': 'cacBanDang',
  'UBND tỉnh Khánh Hòa': 'ubndTinh',
  'UBND tỉnh': 'ubndTinh',
  'Ủy ban nhân dân tỉnh': 'ubndTinh',
  'Chủ tịch và các PCT UBND tỉnh': 'lanhDaoUbnd',
  'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh': 'ubMttq',
  'Mặt trận': 'ubMttq',
  'Sở Lao động - Thương binh và Xã hội': 'soLdtbxh',
  'Sở Khoa học và Công nghệ': 'soKhcn',
  'Sở Tài nguyên và Môi trường': 'soTnmt',
  'Sở Tài chính': 'soTaiChinh',
  'Sở Y tế': 'soYTe',
  'Sở Du lịch': 'soDuLich',
  'Sở Văn hóa và Thể thao': 'soVhtt',
  'Sở Giáo dục và Đào tạo': 'soGddt',
  'Sở Thông tin và Truyền thông': 'soTttt',
  'Sở Ngoại vụ': 'soNgoaiVu',
  'Sở Nội vụ': 'soNoiVu',
  'Sở Kế hoạch và Đầu tư': 'soKhdt',
  'Tỉnh đoàn Khánh Hòa': 'tinhDoan',
  'Trung tâm Dịch vụ việc làm Khánh Hòa': 'ttDvvl',
  'Trung tâm Bảo trợ Xã hội tỉnh': 'ttBtxh',
  'Cổng Thông tin điện tử tỉnh': 'congTtdt',
  'Cổng TTĐT tỉnh': 'congTtdt',
  'Báo Khánh Hòa': 'baoKhanhHoa',
  'Đài Phát thanh và Truyền hình Khánh Hòa': 'daiPtth',
  'thành phố Nha Trang': 'tpNhaTrang',
  'huyện Diên Khánh': 'huyenDienKhanh',
  'huyện Khánh Sơn': 'huyenKhanhSon',
  'huyện Khánh Vĩnh': 'huyenKhanhVinh',
  'UBND các huyện, thị xã, thành phố': 'huyen',
  'các sở, ban, ngành': 'soBanNganh',
  'các sở, ngành': 'soBanNganh',
  'đoàn thể chính trị - xã hội': 'doanThe',
  'các đoàn thể cấp tỉnh': 'doanThe',
  'Các đơn vị thuộc trụ cột Văn hóa - Xã hội ASEAN': 'truCot',
  'các cơ quan, đơn vị': 'coQuanDonVi',
};

/** Mentions the scan below finds in the reference. */
const EXPECTED_MENTIONS = 86;

interface Named {
  key: string;
  name: string;
  short?: string;
  aliases?: readonly string[];
}

const registered: Named[] = [...registry.units, ...registry.groups];

/** Keys whose name, short name or an alias is `text` (case of the first letter aside). */
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

  it('resolves every department, ministry, centre and office the text names', () => {
    // Every "Sở X", "Bộ X", "Trung tâm X", "Báo X", "Đài X", "Cổng X" (X capitalised), "Tỉnh đoàn",
    // "Ủy ban …", "UBND …", "HĐND …", "Hội đồng nhân dân", "Thủ tướng", "Chính phủ" and
    // "Ban Bí thư" in the text must begin with the name, short name or an alias of a registered
    // unit or group.
    const spellings = registered.flatMap((u) => [u.name, u.short, ...(u.aliases ?? [])]).filter((n): n is string => !!n);
    const pattern =
      /(?<![\p{L}/-])(?:(?:Sở|Bộ|Trung tâm|Báo|Đài|Cổng) \p{Lu}|Tỉnh đoàn|Ủy ban |UBND |HĐND |Hội đồng nhân dân|Thủ tướng|Chính phủ|Ban Bí thư)/gu;
    const unresolved: string[] = [];
    const found = new Map<string, number>();
    for (const match of text.matchAll(pattern)) {
      const at = text.slice(match.index);
      const spelling = spellings.filter((s) => at.startsWith(s)).sort((a, b) => b.length - a.length)[0];
      if (spelling === undefined) unresolved.push(text.slice(match.index, match.index + 60));
      else found.set(spelling, (found.get(spelling) ?? 0) + 1);
    }
    expect(unresolved).toEqual([]);
    // Counted once by hand, so that a change of the pattern or of the reference shows.
    expect([...found.values()].reduce((a, b) => a + b, 0)).toBe(EXPECTED_MENTIONS);
  });

  it('assigns, reports to and sends copies only to registered keys', () => {
    const keys = new Set(registered.map((u) => u.key));
    const used: string[] = [plan.issuer];
    for (const n of nodesOf(plan)) {
      if (n.type === 'task') used.push(n.lead.unit, ...n.partners.map((p) => p.unit));
      for (const r of n.type === 'section' ? [] : (n.reports ?? [])) {
        used.push(r.to, ...r.cc, ...(r.via === undefined ? [] : [r.via]), ...(r.from === undefined ? [] : [r.from.unit]));
      }
      for (const t of n.type === 'section' ? [] : (n.targets ?? [])) used.push(...(t.scope ?? []));
    }
    for (const r of plan.recipients) used.push(...(r.units ?? []));
    expect(used.filter((k) => !keys.has(k))).toEqual([]);
  });
});

describe('dates', () => {
  const iso = (d: number, m: number, y: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const deadlines: Deadline[] = nodesOf(plan).flatMap((n) =>
    n.type === 'section' ? [] : [...(n.deadlines ?? []), ...(n.reports ?? []).flatMap((r) => r.deadlines)],
  );
  const modelDates = new Set<string>([
    plan.issuedOn,
    ...plan.legal.flatMap((l) => (l.date === undefined ? [] : [l.date])),
    ...deadlines.flatMap((d) => (d.kind === 'date' ? [d.date] : [])),
  ]);

  it('holds every d/m/yyyy date of the text', () => {
    const found = [...reference.matchAll(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g)].map((m) => iso(+m[1]!, +m[2]!, +m[3]!));
    expect(new Set(found)).toEqual(
      new Set(['2016-01-25', '2021-06-09', '2021-03-15', '2019-12-10', '2019-11-01', '2021-05-07', '2021-12-20']),
    );
    for (const date of found) expect(modelDates, date).toContain(date);
  });

  it('holds the date of issue as printed in the date line', () => {
    const m = /Khánh Hòa, ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})/.exec(reference);
    expect(m).not.toBeNull();
    expect(plan.issuedOn).toBe(iso(+m![1]!, +m![2]!, +m![3]!));
  });

  it('holds "trước ngày 15/11" as a yearly deadline on 15/11', () => {
    expect(normalize(reference)).toContain('Định kỳ hàng năm trước ngày 15/11');
    expect(deadlines).toContainEqual(expect.objectContaining({ kind: 'recurring', every: 'year', month: 11, day: 15, wording: 'before' }));
  });

  it('holds "cuối năm 2021" as the end of 2021', () => {
    expect(normalize(reference)).toContain('Đến cuối năm 2021');
    expect(deadlines).toContainEqual(expect.objectContaining({ kind: 'end-of', period: 'year', year: 2021 }));
  });

  it('holds no date that the text does not print', () => {
    const printed = new Set(
      [...reference.matchAll(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g)].map((m) => iso(+m[1]!, +m[2]!, +m[3]!)),
    );
    printed.add(plan.issuedOn);
    for (const date of modelDates) expect(printed, date).toContain(date);
  });
});

describe('leads', () => {
  /**
   * Lead assignments per section, counted by hand in the text. III.1 and III.8 each name one
   * collective lead for the whole section ("Các sở, ban, ngành và UBND các huyện, …" /
   * "Các sở, ban, ngành, địa phương"); in III.2-III.7 every "-" bullet is "X chủ trì, …".
   * In V every lettered item (or the single paragraph of V.3 and V.5) is a duty of the unit or
   * group the numbered heading names.
   */
  const EXPECTED_LEADS: Record<string, number> = {
    'III.1': 1,
    'III.2': 3,
    'III.3': 3,
    'III.4': 6,
    'III.5': 4,
    'III.6': 1,
    'III.7': 2,
    'III.8': 1,
    'V.1': 6, // a, b, c, d, đ, e
    'V.2': 2,
    'V.3': 1,
    'V.4': 2,
    'V.5': 1,
    'V.6': 5, // a, b, c, d, đ
    'V.7': 3,
  };

  it.each(Object.entries(EXPECTED_LEADS))('%s has %i lead assignments', (id, count) => {
    const tasks = descendants(node(id)).filter((n) => n.type === 'task');
    expect(tasks).toHaveLength(count);
  });

  it('has no task outside III and V, and one lead per task', () => {
    const tasks = nodesOf(plan).filter((n): n is Task => n.type === 'task');
    expect(tasks).toHaveLength(Object.values(EXPECTED_LEADS).reduce((a, b) => a + b, 0));
    for (const t of tasks) {
      expect(t.id).toMatch(/^(III|V)\./);
      expect(typeof t.lead.unit).toBe('string');
    }
  });

  it('has as many "chủ trì" tasks in each part of III as the text has "chủ trì" clauses', () => {
    const lines = referenceLines;
    const from = lines.indexOf('III. NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN');
    const to = lines.indexOf('IV. KINH PHÍ THỰC HIỆN');
    const perSection = new Map<string, number>();
    let section = '';
    // Line breaks can split "chủ\ntrì", so count on each part's joined text.
    const texts = new Map<string, string>();
    for (const line of lines.slice(from + 1, to)) {
      const m = /^(\d+)\. /.exec(line);
      if (m) section = `III.${m[1]}`;
      texts.set(section, `${texts.get(section) ?? ''} ${line}`);
    }
    for (const [id, t] of texts) perSection.set(id, (normalize(t).match(/chủ trì/g) ?? []).length);
    for (let n = 1; n <= 8; n++) {
      const id = `III.${n}`;
      const leadsInModel = descendants(node(id)).filter((x) => x.type === 'task' && x.text.includes('chủ trì')).length;
      expect(leadsInModel, id).toBe(perSection.get(id) ?? 0);
    }
    expect([...perSection.values()].reduce((a, b) => a + b, 0)).toBe(19);
  });

  /** Lead and partners of every task in III, by hand from the text. */
  const III_TASKS: Record<string, { lead: string; mode?: 'each'; partners: string[] }> = {
    'III.1.t1': { lead: 'soNganhHuyenDoanThe', mode: 'each', partners: [] },
    'III.2.d1': { lead: 'soLdtbxh', partners: ['soBanNganh~có liên quan', 'huyen'] },
    'III.2.d2': { lead: 'soKhcn', partners: ['soBanNganh~có liên quan', 'huyen'] },
    'III.2.d3': { lead: 'tinhDoan', partners: [] },
    'III.3.d1': { lead: 'soKhcn', partners: ['soBanNganh~có liên quan', 'huyen'] },
    'III.3.d2': { lead: 'tinhDoan', partners: [] },
    'III.3.d3': { lead: 'soTnmt', partners: [] },
    'III.4.d1': { lead: 'soLdtbxh', partners: ['soBanNganh~có liên quan', 'huyen~có liên quan'] },
    'III.4.d2': { lead: 'soTaiChinh', partners: ['soBanNganh~có liên quan', 'huyen~có liên quan'] },
    'III.4.d3': { lead: 'soKhcn', partners: ['soBanNganh~có liên quan', 'huyen'] },
    'III.4.d4': { lead: 'soYTe', partners: [] },
    'III.4.d5': { lead: 'tinhDoan', partners: [] },
    'III.4.d6': { lead: 'soTnmt', partners: [] },
    'III.5.d1': { lead: 'soDuLich', partners: ['soBanNganh~có liên quan', 'huyen~có liên quan'] },
    'III.5.d2': { lead: 'soKhcn', partners: ['soBanNganh~có liên quan', 'huyen'] },
    'III.5.d3': { lead: 'soVhtt', partners: ['soBanNganh~có liên quan', 'huyen'] },
    'III.5.d4': { lead: 'soGddt', partners: ['soBanNganh~có liên quan', 'huyen'] },
    'III.6.d1': { lead: 'soTttt', partners: ['soBanNganh~có liên quan', 'huyen'] },
    'III.7.d1': { lead: 'soNgoaiVu', partners: ['soNoiVu', 'soBanNganh~có liên quan', 'huyen'] },
    'III.7.d2': { lead: 'tinhDoan', partners: [] },
    'III.8.t1': { lead: 'soNganhDiaPhuong', mode: 'each', partners: [] },
  };

  it('assigns every task of III to the lead and partners the text names', () => {
    const tasks = descendants(node('III')).filter((n): n is Task => n.type === 'task');
    expect(tasks.map((t) => t.id)).toEqual(Object.keys(III_TASKS));
    for (const t of tasks) {
      const expected = III_TASKS[t.id]!;
      expect(t.lead, t.id).toEqual({ unit: expected.lead, ...(expected.mode ? { mode: expected.mode } : {}) });
      const partners = t.partners.map((p) => (p.qualifier ? `${p.unit}~${p.qualifier}` : p.unit));
      expect(partners, t.id).toEqual(expected.partners);
      expect(t.mode, t.id).toBe('assign');
      // "X chủ trì, …": X is the lead, by its registered name.
      if (t.text.includes(' chủ trì')) expect(resolve(t.text.split(' chủ trì')[0]!), t.id).toContain(t.lead.unit);
    }
  });

  it('requests ("đề nghị") rather than assigns the work of V.7, and assigns all the rest', () => {
    for (const n of nodesOf(plan)) {
      if (n.type !== 'task') continue;
      expect(n.mode, n.id).toBe(n.id.startsWith('V.7.') ? 'request' : 'assign');
    }
    expect(task('V.7.a').lead).toEqual({ unit: 'mttqDoanThe', mode: 'each' });
  });

  it('assigns the tasks of V to the units its headings name', () => {
    const leads = Object.fromEntries(
      descendants(node('V'))
        .filter((n): n is Task => n.type === 'task')
        .map((t) => [t.id, t.lead.unit]),
    );
    expect(leads).toEqual({
      'V.1.a': 'truCot', 'V.1.b': 'truCot', 'V.1.c': 'truCot', 'V.1.d': 'truCot', 'V.1.dd': 'truCot', 'V.1.e': 'truCot',
      'V.2.a': 'soLdtbxh', 'V.2.b': 'soLdtbxh',
      'V.3.t1': 'soTaiChinh',
      'V.4.a': 'soKhdt', 'V.4.b': 'soKhdt',
      'V.5.t1': 'soNgoaiVu',
      'V.6.a': 'huyen', 'V.6.b': 'huyen', 'V.6.c': 'huyen', 'V.6.d': 'huyen', 'V.6.dd': 'huyen',
      'V.7.a': 'mttqDoanThe', 'V.7.b': 'mttqDoanThe', 'V.7.c': 'mttqDoanThe',
    });
  });
});

describe('bullets', () => {
  /**
   * "-" and "+" lines of part III of the reference, per numbered section. A line that starts
   * with "- " while a quotation is open continues the quoted text (the campaign
   * “Xuân yêu thương - Tết cho bệnh nhân nghèo” is broken before its dash) and is no bullet.
   */
  function referenceBullets(): { counts: Map<string, { dash: number; plus: number }>; skipped: string[] } {
    const from = referenceLines.indexOf('III. NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN');
    const to = referenceLines.indexOf('IV. KINH PHÍ THỰC HIỆN');
    const counts = new Map<string, { dash: number; plus: number }>();
    const skipped: string[] = [];
    let section = '';
    let inQuote = false;
    for (const line of referenceLines.slice(from + 1, to)) {
      const heading = /^(\d+)\. /.exec(line);
      if (heading) {
        section = `III.${heading[1]}`;
        counts.set(section, { dash: 0, plus: 0 });
      }
      const c = counts.get(section)!;
      if (line.startsWith('- ')) {
        if (inQuote) skipped.push(line);
        else c.dash++;
      }
      if (line.startsWith('+ ')) c.plus++;
      for (const ch of line) {
        if (ch === '“') inQuote = true;
        if (ch === '”') inQuote = false;
      }
    }
    return { counts, skipped };
  }

  it('skips exactly one dash line, the one inside a quotation', () => {
    expect(referenceBullets().skipped).toEqual(['- Tết cho bệnh nhân nghèo”,']);
  });

  it('has as many "-" and "+" items in each part of III as the reference', () => {
    const { counts } = referenceBullets();
    expect([...counts.keys()]).toEqual(['III.1', 'III.2', 'III.3', 'III.4', 'III.5', 'III.6', 'III.7', 'III.8']);
    for (const [id, expected] of counts) {
      const all = descendants(node(id));
      const actual = { dash: all.filter((n) => n.bullet === '-').length, plus: all.filter((n) => n.bullet === '+').length };
      expect(actual, id).toEqual(expected);
    }
    const total = [...counts.values()].reduce((a, c) => ({ dash: a.dash + c.dash, plus: a.plus + c.plus }), { dash: 0, plus: 0 });
    expect(total).toEqual({ dash: 19, plus: 54 });
  });
});

describe('deadlines, reports and targets', () => {
  const planReport = {
    to: 'ubndTinh',
    cc: ['soLdtbxh'],
    what: 'Kế hoạch triển khai thực hiện',
    deadlines: [{ kind: 'date', date: '2021-12-20', wording: 'before', text: 'trước ngày 20/12/2021' }],
  };
  const progressReport = {
    to: 'ubndTinh',
    cc: ['soLdtbxh'],
    what: 'Báo cáo tiến độ và kết quả thực hiện',
    deadlines: [
      { kind: 'recurring', every: 'year', wording: 'before', text: 'định kỳ hàng năm' },
      { kind: 'milestone', milestone: 'mid-term', text: 'giữa kỳ' },
      { kind: 'milestone', milestone: 'end-term', text: 'cuối kỳ theo yêu cầu' },
    ],
  };

  it.each(['V.1.a', 'V.6.a'])('%s: the implementation plan goes to UBND tỉnh before 20/12/2021, copied to Sở LĐTBXH', (id) => {
    const t = task(id);
    expect(t.reports).toEqual([{ id: `${id}/r1`, ...planReport }]);
    expect(t.text.split('\n')[1]).toBe(
      'Kế hoạch triển khai thực hiện báo cáo Ủy ban nhân dân tỉnh trước ngày 20/12/2021, đồng gửi Sở Lao động - Thương binh và Xã hội để theo dõi, tổng hợp.',
    );
  });

  it.each(['V.1.d', 'V.6.d'])('%s: progress reports yearly, at mid-term and at the end, with no invented day', (id) => {
    expect(task(id).reports).toEqual([{ id: `${id}/r1`, ...progressReport }]);
  });

  it('V.2.b: Sở LĐTBXH reports to UBND tỉnh every year, no day stated', () => {
    const [report, ...rest] = task('V.2.b').reports ?? [];
    expect(rest).toEqual([]);
    expect(report).toMatchObject({ to: 'ubndTinh', deadlines: [{ kind: 'recurring', every: 'year' }] });
    expect(report!.deadlines[0]).not.toHaveProperty('day');
    expect(report!.deadlines[0]).not.toHaveProperty('month');
  });

  it('VI: yearly reports before 15/11 through Sở LĐTBXH, and proposals when problems arise', () => {
    const [first, second] = descendants(node('VI'));
    expect(first!.type === 'item' && first!.reports).toEqual([
      {
        id: 'VI.t1/r1',
        from: { unit: 'soNganhDiaPhuong', mode: 'each' },
        to: 'ubndTinh',
        via: 'soLdtbxh',
        cc: [],
        what: 'Báo cáo kết quả triển khai Kế hoạch',
        deadlines: [{ kind: 'recurring', every: 'year', month: 11, day: 15, wording: 'before', text: 'Định kỳ hàng năm trước ngày 15/11' }],
      },
    ]);
    expect(second!.type === 'item' && second!.reports).toEqual([
      {
        id: 'VI.t2/r1',
        from: { unit: 'coQuanDonVi', mode: 'each' },
        to: 'ubndTinh',
        via: 'soLdtbxh',
        cc: [],
        what: 'Kiến nghị, đề xuất điều chỉnh, bổ sung Kế hoạch',
        deadlines: [{ kind: 'event', event: 'nếu có phát sinh, vướng mắc cần điều chỉnh, bổ sung' }],
      },
    ]);
  });

  it('gives event triggers no date', () => {
    expect(task('III.4.d1').deadlines).toEqual([{ kind: 'event', event: 'khi xảy ra thiên tai (như bão, lũ, sóng thần, địch họa...)' }]);
    const p3 = node('III.7.d1.p3');
    expect(p3.type === 'item' && p3.deadlines).toEqual([{ kind: 'event', event: 'khi có chương trình của cấp có thẩm quyền tổ chức' }]);
  });

  it('II.2.a: action plans by the end of 2021', () => {
    const a = node('II.2.a');
    expect(a.type === 'item' && a.deadlines).toEqual([{ kind: 'end-of', period: 'year', year: 2021, text: 'Đến cuối năm 2021' }]);
  });

  it('states every trigger and deadline with words the text prints', () => {
    const text = normalize(reference).toLocaleLowerCase('vi');
    for (const n of nodesOf(plan)) {
      if (n.type === 'section') continue;
      for (const d of [...(n.deadlines ?? []), ...(n.reports ?? []).flatMap((r) => r.deadlines)]) {
        const words = d.kind === 'event' ? d.event : d.text;
        if (words !== undefined) expect(text, n.id).toContain(words.toLocaleLowerCase('vi'));
        if (words !== undefined && d.kind === 'event') expect(n.text.toLocaleLowerCase('vi'), n.id).toContain(words.toLocaleLowerCase('vi'));
      }
    }
  });

  it('carries the measurable targets of the poverty and people-with-merit items', () => {
    const poverty = node('III.2.d1.p8');
    expect(poverty.type === 'item' && poverty.targets).toEqual([
      {
        id: 'III.2.d1.p8/t1',
        metric: 'số hộ nghèo',
        direction: 'decrease',
        value: 50,
        unit: '%',
        by: 2025,
        baseline: { year: 2021, text: 'năm đầu nhiệm kỳ' },
        text: 'số hộ nghèo năm 2025 giảm 1/2 (một phần hai) so với năm đầu nhiệm kỳ',
      },
      {
        id: 'III.2.d1.p8/t2',
        metric: 'tỷ lệ hộ nghèo',
        direction: 'decrease',
        range: { min: 4, max: 5 },
        unit: 'điểm %',
        per: 'year',
        scope: ['huyenKhanhSon', 'huyenKhanhVinh'],
        text: 'huyện Khánh Sơn, huyện Khánh Vĩnh phấn đấu mức giảm tỷ lệ hộ nghèo 4-5%/năm',
      },
    ]);
    const merit = node('III.2.d1.p10');
    expect(merit.type === 'item' && merit.targets?.map((t) => [t.direction, t.value, t.unit])).toEqual([
      ['maintain', 100, '%'],
      ['maintain', 0, 'hộ'],
      ['maintain', 100, '%'],
    ]);
    for (const n of nodesOf(plan)) {
      if (n.type === 'section') continue;
      for (const t of n.targets ?? []) expect(normalize(n.text), t.id).toContain(t.text);
    }
  });
});

describe('legal references and corrections', () => {
  it('cites each document with the number, date and issuer the text prints', () => {
    const text = normalize(reference);
    const date = (iso: string) => {
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      return [`${String(d).padStart(2, '0')}/${m < 10 ? `0${m}` : m}/${y}`, `${String(d).padStart(2, '0')}/${m}/${y}`];
    };
    expect(plan.legal.map((l) => l.id)).toEqual(['qd161', 'qd650', 'nd20', 'nq07', 'ct39', 'kh3743']);
    for (const l of plan.legal) {
      expect(text, l.id).toContain(l.number);
      const printed = date(l.date!).map((d) => `${l.number} ngày ${d}`);
      expect(printed.some((p) => text.includes(p)), `${l.id}: ${printed.join(' | ')}`).toBe(true);
      if (l.id !== 'kh3743') expect(text, l.id).toContain(`của ${l.issuer}`);
      if (l.title !== undefined) expect(text, l.id).toContain(l.title);
    }
  });

  it('links every cited document from the items that cite it', () => {
    const ids = new Set(plan.legal.map((l) => l.id));
    const cited = new Map<string, string[]>();
    for (const n of nodesOf(plan)) {
      if (n.type === 'section') continue;
      for (const ref of n.refs ?? []) {
        expect(ids, n.id).toContain(ref);
        cited.set(ref, [...(cited.get(ref) ?? []), n.id]);
      }
    }
    expect(Object.fromEntries(cited)).toEqual({
      qd161: ['I.1.a', 'III.3.d3', 'III.4.d6'],
      qd650: ['I.1.a'],
      nd20: ['III.2.d1.p3'],
      nq07: ['III.2.d1.p4'],
      ct39: ['III.2.d1.p5'],
      kh3743: ['III.2.d1.p15'],
    });
  });

  it('makes every correction about text that is really there, and leaves the text as issued', () => {
    const legal = new Map(plan.legal.map((l) => [l.id, l as unknown as Record<string, unknown>]));
    const nodes = new Map(nodesOf(plan).map((n) => [n.id, n as unknown as Record<string, unknown>]));
    expect(plan.corrections.find((c) => c.id === 'nq07-year')).toMatchObject({
      target: 'nq07',
      field: 'number',
      asIssued: '07/2029/NQ-HĐND',
      corrected: '07/2019/NQ-HĐND',
    });
    for (const c of plan.corrections) {
      const target = legal.get(c.target) ?? nodes.get(c.target);
      expect(target, c.id).toBeDefined();
      const value = c.field.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], target);
      expect(typeof value, c.id).toBe('string');
      expect(value as string, c.id).toContain(c.asIssued);
      expect((value as string).replace(c.asIssued, c.corrected), c.id).not.toBe(value);
      expect(c.note.vi.length * c.note.en.length, c.id).toBeGreaterThan(0);
    }
  });
});

describe('model', () => {
  it('gives every node a unique id derived from its numbering', () => {
    const ids = nodesOf(plan).map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['I.1.dd', 'III.2.d1.p17', 'III.4.d6', 'V.1.dd', 'V.3.t1', 'VI.t2']));
  });

  it('is deterministic: evaluating plan.ts again gives the same bytes', async () => {
    vi.resetModules();
    const again = (await import('../plan.js')).default;
    expect(again).not.toBe(plan);
    expect(JSON.stringify(again)).toBe(JSON.stringify(plan));
    expect(stringifyPlan(again)).toBe(stringifyPlan(plan));
  });

  it('survives a JSON round trip byte for byte', () => {
    const text = stringifyPlan(plan);
    expect(stringifyPlan(parsePlan(JSON.parse(text)))).toBe(text);
    expect(stringifyPlan(parsePlan(text))).toBe(text);
    expect(Object.isFrozen(plan)).toBe(true);
  });
});
