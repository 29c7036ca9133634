import { describe, expect, it } from 'vitest';
import type { IsoDate } from '@kehoach/core';
import { icsDate, icsStamp, recurrenceRule } from './dates.js';

describe('icsDate and icsStamp', () => {
  it('writes DATE and a UTC DATE-TIME at midnight', () => {
    expect(icsDate('2021-12-20')).toBe('20211220');
    expect(icsStamp('2021-11-29')).toBe('20211129T000000Z');
  });
});

describe('recurrenceRule', () => {
  it('gives a yearly rule with a DATE UNTIL and no COUNT', () => {
    const rule = recurrenceRule('year', ['2022-11-15', '2023-11-15', '2024-11-15']);
    expect(rule).toBe('FREQ=YEARLY;UNTIL=20241115;BYMONTH=11;BYMONTHDAY=15');
  });

  it('uses an interval for quarters and half-years', () => {
    expect(recurrenceRule('quarter', ['2022-03-20', '2022-06-20', '2022-09-20'])).toBe(
      'FREQ=MONTHLY;INTERVAL=3;UNTIL=20220920;BYMONTHDAY=20',
    );
    expect(recurrenceRule('half-year', ['2022-06-30', '2022-12-31'])).toBe(
      'FREQ=MONTHLY;INTERVAL=6;UNTIL=20221231;BYMONTHDAY=-1',
    );
  });

  it('writes a day 31 clamped to the end of shorter months as BYMONTHDAY=-1', () => {
    const dates: IsoDate[] = ['2022-01-31', '2022-02-28', '2022-03-31', '2022-04-30'];
    expect(recurrenceRule('month', dates)).toBe('FREQ=MONTHLY;UNTIL=20220430;BYMONTHDAY=-1');
    expect(recurrenceRule('year', ['2023-02-28', '2024-02-29', '2025-02-28'])).toBe(
      'FREQ=YEARLY;UNTIL=20250228;BYMONTH=2;BYMONTHDAY=-1',
    );
  });

  it('keeps a day that every month of the series has', () => {
    expect(recurrenceRule('quarter', ['2022-03-30', '2022-06-30', '2022-09-30'])).toBe(
      'FREQ=MONTHLY;INTERVAL=3;UNTIL=20220930;BYMONTHDAY=30',
    );
  });

  it('refuses a day 30 clamped in February but not in 31-day months (no BYSETPOS: clients get it wrong)', () => {
    const dates: IsoDate[] = ['2022-01-30', '2022-02-28', '2022-03-30'];
    expect(recurrenceRule('month', dates)).toBeUndefined();
  });

  it('describes the days before the stated ones, as the safe reading gives them', () => {
    // "trước ngày 15/11" each year: the last day in time is 14/11.
    expect(recurrenceRule('year', ['2022-11-14', '2023-11-14', '2024-11-14'])).toBe('FREQ=YEARLY;UNTIL=20241114;BYMONTH=11;BYMONTHDAY=14');
    // "trước ngày 1" each month: the last day of the month before.
    expect(recurrenceRule('month', ['2022-01-31', '2022-02-28', '2022-03-31'])).toBe('FREQ=MONTHLY;UNTIL=20220331;BYMONTHDAY=-1');
  });

  it('refuses dates the rule would not give', () => {
    expect(recurrenceRule('year', ['2022-11-15', '2024-11-15'])).toBeUndefined();
    expect(recurrenceRule('year', ['2022-11-15'])).toBeUndefined();
  });
});
