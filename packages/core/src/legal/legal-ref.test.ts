import { describe, it, expect } from 'vitest';
import type { IsoDate } from '../dates.js';
import { documentYear, yearMatchesDate, type LegalRefInput } from './legal-ref.js';
import { parseDocumentNumber } from './parse-document-number.js';
import type { DocumentNumber } from './types.js';

function parsed(text: string): DocumentNumber {
  const result = parseDocumentNumber(text);
  if (!result.ok) throw new Error(`expected ${text} to parse`);
  return result.value;
}

describe('documentYear', () => {
  it('reads the year of normative numbers only', () => {
    expect(documentYear(parsed('20/2021/NĐ-CP'))).toBe(2021);
    expect(documentYear(parsed('45/2019/QH14'))).toBe(2019);
    expect(documentYear(parsed('12127/KH-UBND'))).toBeUndefined();
    expect(documentYear(parsed('39-CT/TW'))).toBeUndefined();
  });
});

describe('yearMatchesDate', () => {
  it('compares the year in the number with the date', () => {
    expect(yearMatchesDate(parsed('07/2019/NQ-HĐND'), '2019-12-10')).toBe(true);
    expect(yearMatchesDate(parsed('07/2029/NQ-HĐND'), '2019-12-10')).toBe(false);
    expect(yearMatchesDate(parsed('20/2021/NĐ-CP'), '2021-03-19')).toBe(true);
    expect(yearMatchesDate(parsed('20/2021/NĐ-CP'), '2020-12-31')).toBe(false);
  });

  it('is true when the number has no year', () => {
    expect(yearMatchesDate(parsed('161/QĐ-TTg'), '2021-01-28')).toBe(true);
    expect(yearMatchesDate(parsed('39-CT/TW'), '1999-01-01')).toBe(true);
  });

  it('is false for a number with a year and a date that is not a calendar date', () => {
    expect(yearMatchesDate(parsed('20/2021/NĐ-CP'), '2021-02-30')).toBe(false);
    expect(yearMatchesDate(parsed('20/2021/NĐ-CP'), 'soon' as IsoDate)).toBe(false);
  });

  it('works from a plan\'s legal reference input', () => {
    const ref: LegalRefInput = {
      number: '07/2029/NQ-HĐND',
      date: '2019-12-10',
      kind: 'Nghị quyết',
      issuer: 'Hội đồng nhân dân tỉnh',
      shortName: 'Nghị quyết số 07',
    };
    const result = parseDocumentNumber(ref.number);
    expect(result.ok).toBe(true);
    if (!result.ok || !ref.date) return;
    expect(yearMatchesDate(result.value, ref.date)).toBe(false);
  });
});
