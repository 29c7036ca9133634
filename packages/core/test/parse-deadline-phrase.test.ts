import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  before,
  endOfHalf,
  endOfMonth,
  endOfPlan,
  endOfQuarter,
  endOfYear,
  endTerm,
  halfYearly,
  midTerm,
  monthly,
  noLaterThan,
  on,
  onRequest,
  parseDeadlinePhrase,
  quarterly,
  startTerm,
  when,
  yearly,
  type Deadline,
} from '../src/index.js';

const read = (text: string, year?: number) => {
  const result = parseDeadlinePhrase(text, { keepText: false, ...(year === undefined ? {} : { year }) });
  if (!result.ok) throw new Error(`${text}: ${result.code}`);
  return result.deadlines;
};

describe('parseDeadlinePhrase reads the wording plans use', () => {
  it.each<[string, Deadline[]]>([
    ['trước ngày 20/12/2021', [before('2021-12-20')]],
    ['Trước ngày 20 tháng 12 năm 2021', [before('2021-12-20')]],
    ['chậm nhất ngày 15/01/2022', [noLaterThan('2022-01-15')]],
    ['chậm nhất là ngày 15-01-2022', [noLaterThan('2022-01-15')]],
    ['ngày 15/3/2022', [on('2022-03-15')]],
    ['đến ngày 30/6/2022', [{ kind: 'date', date: '2022-06-30', wording: 'by' }]],
    ['Đến cuối năm 2021', [endOfYear(2021)]],
    ['trong năm 2026', [endOfYear(2026)]],
    ['cuối quý III năm 2021', [endOfQuarter({ year: 2021, quarter: 3 })]],
    ['trong quý IV/2022', [endOfQuarter({ year: 2022, quarter: 4 })]],
    ['hết 6 tháng đầu năm 2022', [endOfHalf({ year: 2022, half: 1 })]],
    ['hết tháng 6/2022', [endOfMonth({ year: 2022, month: 6 })]],
    ['cuối tháng 12 năm 2023', [endOfMonth({ year: 2023, month: 12 })]],
    ['cuối kỳ kế hoạch', [endOfPlan()]],
    ['Định kỳ hàng năm trước ngày 15/11', [yearly({ month: 11, day: 15 })]],
    ['trước ngày 30/11 hằng năm', [yearly({ month: 11, day: 30 })]],
    ['chậm nhất ngày 10/10 hằng năm', [yearly({ month: 10, day: 10, wording: 'no-later-than' })]],
    ['định kỳ hàng năm', [yearly()]],
    ['hằng quý', [quarterly()]],
    ['hằng quý, trước ngày 20 tháng cuối quý', [quarterly({ monthOfQuarter: 3, day: 20 })]],
    ['Định kỳ hàng tháng (trước ngày 16 hàng tháng)', [monthly({ day: 16 })]],
    ['định kỳ 6 tháng', [halfYearly()]],
    ['6 tháng một lần, trước ngày 15/6 và 15/12', [halfYearly({ monthOfHalf: 6, day: 15 })]],
    ['6 tháng (trước ngày 16/6)', [yearly({ month: 6, day: 16 })]],
    ['đầu kỳ', [startTerm()]],
    ['giữa kỳ', [midTerm()]],
    ['cuối kỳ theo yêu cầu', [endTerm()]],
    ['đột xuất', [onRequest()]],
    ['khi có yêu cầu báo cáo đột xuất', [onRequest()]],
    ['khi xảy ra thiên tai', [when('khi xảy ra thiên tai')]],
    [
      'định kỳ 6 tháng, hằng năm, đầu kỳ, giữa kỳ, cuối kỳ hoặc đột xuất',
      [halfYearly(), yearly(), startTerm(), midTerm(), endTerm(), onRequest()],
    ],
    ['Báo cáo tiến độ định kỳ hàng năm, giữa kỳ và cuối kỳ theo yêu cầu', [yearly(), midTerm(), endTerm()]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('keeps the phrase as each deadline’s text by default', () => {
    expect(parseDeadlinePhrase('  trước ngày 20/12/2021 ')).toEqual({ ok: true, deadlines: [before('2021-12-20', { text: 'trước ngày 20/12/2021' })] });
  });

  it('tells the period reported on apart from the due date', () => {
    expect(parseDeadlinePhrase('báo cáo 6 tháng đầu năm trước ngày 15/6', { keepText: false })).toEqual({
      ok: true,
      deadlines: [yearly({ month: 6, day: 15 })],
      covers: { period: 'half-year', index: 1 },
    });
  });

  it('asks for the year of a day and month written without one', () => {
    expect(parseDeadlinePhrase('trước ngày 10/12')).toMatchObject({ ok: false, code: 'phrase/no-year', dayMonth: { day: 10, month: 12, wording: 'before' } });
    expect(read('trước ngày 10/12', 2021)).toEqual([before('2021-12-10')]);
  });

  it('gives a coded result for what it cannot read', () => {
    expect(parseDeadlinePhrase('   ')).toMatchObject({ ok: false, code: 'phrase/empty' });
    expect(parseDeadlinePhrase('thường xuyên')).toMatchObject({ ok: false, code: 'phrase/unreadable', message: { vi: expect.any(String), en: expect.any(String) } });
    expect(parseDeadlinePhrase('trước ngày 31/02/2022')).toMatchObject({ ok: false, code: 'phrase/invalid-date' });
    expect(parseDeadlinePhrase('trước ngày 30/2', { year: 2023 })).toMatchObject({ ok: false, code: 'phrase/invalid-date' });
  });
});

describe('parseDeadlinePhrase, properties', () => {
  const date = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }).map((d) => ({
    y: d.getUTCFullYear(),
    m: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    iso: d.toISOString().slice(0, 10) as `${number}-${number}-${number}`,
  }));
  const pad = fc.boolean();

  it('reads back every day written "trước ngày d/m/yyyy", "chậm nhất ngày …" or "ngày d tháng m năm yyyy"', () => {
    fc.assert(
      fc.property(date, pad, fc.constantFrom('trước ngày', 'chậm nhất ngày', 'Trước ngày'), (x, zero, lead) => {
        const dd = zero ? String(x.d).padStart(2, '0') : String(x.d);
        const mm = zero ? String(x.m).padStart(2, '0') : String(x.m);
        const expected = lead.toLowerCase().startsWith('trước') ? before(x.iso) : noLaterThan(x.iso);
        expect(read(`${lead} ${dd}/${mm}/${x.y}`)).toEqual([expected]);
        expect(read(`${lead} ${dd} tháng ${mm} năm ${x.y}`)).toEqual([expected]);
      }),
    );
  });

  it('reads back every end of a quarter, in Roman or Arabic numerals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>, fc.boolean(), (year, quarter, roman) => {
        const q = roman ? ['I', 'II', 'III', 'IV'][quarter - 1] : String(quarter);
        expect(read(`cuối quý ${q} năm ${year}`)).toEqual([endOfQuarter({ year, quarter })]);
      }),
    );
  });

  it('reads back every yearly day', () => {
    fc.assert(
      fc.property(date, fc.constantFrom('hàng', 'hằng'), (x, spelling) => {
        expect(read(`Định kỳ ${spelling} năm trước ngày ${x.d}/${x.m}`)).toEqual([yearly({ month: x.m, day: x.d })]);
      }),
    );
  });

  it('never throws, on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        const result = parseDeadlinePhrase(text);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.code).toMatch(/^phrase\//);
      }),
    );
  });
});
