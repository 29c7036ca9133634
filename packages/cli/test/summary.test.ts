import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringifyPlan } from '@kehoach/core';
import { afterAll, describe, expect, it } from 'vitest';
import plan from '../../../examples/khanh-hoa-12127/plan.js';
import { summarizePlan } from '../src/commands/summary.js';

const root = path.resolve(import.meta.dirname, '../../..');
const bin = path.join(root, 'packages/cli/dist/bin.js');
const example = path.join(root, 'examples/khanh-hoa-12127');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'kehoach-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function kehoach(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('kehoach summary (built binary)', () => {
  it('summarises the reference plan and its next duties', () => {
    const { status, stdout, stderr } = kehoach('summary', example, '--as-of', '2025-01-01', '--limit', '2');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Kế hoạch 12127/KH-UBND — UBND tỉnh, Khánh Hòa, ngày 29/11/2021');
    expect(stdout).toContain('Sắp đến hạn (từ 01/01/2025):');
    expect(lines[4]).toMatch(/^Cách đọc: an toàn/);
    // The safe date to work to first, the stated date and the legal limit beside it.
    expect(stdout).toContain('  14/11/2025 (hạn ghi 15/11/2025; hạn theo luật 17/11/2025)  Báo cáo kết quả triển khai Kế hoạch → UBND tỉnh qua Sở Nội vụ  [mục VI.t1]\n');
    expect(stdout).toMatch(/\n {6}9 đơn vị báo cáo: Sở Tài chính, .*UBND đặc khu Trường Sa … và các thành viên khác của nhóm Các sở, ban, ngành\n/);
    expect(stdout).toContain('      UBND đặc khu Trường Sa thay UBND huyện Trường Sa, đã ngừng hoạt động từ 01/07/2025; căn cứ Nghị quyết số 1667/NQ-UBTVQH15');
    // Sở Y tế leads from 01/3/2025 in place of Sở LĐTBXH; each partner counted once.
    expect(stdout).toMatch(/Khi có sự kiện:\n {2}khi xảy ra thiên tai .* — Sở LĐTBXH, Sở Y tế, 24 đơn vị phối hợp {2}\[mục III\.4\.d1\]/);
  });

  it('lists the deadlines nobody owes with their coded reasons, and takes the reading', () => {
    const { stdout } = kehoach('summary', example, '--as-of', '2025-01-01', '--limit', '2');
    expect(stdout).toContain('Nghĩa vụ: 121 có thời hạn, 110 không nêu ngày, 101 khi có sự kiện · 56 lần đến hạn không có đơn vị thực hiện\n');
    expect(stdout).toContain('Không có đơn vị thực hiện (56 lần đến hạn):\n  [orphaned] 01/07/2025 – 31/12/2025  Sở Lao động - Thương binh và Xã hội chủ trì');
    expect(stdout).toContain('      Đã ngừng hoạt động và không có đơn vị kế thừa: UBND thành phố Nha Trang, UBND thành phố Cam Ranh,');
    expect(stdout).toContain('  … và 5 thời hạn khác (kehoach obligations để xem hết)\n');
    const legal = kehoach('summary', example, '--as-of', '2025-01-01', '--limit', '2', '--reading', 'legal');
    expect(legal.status).toBe(0);
    expect(legal.stdout).toMatch(/\nCách đọc: theo luật/);
    expect(legal.stdout).toContain('  17/11/2025 (hạn ghi 15/11/2025)  Báo cáo kết quả triển khai Kế hoạch');
  });

  it('says when the period has ended and shows what to do next', () => {
    const text = summarizePlan(plan, { today: '2026-12-02', planPath: 'examples/khanh-hoa-12127' });
    expect(text).toContain('\nKế hoạch đã hết thời hạn: giai đoạn kết thúc ngày 31/12/2025 (hôm nay là 02/12/2026).\nCác hạn kể từ ngày ban hành 29/11/2021:\n');
    const next = text.slice(text.indexOf('\nTiếp theo:\n'));
    expect(next.split('\n').slice(1, 7)).toEqual([
      'Tiếp theo:',
      '  npx kehoach summary examples/khanh-hoa-12127 --as-of 2025-01-01               các hạn từ một ngày trong kỳ (năm cuối 2025)',
      '  npx kehoach obligations examples/khanh-hoa-12127 --unit soGddt                mọi nghĩa vụ của một đơn vị, để tổng kết',
      '  npx kehoach export examples/khanh-hoa-12127 --format html --out bao-cao.html  báo cáo HTML để lưu hồ sơ, in khổ A4',
      '  npx kehoach init ke-hoach-moi                                                 lập kế hoạch giai đoạn sau (từ 2026)',
      '  npx kehoach diff examples/khanh-hoa-12127 ke-hoach-moi                        so sánh kế hoạch mới với kế hoạch này',
    ]);
    // A plan still running shows neither.
    const running = summarizePlan(plan, { today: '2024-06-01', planPath: 'examples/khanh-hoa-12127' });
    expect(running).not.toContain('hết thời hạn');
    expect(running).not.toContain('Tiếp theo:');
    expect(running).toContain('Sắp đến hạn (từ 01/06/2024):');
    // The built binary names the plan as the user typed it; its clock is past 2025.
    const built = kehoach('summary', 'examples/khanh-hoa-12127');
    expect(built.status).toBe(0);
    expect(built.stdout).toContain('  npx kehoach obligations examples/khanh-hoa-12127 --unit soGddt ');
  });

  it('reads the same plan from JSON and prints the same summary', () => {
    const json = path.join(tmp, 'plan.json');
    writeFileSync(json, stringifyPlan(plan));
    const fromTs = kehoach('summary', example, '--as-of', '2021-11-29');
    const fromJson = kehoach('summary', json, '--as-of', '2021-11-29');
    expect(fromJson.status).toBe(0);
    // The next steps of the ended plan name it as typed.
    const before = (text: string) => text.slice(0, text.indexOf('\nTiếp theo:\n'));
    expect(before(fromJson.stdout)).toBe(before(fromTs.stdout));
    expect(fromJson.stdout).toContain(`npx kehoach obligations ${json} --unit soGddt`);
  });

  it('names the document by its type: a decision is a Quyết định, in the summary and the obligations', () => {
    const json = path.join(tmp, 'decision.json');
    writeFileSync(json, stringifyPlan({ ...plan, type: 'QĐ', number: '12127/QĐ-UBND' }));
    const summary = kehoach('summary', json, '--as-of', '2030-01-01');
    expect(summary.status).toBe(0);
    expect(summary.stdout.split('\n')[0]).toBe('Quyết định 12127/QĐ-UBND — UBND tỉnh, Khánh Hòa, ngày 29/11/2021');
    expect(summary.stdout).not.toContain('Kế hoạch 12127');
    expect(kehoach('obligations', json).stdout.split('\n')[0]).toMatch(/^Quyết định 12127\/QĐ-UBND: \d+ nghĩa vụ có thời hạn$/);
  });

  it('exits 2 with one clear line for a missing file, bad JSON, a bad flag or a bad date', () => {
    const bad = path.join(tmp, 'bad.json');
    writeFileSync(bad, '{"schema": ');
    const cases = [
      [['summary', 'nope/plan.ts'], /^kehoach: no such file or folder: nope\/plan\.ts\n$/],
      [['summary', bad], /^kehoach: .*bad\.json: json\/syntax at \(root\): Invalid JSON[^\n]*\n$/],
      [['summary', example, '--colour'], /^kehoach summary: không có tùy chọn --colour\n/],
      [['summary', example, '--as-of', '2021-02-30'], /^kehoach summary: --as-of phải là một ngày dạng YYYY-MM-DD, nhận được "2021-02-30"\n$/],
      [['summary', example, '--as-of', '2021-02-30', '--locale', 'en'], /^kehoach summary: --as-of must be a date YYYY-MM-DD, got "2021-02-30"\n$/],
      [['summary', example, '--as-of', '2250-01-01', '--locale', 'en'], /^kehoach summary: --as-of must be between 1900-01-01 and 2100-12-31, got "2250-01-01"\n$/],
      [['obligations', example, '--from', '0001-01-01'], /^kehoach obligations: --from phải nằm trong khoảng 1900-01-01 đến 2100-12-31, nhận được "0001-01-01"\n$/],
      [['frobnicate'], /^kehoach: không có lệnh "frobnicate"\n/],
      [['summary', example, '--reading', 'strict', '--locale', 'en'], /^kehoach summary: --reading must be one of safe, legal, got "strict"/],
    ] as const;
    for (const [args, message] of cases) {
      const r = kehoach(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
