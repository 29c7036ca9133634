import { splitIsoDate, type IsoDate, type PeriodUnit } from '@kehoach/core';

/** @internal `2021-12-20` → `20211220`, the DATE value type of RFC 5545 §3.3.4. */
export function icsDate(date: IsoDate): string {
  return date.replaceAll('-', '');
}

/** @internal `2021-11-29` → `20211129T000000Z`: DTSTAMP fixed by the plan, never the clock. */
export function icsStamp(date: IsoDate): string {
  return `${icsDate(date)}T000000Z`;
}

const STEP: Record<PeriodUnit, number> = { year: 12, 'half-year': 6, quarter: 3, month: 1 };

/**
 * The RRULE of a series of dates that recur every `every` (sorted: the stated dates of a
 * recurring deadline, or the last days in time they stand for, "trước ngày 15/11" read as
 * 14/11): `FREQ=YEARLY;UNTIL=20251114;BYMONTH=11;BYMONTHDAY=14`. UNTIL is a DATE, the same value
 * type as the all-day DTSTART, and COUNT is never used.
 *
 * The rule is taken from the dates themselves (the first date's day of the month, else the
 * month's last day) and used only when RFC 5545 expands it to exactly `dates`.
 * `deadlineDates()` moves a day 29-31 to the last day of a shorter month, which RFC 5545 does
 * not do (BYMONTHDAY=31 skips 30-day months). `BYMONTHDAY=-1` covers the case where every
 * date is a month's end; `BYSETPOS` could cover the rest but clients (and ical.js) get it
 * wrong, so the rule is refused instead.
 *
 * @internal
 * @returns The rule, or `undefined` when no simple rule gives exactly `dates` (the caller then
 * writes one event per occurrence).
 */
export function recurrenceRule(every: PeriodUnit, dates: readonly IsoDate[]): string | undefined {
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (first === undefined || last === undefined || dates.length < 2) return undefined;
  const step = STEP[every];
  const [, month, day] = splitIsoDate(first);
  const candidates = [day, -1];
  const byMonthDay = candidates.find((d) => sameDates(expand(first, step, d, last), dates));
  if (byMonthDay === undefined) return undefined;
  const parts = [step === 12 ? 'FREQ=YEARLY' : 'FREQ=MONTHLY'];
  if (step !== 12 && step !== 1) parts.push(`INTERVAL=${step}`);
  parts.push(`UNTIL=${icsDate(last)}`);
  if (step === 12) parts.push(`BYMONTH=${month}`);
  parts.push(`BYMONTHDAY=${byMonthDay}`);
  return parts.join(';');
}

function sameDates(a: readonly IsoDate[], b: readonly IsoDate[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

/**
 * The dates RFC 5545 gives for `BYMONTHDAY=day` every `step` months from `first`'s month, up
 * to `until`: a month without that day has no occurrence; `-1` is the month's last day.
 */
function expand(first: IsoDate, step: number, day: number, until: IsoDate): IsoDate[] {
  const [year, month] = splitIsoDate(first);
  const out: IsoDate[] = [];
  for (let k = 0; out.length <= 10_000; k++) {
    const index = year * 12 + (month - 1) + k * step;
    const y = Math.floor(index / 12);
    const m = (index % 12) + 1;
    if (`${y}-${String(m).padStart(2, '0')}-01` > until) break;
    const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const d = day === -1 ? lastDay : day <= lastDay ? day : undefined;
    if (d === undefined) continue;
    const date = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` as IsoDate;
    if (date > until) break;
    if (date >= first) out.push(date);
  }
  return out;
}
