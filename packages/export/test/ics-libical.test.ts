/**
 * Every calendar passes libical's strict check: its parser, and its iTIP restriction check,
 * which applies RFC 5546's tables for METHOD:PUBLISH (one ORGANIZER per VEVENT among them).
 * libical is the reference C implementation, used by Evolution and by servers; it is run through
 * its GObject bindings (Debian's python3-gi and gir1.2-ical-3.0, which .ci/run installs) by
 * helpers/libical-check.py. ical.js, used by the other tests, does not check these restrictions.
 * Outside CI, without those packages, this test is skipped and says why.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toIcs, unitCalendars } from '../src/index.js';
import { deadlinesPlan, examplePlan } from './helpers/fixtures.js';

const script = path.join(import.meta.dirname, 'helpers/libical-check.py');
const probe = spawnSync('/usr/bin/python3', [script], { encoding: 'utf8' });
const available = probe.status === 0;
if (!available && process.env['CI']) throw new Error(`libical must be available in CI: ${probe.stderr || probe.error}`);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'kehoach-libical-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function check(files: Record<string, string>) {
  const paths = Object.entries(files).map(([name, ics]) => {
    const file = path.join(tmp, name);
    writeFileSync(file, ics);
    return file;
  });
  return spawnSync('/usr/bin/python3', [script, ...paths], { encoding: 'utf8' });
}

describe.skipIf(!available)('libical strict check', () => {
  it('passes the plan calendar and every unit calendar of the example, with reminders and without', () => {
    const plan = examplePlan;
    const files: Record<string, string> = { 'plan.ics': toIcs(plan), 'plan-no-alarm.ics': toIcs(plan, { alarmDaysBefore: [] }), 'stated.ics': toIcs(plan, { dates: 'stated' }) };
    for (const { fileName, ics } of unitCalendars(plan)) files[fileName] = ics;
    files['deadlines.ics'] = toIcs(deadlinesPlan());
    const r = check(files);
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
  });

  it('fails a PUBLISH calendar whose event has no ORGANIZER: the check can fail', () => {
    const without = toIcs(examplePlan).replace(/^ORGANIZER[^\r]*\r\n(?: [^\r]*\r\n)*/m, '');
    const r = check({ 'no-organizer.ics': without });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/ORGANIZER property\. Expected 1 instances of the property and got 0/);
  });
});

it.runIf(!available)('libical strict check (skipped: libical\'s GObject bindings are not installed)', () => {
  expect(probe.status).toBe(3);
});
