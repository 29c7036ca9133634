import { formatVietnameseDate, type Deadline } from '@kehoach/core';

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const SUMMARY_LENGTH = 100;

/**
 * A one-line summary of a text: its first paragraph, whitespace collapsed, cut at a word
 * boundary near 100 characters with an ellipsis, without a trailing colon.
 *
 * @internal
 */
export function summarize(text: string, max = SUMMARY_LENGTH): string {
  const end = text.search(/\r|\n/);
  let first = end < 0 ? text : text.slice(0, end);
  // Look at a bounded prefix only: texts can be long paragraphs, and this runs per duty.
  const limit = max * 2 + 8;
  const clipped = first.length > limit;
  if (clipped) first = first.slice(0, limit).replace(/[\uD800-\uDBFF]$/, '');
  first = first.replace(/\s+/g, ' ').trim();
  const chars = first.length > max ? Array.from(first) : undefined;
  if (chars !== undefined && chars.length > max) {
    const cut = chars.slice(0, max).join('');
    const space = cut.lastIndexOf(' ');
    return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
  }
  if (clipped) return `${first.replace(/[\s,;:.]+$/, '')}…`;
  return first.replace(/:$/, '');
}

/**
 * A deadline in words: its wording as printed when the plan kept it ("trước ngày 20/12/2021"),
 * otherwise a wording built from its parts.
 *
 * @internal
 */
export function describeDeadline(deadline: Deadline): string {
  if (deadline.text !== undefined) return deadline.text;
  switch (deadline.kind) {
    case 'date': {
      const date = formatVietnameseDate(deadline.date);
      const words = { before: 'trước ngày', 'no-later-than': 'chậm nhất ngày', on: 'ngày', by: 'đến ngày' } as const;
      return `${words[deadline.wording]} ${date}`;
    }
    case 'end-of': {
      if (deadline.period === 'plan') return 'cuối kỳ kế hoạch';
      if (deadline.period === 'phase') return 'cuối giai đoạn';
      const year = deadline.year === undefined ? '' : ` năm ${deadline.year}`;
      if (deadline.period === 'year') return deadline.year === undefined ? 'cuối năm' : `cuối năm ${deadline.year}`;
      if (deadline.period === 'quarter') return `cuối quý ${ROMAN[(deadline.index ?? 1) - 1] ?? deadline.index}${year}`;
      if (deadline.period === 'half-year') return `hết 6 tháng ${deadline.index === 2 ? 'cuối' : 'đầu'} năm${year}`;
      return `cuối tháng ${deadline.index ?? ''}${deadline.year === undefined ? '' : `/${deadline.year}`}`.trim();
    }
    case 'recurring': {
      const every = { year: 'hằng năm', 'half-year': '6 tháng một lần', quarter: 'hằng quý', month: 'hằng tháng' }[deadline.every];
      if (deadline.day === undefined) return every;
      const words = { before: 'trước ngày', 'no-later-than': 'chậm nhất ngày', on: 'ngày', by: 'đến ngày' }[deadline.wording];
      const day = deadline.day === 'last' ? 'cuối tháng' : String(deadline.day);
      if (deadline.every === 'year' && deadline.month !== undefined) {
        return deadline.day === 'last' ? `${every}, ${words} cuối tháng ${deadline.month}` : `${every} ${words} ${day}/${deadline.month}`;
      }
      if (deadline.every === 'month') return `${every} ${words} ${day}`;
      return `${every}, ${words} ${day} của tháng thứ ${deadline.month ?? 1} trong kỳ`;
    }
    case 'milestone':
      return { 'start-term': 'đầu kỳ', 'mid-term': 'giữa kỳ', 'end-term': 'cuối kỳ', 'on-request': 'theo yêu cầu', other: 'theo mốc' }[deadline.milestone];
    case 'event':
      return deadline.event;
    case 'by-reference':
      return 'theo thời hạn quy định';
    case 'same-as':
      return `như thời hạn của ${deadline.rule}`;
  }
}
