import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance } from './closest.js';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours as one edit', () => {
    expect(editDistance('validate', 'validate')).toBe(0);
    expect(editDistance('valdiate', 'validate')).toBe(1);
    expect(editDistance('--fromat', '--format')).toBe(1);
    expect(editDistance('obligation', 'obligations')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('Sở', 'So')).toBe(1);
  });

  it('is symmetric and zero only for equal words', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b) === 0).toBe(a === b);
      }),
    );
  });
});

describe('closestMatch', () => {
  it('finds the property or word behind a typo', () => {
    expect(closestMatch('report', ['reports', 'refs', 'targets'])).toBe('reports');
    expect(closestMatch('deadline', ['deadlines', 'lead', 'partners'])).toBe('deadlines');
    expect(closestMatch('--untis', ['--unit', '--from', '--to'])).toBe('--unit');
    expect(closestMatch('shortName', ['short', 'name'])).toBe('short');
  });

  it('suggests nothing far from every candidate, and prefers the earlier of two as near', () => {
    expect(closestMatch('zzz', ['validate'])).toBeUndefined();
    expect(closestMatch('frobnicate', ['validate', 'export', 'summary'])).toBeUndefined();
    expect(closestMatch('cat', ['bat', 'hat'])).toBe('bat');
  });
});
