import { describe, it } from 'vitest';
import { defineProgress, progressBuilders } from '../src/index.js';

const index = {
  plan: '07-kh-ubnd-2024',
  duties: { 'I.2/r1#0@2024-02-20': ['huyenX', 'huyenY'], 'I.1#0@2024-03-15': ['soA'] },
  tasks: ['I.1', 'I.2'],
  targets: { 'I.3/t1': '%', 'I.3/t9': null },
  units: ['ubnd', 'soA', 'huyenX', 'huyenY'],
} as const;
const p = progressBuilders(index);

describe('progress builders are typed by the plan index', () => {
  it('accept what the plan has', () => {
    defineProgress({
      plan: index.plan,
      submissions: [p.submission('I.2/r1#0@2024-02-20', 'huyenY', { received: '2024-02-19' })],
      statuses: [p.status('I.2', 'done', { date: '2024-03-01', unit: 'huyenX' })],
      measurements: [p.measurement('I.3/t1', { value: 4, unit: '%', year: 2024, source: 'x' }), p.measurement('I.3/t9', { value: 1, year: 2024, source: 'x' })],
      exemptions: [p.exemption('I.1#0@2024-03-15', { unit: 'soA', decision: { number: '1/QĐ-UBND' }, reason: 'x' })],
    });
  });

  it('refuse a misspelt occurrence, a unit that does not owe it, an unknown task or target, a wrong unit of measure', () => {
    // @ts-expect-error misspelt occurrence id
    p.submission('I.2/r1#0@2024-02-21', 'huyenY', { received: '2024-02-19' });
    // @ts-expect-error soA does not owe the districts' report
    p.submission('I.2/r1#0@2024-02-20', 'soA', { received: '2024-02-19' });
    // @ts-expect-error no task I.3
    p.status('I.3', 'done', { date: '2024-03-01' });
    // @ts-expect-error not a status
    p.status('I.1', 'finished', { date: '2024-03-01' });
    // @ts-expect-error unknown unit key
    p.status('I.2', 'done', { date: '2024-03-01', unit: 'huyenZ' });
    // @ts-expect-error unknown target
    p.measurement('I.3/t2', { value: 4, unit: '%', year: 2024, source: 'x' });
    // @ts-expect-error the target is measured in %
    p.measurement('I.3/t1', { value: 4, unit: 'điểm %', year: 2024, source: 'x' });
    // @ts-expect-error the target states no unit
    p.measurement('I.3/t9', { value: 4, unit: '%', year: 2024, source: 'x' });
  });
});
