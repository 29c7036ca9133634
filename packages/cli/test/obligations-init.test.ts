import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { obligations } from '@kehoach/core';
import { afterAll, describe, expect, it } from 'vitest';
import plan from '../../../examples/khanh-hoa-12127/plan.js';
import { loadPlan } from '../src/load-plan.js';

const root = path.resolve(import.meta.dirname, '../../..');
const bin = path.join(root, 'packages/cli/dist/bin.js');
const example = 'examples/khanh-hoa-12127';
// Inside the package, so that generated plans resolve @kehoach/core through its node_modules.
const tmp = mkdtempSync(path.join(import.meta.dirname, '.tmp-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function kehoach(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('kehoach obligations', () => {
  it('prints the duties obligations() gives, as JSON, with the unowned occurrences in a top-level array', () => {
    const r = kehoach(['obligations', example, '--from', '2021-11-29', '--to', '2025-12-31', '--format', 'json']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toEqual(JSON.parse(JSON.stringify(obligations(plan, { from: '2021-11-29', to: '2025-12-31' }))));
    expect(Object.keys(json)).toEqual(['dated', 'triggered', 'undated', 'unowned']);
    expect(json.unowned.find((u: { id: string }) => u.id === 'VI.t1/r1#0:tpNhaTrang@2025-11-15')).toMatchObject({ code: 'orphaned', unit: 'tpNhaTrang', until: '2025-06-30' });
    // The safe date to work to, the legal limit beside it.
    const report = json.dated.find((d: { id: string }) => d.id === 'VI.t1/r1#0:soYTe@2025-11-15');
    expect(report.due).toMatchObject({ stated: '2025-11-15', reading: 'safe', effective: '2025-11-14', legal: { date: '2025-11-17' } });
  });

  it('filters one unit and prints a table with the stated date, the date to work to and the legal limit', () => {
    const r = kehoach(['obligations', example, '--unit', 'soYTe']);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Kế hoạch 12127/KH-UBND: 6 nghĩa vụ có thời hạn');
    expect(lines[1]).toMatch(/^Cách đọc: an toàn/);
    expect(lines.filter((l) => /^(20\/12\/2021|31\/12\/2021|15\/11\/)/.test(l))).toHaveLength(6);
    expect(r.stdout).toMatch(/^Hạn +Cần hoàn thành +Hạn theo luật +Đơn vị +Vai trò +Nội dung +Gửi +Mục$/m);
    expect(r.stdout).toMatch(/^15\/11\/2025 +14\/11\/2025 +17\/11\/2025 +Sở Y tế +báo cáo +Báo cáo kết quả triển khai Kế hoạch +UBND tỉnh \(qua Sở Nội vụ\) +VI\.t1$/m);
    expect(r.stdout).toMatch(/^31\/12\/2021 +31\/12\/2021 +Sở Y tế +thực hiện +Đến cuối năm 2021/m);
    // Sở Y tế took the lead of III.4.d1 over from Sở LĐTBXH in 2025 (the plan's handovers).
    expect(r.stdout).toContain(
      '  Sở Y tế thay Sở LĐTBXH, đã ngừng hoạt động từ 01/03/2025 (phần việc: bảo trợ xã hội, trẻ em, phòng, chống tệ nạn xã hội; theo lựa chọn của kế hoạch); căn cứ Nghị định số 42/2025/NĐ-CP ngày 27/02/2025 (Bộ Y tế) [III.4.d1]',
    );
  });

  it('reads legally when asked: the legal limit is the date, and no second one is shown', () => {
    const r = kehoach(['obligations', example, '--unit', 'soYTe', '--reading', 'legal']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[1]).toMatch(/^Cách đọc: theo luật/);
    expect(r.stdout).toMatch(/^15\/11\/2025 +17\/11\/2025 +Sở Y tế +báo cáo +Báo cáo kết quả/m);
    expect(r.stdout).toMatch(/^15\/11\/2024 +15\/11\/2024 +Sở Y tế +báo cáo +Báo cáo kết quả/m);
  });

  it('lists the occurrences nobody owes, one line per deadline and reason, with the code', () => {
    const r = kehoach(['obligations', example]);
    const all = obligations(plan);
    const section = r.stdout.slice(r.stdout.indexOf('Không có đơn vị thực hiện'));
    expect(section.split('\n')[0]).toBe(`Không có đơn vị thực hiện (${all.unowned.length} lần đến hạn):`);
    expect(section).toContain('  [orphaned] 15/11/2025 — Báo cáo kết quả triển khai Kế hoạch [VI.t1/r1]\n');
    expect(section).toContain('      Đã ngừng hoạt động và không có đơn vị kế thừa: UBND thành phố Nha Trang, UBND thành phố Cam Ranh,');
    expect(section.split('\n').filter((l) => l.startsWith('  ['))).toHaveLength(7);
  });

  it('gives a successor what it inherited: Sở Nội vụ and Sở NN&MT in 2025', () => {
    const window = { from: '2025-01-01', to: '2025-12-31' } as const;
    for (const unit of ['soNoiVu', 'soNnmt']) {
      const json = kehoach(['obligations', example, '--unit', unit, '--from', window.from, '--to', window.to, '--format', 'json']);
      expect(JSON.parse(json.stdout), unit).toEqual(JSON.parse(JSON.stringify(obligations(plan, { ...window, unit }))));
    }
    const noiVu = JSON.parse(kehoach(['obligations', example, '--unit', 'soNoiVu', '--from', window.from, '--to', window.to, '--format', 'json']).stdout);
    type Inherited = { source: { nodeId: string }; reassigned?: { from: string; basis: string }[] };
    const inherited = ([...noiVu.dated, ...noiVu.triggered, ...noiVu.undated] as Inherited[]).filter((d) => d.reassigned !== undefined);
    expect(inherited.map((d) => [d.source.nodeId, d.reassigned![0]!.from, d.reassigned![0]!.basis])).toEqual([
      ['V.2.b', 'soLdtbxh', 'Nghị định số 25/2025/NĐ-CP ngày 21/02/2025 (Bộ Nội vụ)'],
    ]);
    const table = kehoach(['obligations', example, '--unit', 'soNnmt', '--from', window.from, '--to', window.to]).stdout;
    expect(table).toMatch(/^15\/11\/2025 +14\/11\/2025 +17\/11\/2025 +Sở NN&MT +báo cáo +Báo cáo kết quả triển khai Kế hoạch/m);
    expect(table).toContain('Nhận thay đơn vị đã ngừng hoạt động (1):\n  Sở NN&MT thay Sở TN&MT, đã ngừng hoạt động từ 01/03/2025; căn cứ Nghị định số 45/2025/NĐ-CP');
    // No duty of 2025 goes to a unit that had ceased by its date.
    const units = new Map(plan.units.map((u) => [u.key, u]));
    const stale = obligations(plan, window).dated.filter((d) => {
      const validUntil = units.get(d.unit)?.validUntil;
      return validUntil !== undefined && validUntil < d.due!.stated;
    });
    expect(stale).toEqual([]);
  });

  it('writes RFC 4180 CSV with every duty kind and the unowned occurrences, with a status column', () => {
    const r = kehoach(['obligations', example, '--format', 'csv']);
    expect(r.status).toBe(0);
    const rows = r.stdout.split('\r\n').filter(Boolean);
    const all = obligations(plan);
    expect(rows[0]).toBe(
      'status,timing,stated,effective,legal,provisional,unit,unit_name,others,group,role,roles,what,for,via,cc,trigger,during_from,during_to,reassigned_from,reassigned_basis,code,reason,source,id',
    );
    const records = rows.filter((l) => /^(owed|unowned),/.test(l));
    expect(records).toHaveLength(all.dated.length + all.triggered.length + all.undated.length + all.unowned.length);
    expect(rows.some((row) => row.startsWith('owed,triggered,,,,,soLdtbxh,Sở LĐTBXH,,,lead,lead,'))).toBe(true);
    expect(rows.some((row) => row.startsWith('owed,dated,2025-11-15,2025-11-14,2025-11-17,,soBanNganh,"Các thành viên khác của nhóm Các sở, ban, ngành",yes,soNganhDiaPhuong,reporter,'))).toBe(true);
    expect(
      rows.some((row) => row.startsWith('owed,dated,2025-11-15,2025-11-14,2025-11-17,,dacKhuTruongSa,UBND đặc khu Trường Sa,,soNganhDiaPhuong,reporter,reporter,') && row.includes(',huyenTruongSa,Nghị quyết số 1667/NQ-UBTVQH15')),
    ).toBe(true);
    const orphaned = rows.find((row) => row.startsWith('unowned,dated,2025-11-15,2025-11-14,2025-11-17,,tpNhaTrang,'));
    expect(orphaned).toMatch(/,orphaned,.*UBND thành phố Nha Trang.* đã ngừng hoạt động .*,VI\.t1,VI\.t1\/r1#0:tpNhaTrang@2025-11-15$/);
  });

  it('exits 2 for an unknown unit, a bad format, a bad date or a bad reading', () => {
    for (const args of [
      ['obligations', example, '--unit', 'soYte'],
      ['obligations', example, '--format', 'xml'],
      ['obligations', example, '--from', '20/12/2021'],
      ['obligations', example, '--reading', 'late'],
      ['obligations'],
    ]) {
      const r = kehoach(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')[0]).toMatch(/^kehoach obligations: /);
    }
  });
});

describe('kehoach init', () => {
  it('creates a project whose plan loads and has dated and triggered duties', async () => {
    const r = kehoach(['init', 'my-plan'], tmp);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Created a kehoach plan project in my-plan:');
    for (const file of ['plan.ts', 'package.json', 'tsconfig.json', '.gitignore', '.github/workflows/kehoach.yml']) {
      expect(existsSync(path.join(tmp, 'my-plan', file)), file).toBe(true);
    }
    const pkg = JSON.parse(readFileSync(path.join(tmp, 'my-plan', 'package.json'), 'utf8'));
    expect(Object.keys(pkg.dependencies)).toEqual(['@kehoach/core']);
    const workflow = readFileSync(path.join(tmp, 'my-plan', '.github/workflows/kehoach.yml'), 'utf8');
    expect(workflow).toContain('upload-sarif');
    expect(workflow).toContain('--format ics --out public/calendars');
    const { plan: created } = await loadPlan(path.join(tmp, 'my-plan'));
    const duties = obligations(created);
    expect(duties.dated.map((d) => [d.due?.stated, d.unit])).toContainEqual(['2026-03-31', 'soYTe']);
    expect(duties.triggered.map((d) => d.unit)).toEqual(['soTaiChinh']);
  });

  it('refuses to overwrite an existing plan and writes nothing', () => {
    const dir = path.join(tmp, 'existing');
    kehoach(['init', 'existing'], tmp);
    writeFileSync(path.join(dir, 'plan.ts'), '// mine');
    const r = kehoach(['init', 'existing'], tmp);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^kehoach init: .*plan\.ts.* đã có trong existing; không ghi tệp nào\n$/);
    expect(readFileSync(path.join(dir, 'plan.ts'), 'utf8')).toBe('// mine');
  });
});
