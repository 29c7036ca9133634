import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isProvisional, officialSchedules, parseSchedules, vietnamCalendar } from '@kehoach/core';

const root = path.resolve(import.meta.dirname, '../..');
const doc = readFileSync(path.join(root, 'docs/calendars.md'), 'utf8');

describe('docs/calendars.md', () => {
  it('gives a schedule file that parses, equals the built-in entry, and changes nothing', () => {
    const block = /```json\n([\s\S]*?)```/.exec(doc);
    expect(block).not.toBeNull();
    const schedules = parseSchedules(block![1]!);
    const builtIn = officialSchedules.find((s) => s.year === 2026 && s.holiday === 'national-day');
    expect(schedules).toEqual([builtIn]);
    const mine = vietnamCalendar({ schedules });
    const vn = vietnamCalendar();
    for (const date of ['2026-08-22', '2026-08-31', '2026-09-01', '2026-09-03'] as const) {
      expect(mine.describe(date)).toEqual(vn.describe(date));
    }
  });

  it('lists every built-in schedule with its source number', () => {
    for (const { year, source } of officialSchedules) {
      expect(doc, `${year} ${source.number}`).toContain(source.number);
    }
  });

  it('shows the provisional example as the calendar gives it', () => {
    expect(isProvisional(vietnamCalendar(), '2027-02-08')).toBe(true);
    expect(isProvisional(vietnamCalendar(), '2026-02-16')).toBe(false);
    expect(doc).toContain("pending: [{ vi: 'lịch nghỉ Tết Nguyên đán 2027', en: '2027 Lunar New Year schedule' }]");
  });
});
