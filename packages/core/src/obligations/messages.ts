import { formatVietnameseDate } from '../dates.js';
import type { LocalizedText } from '../model/text.js';
import type { UnownedDeadline } from './obligations.js';
import type { UnitIndex } from './units.js';

/** @internal Why an occurrence has no owner, for planners, in Vietnamese and English. */
export function unownedMessage(entry: Omit<UnownedDeadline, 'message'>, index: UnitIndex): LocalizedText {
  const name = (key: string | undefined): { vi: string; en: string } => {
    if (key === undefined) return { vi: '', en: '' };
    const found = index.unit(key) ?? index.group(key);
    return { vi: found?.short ?? found?.name ?? key, en: found?.en ?? found?.short ?? found?.name ?? key };
  };
  const unit = name(entry.unit);
  const until = entry.until === undefined ? '' : formatVietnameseDate(entry.until);
  switch (entry.code) {
    case 'no-owner':
      return {
        vi: 'Hạn này không thuộc nhiệm vụ nào và mục không ghi đơn vị thực hiện (owners): không ai phải thực hiện.',
        en: 'This deadline is on an item that is not under a task and names no owners: nobody owes it.',
      };
    case 'no-reporter':
      return {
        vi: 'Chế độ báo cáo không ghi đơn vị báo cáo (from) và mục không thuộc nhiệm vụ nào, không ghi đơn vị thực hiện: không ai phải báo cáo.',
        en: 'The reporting rule names no reporter (from), and its item is not under a task and names no owners: nobody owes the report.',
      };
    case 'empty-group':
      return {
        vi: `Nhóm "${unit.vi}" không có thành viên nào vào thời điểm này.`,
        en: `Group "${unit.en}" has no members at that time.`,
      };
    case 'orphaned':
      return {
        vi: `"${unit.vi}" đã ngừng hoạt động từ sau ngày ${until} và không có đơn vị kế thừa: nhiệm vụ không còn ai thực hiện.`,
        en: `"${unit.en}" ceased to exist after ${until} and has no successor: nobody owes this duty any more.`,
      };
    case 'ambiguous-successor': {
      const names = (entry.candidates ?? []).map((c) => ({ ...name(c.unit), for: c.for }));
      const vi = names.map((n) => (n.for === undefined ? n.vi : `${n.vi} (${n.for})`)).join(', ');
      const en = names.map((n) => (n.for === undefined ? n.en : `${n.en} (${n.for})`)).join(', ');
      return {
        vi: `"${unit.vi}" đã ngừng hoạt động từ sau ngày ${until} và chức năng được chia cho nhiều đơn vị: ${vi}. Hãy chọn đơn vị tiếp nhận nhiệm vụ này bằng handovers.`,
        en: `"${unit.en}" ceased to exist after ${until} and its functions were split among: ${en}. Choose which one takes this duty with handovers.`,
      };
    }
    case 'not-yet-formed':
      return {
        vi: `"${unit.vi}" chỉ được thành lập từ ngày ${formatVietnameseDate(entry.formed!)}, sau thời điểm này.`,
        en: `"${unit.en}" was formed only on ${entry.formed}, after that time.`,
      };
  }
}
