/**
 * The two astronomical quantities a lunisolar calendar needs: the instants of new
 * moon and the Sun's apparent longitude.
 *
 * Formulas from Jean Meeus, *Astronomical Algorithms* (2nd ed., 1998):
 * - chapter 49 (phases of the Moon): mean new moon with its periodic and
 *   planetary corrections, accurate to well under a minute for 1900-2100;
 * - chapter 25 (solar coordinates, low accuracy): the Sun's apparent longitude,
 *   accurate to about 0.01 degree, i.e. about a quarter of an hour in time;
 * - chapter 10 for the idea of Delta T; the polynomial values come from the
 *   Espenak and Meeus fits published with the NASA "Five Millennium Canon".
 *
 * Times are Julian Ephemeris Days (JDE, Terrestrial Time) unless a name says UT.
 *
 * @internal
 * @packageDocumentation
 */

const DEG = Math.PI / 180;

/** @internal Julian Day of 1970-01-01 00:00 UT, the origin of the day numbers of `dates.ts`. */
export const JD_OF_DAY_ZERO = 2_440_587.5;

/** @internal Julian Day of J2000.0 (2000-01-01 12:00 TT). */
const J2000 = 2_451_545.0;

/** @internal Mean length of a synodic month, in days (Meeus 49.1). */
export const SYNODIC_MONTH = 29.530588861;

/** @internal JDE of the mean new moon k = 0 (2000-01-06), Meeus 49.1. */
export const NEW_MOON_EPOCH_JDE = 2_451_550.09766;

/** Sine of an angle given in degrees. */
function sind(degrees: number): number {
  return Math.sin(degrees * DEG);
}

/** @internal Reduces an angle in degrees to [0, 360). */
export function normalizeDegrees(degrees: number): number {
  const r = degrees % 360;
  return r < 0 ? r + 360 : r;
}

/**
 * @internal
 * Delta T = TT - UT in seconds for a decimal year, from the Espenak-Meeus polynomials
 * (1800-2150) and the long-term parabola outside that span.
 */
export function deltaTSeconds(year: number): number {
  if (year < 1800 || year >= 2150) {
    const u = (year - 1820) / 100;
    return -20 + 32 * u * u;
  }
  if (year < 1860) {
    const t = year - 1800;
    return (
      13.72 -
      0.332447 * t +
      0.0068612 * t ** 2 +
      0.0041116 * t ** 3 -
      0.00037436 * t ** 4 +
      0.0000121272 * t ** 5 -
      0.0000001699 * t ** 6 +
      0.000000000875 * t ** 7
    );
  }
  if (year < 1900) {
    const t = year - 1860;
    return 7.62 + 0.5737 * t - 0.251754 * t ** 2 + 0.01680668 * t ** 3 - 0.0004473624 * t ** 4 + t ** 5 / 233174;
  }
  if (year < 1920) {
    const t = year - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (year < 1941) {
    const t = year - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (year < 1961) {
    const t = year - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (year < 1986) {
    const t = year - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (year < 2005) {
    const t = year - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  }
  if (year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  const u = (year - 1820) / 100;
  return -20 + 32 * u * u - 0.5628 * (2150 - year);
}

/** @internal Decimal year of a Julian Day (precise enough for Delta T). */
export function decimalYear(jd: number): number {
  return 2000 + (jd - J2000) / 365.25;
}

/**
 * Periodic terms of the true new moon (Meeus table in chapter 49, "New Moon"):
 * `[coefficient, powerOfE, multipleOfM, multipleOfM', multipleOfF, multipleOfOmega]`.
 */
const NEW_MOON_TERMS: readonly (readonly [number, number, number, number, number, number])[] = [
  [-0.4072, 0, 0, 1, 0, 0],
  [0.17241, 1, 1, 0, 0, 0],
  [0.01608, 0, 0, 2, 0, 0],
  [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, -1, 1, 0, 0],
  [-0.00514, 1, 1, 1, 0, 0],
  [0.00208, 2, 2, 0, 0, 0],
  [-0.00111, 0, 0, 1, -2, 0],
  [-0.00057, 0, 0, 1, 2, 0],
  [0.00056, 1, 1, 2, 0, 0],
  [-0.00042, 0, 0, 3, 0, 0],
  [0.00042, 1, 1, 0, 2, 0],
  [0.00038, 1, 1, 0, -2, 0],
  [-0.00024, 1, -1, 2, 0, 0],
  [-0.00017, 0, 0, 0, 0, 1],
  [-0.00007, 0, 2, 1, 0, 0],
  [0.00004, 0, 0, 2, -2, 0],
  [0.00004, 0, 3, 0, 0, 0],
  [0.00003, 0, 1, 1, -2, 0],
  [0.00003, 0, 0, 2, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0],
  [0.00003, 0, -1, 1, 2, 0],
  [-0.00002, 0, -1, 1, -2, 0],
  [-0.00002, 0, 1, 3, 0, 0],
  [0.00002, 0, 0, 4, 0, 0],
];

/**
 * Planetary arguments common to all phases (Meeus chapter 49):
 * `[coefficient, A at k = 0, A per lunation]`; A1 also has a -0.009173 T^2 term.
 */
const PLANETARY_TERMS: readonly (readonly [number, number, number])[] = [
  [0.000325, 299.77, 0.107408],
  [0.000165, 251.88, 0.016321],
  [0.000164, 251.83, 26.651886],
  [0.000126, 349.42, 36.412478],
  [0.00011, 84.66, 18.206239],
  [0.000062, 141.74, 53.303771],
  [0.00006, 207.14, 2.453732],
  [0.000056, 154.84, 7.30686],
  [0.000047, 34.52, 27.261239],
  [0.000042, 207.19, 0.121824],
  [0.00004, 291.34, 1.844379],
  [0.000037, 161.72, 24.198154],
  [0.000035, 239.56, 25.513099],
  [0.000023, 331.55, 3.592518],
];

/**
 * @internal
 * JDE (Terrestrial Time) of the true new moon number `k` (an integer; k = 0 is the new
 * moon of 2000-01-06, negative k are earlier), Meeus chapter 49.
 */
export function newMoonJde(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  const mean = NEW_MOON_EPOCH_JDE + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const sunAnomaly = 2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3;
  const moonAnomaly = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4;
  const latitudeArg = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4;
  const node = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;

  let correction = 0;
  for (const [coefficient, ePower, m, mp, f, o] of NEW_MOON_TERMS) {
    const argument = m * sunAnomaly + mp * moonAnomaly + f * latitudeArg + o * node;
    correction += coefficient * e ** ePower * sind(argument);
  }
  let planetary = 0;
  for (let i = 0; i < PLANETARY_TERMS.length; i++) {
    const [coefficient, a0, perLunation] = PLANETARY_TERMS[i]!;
    const argument = a0 + perLunation * k - (i === 0 ? 0.009173 * t2 : 0);
    planetary += coefficient * sind(argument);
  }
  return mean + correction + planetary;
}

/**
 * @internal
 * The Sun's apparent geocentric longitude in degrees, [0, 360), at a JDE
 * (Meeus chapter 25, low accuracy: about 0.01 degree).
 */
export function apparentSolarLongitude(jde: number): number {
  const t = (jde - J2000) / 36525;
  const meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const meanAnomaly = 357.52911 + 35999.05029 * t - 0.0001537 * t * t;
  const center =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * sind(meanAnomaly) +
    (0.019993 - 0.000101 * t) * sind(2 * meanAnomaly) +
    0.000289 * sind(3 * meanAnomaly);
  const node = 125.04 - 1934.136 * t;
  return normalizeDegrees(meanLongitude + center - 0.00569 - 0.00478 * sind(node));
}

/** @internal Converts a Universal Time Julian Day into a JDE (adds Delta T). */
export function utToJde(jdUt: number): number {
  return jdUt + deltaTSeconds(decimalYear(jdUt)) / 86_400;
}

/** @internal Converts a JDE into a Universal Time Julian Day (subtracts Delta T). */
export function jdeToUt(jde: number): number {
  return jde - deltaTSeconds(decimalYear(jde)) / 86_400;
}
