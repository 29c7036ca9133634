import type { DutyRole, IsoDate, LocalizedText } from '@kehoach/core';
import { dateText } from '../dates.js';

const ROLES: Record<DutyRole, LocalizedText> = {
  lead: { vi: 'chủ trì', en: 'lead' },
  owner: { vi: 'thực hiện', en: 'owner' },
  partner: { vi: 'phối hợp', en: 'partner' },
  reporter: { vi: 'báo cáo', en: 'reporter' },
};

/** @internal A duty role as each language says it. */
export function roleText(role: DutyRole): LocalizedText {
  return ROLES[role];
}

/**
 * @internal The dates of the occurrences a diagnostic is about, in order: "15/11/2025" or
 * "15/11/2022, 15/11/2023"; for a duty without a date, the stretch of time it holds in.
 */
export function dateList(dates: readonly string[], during?: { from: IsoDate; to: IsoDate }): LocalizedText {
  if (dates.length === 0) {
    if (during === undefined) return { vi: '(không ghi ngày)', en: '(no date)' };
    return { vi: `(không ghi ngày, từ ${dateText(during.from).vi})`, en: `(no date, from ${during.from})` };
  }
  const sorted = [...new Set(dates)].sort() as IsoDate[];
  return { vi: sorted.map((d) => dateText(d).vi).join(', '), en: sorted.map((d) => dateText(d).en).join(', ') };
}

/** @internal One duty in a list of items: `VI.t1 (báo cáo, 15/11/2025)`, `V.6.d (báo cáo, không ghi ngày, từ 01/07/2025)`. */
export function dutyAt(nodeId: string, role: DutyRole, dates: readonly string[], during: { from: IsoDate; to: IsoDate } | undefined): LocalizedText {
  const when = dateList(dates, during);
  const bare = (text: string): string => (text.startsWith('(') && text.endsWith(')') ? text.slice(1, -1) : text);
  return { vi: `${nodeId} (${ROLES[role].vi}, ${bare(when.vi)})`, en: `${nodeId} (${ROLES[role].en}, ${bare(when.en)})` };
}
