/** validate, export, import, diff and --no-exec through the built binary, as CI and planners run them. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringifyPlan } from '@kehoach/core';
import { afterAll, describe, expect, it } from 'vitest';
import plan from '../../../examples/khanh-hoa-12127/plan.js';

const root = path.resolve(import.meta.dirname, '../../..');
const bin = path.join(root, 'packages/cli/dist/bin.js');
const example = 'examples/khanh-hoa-12127';
const tmp = mkdtempSync(path.join(import.meta.dirname, '.tmp-commands-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function kehoach(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const planJson = path.join(tmp, 'plan.json');
writeFileSync(planJson, stringifyPlan(plan));

function withUnknownUnit(): string {
  const data = JSON.parse(stringifyPlan(plan));
  data.body[2].children[1].children[0].lead.unit = 'soKhongCo';
  const file = path.join(tmp, 'unknown-unit.json');
  writeFileSync(file, JSON.stringify(data, null, 2));
  return file;
}

describe('kehoach validate', () => {
  it('passes the reference example with its warnings, in Vietnamese by default', () => {
    const r = kehoach('validate', example);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/⚠ 25 vấn đề \(0 lỗi, 14 cảnh báo, 11 thông tin\)\n$/);
    expect(r.stdout).toContain('examples/khanh-hoa-12127/plan.ts');
  });

  it('fails with more warnings than --max-warnings allows', () => {
    const r = kehoach('validate', example, '--max-warnings', '13', '--locale', 'en');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('kehoach validate: 14 warnings, more than --max-warnings 13\n');
  });

  it('exits 1 on errors and points at the JSON key', () => {
    const r = kehoach('validate', withUnknownUnit(), '--format', 'json');
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    const unknown = out.diagnostics.find((d: { code: string }) => d.code === 'KH101');
    expect(unknown).toMatchObject({ ruleId: 'refs/unknown-unit', severity: 'error', location: { file: expect.stringMatching(/unknown-unit\.json$/) } });
    expect(unknown.location.line).toBeGreaterThan(1);
  });

  it('writes SARIF 2.1.0 and GitHub annotations', () => {
    const sarif = JSON.parse(kehoach('validate', example, '--format', 'sarif').stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toHaveLength(25);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('examples/khanh-hoa-12127/plan.ts');
    const github = kehoach('validate', example, '--format', 'github').stdout.trim().split('\n');
    expect(github.every((line) => /^::(warning|notice|error) file=examples\/khanh-hoa-12127\/(plan|registry)\.ts,line=\d+/.test(line))).toBe(true);
  });

  it('validates a batch named by a glob and sums it up', () => {
    const r = kehoach('validate', 'tests/hostile/corpus/valid*.json', '--locale', 'en');
    expect(r.status).toBe(0);
    // Each copy of the sample plan has its yearly report due on Sunday 15/11/2026.
    expect(r.stderr).toBe('Checked 4/4 plans: 0 errors, 4 warnings.\n');
  });

  it('exits 2 when a plan in the batch cannot be loaded, still reporting the others', () => {
    const r = kehoach('validate', example, 'tests/hostile/corpus/truncated.json', '--format', 'json');
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout).summary.warnings).toBe(14);
    expect(r.stderr).toMatch(/^kehoach: .*truncated\.json:20:12: json\/syntax at \(root\): /);
  });

  it('applies a config file and refuses a bad one', () => {
    const off = path.join(tmp, 'off.json');
    writeFileSync(off, JSON.stringify({ extends: 'recommended', rules: { 'units/ceased': 'off', 'authority/assign-external': 'off' } }));
    expect(kehoach('validate', example, '--config', off, '--max-warnings', '2').status).toBe(0);
    const bad = path.join(tmp, 'bad.json');
    writeFileSync(bad, JSON.stringify({ rules: { 'no/such-rule': 'error' } }));
    const r = kehoach('validate', example, '--config', bad);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^kehoach validate: tệp cấu hình .*bad\.json không hợp lệ:\n {2}KH\d{3} /);
    expect(kehoach('validate', example, '--config', bad, '--locale', 'en').stderr).toMatch(/^kehoach validate: invalid config .*bad\.json:\n {2}KH\d{3} /);
  });

  it('gives the same diagnostics with --no-exec as when running the plan', () => {
    const run = kehoach('validate', example, '--format', 'json');
    const noExec = kehoach('validate', example, '--format', 'json', '--no-exec');
    expect(noExec.status).toBe(0);
    expect(noExec.stdout).toBe(run.stdout);
  });

  it('refuses a plan with a top-level side effect under --no-exec, and the effect never happens', () => {
    const dir = path.join(tmp, 'hostile');
    const marker = path.join(tmp, 'pwned');
    rmSync(dir, { recursive: true, force: true });
    kehoach('init', dir);
    const source = readFileSync(path.join(dir, 'plan.ts'), 'utf8');
    writeFileSync(path.join(dir, 'plan.ts'), `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'x');\n${source}`);
    const r = kehoach('validate', dir, '--no-exec', '--locale', 'en');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/plan\.ts:1:1: static\/import \(import from "node:fs"\)/);
    expect(existsSync(marker)).toBe(false);
  });

  it('exits 2 with the location of a syntax error, or of a value that does not fit the model, in plan.ts', () => {
    const dir = path.join(tmp, 'broken');
    rmSync(dir, { recursive: true, force: true });
    kehoach('init', dir);
    const source = readFileSync(path.join(dir, 'plan.ts'), 'utf8');
    const line = (needle: string) => source.split('\n').findIndex((l) => l.includes(needle)) + 1;

    writeFileSync(path.join(dir, 'plan.ts'), source.replace("deadlines: [when('khi", "deadlines: [when(('khi"));
    const syntax = kehoach('validate', dir, '--locale', 'en');
    expect(syntax.status).toBe(2);
    expect(syntax.stdout).toBe('');
    expect(syntax.stderr).toMatch(new RegExp(`^kehoach: .*plan\\.ts:${line("deadlines: [when('khi")}:\\d+: ts/syntax: Syntax error: .*\n$`));

    writeFileSync(path.join(dir, 'plan.ts'), source.replace("issuedOn: '2026-01-05'", 'issuedOn: 20260105 as never'));
    const typed = kehoach('validate', dir, '--locale', 'en');
    expect(typed.status).toBe(2);
    expect(typed.stderr).toMatch(new RegExp(`^kehoach: .*plan\\.ts:${line('issuedOn:')}:3: schema/invalid-type at issuedOn: Field issuedOn must be a string\\.\n$`));

    writeFileSync(path.join(dir, 'plan.ts'), source.replace("partners: [r.related('soBanNganh')],", "partners: r.related('soBanNganh'),"));
    const crashed = kehoach('validate', dir, '--locale', 'en');
    expect(crashed.status).toBe(2);
    expect(crashed.stderr).toMatch(new RegExp(`^kehoach: .*plan\\.ts:${line("partners: [r.related('soBanNganh')],")}:\\d+: TS\\d+: .*\n$`));
  });

  it('exits 2 for bad usage', () => {
    for (const args of [['validate'], ['validate', example, '--format', 'xml'], ['validate', example, '--max-warnings', '-1'], ['validate', 'nope/*.json']]) {
      const r = kehoach(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^kehoach/);
    }
  });
});

describe('kehoach export', () => {
  it('writes canonical JSON and the JSON Schema to stdout', () => {
    expect(kehoach('export', example, '--format', 'json').stdout).toBe(stringifyPlan(plan));
    expect(JSON.parse(kehoach('export', planJson, '--format', 'json-schema').stdout).$id).toBe('https://kehoach.dev/schema/plan-1.json');
  });

  it('writes one unit calendar, or the plan calendar and every unit calendar into a folder', () => {
    const one = kehoach('export', example, '--format', 'ics', '--unit', 'soYTe', '--dates', 'effective', '--alarm', '7,1');
    expect(one.status).toBe(0);
    expect(one.stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(one.stdout).toContain('BEGIN:VALARM');
    // Reminders by default; --alarm none drops them, and nothing else changes.
    const byDefault = kehoach('export', example, '--format', 'ics', '--unit', 'soYTe');
    expect(byDefault.stdout).toBe(one.stdout);
    const none = kehoach('export', example, '--format', 'ics', '--unit', 'soYTe', '--alarm', 'none');
    expect(none.status).toBe(0);
    expect(none.stdout).not.toContain('VALARM');
    expect(none.stdout.replaceAll('\r\n ', '')).toBe(one.stdout.replaceAll('\r\n ', '').replace(/BEGIN:VALARM\r\n[\s\S]*?END:VALARM\r\n/g, ''));
    const dir = path.join(tmp, 'calendars');
    const all = kehoach('export', example, '--format', 'ics', '--out', dir);
    expect(all.status).toBe(0);
    expect(readdirSync(dir)).toContain('.kehoach-export.json');
    const files = readdirSync(dir).filter((f) => f !== '.kehoach-export.json');
    expect(files).toContain('12127-kh-ubnd-2021.ics');
    expect(files).toContain('12127-kh-ubnd-2021.soYTe.ics');
    expect(all.stderr).toBe(`kehoach export: wrote ${files.length} files to ${path.relative(root, dir)}\n`);
  });

  it('shows the date to work to by default, and takes --reading and --dates', () => {
    const dtstart = (ics: string) => ics.replaceAll('\r\n ', '').split('\r\n').filter((l) => l.startsWith('DTSTART') || l.startsWith('RRULE'));
    const safe = kehoach('export', example, '--format', 'ics', '--unit', 'soYTe');
    expect(dtstart(safe.stdout)).toContain('RRULE:FREQ=YEARLY;UNTIL=20251114;BYMONTH=11;BYMONTHDAY=14');
    expect(safe.stdout.replaceAll('\r\n ', '')).toContain('hạn theo luật: 17/11/2025 (Bộ luật Dân sự 2015\\, Điều 148 khoản 5)');
    const legal = kehoach('export', example, '--format', 'ics', '--unit', 'soYTe', '--reading', 'legal');
    expect(dtstart(legal.stdout)).toContain('DTSTART;VALUE=DATE:20251117');
    const stated = kehoach('export', example, '--format', 'ics', '--unit', 'soYTe', '--dates', 'stated');
    expect(dtstart(stated.stdout)).toContain('RRULE:FREQ=YEARLY;UNTIL=20251115;BYMONTH=11;BYMONTHDAY=15');
    expect(kehoach('export', example, '--format', 'html', '--reading', 'legal').stdout).toContain('Ngày ghi là hạn theo luật');
    expect(kehoach('export', example, '--format', 'md', '--reading', 'legal').stdout).toContain('| 17/11/2025 | Định kỳ hàng năm trước ngày 15/11 (15/11/2025) |');
  });

  it('writes HTML, Markdown and CSV files', () => {
    for (const [format, name, start] of [['html', 'r.html', '<!DOCTYPE html>'], ['md', 'r.md', '| **ỦY BAN'], ['csv', 'r.csv', '\uFEFF']] as const) {
      const out = path.join(tmp, name);
      expect(kehoach('export', example, '--format', format, '--out', out).status).toBe(0);
      expect(readFileSync(out, 'utf8').startsWith(start), format).toBe(true);
    }
  });

  it('writes the table of targets with --table targets, named apart from the matrix in a folder', () => {
    const r = kehoach('export', example, '--format', 'csv', '--table', 'targets');
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('\uFEFFMã,Mục,Chỉ tiêu,Hướng,Giá trị,')).toBe(true);
    expect(r.stdout).toContain('\r\nIII.2.d1.p8/t1,"III.2, gạch đầu dòng thứ 1, ý “+” thứ 8",số hộ nghèo,giảm,50,,,%,,2025,,2021,,năm đầu nhiệm kỳ,,');
    const dir = path.join(tmp, 'targets');
    mkdirSync(dir);
    expect(kehoach('export', example, '--format', 'csv', '--table', 'targets', '--out', dir).status).toBe(0);
    expect(readFileSync(path.join(dir, `${plan.id}.targets.csv`), 'utf8')).toBe(r.stdout);
  });

  it('exits 2 for a missing or unknown format, an unknown unit, or --unit outside ics', () => {
    for (const args of [
      [],
      ['--format', 'pdf'],
      ['--format', 'ics', '--unit', 'soYte'],
      ['--format', 'html', '--unit', 'soYTe'],
      ['--format', 'ics', '--alarm', 'soon'],
      ['--format', 'ics', '--reading', 'late'],
      ['--format', 'csv', '--table', 'goals'],
      ['--format', 'md', '--table', 'targets'],
    ]) {
      const r = kehoach('export', example, ...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^kehoach export: /);
    }
  });
});

describe('kehoach import and diff', () => {
  it('imports plan JSON as TypeScript that loads back to the same JSON', () => {
    const out = path.join(tmp, 'imported.ts');
    expect(kehoach('import', planJson, '--out', out).status).toBe(0);
    const back = kehoach('export', out, '--format', 'json');
    expect(back.status).toBe(0);
    expect(back.stdout).toBe(stringifyPlan(plan));
    const again = kehoach('import', planJson, '--out', out);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/imported\.ts đã có; dùng --force để ghi đè/);
  });

  it('imports into a folder that does not exist yet, creating it as export does', () => {
    const out = path.join(tmp, 'new', 'nested', 'plan.ts');
    const r = kehoach('import', planJson, '--out', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(kehoach('export', out, '--format', 'json').stdout).toBe(stringifyPlan(plan));
    // A file where a folder should be is a clear error, not a stack trace.
    writeFileSync(path.join(tmp, 'blocker'), '');
    const blocked = kehoach('import', planJson, '--out', path.join(tmp, 'blocker', 'plan.ts'), '--locale', 'en');
    expect(blocked.status).toBe(2);
    expect(blocked.stderr).toMatch(/^kehoach import: output\/write-failed: cannot create the folder .*blocker: EEXIST/);
  });

  it('diffs two versions: exit 0 when equal, 1 with the changes', () => {
    expect(kehoach('diff', example, planJson)).toMatchObject({ status: 0 });
    const data = JSON.parse(stringifyPlan(plan));
    data.body[4].children[0].children[0].reports[0].deadlines[0].date = '2021-12-31';
    const amended = path.join(tmp, 'amended.json');
    writeFileSync(amended, JSON.stringify(data));
    const r = kehoach('diff', planJson, amended, '--format', 'json');
    expect(r.status).toBe(1);
    const kinds = JSON.parse(r.stdout).changes.map((c: { kind: string; id: string }) => `${c.kind} ${c.id}`);
    expect(kinds).toEqual(['deadline/changed V.1.a/r1']);
  });
});
