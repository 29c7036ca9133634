import { fromDayNumber, toDayNumber, type IsoDate } from '../dates.js';
import type { WorkingDayCalendar } from '../calendar/index.js';

/**
 * @internal Counts working days between dates on a calendar, asking the calendar about each
 * day once: a running count per day, extended as far as the dates asked about.
 */
export class WorkingDayCounter {
  readonly #calendar: WorkingDayCalendar;
  /** Day number of `#running[0]`. */
  #start = 0;
  /** Working days from `#start` up to and including each day. */
  #running: number[] = [];

  constructor(calendar: WorkingDayCalendar) {
    this.#calendar = calendar;
  }

  /**
   * Working days `d` with `from < d <= to`; 0 when `to <= from`.
   *
   * @example
   * counter.between('2021-12-17', '2021-12-21'); // 2 (Monday 20 and Tuesday 21)
   */
  between(from: IsoDate, to: IsoDate): number {
    if (to <= from) return 0;
    const start = this.#day(from);
    const end = this.#day(to);
    this.#at(start);
    return this.#at(end) - this.#at(start);
  }

  readonly #days = new Map<string, number>();

  #day(date: IsoDate): number {
    let day = this.#days.get(date);
    if (day === undefined) this.#days.set(date, (day = toDayNumber(date)));
    return day;
  }

  #at(day: number): number {
    if (this.#running.length === 0) {
      this.#start = day;
      this.#running.push(this.#working(day) ? 1 : 0);
      return this.#running[0]!;
    }
    if (day < this.#start) {
      // Extend backwards: rebuild from the new start.
      const prefix: number[] = [];
      let count = 0;
      for (let d = day; d < this.#start; d++) prefix.push((count += this.#working(d) ? 1 : 0));
      this.#running = [...prefix, ...this.#running.map((n) => n + count)];
      this.#start = day;
    }
    while (this.#start + this.#running.length <= day) {
      const d = this.#start + this.#running.length;
      this.#running.push(this.#running[this.#running.length - 1]! + (this.#working(d) ? 1 : 0));
    }
    return this.#running[day - this.#start]!;
  }

  #working(day: number): boolean {
    return this.#calendar.describe(fromDayNumber(day)).working;
  }
}
