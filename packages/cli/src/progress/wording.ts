import { formatDistanceStrict } from 'date-fns';
import { enUS, vi } from 'date-fns/locale';
import { formatVietnameseDate, type IsoDate, type Locale, type OccurrenceStatus, type TargetProgress, type TaskState } from '@kehoach/core';

/**
 * @internal How far apart two days are in calendar time, in words ("7 ngày", "3 tháng";
 * "7 days", "3 months"): date-fns with its `vi` locale, rounded down, so "còn 5 ngày làm việc"
 * can say how long that is on the wall calendar.
 */
export function calendarDistance(from: IsoDate, to: IsoDate, locale: Locale): string {
  return formatDistanceStrict(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`), { locale: locale === 'vi' ? vi : enUS, roundingMethod: 'floor' });
}

/** @internal Where an occurrence stands, in words: "quá hạn 3 ngày làm việc", "còn 5 ngày làm việc (7 ngày)". */
export function verdictText(o: OccurrenceStatus, asOf: IsoDate, locale: Locale): string {
  const v = locale === 'vi';
  const days = (n: number) => (v ? `${n} ngày làm việc` : `${n} working day${n === 1 ? '' : 's'}`);
  switch (o.verdict) {
    case 'on-time':
      return v ? 'đúng hạn' : 'on time';
    case 'late':
      return v ? `trễ ${days(o.lateBy!)}` : `late by ${days(o.lateBy!)}`;
    case 'overdue':
      return v ? `quá hạn ${days(o.overdueBy!)}` : `overdue by ${days(o.overdueBy!)}`;
    case 'due-soon':
    case 'not-yet-due': {
      const left = o.due.effective === asOf ? (v ? 'hạn là hôm nay' : 'due today') : `${v ? 'còn' : ''} ${days(o.remaining!)}${v ? '' : ' left'}`.trim();
      return o.due.effective === asOf ? left : `${left} (${calendarDistance(asOf, o.due.effective, locale)})`;
    }
    case 'waived': {
      const decision = o.waivedBy?.kind === 'exemption' ? o.waivedBy.exemption.decision : o.waivedBy?.status.decision;
      const by = decision === undefined ? '' : ` (${decision.number})`;
      return v ? `được miễn${by}` : `waived${by}`;
    }
  }
}

/** @internal The verdict's short label for tables and CSV. */
export const VERDICT_LABEL: Record<OccurrenceStatus['verdict'], { vi: string; en: string }> = {
  'on-time': { vi: 'đúng hạn', en: 'on time' },
  late: { vi: 'trễ hạn', en: 'late' },
  overdue: { vi: 'quá hạn', en: 'overdue' },
  'due-soon': { vi: 'sắp đến hạn', en: 'due soon' },
  'not-yet-due': { vi: 'chưa đến hạn', en: 'not yet due' },
  waived: { vi: 'được miễn', en: 'waived' },
};

/** @internal A task's state in words. */
export const TASK_STATE: Record<TaskState, { vi: string; en: string }> = {
  'not-started': { vi: 'chưa triển khai', en: 'not started' },
  'in-progress': { vi: 'đang thực hiện', en: 'in progress' },
  done: { vi: 'hoàn thành', en: 'done' },
  delayed: { vi: 'chậm tiến độ', en: 'delayed' },
  cancelled: { vi: 'đã hủy bỏ', en: 'cancelled' },
};

/** @internal A target's verdict in words. */
export const TARGET_VERDICT: Record<TargetProgress['verdict'], { vi: string; en: string }> = {
  achieved: { vi: 'đã đạt', en: 'achieved' },
  'on-track': { vi: 'đúng lộ trình', en: 'on track' },
  'off-track': { vi: 'chậm so với lộ trình', en: 'off track' },
  'no-data': { vi: 'chưa có số liệu', en: 'no data' },
  'not-assessable': { vi: 'chưa đánh giá được', en: 'cannot be judged' },
};

/** @internal A date as dd/mm/yyyy. */
export function day(date: IsoDate): string {
  return formatVietnameseDate(date);
}
