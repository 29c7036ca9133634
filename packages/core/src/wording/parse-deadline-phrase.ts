import { daysInMonth, makeIsoDate, type IsoDate } from '../dates.js';
import type { LocalizedText } from '../model/text.js';
import type { Deadline, DeadlineWording, PeriodUnit, RecurringDeadline } from '../model/schema.js';

/** The period a report is about, as a phrase names it ("6 tháng đầu năm"), apart from when it is due. */
export interface PhrasePeriod {
  period: PeriodUnit;
  /** Which half (1-2) or quarter (1-4), when the phrase says. */
  index?: number;
}

/** Why a phrase could not be read. */
export type DeadlinePhraseCode =
  /** Nothing but spaces. */
  | 'phrase/empty'
  /** A day and month without a year ("trước ngày 10/12"), and no year was given to complete it. */
  | 'phrase/no-year'
  /** A date that does not exist ("31/02/2022") or is out of range. */
  | 'phrase/invalid-date'
  /** No deadline wording was recognised. */
  | 'phrase/unreadable';

/** What `parseDeadlinePhrase()` read. */
export type DeadlinePhraseResult =
  | {
      ok: true;
      /** Every deadline the phrase states, in the order it states them (most phrases state one). */
      deadlines: Deadline[];
      /** The period reported on, when the phrase names one apart from the due date: "báo cáo 6 tháng đầu năm trước ngày 15/6". */
      covers?: PhrasePeriod;
    }
  | {
      ok: false;
      code: DeadlinePhraseCode;
      message: LocalizedText;
      /** For `phrase/no-year`: the day and month read, and how the day is worded. */
      dayMonth?: { day: number; month: number; wording: DeadlineWording };
    };

/** Options of {@link parseDeadlinePhrase}. */
export interface DeadlinePhraseOptions {
  /** The year of a day and month written without one ("trước ngày 10/12"): usually the plan's. */
  year?: number;
  /** Keep the phrase as each deadline's `text`; `true` by default. */
  keepText?: boolean;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/**
 * Reads the wording of a deadline, as Vietnamese plans write it, into the model's structured
 * deadlines. It reads the forms the builders write:
 *
 * - a day: "trước ngày 20/12/2021", "chậm nhất ngày 15 tháng 01 năm 2022", "ngày 15/3/2022",
 *   "đến ngày …"; a day and month alone take `options.year`;
 * - the end of a period: "cuối năm 2021", "cuối quý III năm 2021", "quý IV/2022",
 *   "6 tháng đầu năm 2022", "hết tháng 6/2022", "cuối kỳ kế hoạch";
 * - recurrences: "định kỳ hàng năm trước ngày 15/11", "trước ngày 30/11 hằng năm",
 *   "hằng quý, trước ngày 20 tháng cuối quý", "hằng tháng (trước ngày 16 hàng tháng)",
 *   "định kỳ 6 tháng", "6 tháng (trước ngày 16/6)" (a six-month report due once a year);
 * - milestones and triggers: "đầu kỳ", "giữa kỳ", "cuối kỳ", "đột xuất", "theo yêu cầu",
 *   "khi xảy ra thiên tai".
 *
 * A phrase that states several ("định kỳ 6 tháng, hằng năm, giữa kỳ hoặc đột xuất") gives
 * them all. What it cannot read is a coded result, never an exception.
 *
 * @example
 * parseDeadlinePhrase('Định kỳ hàng năm trước ngày 15/11');
 * // { ok: true, deadlines: [{ kind: 'recurring', every: 'year', wording: 'before', month: 11, day: 15, text: 'Định kỳ hàng năm trước ngày 15/11' }] }
 * parseDeadlinePhrase('cuối quý III năm 2021').deadlines[0]; // { kind: 'end-of', period: 'quarter', year: 2021, index: 3, … }
 * parseDeadlinePhrase('trước ngày 10/12'); // { ok: false, code: 'phrase/no-year', dayMonth: { day: 10, month: 12, wording: 'before' }, … }
 * parseDeadlinePhrase('trước ngày 10/12', { year: 2021 }).deadlines[0]; // before('2021-12-10')
 */
export function parseDeadlinePhrase(text: string, options: DeadlinePhraseOptions = {}): DeadlinePhraseResult {
  const original = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (original === '') return failure('phrase/empty');
  const s = normalise(original);
  const found: { at: number; deadline: Deadline }[] = [];
  const used: [number, number][] = [];
  const take = (m: RegExpExecArray) => used.push([m.index, m.index + m[0].length]);
  const free = (m: RegExpExecArray) => !used.some(([a, b]) => m.index < b && m.index + m[0].length > a);
  let covers: PhrasePeriod | undefined;

  // An event trigger is the whole phrase: "khi xảy ra thiên tai (như bão, lũ …)".
  const event = /^(?:ngay )?(?:khi|trong trường hợp|sau khi|trường hợp) (?!có yêu cầu)/.exec(s);
  if (event) return success([{ kind: 'event', event: original }], undefined, original, options);

  // Full dates: "20/12/2021", "20-12-2021", "ngày 20 tháng 12 năm 2021".
  const dates: { at: number; end: number; date: IsoDate | undefined; wording: DeadlineWording }[] = [];
  for (const m of matches(s, /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|(\d{1,2}) tháng (\d{1,2}) năm (\d{4})/g)) {
    const [d, mo, y] = m[1] !== undefined ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
    dates.push({ at: m.index, end: m.index + m[0].length, date: isoOf(Number(y), Number(mo), Number(d)), wording: wordingBefore(s, m.index) });
    take(m);
  }
  if (dates.some((d) => d.date === undefined)) return failure('phrase/invalid-date');

  // End of a period with its year.
  const endOfs: { at: number; deadline: Deadline }[] = [];
  const endOf = (re: RegExp, make: (m: RegExpExecArray) => Deadline | undefined) => {
    for (const m of matches(s, re)) {
      if (!free(m)) continue;
      const deadline = make(m);
      if (deadline === undefined) continue;
      endOfs.push({ at: m.index, deadline });
      take(m);
    }
  };
  endOf(/(?:cuối|hết|hết kỳ|trong|đến hết) kỳ kế hoạch|cuối giai đoạn(?! \d)/g, () => ({ kind: 'end-of', period: 'plan' }));
  endOf(/(6|sáu) tháng (đầu|cuối) năm (\d{4})/g, (m) => ({ kind: 'end-of', period: 'half-year', year: Number(m[3]), index: m[2] === 'đầu' ? 1 : 2 }));
  endOf(/quý (iv|iii|ii|i|[1-4])(?: năm |\s*\/\s*)(\d{4})/g, (m) => ({ kind: 'end-of', period: 'quarter', year: Number(m[2]), index: ROMAN[m[1]!] ?? Number(m[1]) }));
  endOf(/tháng (\d{1,2})(?: năm |\s*\/\s*)(\d{4})/g, (m) =>
    Number(m[1]) >= 1 && Number(m[1]) <= 12 ? { kind: 'end-of', period: 'month', year: Number(m[2]), index: Number(m[1]) } : undefined,
  );
  endOf(/(?:cuối|hết|trong|đến|đến cuối|đến hết|hoàn thành (?:trong )?)?\s*năm (\d{4})/g, (m) => ({ kind: 'end-of', period: 'year', year: Number(m[1]) }));

  // Days and months without a year: "15/11", "ngày 15 tháng 11".
  const dayMonths: { at: number; day: number; month: number; wording: DeadlineWording }[] = [];
  for (const m of matches(s, /(\d{1,2})\s*\/\s*(\d{1,2})(?!\s*\/?\s*\d)|ngày (\d{1,2}) tháng (\d{1,2})(?! năm)/g)) {
    if (!free(m)) continue;
    const [d, mo] = m[1] !== undefined ? [Number(m[1]), Number(m[2])] : [Number(m[3]), Number(m[4])];
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(2024, mo)) return failure('phrase/invalid-date');
    dayMonths.push({ at: m.index, day: d, month: mo, wording: wordingBefore(s, m.index) });
    take(m);
  }
  // A day of the month alone: "trước ngày 16 hàng tháng", "trước ngày 20 tháng cuối quý".
  const days: { at: number; day: number | 'last'; wording: DeadlineWording; monthOfPeriod?: number }[] = [];
  for (const m of matches(s, /ngày (\d{1,2})(?: (?:của )?tháng (cuối|đầu|thứ (?:hai|ba|2|3)) (?:của )?(?:mỗi |hằng )?(?:quý|kỳ))?|ngày cuối (?:cùng của )?tháng/g)) {
    if (!free(m)) continue;
    const day = m[1] === undefined ? ('last' as const) : Number(m[1]);
    if (day !== 'last' && (day < 1 || day > 31)) return failure('phrase/invalid-date');
    const which = m[2];
    const monthOfPeriod = which === undefined ? undefined : which === 'đầu' ? 1 : which === 'cuối' ? 3 : /hai|2/.test(which) ? 2 : 3;
    days.push({ at: m.index, day, wording: wordingBefore(s, m.index), ...(monthOfPeriod === undefined ? {} : { monthOfPeriod }) });
    take(m);
  }

  // Cadences.
  const cadences: { at: number; every: PeriodUnit }[] = [];
  for (const m of matches(s, /hằng năm|mỗi năm|năm một lần|hằng quý|mỗi quý|quý một lần|hằng tháng|mỗi tháng|tháng một lần|(?:định kỳ )?(?:6|sáu) tháng(?: một lần)?|nửa năm/g)) {
    if (!free(m)) continue;
    const w = m[0];
    const every: PeriodUnit = /năm/.test(w) && !/nửa/.test(w) ? 'year' : /quý/.test(w) ? 'quarter' : /6|sáu|nửa/.test(w) ? 'half-year' : 'month';
    take(m);
    // "Định kỳ hàng tháng (trước ngày 16 hàng tháng)": one cadence said twice.
    if (!cadences.some((c) => c.every === every)) cadences.push({ at: m.index, every });
  }
  const halfCovered = /(6|sáu) tháng (đầu|cuối) năm(?! \d)/.exec(s);

  // Milestones.
  const milestones: { at: number; end: number; deadline: Deadline }[] = [];
  for (const m of matches(s, /đầu kỳ|giữa kỳ|cuối kỳ|sơ kết giữa kỳ|đột xuất|theo yêu cầu|khi có yêu cầu/g)) {
    if (!free(m)) continue;
    const w = m[0];
    const milestone = w === 'đầu kỳ' ? 'start-term' : /giữa kỳ/.test(w) ? 'mid-term' : w === 'cuối kỳ' ? 'end-term' : 'on-request';
    // "cuối kỳ theo yêu cầu": the end-term report, asked for; one deadline, not two.
    // "khi có yêu cầu báo cáo đột xuất": one ad hoc deadline, said twice.
    if (milestones.some((x) => x.deadline.kind === 'milestone' && x.deadline.milestone === milestone)) {
      take(m);
      continue;
    }
    const previous = milestones.at(-1);
    if (milestone === 'on-request' && previous !== undefined && /^\s*$/.test(s.slice(previous.end, m.index))) continue;
    milestones.push({ at: m.index, end: m.index + w.length, deadline: { kind: 'milestone', milestone } });
    take(m);
  }

  // Put the pieces together.
  for (const d of dates) found.push({ at: d.at, deadline: { kind: 'date', date: d.date!, wording: d.wording } });
  for (const e of endOfs) found.push(e);
  const recurring = (every: PeriodUnit, at: number, extra: Partial<RecurringDeadline> = {}) =>
    found.push({ at, deadline: { kind: 'recurring', every, wording: 'before', ...extra } });
  const yearlies = cadences.filter((c) => c.every === 'year');
  const halves = cadences.filter((c) => c.every === 'half-year');
  const quarters = cadences.filter((c) => c.every === 'quarter');
  const months = cadences.filter((c) => c.every === 'month');
  let dayMonthsLeft = [...dayMonths];
  let daysLeft = [...days];

  if (halves.length > 0 && dayMonths.length === 2 && dayMonths[0]!.day === dayMonths[1]!.day && Math.abs(dayMonths[0]!.month - dayMonths[1]!.month) === 6) {
    // "6 tháng, trước ngày 15/6 và 15/12": twice a year on the same day.
    const first = Math.min(dayMonths[0]!.month, dayMonths[1]!.month);
    recurring('half-year', halves[0]!.at, { month: first, day: dayMonths[0]!.day, wording: dayMonths[0]!.wording });
    halves.splice(0, 1);
    dayMonthsLeft = [];
  } else if (halves.length > 0 && dayMonths.length === 1 && yearlies.length === 0) {
    // "6 tháng (trước ngày 16/6)", "báo cáo 6 tháng đầu năm trước ngày 15/6": a six-month report, due once a year.
    covers = halfCovered ? { period: 'half-year', index: halfCovered[2] === 'đầu' ? 1 : 2 } : { period: 'half-year' };
    const dm = dayMonths[0]!;
    recurring('year', halves[0]!.at, { month: dm.month, day: dm.day, wording: dm.wording });
    halves.splice(0, 1);
    dayMonthsLeft = [];
  }
  for (const c of yearlies) {
    const dm = dayMonthsLeft.shift();
    recurring('year', Math.min(c.at, dm?.at ?? c.at), dm === undefined ? {} : { month: dm.month, day: dm.day, wording: dm.wording });
  }
  for (const c of halves) {
    const d = daysLeft.find((x) => x.monthOfPeriod !== undefined);
    if (d !== undefined) daysLeft = daysLeft.filter((x) => x !== d);
    recurring('half-year', c.at, d === undefined ? {} : { month: d.monthOfPeriod === 1 ? 1 : 6, day: d.day, wording: d.wording });
  }
  for (const c of quarters) {
    const d = daysLeft.find((x) => x.monthOfPeriod !== undefined) ?? daysLeft[0];
    if (d !== undefined) daysLeft = daysLeft.filter((x) => x !== d);
    recurring('quarter', c.at, d === undefined ? {} : { ...(d.monthOfPeriod === undefined ? {} : { month: d.monthOfPeriod }), day: d.day, wording: d.wording });
  }
  for (const c of months) {
    const d = daysLeft.find((x) => x.monthOfPeriod === undefined);
    if (d !== undefined) daysLeft = daysLeft.filter((x) => x !== d);
    recurring('month', c.at, d === undefined ? {} : { day: d.day, wording: d.wording });
  }
  for (const dm of dayMonthsLeft) {
    if (options.year === undefined) {
      return { ...failure('phrase/no-year'), dayMonth: { day: dm.day, month: dm.month, wording: dm.wording } };
    }
    const date = isoOf(options.year, dm.month, dm.day);
    if (date === undefined) return failure('phrase/invalid-date');
    found.push({ at: dm.at, deadline: { kind: 'date', date, wording: dm.wording } });
  }
  for (const m of milestones) found.push({ at: m.at, deadline: m.deadline });
  if (found.length === 0) return failure('phrase/unreadable');
  found.sort((a, b) => a.at - b.at);
  return success(
    found.map((f) => f.deadline),
    covers,
    original,
    options,
  );
}

function success(deadlines: Deadline[], covers: PhrasePeriod | undefined, text: string, options: DeadlinePhraseOptions): DeadlinePhraseResult {
  const keep = options.keepText ?? true;
  const out = keep ? deadlines.map((d) => ({ ...d, text })) : deadlines;
  return covers === undefined ? { ok: true, deadlines: out } : { ok: true, deadlines: out, covers };
}

const MESSAGES: Record<DeadlinePhraseCode, LocalizedText> = {
  'phrase/empty': { vi: 'Không có câu chữ thời hạn.', en: 'The deadline wording is empty.' },
  'phrase/no-year': {
    vi: 'Thời hạn chỉ nêu ngày và tháng, không nêu năm.',
    en: 'The deadline states a day and month but no year.',
  },
  'phrase/invalid-date': { vi: 'Thời hạn nêu một ngày không có thật.', en: 'The deadline states a date that does not exist.' },
  'phrase/unreadable': {
    vi: 'Không đọc được thời hạn từ câu chữ này.',
    en: 'No deadline could be read from this wording.',
  },
};

function failure(code: DeadlinePhraseCode): Extract<DeadlinePhraseResult, { ok: false }> {
  return { ok: false, code, message: MESSAGES[code] };
}

/** Lower case, one spelling of "hằng", no brackets or trailing punctuation. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/hàng (năm|quý|tháng)/g, 'hằng $1')
    .replace(/[()[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** How the words before position `at` word the day. */
function wordingBefore(s: string, at: number): DeadlineWording {
  const before = s.slice(Math.max(0, at - 24), at);
  if (/chậm nhất(?: là)?(?: vào)?(?: ngày)? ?$/.test(before) || /không (?:muộn|chậm) hơn(?: ngày)? ?$/.test(before)) return 'no-later-than';
  if (/trước(?: ngày)? ?$/.test(before)) return 'before';
  if (/(?:đến|tới|hết)(?: ngày)? ?$/.test(before)) return 'by';
  return 'on';
}

function isoOf(year: number, month: number, day: number): IsoDate | undefined {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return makeIsoDate(year, month, day);
}

function* matches(s: string, re: RegExp): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) yield m;
}
