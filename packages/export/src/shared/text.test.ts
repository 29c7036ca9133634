import { describe, expect, it } from 'vitest';
import { before, endOfPlan, endOfQuarter, endOfYear, midTerm, noLaterThan, quarterly, when, yearly } from '@kehoach/core';
import { describeDeadline, summarize } from './text.js';
import { weekdayName } from './dates.js';

describe('summarize', () => {
  it('keeps a short first paragraph, without a trailing colon', () => {
    expect(summarize('Sở Y tế chủ trì, cụ thể:\nđoạn hai')).toBe('Sở Y tế chủ trì, cụ thể');
  });

  it('cuts a long text at a word boundary with an ellipsis', () => {
    const text = 'Tăng cường công tác kiểm tra, giám sát việc thực hiện các chính sách về an sinh xã hội, y tế, giáo dục, môi trường';
    const s = summarize(text, 40);
    expect(s).toBe('Tăng cường công tác kiểm tra, giám sát…');
    expect(Array.from(s).length).toBeLessThanOrEqual(41);
  });

  it('never cuts an emoji in half and marks text it did not read to the end', () => {
    const s = summarize(`${'😀'.repeat(300)}`, 10);
    expect(s).toBe(`${'😀'.repeat(10)}…`);
    expect(summarize(`a${' '.repeat(500)}b`, 100)).toBe('a…');
  });
});

describe('describeDeadline', () => {
  it('prefers the wording as printed', () => {
    expect(describeDeadline(before('2021-12-20', { text: 'trước ngày 20/12/2021' }))).toBe('trước ngày 20/12/2021');
  });

  it('words every kind of deadline in Vietnamese', () => {
    expect(describeDeadline(before('2021-12-20'))).toBe('trước ngày 20/12/2021');
    expect(describeDeadline(noLaterThan('2022-01-05'))).toBe('chậm nhất ngày 05/01/2022');
    expect(describeDeadline(endOfYear(2021))).toBe('cuối năm 2021');
    expect(describeDeadline(endOfQuarter({ year: 2021, quarter: 3 }))).toBe('cuối quý III năm 2021');
    expect(describeDeadline(endOfPlan())).toBe('cuối kỳ kế hoạch');
    expect(describeDeadline(yearly({ month: 11, day: 15 }))).toBe('hằng năm trước ngày 15/11');
    expect(describeDeadline(yearly())).toBe('hằng năm');
    expect(describeDeadline(quarterly({ monthOfQuarter: 3, day: 20 }))).toBe('hằng quý, trước ngày 20 của tháng thứ 3 trong kỳ');
    expect(describeDeadline(midTerm())).toBe('giữa kỳ');
    expect(describeDeadline(when('khi xảy ra thiên tai'))).toBe('khi xảy ra thiên tai');
  });
});

describe('dates', () => {
  it('names weekdays', () => {
    expect(['2025-11-15', '2025-11-16', '2025-11-17'].map((d) => weekdayName(d as `${number}-${number}-${number}`))).toEqual(['thứ Bảy', 'Chủ nhật', 'thứ Hai']);
  });
});
