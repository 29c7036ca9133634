import { formatVietnameseDate, parseDeadlinePhrase, type Deadline, type LocalizedText } from '@kehoach/core';
import type { RuleContext } from '../../../context.js';
import { defineRule } from '../../../define-rule.js';

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const WORDING: Record<string, LocalizedText> = {
  before: { vi: 'trước ngày', en: 'before' },
  'no-later-than': { vi: 'chậm nhất ngày', en: 'no later than' },
  on: { vi: 'ngày', en: 'on' },
  by: { vi: 'đến ngày', en: 'by' },
};
const EVERY: Record<string, LocalizedText> = {
  year: { vi: 'hằng năm', en: 'yearly' },
  'half-year': { vi: '6 tháng một lần', en: 'every six months' },
  quarter: { vi: 'hằng quý', en: 'quarterly' },
  month: { vi: 'hằng tháng', en: 'monthly' },
};
const MILESTONE: Record<string, LocalizedText> = {
  'start-term': { vi: 'đầu kỳ', en: 'start of term' },
  'mid-term': { vi: 'giữa kỳ', en: 'mid-term' },
  'end-term': { vi: 'cuối kỳ', en: 'end of term' },
  'on-request': { vi: 'đột xuất, theo yêu cầu', en: 'on request' },
};

/**
 * @internal What a structured deadline says, in each language, for the messages: "trước ngày
 * 10/12/2021" / "before 2021-12-10", "cuối quý III năm 2021", "hằng năm, ngày 15/11".
 */
export function deadlineWords(d: Deadline): LocalizedText {
  switch (d.kind) {
    case 'date':
      return { vi: `${WORDING[d.wording]?.vi ?? ''} ${formatVietnameseDate(d.date)}`.trim(), en: `${WORDING[d.wording]?.en ?? ''} ${d.date}`.trim() };
    case 'end-of': {
      const y = d.year === undefined ? { vi: '', en: '' } : { vi: ` năm ${d.year}`, en: ` ${d.year}` };
      if (d.period === 'year') return { vi: d.year === undefined ? 'cuối năm' : `cuối năm ${d.year}`, en: `end of year${y.en}` };
      if (d.period === 'quarter') return { vi: `cuối quý ${ROMAN[(d.index ?? 1) - 1] ?? d.index}${y.vi}`, en: `end of Q${d.index}${y.en}` };
      if (d.period === 'half-year') return { vi: `hết 6 tháng ${d.index === 2 ? 'cuối' : 'đầu'} năm${y.vi}`, en: `end of H${d.index ?? 1}${y.en}` };
      if (d.period === 'month') return { vi: `hết tháng ${d.index ?? ''}${y.vi}`, en: `end of month ${d.index ?? ''}${y.en}` };
      return { vi: `cuối ${String(d.period) === 'plan' ? 'kỳ kế hoạch' : 'giai đoạn'}`, en: `end of the ${String(d.period)}` };
    }
    case 'recurring': {
      const every = EVERY[d.every] ?? { vi: d.every, en: d.every };
      if (d.day === undefined) return every;
      const day = d.day === 'last' ? { vi: 'ngày cuối tháng', en: 'the last day' } : { vi: `ngày ${d.day}${d.month === undefined ? '' : `/${d.month}`}`, en: `day ${d.day}${d.month === undefined ? '' : ` of month ${d.month}`}` };
      return { vi: `${every.vi}, ${WORDING[d.wording]?.vi.replace(/ ngày$/, '') ?? ''} ${day.vi}`, en: `${every.en}, ${WORDING[d.wording]?.en ?? ''} ${day.en}` };
    }
    case 'milestone':
      return MILESTONE[d.milestone] ?? { vi: d.text ?? d.milestone, en: d.milestone };
    default:
      return { vi: d.text ?? d.kind, en: d.kind };
  }
}

type Verdict = 'agrees' | 'wording' | 'differs' | 'incomparable';

/** @internal Whether what the wording states (`said`) agrees with the structured deadline (`data`), on what both state. */
export function compareDeadlines(said: Deadline, data: Deadline, ctx: Pick<RuleContext, 'datesOf'>): Verdict {
  const explicit = (w: string) => w !== 'on';
  if ((said.kind === 'date' || said.kind === 'end-of') && (data.kind === 'date' || data.kind === 'end-of')) {
    if (said.kind === 'end-of' && data.kind === 'end-of') {
      const same = said.period === data.period && (said.year === undefined || data.year === undefined || said.year === data.year) && (said.index === undefined || data.index === undefined || said.index === data.index);
      if (same) return 'agrees';
    }
    const a = ctx.datesOf(said)?.[0];
    const b = ctx.datesOf(data)?.[0];
    if (a === undefined || b === undefined) return 'incomparable';
    if (a !== b) return 'differs';
    if (said.kind === 'date' && data.kind === 'date' && explicit(said.wording) && said.wording !== data.wording) return 'wording';
    return 'agrees';
  }
  if (said.kind === 'recurring' && data.kind === 'recurring') {
    if (said.every !== data.every) return 'differs';
    if (said.month !== undefined && data.month !== undefined && said.month !== data.month) return 'differs';
    if (said.day !== undefined && data.day !== undefined && said.day !== data.day) return 'differs';
    if (said.day !== undefined && data.day !== undefined && explicit(said.wording) && said.wording !== data.wording) return 'wording';
    return 'agrees';
  }
  if (said.kind === 'milestone' && data.kind === 'milestone') return said.milestone === data.milestone ? 'agrees' : 'differs';
  // A milestone beside a date says nothing against it: "tổng kết (năm 2035)" is the end-term report of a plan ending in 2035.
  const families = new Set(['date', 'end-of', 'recurring']);
  if (families.has(said.kind) && families.has(data.kind)) return 'differs';
  return 'incomparable';
}

const yearOf = (d: Deadline, fallback: number): number => {
  if (d.kind === 'date') return Number(d.date.slice(0, 4));
  if (d.kind === 'end-of' && d.year !== undefined) return d.year;
  return fallback;
};

/**
 * A deadline keeps the wording it was printed with (`text`: "trước ngày 10/12", "hằng quý",
 * "cuối quý III năm 2021") beside its structured form, which calendars and checks read. When
 * one is edited and not the other, the document and its data say different things. The wording
 * is read with core's `parseDeadlinePhrase` and compared with the structured deadline on what
 * both state; wording the reader does not understand, and deadlines triggered by an event, are
 * left alone.
 */
export const wordingMismatch = defineRule({
  meta: {
    id: 'dates/wording-mismatch',
    code: 'KH206',
    defaultSeverity: 'error',
    docs: {
      description: "A deadline's wording (its text) states another date, cadence or milestone than its structured form.",
      descriptionVi: 'Câu chữ của thời hạn nêu ngày, chu kỳ hoặc mốc khác với dữ liệu có cấu trúc của thời hạn đó.',
    },
    messages: {
      differs: {
        vi: 'Câu chữ thời hạn "{text}" nêu {said}, nhưng dữ liệu ghi {data}: một bên đã bị sửa mà bên kia chưa.',
        en: 'The deadline wording "{text}" states {said}, but the data says {data}: one was edited and not the other.',
      },
      wording: {
        vi: 'Câu chữ thời hạn "{text}" nêu {said}, nhưng dữ liệu ghi {data}: cùng ngày nhưng khác cách tính hạn.',
        en: 'The deadline wording "{text}" states {said}, but the data says {data}: the same day, read differently.',
      },
    },
  },
  check(plan, ctx, _options, report) {
    const issueYear = Number(plan.issuedOn.slice(0, 4));
    for (const { deadline, path, entry } of ctx.deadlines) {
      if (deadline.text === undefined || deadline.kind === 'event') continue;
      // A day and month without a year ("định kỳ … trước ngày 20/11") dates a one-off deadline in
      // its own year, and is compared as it is written with a recurring one.
      const dated = deadline.kind === 'date' || deadline.kind === 'end-of';
      const read = parseDeadlinePhrase(deadline.text, dated ? { year: yearOf(deadline, issueYear), keepText: false } : { keepText: false });
      const at = { path: [...path, 'text'], nodeId: entry.node.id };
      if (!read.ok) {
        const dm = read.dayMonth;
        if (dm !== undefined && deadline.kind === 'recurring' && deadline.every === 'year' && deadline.day !== undefined && deadline.month !== undefined) {
          if (dm.day !== deadline.day || dm.month !== deadline.month) {
            const said: Deadline = { kind: 'recurring', every: 'year', month: dm.month, day: dm.day, wording: dm.wording };
            report({ messageId: 'differs', data: { text: deadline.text, said: deadlineWords(said), data: deadlineWords(deadline) }, ...at });
          }
        }
        continue;
      }
      const verdicts = read.deadlines.map((said) => ({ said, verdict: compareDeadlines(said, deadline, ctx) }));
      if (verdicts.some((v) => v.verdict === 'agrees') || verdicts.every((v) => v.verdict === 'incomparable')) continue;
      const worst = verdicts.find((v) => v.verdict === 'wording') ?? verdicts.find((v) => v.verdict === 'differs')!;
      report({
        messageId: worst.verdict === 'wording' ? 'wording' : 'differs',
        data: { text: deadline.text, said: deadlineWords(worst.said), data: deadlineWords(deadline) },
        ...at,
      });
    }
  },
});
