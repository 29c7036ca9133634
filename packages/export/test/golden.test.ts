/**
 * Golden files of the reference example, compared byte for byte. They are reviewed by eye when
 * they change and regenerated only by `node scripts/update-goldens.mjs`, which runs this file
 * with KEHOACH_UPDATE_GOLDENS=1.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toCsvMatrix, toCsvTargets, toIcs, toMarkdown } from '../src/index.js';
import { examplePlan } from './helpers/fixtures.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'golden');
const update = process.env['KEHOACH_UPDATE_GOLDENS'] === '1';

const goldens: [file: string, render: () => string][] = [
  ['khanh-hoa-12127.ics', () => toIcs(examplePlan)],
  ['khanh-hoa-12127.soYTe.ics', () => toIcs(examplePlan, { unit: 'soYTe', dates: 'effective', alarmDaysBefore: [7, 1] })],
  // Sở Nội vụ collects the yearly reports from 2025, in place of Sở LĐTBXH.
  ['khanh-hoa-12127.soNoiVu.ics', () => toIcs(examplePlan, { unit: 'soNoiVu' })],
  ['khanh-hoa-12127.md', () => toMarkdown(examplePlan)],
  ['khanh-hoa-12127.csv', () => toCsvMatrix(examplePlan)],
  ['khanh-hoa-12127.targets.csv', () => toCsvTargets(examplePlan)],
];

describe('golden files of the example', () => {
  it.each(goldens)('%s is unchanged', (file, render) => {
    const target = path.join(dir, file);
    const actual = Buffer.from(render(), 'utf8');
    if (update) writeFileSync(target, actual);
    expect(existsSync(target), `${file} is missing: run node scripts/update-goldens.mjs`).toBe(true);
    const golden = readFileSync(target);
    if (!golden.equals(actual)) {
      expect(actual.toString('utf8'), `${file} differs: review the change, then run node scripts/update-goldens.mjs`).toBe(golden.toString('utf8'));
      expect.fail(`${file} differs in bytes only`);
    }
  });
});
