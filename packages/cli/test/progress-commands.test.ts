/** status, agenda, progress index and diff of progress records, through the built binary. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringifyProgress, type Progress } from '@kehoach/core';
import { afterAll, describe, expect, it } from 'vitest';
import progress from '../../../examples/khanh-hoa-12127/progress.js';

const root = path.resolve(import.meta.dirname, '../../..');
const bin = path.join(root, 'packages/cli/dist/bin.js');
const example = 'examples/khanh-hoa-12127';
const tmp = mkdtempSync(path.join(import.meta.dirname, '.tmp-progress-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function kehoach(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function write(name: string, record: Progress | string): string {
  const file = path.join(tmp, name);
  writeFileSync(file, typeof record === 'string' ? record : stringifyProgress(record));
  return file;
}

describe('kehoach status', () => {
  it('finds progress.ts beside the plan and says where things stand, in Vietnamese', () => {
    const r = kehoach('status', example, '--as-of', '2022-01-15');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('116 lần đến hạn: 38 đúng hạn, 2 trễ hạn, 1 quá hạn, 0 sắp đến hạn, 75 chưa đến hạn, 0 được miễn');
    expect(r.stdout).toMatch(/17\/12\/2021 {2}Sở TT&TT .* trễ 8 ngày làm việc {2,}2016\/KH-STTTT, 29\/12\/2021/);
    expect(r.stdout).toMatch(/17\/12\/2021 {2}Tỉnh đoàn .* quá hạn 19 ngày làm việc/);
  });

  it('gives the same JSON whether progress.ts runs or is read without running (--no-exec), or is JSON', () => {
    const run = kehoach('status', example, '--as-of', '2023-12-01', '--format', 'json');
    const still = kehoach('status', example, '--as-of', '2023-12-01', '--format', 'json', '--no-exec');
    const json = kehoach('status', example, '--as-of', '2023-12-01', '--format', 'json', '--progress', write('progress.json', progress));
    expect(run.status).toBe(0);
    expect(still.stdout).toBe(run.stdout);
    expect(json.stdout).toBe(run.stdout);
    const parsed = JSON.parse(run.stdout);
    expect(parsed.counts).toEqual({ total: 116, onTime: 78, late: 4, overdue: 2, dueSoon: 0, notYetDue: 31, waived: 1 });
  });

  it('filters by unit, writes CSV, and fails CI with --fail-on overdue', () => {
    const r = kehoach('status', example, '--as-of', '2023-12-01', '--unit', 'soKhcn', '--format', 'csv', '--fail-on', 'overdue');
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split(/\r?\n/);
    expect(lines[0]).toBe('occurrence,duty,unit,unit_name,stated,effective,legal,verdict,working_days,received,document,document_date,waived_by,what');
    expect(lines.filter((l) => l.includes(',overdue,'))).toEqual([
      'VI.t1/r1#0@2023-11-15,VI.t1/r1#0:soKhcn@2023-11-15,soKhcn,Sở KH&CN,2023-11-15,2023-11-14,2023-11-15,overdue,13,,,,,Báo cáo kết quả triển khai Kế hoạch',
    ]);
    expect(kehoach('status', example, '--as-of', '2023-12-01', '--unit', 'soYTe', '--fail-on', 'overdue').status).toBe(0);
  });

  it('refuses a record that does not fit the plan, at its file and line, with exit 1', () => {
    const bad = JSON.parse(stringifyProgress(progress));
    bad.submissions[0].unit = 'tpNhaTrang';
    const file = write('bad.json', `${JSON.stringify(bad, null, 2)}\n`);
    const r = kehoach('status', example, '--progress', file, '--as-of', '2022-01-15', '--locale', 'en');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/bad\.json/);
    expect(r.stderr).toMatch(/ 7:7 +error +tpNhaTrang does not owe "V\.1\.a\/r1#0@2021-12-20"; it is owed by: soDuLich, .* +progress\/not-owed/);
  });

  it('refuses a progress.json with a misspelt field, with the field meant (exit 2)', () => {
    const bad = JSON.parse(stringifyProgress(progress));
    bad.submissions[1].recieved = bad.submissions[1].received;
    delete bad.submissions[1].received;
    const r = kehoach('status', example, '--progress', write('typo.json', `${JSON.stringify(bad, null, 2)}\n`), '--locale', 'en');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('schema/unknown-field at submissions[1].recieved');
    expect(r.stderr).toContain('did you mean "received"?');
  });
});

describe('kehoach agenda', () => {
  it('lists what a unit must do within N working days, in working days and calendar days', () => {
    const r = kehoach('agenda', example, '--unit', 'soYTe', '--as-of', '2023-10-20', '--within', '30');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      [
        'Sở Y tế: việc phải làm đến 30 ngày làm việc sau ngày 20/10/2023 (Kế hoạch 12127/KH-UBND)',
        '- 14/11/2023, hạn theo luật 15/11/2023: Báo cáo kết quả triển khai Kế hoạch — còn 18 ngày làm việc (25 ngày) [VI.t1/r1#0@2023-11-15]',
        '',
      ].join('\n'),
    );
    const en = kehoach('agenda', example, '--unit', 'tinhDoan', '--as-of', '2022-01-04', '--locale', 'en');
    expect(en.stdout).toContain('overdue by 11 working days [V.1.a/r1#0@2021-12-20]');
    expect(kehoach('agenda', example, '--as-of', '2022-01-04').status).toBe(2);
  });
});

describe('kehoach progress index', () => {
  it('says the example index is up to date', () => {
    expect(kehoach('progress', 'index', example, '--check').status).toBe(0);
  });

  it('fails --check on a stale index', () => {
    const stale = write('progress-index.ts', '// old\n');
    const r = kehoach('progress', 'index', example, '--check', '--out', stale);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('out of date');
  });
});

describe('kehoach diff on progress records', () => {
  it('says which submissions and measurements changed (exit 1), nothing for the same record (exit 0)', () => {
    const before = JSON.parse(stringifyProgress(progress));
    const after = JSON.parse(stringifyProgress(progress));
    after.submissions.push({ occurrence: 'V.1.a/r1#0@2021-12-20', unit: 'tinhDoan', received: '2022-01-20' });
    after.measurements[0].value = 14.5;
    const a = write('a.json', `${JSON.stringify(before, null, 2)}\n`);
    const b = write('b.json', `${JSON.stringify(after, null, 2)}\n`);
    const r = kehoach('diff', a, b, '--locale', 'en');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(
      [
        '2 changes',
        '',
        'Submissions',
        '+ V.1.a/r1#0@2021-12-20 tinhDoan  added: received 20/01/2022',
        '',
        'Target measurements',
        '~ III.2.d1.p8/t1 2022  value: 14.2 → 14.5',
        '',
      ].join('\n'),
    );
    expect(kehoach('diff', a, `${example}/progress.ts`).status).toBe(0);
  });
});
