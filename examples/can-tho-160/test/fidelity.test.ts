/**
 * Fidelity of the encoded plan 160/KH-UBND to the issued document, kept beside it in
 * `source/160.txt` (see SOURCE.md), so a fresh clone runs this test with nothing outside the
 * repository.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePlan, stringifyPlan, walkPlan, type Task } from '@kehoach/core';
import plan from '../plan.js';
import { renderClosing, renderHeading, renderPlan } from './render-text.js';

const reference = readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../source/160.txt'), 'utf8');
const referenceLines = reference.split('\n');

const normalize = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();

function firstDifference(actual: string, expected: string, radius = 80): string | undefined {
  if (actual === expected) return undefined;
  let i = 0;
  while (i < actual.length && i < expected.length && actual[i] === expected[i]) i++;
  const show = (s: string) => JSON.stringify(s.slice(Math.max(0, i - radius), i + radius));
  return [`first difference at character ${i}:`, `  model:     ${show(actual)}`, `  reference: ${show(expected)}`].join('\n');
}

const isLayoutLine = (line: string): boolean => /^\|$/.test(line) || /^-{3,}$/.test(line);

/**
 * Lines of the document the model cannot hold yet (README, "Not in the model yet"): the first
 * form of the signature "TM. ỦY BAN NHÂN DÂN", and "09 KH" under "Lưu: VT, CT." (the count of
 * copies kept, a note of the records office).
 */
const NOT_HELD: readonly string[] = ['TM. ỦY BAN NHÂN', 'DÂN', '09 KH'];

const heldLines = (): string[] => referenceLines.filter((line) => !isLayoutLine(line) && !NOT_HELD.includes(line));

const rendered = (): string[] => [...renderHeading(plan), ...renderPlan(plan), ...renderClosing(plan)];

function lineStarts(lines: readonly string[]): { text: string; starts: Set<number> } {
  let text = '';
  const starts = new Set<number>();
  for (const line of lines.map(normalize).filter((l) => l !== '')) {
    if (text !== '') text += ' ';
    starts.add(text.length);
    text += line;
  }
  return { text, starts };
}

describe('plan 160/KH-UBND (Cần Thơ, 19/11/2025) against its issued text', () => {
  it('has the reference text in the repository', () => {
    expect(reference.length).toBeGreaterThan(13_000);
    expect(reference).toContain('Số: 160/KH-UBND');
  });

  it('renders the whole document as issued, but for the lines listed as not held', () => {
    const difference = firstDifference(normalize(rendered().join('\n')), normalize(heldLines().join('\n')));
    if (difference !== undefined) expect.fail(difference);
  });

  it('starts every heading and paragraph of the model where a line of the published copy starts', () => {
    const model = lineStarts(rendered());
    const printed = lineStarts(heldLines());
    expect(model.text).toBe(printed.text);
    const misplaced = [...model.starts].filter((offset) => !printed.starts.has(offset)).map((offset) => model.text.slice(offset, offset + 60));
    expect(misplaced).toEqual([]);
  });

  it('leaves out only the lines listed, each found once', () => {
    for (const line of NOT_HELD) expect(referenceLines.filter((l) => l === line), line).toHaveLength(1);
    expect(new Set(referenceLines.filter(isLayoutLine))).toEqual(new Set(['|', '-------', '---------------']));
  });

  it('renders the heading and closing blocks line by line', () => {
    expect(renderHeading(plan).slice(-2)).toEqual(['Số: 160/KH-UBND', 'Cần Thơ, ngày 19 tháng 11 năm 2025']);
    expect(renderClosing(plan)).toEqual([
      'Nơi nhận:',
      '- Bộ NN&MT;',
      '- VPQG về Giảm nghèo;',
      '- CT, PCT UBND TP (1A, 1G);',
      '- UBMT TQ VN thành phố và các Đoàn thể;',
      '- Sở: NN&MT, TC, VH,TT&DL, GD&ĐT, YT, Nội vụ;',
      '- VP. UBND thành phố (2I, 3B);',
      '- UBND xã, phường;',
      '- Cổng Thông tin điện tử thành phố;',
      '- Lưu: VT, CT.',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Trần Chí Hùng',
    ]);
  });

  it('holds the six bases in the order written, each with its number and date', () => {
    expect(plan.legal.map((l) => `${l.number} ${l.date}`)).toEqual([
      '10/2022/TT-BLĐTBXH 2022-05-31',
      '55/2023/TT-BTC 2023-08-15',
      '75/2024/TT-BTC 2024-10-31',
      '77/KH-UBND 2025-09-17',
      '206/NQ-HĐND 2025-10-03',
      '2140/QĐ-UBND 2025-10-31',
    ]);
  });

  it('makes a task of every bullet of part VI and of nothing else', () => {
    const tasks = [...walkPlan(plan)].map((v) => v.node).filter((n): n is Task => n.type === 'task');
    expect(tasks.map((t) => t.id)).toEqual(['VI.1.d1', 'VI.1.d2', 'VI.1.d3', 'VI.2.d1', 'VI.2.d2', 'VI.3.t1', 'VI.4.d1', 'VI.4.d2', 'VI.4.d3', 'VI.4.d4']);
    expect(tasks.find((t) => t.id === 'VI.3.t1')).toMatchObject({ mode: 'request' });
  });

  it('survives a JSON round trip unchanged', () => {
    const json = stringifyPlan(plan);
    expect(stringifyPlan(parsePlan(json))).toBe(json);
  });
});
