import { describe, expect, it } from 'vitest';
import { obligations, stringifyPlan } from '@kehoach/core';
import { toCsvMatrix } from '../src/index.js';
import { deadlinesPlan, examplePlan } from './helpers/fixtures.js';

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && field === '') {
      for (i++; ; i++) {
        if (i >= text.length) throw new Error('unterminated quote');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i++;
          } else break;
        } else field += text[i];
      }
      i++;
      continue;
    }
    if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else if (c === '\r' || c === '\n' || c === '"') {
      throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    } else field += c;
    i++;
  }
  if (field !== '' || record.length > 0) throw new Error('missing final CRLF');
  return records;
}

const ROLE = { lead: 'chủ trì', owner: 'thực hiện', partner: 'phối hợp', reporter: 'báo cáo' } as const;

describe('toCsvMatrix of the example', () => {
  const csv = toCsvMatrix(examplePlan);

  it('is UTF-8 with a byte order mark, CRLF records and one header', () => {
    expect(csv.startsWith('\uFEFFMã,Đơn vị,')).toBe(true);
    const records = parseCsv(csv.slice(1));
    expect(records[0]).toEqual(['Mã', 'Đơn vị', 'II.2', 'III.1', 'III.2', 'III.3', 'III.4', 'III.5', 'III.6', 'III.7', 'III.8', 'V.1', 'V.2', 'V.3', 'V.4', 'V.5', 'V.6', 'V.7', 'VI']);
    expect(new Set(records.map((r) => r.length))).toEqual(new Set([19]));
  });

  it('gives each unit its roles per section', () => {
    const rows = new Map(parseCsv(csv.slice(1)).slice(1).map((r) => [r[0]!, r]));
    const header = parseCsv(csv.slice(1))[0]!;
    const cell = (unit: string, column: string) => rows.get(unit)![header.indexOf(column)];
    expect(rows.get('soLdtbxh')![1]).toBe('Sở Lao động - Thương binh và Xã hội');
    expect(cell('soLdtbxh', 'III.2')).toBe('chủ trì, phối hợp');
    expect(cell('soLdtbxh', 'VI')).toBe('báo cáo, tổng hợp');
    expect(cell('soYTe', 'V.1')).toBe('chủ trì, báo cáo');
    expect(cell('soYTe', 'III.4')).toBe('chủ trì, phối hợp');
    expect(cell('tpNhaTrang', 'V.6')).toBe('chủ trì, báo cáo');
    expect(cell('ubMttq', 'V.7')).toBe('chủ trì');
    expect(cell('ubMttq', 'III.1')).toBe('');
    expect(rows.has('thuTuong')).toBe(false);
  });

  it('gives the owners of an objective their role, successors what they took over, and a row to the unlisted members', () => {
    const rows = new Map(parseCsv(csv.slice(1)).slice(1).map((r) => [r[0]!, r]));
    const header = parseCsv(csv.slice(1))[0]!;
    const cell = (unit: string, column: string) => rows.get(unit)![header.indexOf(column)];
    // II.2.a: "các sở, ban, ngành, địa phương xây dựng kế hoạch hành động".
    expect(cell('soYTe', 'II.2')).toBe('thực hiện');
    expect(cell('tpNhaTrang', 'II.2')).toBe('thực hiện');
    // III.4.d1 went from Sở LĐTBXH to Sở Y tế on 01/3/2025 (handovers), V.2.b's report to Sở Nội vụ.
    expect(cell('soYTe', 'III.4')).toBe('chủ trì, phối hợp');
    expect(cell('soNoiVu', 'V.2')).toBe('phối hợp, báo cáo');
    expect(cell('soNoiVu', 'VI')).toBe('báo cáo, tổng hợp');
    expect(rows.get('dacKhuTruongSa')![1]).toBe('UBND đặc khu Trường Sa');
    expect(cell('dacKhuTruongSa', 'VI')).toBe('báo cáo');
    expect(rows.get('soBanNganh')![1]).toBe('Các thành viên khác của nhóm Các sở, ban, ngành');
    expect(cell('soBanNganh', 'II.2')).toBe('thực hiện');
  });

  it('agrees with obligations(): every dated, triggered or undated duty shows in its cell', () => {
    const records = parseCsv(csv.slice(1));
    const header = records[0]!;
    const rows = new Map(records.slice(1).map((r) => [r[0]!, r]));
    const { dated, triggered, undated } = obligations(examplePlan);
    for (const duty of [...dated, ...triggered, ...undated]) {
      const section = duty.source.nodeId.split('.').filter((s) => /^(?:[IVX]+|\d+)$/.test(s)).join('.');
      const value = rows.get(duty.unit)?.[header.indexOf(section)];
      for (const role of duty.roles) expect(value, `${duty.id} in ${section}`).toContain(ROLE[role]);
      if (duty.via !== undefined) expect(rows.get(duty.via)?.[header.indexOf(section)], `${duty.id}: ${duty.via} collects`).toContain('tổng hợp');
    }
  });
});

describe('toCsvMatrix', () => {
  it('quotes names holding commas, quotes and line breaks', () => {
    // parsePlan() refuses a line break in a name; the CSV writer must still quote one.
    const data = JSON.parse(stringifyPlan(deadlinesPlan()));
    data.units[1].name = 'Sở "A", mới\nthành lập';
    const records = parseCsv(toCsvMatrix(data).slice(1));
    expect(records.find((r) => r[0] === 'soA')![1]).toBe('Sở "A", mới\nthành lập');
  });

  it('can separate fields with semicolons for Excel under a decimal-comma locale', () => {
    const csv = toCsvMatrix(deadlinesPlan(), { delimiter: ';' });
    expect(csv.split('\r\n')[0]).toBe('\uFEFFMã;Đơn vị;I.1;I.2;II');
    expect(csv).toContain('soB;Sở B;chủ trì, phối hợp;chủ trì;báo cáo, tổng hợp\r\n');
  });

  it('lists a group acting together as a row of its own, and collectors of reports', () => {
    const records = parseCsv(toCsvMatrix(deadlinesPlan()).slice(1));
    const header = records[0]!;
    expect(header).toEqual(['Mã', 'Đơn vị', 'I.1', 'I.2', 'II']);
    const row = (unit: string) => records.find((r) => r[0] === unit)!.slice(2);
    expect(row('banChiDao')).toEqual(['chủ trì', '', '']);
    expect(row('soB')).toEqual(['chủ trì, phối hợp', 'chủ trì', 'báo cáo, tổng hợp']);
    expect(row('huyenX')).toEqual(['chủ trì, phối hợp', '', '']);
  });
});
