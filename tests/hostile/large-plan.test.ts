/**
 * A plan of 100,000 tasks is validated and expanded within a bounded heap: the CLI runs it
 * with --max-old-space-size=1536, so a leak or a quadratic blow-up fails the test by
 * crashing or by the timeout instead of passing slowly.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, defineRegistry, definePlan, stringifyPlan } from '@kehoach/core';
import { afterAll, describe, expect, it } from 'vitest';

const TASKS = 100_000;
const dir = mkdtempSync(path.join(os.tmpdir(), 'kehoach-large-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Working days of 2026 between Tết and 30/4, so no deadline moves. */
const DATES = ['2026-03-02', '2026-03-10', '2026-03-17', '2026-03-24', '2026-03-31', '2026-04-07', '2026-04-14', '2026-04-21'] as const;

function largePlan(): string {
  const units: Record<string, { name: string; kind: 'department' | 'people-committee' }> = { ubnd: { name: 'UBND tỉnh', kind: 'people-committee' } };
  for (let i = 0; i < 40; i++) units[`so${i}`] = { name: `Sở số ${i}`, kind: 'department' };
  const r = defineRegistry({ units });
  const sections = [];
  for (let s = 0; s < 100; s++) {
    const tasks = [];
    for (let t = 0; t < TASKS / 100; t++) {
      const i = s * 1000 + t;
      tasks.push(r.task('-', { lead: `so${i % 40}`, partners: [`so${(i + 1) % 40}`], text: `Sở số ${i % 40} chủ trì nhiệm vụ ${i}.`, deadlines: [before(DATES[i % DATES.length]!)] }));
    }
    sections.push(r.section(String(s + 1), `Nhóm nhiệm vụ ${s + 1}`, tasks));
  }
  const plan = definePlan({
    registry: r,
    number: '01/KH-UBND',
    issuer: 'ubnd',
    place: 'Khánh Hòa',
    issuedOn: '2026-01-05',
    title: 'KẾ HOẠCH LỚN',
    period: { from: '2026-01-01', to: '2026-12-31' },
    body: [r.section('I', 'NHIỆM VỤ', sections)],
    recipients: [{ text: 'Các sở', units: Object.keys(units).filter((k) => k !== 'ubnd') }, { text: 'Lưu: VT', archive: true }],
    signature: { form: 'KT', authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' },
  });
  const file = path.join(dir, 'large.json');
  writeFileSync(file, stringifyPlan(plan));
  return file;
}

describe('a plan of 100,000 tasks', () => {
  it('validates and expands within a 1.5 GB heap', () => {
    const file = largePlan();
    const bin = path.resolve(import.meta.dirname, '../../packages/cli/dist/bin.js');
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--max-old-space-size=1536', bin, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, timeout: 240_000 });
    const validated = run('validate', file, '--format', 'json');
    expect(validated.stderr).toBe('');
    expect(validated.status).toBe(0);
    expect(JSON.parse(validated.stdout).summary).toEqual({ errors: 0, warnings: 0, infos: 0, suppressed: 0 });
    const duties = run('obligations', file, '--format', 'json');
    expect(duties.status).toBe(0);
    expect(JSON.parse(duties.stdout).dated).toHaveLength(2 * TASKS);
  }, 300_000);
});
