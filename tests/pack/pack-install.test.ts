/**
 * Packs every package with `pnpm pack`, installs the tarballs into a fresh project outside
 * the workspace with npm, and uses them the way a user would: import the API, author a plan,
 * run the `kehoach` binary.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const PACKAGES = ['core', 'validator', 'export', 'cli'];
const work = mkdtempSync(path.join(os.tmpdir(), 'kehoach-pack-'));
const project = path.join(work, 'project');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function pnpm(args: string[], cwd: string): void {
  const execpath = process.env['npm_execpath'];
  const [command, prefix] = execpath && /pnpm/.test(path.basename(execpath)) ? [execpath, []] : ['npx', ['-y', 'pnpm@12.4.2']];
  execFileSync(command, [...prefix, ...args], { cwd, stdio: 'pipe' });
}

beforeAll(() => {
  for (const name of PACKAGES) pnpm(['pack', '--pack-destination', work], path.join(root, 'packages', name));
  const tarballs = readdirSync(work).filter((f) => f.endsWith('.tgz'));
  const spec = (name: string) => `file:${path.join(work, tarballs.find((t) => t.startsWith(`kehoach-${name}-`))!)}`;
  const deps = Object.fromEntries(PACKAGES.map((name) => [`@kehoach/${name}`, spec(name)]));
  mkdirSync(project);
  writeFileSync(
    path.join(project, 'package.json'),
    JSON.stringify({
      name: 'pack-install-check',
      private: true,
      type: 'module',
      dependencies: deps,
      overrides: Object.fromEntries(PACKAGES.map((name) => [`@kehoach/${name}`, `$@kehoach/${name}`])),
    }),
  );
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: project, stdio: 'pipe' });
  writeFileSync(
    path.join(project, 'plan.ts'),
    `import { before, definePlan, defineRegistry, yearly } from '@kehoach/core';
const r = defineRegistry({
  units: {
    ubnd: { name: 'Ủy ban nhân dân tỉnh', short: 'UBND tỉnh', kind: 'people-committee' },
    soYTe: { name: 'Sở Y tế', kind: 'department' },
  },
});
export default definePlan({
  registry: r, number: '01/KH-UBND', issuer: 'ubnd', place: 'Khánh Hòa', issuedOn: '2026-01-05',
  title: 'KẾ HOẠCH THỬ', period: { from: '2026-01-01', to: '2026-12-31' },
  body: [r.section('I', 'NHIỆM VỤ', [
    r.task('1', { lead: 'soYTe', text: 'Sở Y tế chủ trì, báo cáo UBND tỉnh trước ngày 31/3/2026.', reports: [r.report({ to: 'ubnd', what: 'Báo cáo', deadlines: [before('2026-03-31'), yearly({ month: 11, day: 15 })] })] }),
  ])],
  recipients: [{ text: 'Sở Y tế', units: ['soYTe'] }, { text: 'Lưu: VT', archive: true }],
  signature: { form: 'KT', authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' },
});
`,
  );
}, 300_000);

function inProject(command: string, args: string[]) {
  const r = spawnSync(command, args, { cwd: project, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the packed packages, installed outside the workspace', () => {
  it('validate a TypeScript plan with kehoach validate, with and without running it', () => {
    const bin = path.join(project, 'node_modules', '.bin', 'kehoach');
    for (const extra of [[], ['--no-exec']]) {
      const r = inProject(bin, ['validate', 'plan.ts', '--format', 'json', ...extra]);
      expect(r.stderr, extra.join(' ')).toBe('');
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout).summary.errors).toBe(0);
    }
  });

  it('export the plan calendars with kehoach export', () => {
    const bin = path.join(project, 'node_modules', '.bin', 'kehoach');
    const r = inProject(bin, ['export', 'plan.ts', '--format', 'ics', '--out', 'calendars']);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(path.join(project, 'calendars')).sort()).toEqual(['.kehoach-export.json', '01-kh-ubnd-2026.ics', '01-kh-ubnd-2026.soYTe.ics']);
    const html = inProject(bin, ['export', 'plan.ts', '--format', 'html']);
    expect(html.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it('import from their published entry points', () => {
    const script = `
      import * as core from '@kehoach/core';
      import * as cli from '@kehoach/cli';
      import * as validator from '@kehoach/validator';
      import * as exporter from '@kehoach/export';
      const r = core.defineRegistry({ units: { a: { name: 'UBND', kind: 'people-committee' } } });
      const plan = core.definePlan({ registry: r, number: '02/KH-UBND', issuer: 'a', place: 'X', issuedOn: '2026-01-02', title: 'T',
        period: { from: '2026-01-01', to: '2026-12-31' }, body: [], signature: { form: 'none', title: 'CHỦ TỊCH', name: 'A' } });
      const diagnostics = validator.validate(plan);
      console.log(JSON.stringify({ id: plan.id, lunar: core.lunarNewYear(2026), run: typeof cli.run, errors: validator.summarize(diagnostics).errors, ics: exporter.toIcs(plan).startsWith('BEGIN:VCALENDAR') }));
    `;
    const r = inProject(process.execPath, ['--input-type=module', '-e', script]);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ id: '02-kh-ubnd-2026', lunar: '2026-02-17', run: 'function', errors: 0, ics: true });
  });

  it('run the kehoach binary on a TypeScript plan without a build step', () => {
    const bin = path.join(project, 'node_modules', '.bin', 'kehoach');
    const r = inProject(bin, ['obligations', 'plan.ts', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const dated = JSON.parse(r.stdout).dated as { unit: string; due: { stated: string } }[];
    expect(dated.map((d) => [d.unit, d.due.stated])).toEqual([
      ['soYTe', '2026-03-31'],
      ['soYTe', '2026-11-15'],
    ]);
  });
});
