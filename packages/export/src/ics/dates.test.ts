import { describe, expect, it } from 'vitest';
import { recurring, yearly, type IsoDate } from '@kehoach/core';
import { icsDate, icsStamp, recurrenceRule } from './dates.js';

describe('icsDate and icsStamp', () => {
  it('writes DATE and a UTC DATE-TIME at midnight', () => {
    expect(icsDate('2021-12-20')).toBe('20211220');
    expect(icsStamp('2021-11-29')).toBe('20211129T000000Z');
  });
});

describe('recurrenceRule', () => {
  it('gives a yearly rule with a DATE UNTIL and no COUNT', () => {
    const rule = recurrenceRule(yearly(11, 15), ['2022-11-15', '2023-11-15', '2024-11-15']);
    expect(rule).toBe('FREQ=YEARLY;UNTIL=20241115;BYMONTH=11;BYMONTHDAY=15');
  });

  it('uses an interval for quarters and half-years', () => {
    expect(recurrenceRule(recurring('quarter', { month: 3, day: 20 }), ['2022-03-20', '2022-06-20', '2022-09-20'])).toBe(
      'FREQ=MONTHLY;INTERVAL=3;UNTIL=20220920;BYMONTHDAY=20',
    );
    expect(recurrenceRule(recurring('half-year', { month: 6, day: 'last' }), ['2022-06-30', '2022-12-31'])).toBe(
      'FREQ=MONTHLY;INTERVAL=6;UNTIL=20221231;BYMONTHDAY=-1',
    );
  });

  it('writes a day 31 clamped to the end of shorter months as BYMONTHDAY=-1', () => {
    const dates: IsoDate[] = ['2022-01-31', '2022-02-28', '2022-03-31', '2022-04-30'];
    expect(recurrenceRule(recurring('month', { day: 31 }), dates)).toBe('FREQ=MONTHLY;UNTIL=20220430;BYMONTHDAY=-1');
    expect(recurrenceRule(yearly(2, 29), ['2023-02-28', '2024-02-29', '2025-02-28'])).toBe(
      'FREQ=YEARLY;UNTIL=20250228;BYMONTH=2;BYMONTHDAY=-1',
    );
  });

  it('keeps a day that every month of the series has', () => {
    expect(recurrenceRule(recurring('quarter', { month: 3, day: 30 }), ['2022-03-30', '2022-06-30', '2022-09-30'])).toBe(
      'FREQ=MONTHLY;INTERVAL=3;UNTIL=20220930;BYMONTHDAY=30',
    );
  });

  it('refuses a day 30 clamped in February but not in 31-day months (no BYSETPOS: clients get it wrong)', () => {
    const dates: IsoDate[] = ['2022-01-30', '2022-02-28', '2022-03-30'];
    expect(recurrenceRule(recurring('month', { day: 30 }), dates)).toBeUndefined();
  });

  it('refuses dates the rule would not give', () => {
    expect(recurrenceRule(yearly(11, 15), ['2022-11-15', '2024-11-15'])).toBeUndefined();
    expect(recurrenceRule(yearly(11, 15), ['2022-11-15'])).toBeUndefined();
    expect(recurrenceRule(yearly(), ['2022-11-15', '2023-11-15'])).toBeUndefined();
  });
});
