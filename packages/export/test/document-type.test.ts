import { describe, expect, it } from 'vitest';
import type { Plan } from '@kehoach/core';
import { documentName, toCsvMatrix, toHtml, toIcs, toMarkdown } from '../src/index.js';
import { deadlinesPlan } from './helpers/fixtures.js';

/** The test plan issued as another type of document, numbered to match. */
function issuedAs(type: string): Plan {
  const plan = deadlinesPlan();
  return { ...plan, type, number: `07/${type}-UBND`, title: 'VỀ VIỆC THỬ NGHIỆM' };
}

describe('documentName', () => {
  it('names a document by its type, upper-cased for the heading', () => {
    expect(documentName(deadlinesPlan())).toEqual({ type: 'KH', name: 'Kế hoạch', heading: 'KẾ HOẠCH', ref: 'Kế hoạch 07/KH-UBND' });
    expect(documentName(issuedAs('QĐ'))).toEqual({ type: 'QĐ', name: 'Quyết định', heading: 'QUYẾT ĐỊNH', ref: 'Quyết định 07/QĐ-UBND' });
    expect(documentName(issuedAs('CT')).heading).toBe('CHỈ THỊ');
    expect(documentName(issuedAs('CTr')).heading).toBe('CHƯƠNG TRÌNH');
    expect(documentName(issuedAs('ĐA')).heading).toBe('ĐỀ ÁN');
  });

  it('keeps an unknown abbreviation as the heading and says "Văn bản" in running text', () => {
    expect(documentName(issuedAs('XYZ'))).toEqual({ type: 'XYZ', name: 'Văn bản', heading: 'XYZ', ref: 'Văn bản 07/XYZ-UBND' });
    expect(documentName({ type: 'constructor', number: '1/constructor-UBND' }).name).toBe('Văn bản');
  });
});

describe.each([
  ['QĐ', 'Quyết định', 'QUYẾT ĐỊNH'],
  ['CT', 'Chỉ thị', 'CHỈ THỊ'],
  ['CTr', 'Chương trình', 'CHƯƠNG TRÌNH'],
  ['ĐA', 'Đề án', 'ĐỀ ÁN'],
])('a document of type %s', (type, name, heading) => {
  const plan = issuedAs(type);
  const number = `07/${type}-UBND`;

  it('is never called "Kế hoạch" in the HTML report', () => {
    const html = toHtml(plan);
    expect(html).toContain(`<title>${name} ${number} – VỀ VIỆC THỬ NGHIỆM</title>`);
    expect(html).toContain(`<span class="type">${heading}</span>`);
    expect(html).toContain(`Mốc thời hạn của ${name} ${number}</title>`);
    expect(html).toContain(`Văn bản gốc: ${name} số ${number}.</footer>`);
    expect(html).not.toMatch(/Kế hoạch|KẾ HOẠCH/);
  });

  it('is never called "Kế hoạch" in the Markdown document', () => {
    const md = toMarkdown(plan);
    expect(md).toContain(`\n# ${heading}\n`);
    expect(md).not.toMatch(/Kế hoạch|KẾ HOẠCH/);
  });

  it('is never called "Kế hoạch" in the calendars', () => {
    const ics = toIcs(plan).replaceAll('\r\n ', '');
    expect(ics).toContain(`\r\nX-WR-CALNAME:${name} ${number} (UBND tỉnh)\r\n`);
    expect(ics).toContain(`Nguồn: mục I.1.a\\, ${name} ${number}`);
    expect(ics).not.toMatch(/Kế hoạch|KẾ HOẠCH/);
  });

  it('is never called "Kế hoạch" in the CSV matrix', () => {
    expect(toCsvMatrix(plan)).not.toMatch(/Kế hoạch|KẾ HOẠCH/);
  });
});
