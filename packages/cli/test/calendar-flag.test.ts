/** --calendar FILE.json on the commands that compute dates, through the built binary. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { obligations, parsePlan, parseSchedules, stringifyPlan, vietnamCalendar } from '@kehoach/core';
import { afterAll, describe, expect, it } from 'vitest';
import plan from '../../../examples/khanh-hoa-12127/plan.js';

const root = path.resolve(import.meta.dirname, '../../..');
const bin = path.join(root, 'packages/cli/dist/bin.js');
const tmp = mkdtempSync(path.join(import.meta.dirname, '.tmp-calendar-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function kehoach(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// The reference plan with its yearly report due on 31/12 instead of "trước ngày 15/11".
const data = JSON.parse(stringifyPlan(plan));
const text = JSON.stringify(data).replace(
  /"month":11,"day":15,"wording":"before","text":"[^"]*"/g,
  '"month":12,"day":31,"wording":"on","text":"Ngày 31/12 hằng năm"',
);
const planFile = path.join(tmp, 'plan.json');
writeFileSync(planFile, text);

// A New Year 2025 break of one's own from Tuesday 31/12/2024 (a test, not a real schedule).
const schedules = {
  schedules: [
    {
      year: 2025,
      holiday: 'new-year',
      daysOff: ['2024-12-31', '2025-01-01'],
      swaps: [{ dayOff: '2024-12-31', workingDay: '2025-01-04' }],
      source: { number: '1/TB-TEST', date: '2024-12-01', issuer: 'Cơ quan thử nghiệm', title: 'Thông báo số 1/TB-TEST ngày 01/12/2024 (thử nghiệm)' },
    },
  ],
};
const calendarFile = path.join(tmp, 'lich-nghi.json');
writeFileSync(calendarFile, JSON.stringify(schedules, null, 2));

describe('--calendar', () => {
  it('obligations: the duties obligations() gives on that calendar', () => {
    expect(text).toContain('"month":12,"day":31,"wording":"on"');
    const r = kehoach('obligations', planFile, '--calendar', calendarFile, '--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const calendar = vietnamCalendar({ schedules: parseSchedules(schedules) });
    const expected = obligations(parsePlan(text), { calendar });
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    const due = (list: typeof expected.dated) => list.find((d) => d.due?.stated === '2024-12-31')!.due!;
    // Read safely, a day off on 31/12 moves the date to work to back to Monday 30/12; the legal
    // limit goes to the first working day after the break.
    expect(due(expected.dated)).toMatchObject({ effective: '2024-12-30', legal: { date: '2025-01-02' } });
    expect(due(obligations(parsePlan(text)).dated)).toMatchObject({ effective: '2024-12-31', legal: { date: '2024-12-31' } });
    const legal = kehoach('obligations', planFile, '--calendar', calendarFile, '--reading', 'legal', '--format', 'json');
    expect(JSON.parse(legal.stdout)).toEqual(JSON.parse(JSON.stringify(obligations(parsePlan(text), { calendar, reading: 'legal' }))));
  });

  it('summary and export use it too', () => {
    const summary = kehoach('summary', planFile, '--as-of', '2024-12-01', '--calendar', calendarFile);
    expect(summary.status).toBe(0);
    expect(summary.stdout).toContain('30/12/2024 (hạn ghi 31/12/2024; hạn theo luật 02/01/2025)');
    expect(kehoach('summary', planFile, '--as-of', '2024-12-01').stdout).not.toContain('02/01/2025');

    const ics = kehoach('export', planFile, '--format', 'ics', '--dates', 'effective', '--calendar', calendarFile);
    expect(ics.status).toBe(0);
    expect(ics.stdout).toContain('DTSTART;VALUE=DATE:20241230');
    const legal = kehoach('export', planFile, '--format', 'ics', '--reading', 'legal', '--calendar', calendarFile);
    expect(legal.stdout).toContain('DTSTART;VALUE=DATE:20250102');
    expect(kehoach('export', planFile, '--format', 'ics', '--reading', 'legal').stdout).not.toContain('DTSTART;VALUE=DATE:20250102');
  });

  it('validate accepts it', () => {
    const r = kehoach('validate', planFile, '--calendar', calendarFile, '--format', 'json');
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).diagnostics.length).toBeGreaterThan(0);
  });

  it('an unreadable or invalid file is a usage error naming each problem', () => {
    const missing = kehoach('obligations', planFile, '--calendar', path.join(tmp, 'none.json'), '--locale', 'en');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^kehoach obligations: cannot read calendar .*none\.json: /);
    expect(kehoach('obligations', planFile, '--calendar', path.join(tmp, 'none.json')).stderr).toMatch(/^kehoach obligations: không đọc được tệp lịch .*none\.json: /);

    const bad = path.join(tmp, 'bad.json');
    const wrong = structuredClone(schedules);
    wrong.schedules[0]!.swaps[0]!.workingDay = '2025-01-06';
    (wrong.schedules[0] as Record<string, unknown>)['colour'] = 'red';
    writeFileSync(bad, JSON.stringify(wrong));
    for (const command of ['obligations', 'summary', 'validate'] as const) {
      const r = kehoach(command, planFile, '--calendar', bad, '--locale', 'en');
      expect(r.status, command).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n').slice(0, 2)).toEqual([
        `kehoach ${command}: invalid calendar ${bad}:`,
        '  schedules[0]: schema/unknown-field: Unknown field at schedules[0]: colour.',
      ]);
    }
    delete (wrong.schedules[0] as Record<string, unknown>)['colour'];
    writeFileSync(bad, JSON.stringify(wrong));
    const r = kehoach('export', planFile, '--format', 'ics', '--calendar', bad, '--locale', 'en');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('  schedules[0].swaps[0].workingDay: schedule/swap-working-day-not-weekend: The make-up working day (2025-01-06) must be a Saturday or Sunday.');
  });
});
