import { formatVietnameseDate, isIsoDate } from '../dates.js';
import type { Locale, LocalizedText } from '../model/text.js';
import { clean } from '../diff/describe.js';
import type { Exemption, Measurement, Progress, Submission, TaskStatus } from './schema.js';

/** What a change of a progress record is about. */
export type ProgressChangeKind =
  | 'plan/changed'
  | 'submission/added'
  | 'submission/removed'
  | 'submission/changed'
  | 'status/added'
  | 'status/removed'
  | 'status/changed'
  | 'measurement/added'
  | 'measurement/removed'
  | 'measurement/changed'
  | 'exemption/added'
  | 'exemption/removed'
  | 'exemption/changed';

/** One difference between two versions of a progress record. Plain JSON data. */
export interface ProgressChange {
  kind: ProgressChangeKind;
  /**
   * What changed: `<occurrence> <unit>` for a submission or exemption, `<task> <unit> <date>`
   * for a status, `<target> <scope> <year or period>` for a measurement.
   */
  id: string;
  /** The field that changed: `received`, `document`, `value`, `status`… */
  field?: string;
  /** Where it is in the record: in the new version, or the old one for removals. */
  path: (string | number)[];
  before?: unknown;
  after?: unknown;
  message: LocalizedText;
}

/** The difference of two progress records (see `diffProgress`). */
export interface ProgressDiff {
  changes: ProgressChange[];
}

type Keyed<T> = { key: string; value: T; index: number };

const LIST_ORDER = ['submissions', 'statuses', 'measurements', 'exemptions'] as const;

/**
 * What changed between two versions of a progress record: submissions, statuses,
 * measurements and exemptions added, removed or changed (field by field). Entries are matched
 * by what they are about, not by position: a submission by occurrence and unit, a status by
 * task, unit and date, a measurement by target, scope and year or period, an exemption by
 * occurrence and unit. Order: the plan id, then each list in the order of the later version,
 * removals after. The same two records always give the same diff; `diffProgress(p, p)` is empty.
 *
 * @example
 * const diff = diffProgress(lastWeek, today);
 * for (const c of diff.changes) console.log(c.kind, c.id, c.message.vi);
 * // submission/added VI.t1/r1#0@2022-11-15 soYTe  nộp ngày 10/11/2022
 */
export function diffProgress(a: Progress, b: Progress): ProgressDiff {
  const changes: ProgressChange[] = [];
  if (a.plan !== b.plan) {
    changes.push({ kind: 'plan/changed', id: b.plan, field: 'plan', path: ['plan'], before: a.plan, after: b.plan, message: { vi: `kế hoạch: ${a.plan} → ${b.plan}`, en: `plan: ${a.plan} → ${b.plan}` } });
  }
  compare('submission', 'submissions', a.submissions, b.submissions, (s: Submission) => `${s.occurrence} ${s.unit}`, describeSubmission, changes);
  compare('status', 'statuses', a.statuses, b.statuses, (s: TaskStatus) => `${s.task}${s.unit === undefined ? '' : ` ${s.unit}`} ${s.date}`, describeStatus, changes);
  compare('measurement', 'measurements', a.measurements, b.measurements, measurementKey, describeMeasurement, changes);
  compare('exemption', 'exemptions', a.exemptions, b.exemptions, (e: Exemption) => `${e.occurrence}${e.unit === undefined ? '' : ` ${e.unit}`}`, describeExemption, changes);
  return { changes };
}

function measurementKey(m: Measurement): string {
  const when = m.year !== undefined ? String(m.year) : m.period !== undefined ? `${m.period.from}…${m.period.to}` : '';
  return `${m.target}${m.scope === undefined ? '' : ` ${m.scope}`} ${when}`.trim();
}

function compare<T extends object>(
  what: 'submission' | 'status' | 'measurement' | 'exemption',
  list: (typeof LIST_ORDER)[number],
  before: readonly T[],
  after: readonly T[],
  keyOf: (value: T) => string,
  describe: (value: T) => LocalizedText,
  out: ProgressChange[],
): void {
  const index = (values: readonly T[]): Map<string, Keyed<T>> => {
    const map = new Map<string, Keyed<T>>();
    values.forEach((value, i) => {
      let key = keyOf(value);
      // A duplicate (the validator reports it) is matched with its own duplicate.
      for (let n = 2; map.has(key); n++) key = `${keyOf(value)} (${n})`;
      map.set(key, { key, value, index: i });
    });
    return map;
  };
  const old = index(before);
  const now = index(after);
  for (const { key, value, index: i } of now.values()) {
    const previous = old.get(key);
    if (previous === undefined) {
      out.push({ kind: `${what}/added`, id: key, path: [list, i], after: value, message: prefix({ vi: 'thêm', en: 'added' }, describe(value)) });
      continue;
    }
    const fields = new Set([...Object.keys(previous.value), ...Object.keys(value)]);
    for (const field of fields) {
      const x = (previous.value as Record<string, unknown>)[field];
      const y = (value as Record<string, unknown>)[field];
      if (JSON.stringify(x) === JSON.stringify(y)) continue;
      out.push({
        kind: `${what}/changed`,
        id: key,
        field,
        path: [list, i, field],
        ...(x === undefined ? {} : { before: x }),
        ...(y === undefined ? {} : { after: y }),
        message: { vi: `${field}: ${show(x, 'vi')} → ${show(y, 'vi')}`, en: `${field}: ${show(x, 'en')} → ${show(y, 'en')}` },
      });
    }
  }
  for (const { key, value, index: i } of old.values()) {
    if (!now.has(key)) out.push({ kind: `${what}/removed`, id: key, path: [list, i], before: value, message: prefix({ vi: 'bỏ', en: 'removed' }, describe(value)) });
  }
}

function prefix(action: LocalizedText, text: LocalizedText): LocalizedText {
  return { vi: `${action.vi}: ${text.vi}`, en: `${action.en}: ${text.en}` };
}

function date(value: string): string {
  return isIsoDate(value) ? formatVietnameseDate(value) : value;
}

function show(value: unknown, locale: Locale): string {
  if (value === undefined) return locale === 'vi' ? '(không có)' : '(none)';
  if (typeof value === 'string') return clean(date(value));
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object' && value !== null && 'number' in value) {
    const d = value as { number: string; date?: string };
    return clean(`${d.number}${d.date === undefined ? '' : ` ${date(d.date)}`}`);
  }
  return clean(JSON.stringify(value));
}

function describeSubmission(s: Submission): LocalizedText {
  const doc = s.document === undefined ? '' : `, ${show(s.document, 'vi')}`;
  return { vi: `nộp ngày ${date(s.received)}${doc}`, en: `received ${date(s.received)}${doc}` };
}

function describeStatus(s: TaskStatus): LocalizedText {
  return { vi: `${s.status} từ ${date(s.date)}`, en: `${s.status} from ${date(s.date)}` };
}

function describeMeasurement(m: Measurement): LocalizedText {
  const value = `${m.value}${m.unit === undefined ? '' : ` ${m.unit}`}`;
  return { vi: `${value} (${clean(m.source)})`, en: `${value} (${clean(m.source)})` };
}

function describeExemption(e: Exemption): LocalizedText {
  return { vi: `miễn theo ${show(e.decision, 'vi')}`, en: `waived by ${show(e.decision, 'en')}` };
}

/**
 * A progress diff for people (`text`: a count, then one line per change, grouped by list) or
 * programs (`json`: the diff itself, two-space indented, final newline).
 *
 * @example
 * process.stdout.write(formatProgressDiff(diffProgress(a, b), { locale: 'vi' }));
 * // 2 thay đổi
 * //
 * // Bản nộp
 * // + VI.t1/r1#0@2022-11-15 soYTe  thêm: nộp ngày 10/11/2022
 */
export function formatProgressDiff(diff: ProgressDiff, options: { format?: 'text' | 'json'; locale?: Locale } = {}): string {
  if (options.format === 'json') return `${JSON.stringify({ changes: diff.changes }, null, 2)}\n`;
  const locale = options.locale ?? 'vi';
  const vi = locale === 'vi';
  const n = diff.changes.length;
  if (n === 0) return vi ? 'Không có thay đổi.\n' : 'No changes.\n';
  const headings: Record<string, [string, string]> = {
    plan: ['Kế hoạch', 'Plan'],
    submission: ['Bản nộp', 'Submissions'],
    status: ['Tình trạng nhiệm vụ', 'Task statuses'],
    measurement: ['Số đo chỉ tiêu', 'Target measurements'],
    exemption: ['Miễn trừ', 'Exemptions'],
  };
  const out = [vi ? `${n} thay đổi` : `${n} change${n === 1 ? '' : 's'}`];
  for (const [group, [headVi, headEn]] of Object.entries(headings)) {
    const lines = diff.changes.filter((c) => c.kind.startsWith(`${group}/`));
    if (lines.length === 0) continue;
    out.push('', vi ? headVi : headEn);
    for (const c of lines) {
      const symbol = c.kind.endsWith('/added') ? '+' : c.kind.endsWith('/removed') ? '-' : '~';
      out.push(`${symbol} ${clean(c.id)}  ${clean(c.message[locale])}`);
    }
  }
  return `${out.join('\n')}\n`;
}
