import { describe, expect, it } from 'vitest';
import { apparentSolarLongitude, deltaTSeconds, jdeToUt, newMoonJde, normalizeDegrees, utToJde } from './astronomy.js';

describe('newMoonJde', () => {
  it('reproduces Meeus example 49.a (new moon of 1977 February)', () => {
    // k = -283, JDE 2443192.65118 = 1977 Feb 18, 3h37m42s TD.
    expect(newMoonJde(-283)).toBeCloseTo(2_443_192.65118, 4);
  });

  it('puts the new moon of 2030-02-02 at about 16:07 UT', () => {
    const ut = jdeToUt(newMoonJde(372));
    const iso = new Date((ut - 2_440_587.5) * 86_400_000).toISOString();
    expect(iso.slice(0, 16)).toBe('2030-02-02T16:07');
  });
});

describe('apparentSolarLongitude', () => {
  it('reproduces Meeus example 25.a (1992 October 13.0 TD)', () => {
    expect(apparentSolarLongitude(2_448_908.5)).toBeCloseTo(199.90895, 4);
  });

  it('stays within [0, 360)', () => {
    for (let jd = 2_451_545; jd < 2_451_545 + 800; jd += 7) {
      const longitude = apparentSolarLongitude(jd);
      expect(longitude).toBeGreaterThanOrEqual(0);
      expect(longitude).toBeLessThan(360);
    }
  });
});

describe('Delta T', () => {
  it('follows the Espenak-Meeus values', () => {
    expect(deltaTSeconds(2000)).toBeCloseTo(63.86, 2);
    expect(deltaTSeconds(1900)).toBeCloseTo(-2.79, 2);
    expect(deltaTSeconds(1975)).toBeCloseTo(45.45, 2);
  });

  it('converts between UT and TT both ways', () => {
    const jd = 2_460_000.25;
    expect(jdeToUt(utToJde(jd))).toBeCloseTo(jd, 9);
    expect((utToJde(jd) - jd) * 86_400).toBeGreaterThan(60);
  });

  it('normalizes angles', () => {
    expect(normalizeDegrees(-30)).toBe(330);
    expect(normalizeDegrees(725)).toBe(5);
  });
});
