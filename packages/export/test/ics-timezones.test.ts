/**
 * Output never depends on the machine's time zone: the same plan gives byte-identical ICS,
 * HTML, Markdown and CSV under TZ=UTC, Asia/Ho_Chi_Minh and America/New_York. Each zone runs
 * in its own Node process (the zone is read once per process), on a bundle of the sources
 * built for the test, so a stale `dist` cannot hide a regression.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringifyPlan } from '@kehoach/core';
import { toCsvMatrix, toHtml, toIcs, toMarkdown, unitCalendars } from '../src/index.js';
import { deadlinesPlan, examplePlan } from './helpers/fixtures.js';
import { bundleForNode } from './helpers/bundle.js';

const here = path.dirname(fileURLToPath(import.meta.url));
let dir: string;
let bundle: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'kehoach-tz-'));
  bundle = await bundleForNode(path.resolve(here, 'helpers/tz-entry.ts'), dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SCRIPT = `
import { readFileSync } from 'node:fs';
const lib = await import(process.argv[2]);
const plan = lib.parsePlan(readFileSync(process.argv[3], 'utf8'));
const out = {
  tz: Intl.DateTimeFormat().resolvedOptions().timeZone,
  offset: new Date(2024, 0, 1).getTimezoneOffset(),
  stated: lib.toIcs(plan),
  effective: lib.toIcs(plan, { dates: 'effective', alarmDaysBefore: [7, 1] }),
  units: lib.unitCalendars(plan, { dates: 'effective' }).map((c) => c.ics),
  html: lib.toHtml(plan),
  markdown: lib.toMarkdown(plan),
  csv: lib.toCsvMatrix(plan),
};
process.stdout.write(JSON.stringify(out));
`;

describe.each([
  ['example 12127/KH-UBND', examplePlan],
  ['deadlines fixture', deadlinesPlan()],
])('output of the %s in three time zones', (name, plan) => {
  it('is byte-identical under UTC, Asia/Ho_Chi_Minh and America/New_York, and equal to this process’s', () => {
    const script = path.join(dir, 'run.mjs');
    const planFile = path.join(dir, `${name.replace(/\W+/g, '-')}.json`);
    writeFileSync(script, SCRIPT);
    writeFileSync(planFile, stringifyPlan(plan));
    const runs = ['UTC', 'Asia/Ho_Chi_Minh', 'America/New_York'].map((tz) => {
      const stdout = execFileSync(process.execPath, [script, `file://${bundle}`, planFile], {
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
      return JSON.parse(stdout) as Record<string, unknown>;
    });
    expect(runs.map((r) => r['offset'])).toEqual([0, -420, 300]);
    const [utc, hcm, ny] = runs.map(({ tz: _tz, offset: _offset, ...rest }) => rest);
    expect(hcm).toEqual(utc);
    expect(ny).toEqual(utc);
    expect(utc).toEqual({
      stated: toIcs(plan),
      effective: toIcs(plan, { dates: 'effective', alarmDaysBefore: [7, 1] }),
      units: unitCalendars(plan, { dates: 'effective' }).map((c) => c.ics),
      html: toHtml(plan),
      markdown: toMarkdown(plan),
      csv: toCsvMatrix(plan),
    });
  });
});
