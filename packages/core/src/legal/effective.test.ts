import { describe, expect, it } from 'vitest';
import { effectiveDate, parseEffective } from './effective.js';

describe('parseEffective', () => {
  // Effective-date clauses as decisions and laws write them.
  it.each([
    ['Quyết định này có hiệu lực kể từ ngày ký.', { from: 'signing', text: 'kể từ ngày ký' }],
    ['Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.', { from: 'signing', text: 'kể từ ngày ký ban hành' }],
    [
      'Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2016.',
      { from: 'date', date: '2016-01-01', text: 'từ ngày 01 tháng 01 năm 2016' },
    ],
    ['Quyết định này có hiệu lực kể từ ngày 15/7/2022.', { from: 'date', date: '2022-07-15', text: 'kể từ ngày 15/7/2022' }],
  ])('%s', (text, rule) => {
    expect(parseEffective(text)).toEqual(rule);
  });

  it('gives nothing when no day is stated, or the date does not exist', () => {
    expect(parseEffective('Quyết định này có hiệu lực.')).toBeUndefined();
    expect(parseEffective('có hiệu lực kể từ ngày 30/02/2022')).toBeUndefined();
    expect(parseEffective('kể từ ngày kýnhận')).toBeUndefined();
    expect(parseEffective(undefined as unknown as string)).toBeUndefined();
  });
});

describe('effectiveDate', () => {
  it('is the stated date, or the signing day', () => {
    expect(effectiveDate({ from: 'date', date: '2016-01-01' }, '2015-06-19')).toBe('2016-01-01');
    expect(effectiveDate({ from: 'signing' }, '2022-05-10')).toBe('2022-05-10');
    expect(effectiveDate({ from: 'signing' }, undefined)).toBeUndefined();
  });
});
