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
  it('prints the duties obligations() gives, as JSON', () => {
    const r = kehoach(['obligations', example, '--from', '2021-11-29', '--to', '2025-12-31', '--format', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(obligations(plan, { from: '2021-11-29', to: '2025-12-31' }))));
  });

  it('filters one unit and prints a table with stated and effective dates', () => {
    const r = kehoach(['obligations', example, '--unit', 'soYTe']);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Kế hoạch 12127/KH-UBND: 5 nghĩa vụ có thời hạn');
    expect(lines.filter((l) => l.startsWith('20/12/2021') || l.startsWith('15/11/'))).toHaveLength(5);
    expect(r.stdout).toMatch(/^15\/11\/2025 +17\/11\/2025 +Sở Y tế +báo cáo +Báo cáo kết quả triển khai Kế hoạch +UBND tỉnh \(qua Sở LĐTBXH\) +VI\.t1$/m);
  });

  it('writes RFC 4180 CSV with every duty kind', () => {
    const r = kehoach(['obligations', example, '--format', 'csv']);
    expect(r.status).toBe(0);
    const rows = r.stdout.split('\r\n').filter(Boolean);
    const all = obligations(plan);
    expect(rows[0]).toBe('timing,stated,effective,unit,unit_name,group,role,what,for,via,cc,trigger,source,duty_id');
    expect(rows).toHaveLength(1 + all.dated.length + all.triggered.length + all.undated.length);
    expect(rows.some((row) => row.startsWith('triggered,,,soLdtbxh,Sở LĐTBXH,,lead,'))).toBe(true);
  });

  it('exits 2 for an unknown unit, a bad format or a bad date', () => {
    for (const args of [
      ['obligations', example, '--unit', 'soYte'],
      ['obligations', example, '--format', 'xml'],
      ['obligations', example, '--from', '20/12/2021'],
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
