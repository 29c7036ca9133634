import type { Duty, Obligations } from '@kehoach/core';
import type { PlanContext } from '../shared/context.js';
import {
  DUTY_ROLE_WORDS,
  UNOWNED_WORDS,
  counterpartText,
  dueText,
  groupUnowned,
  readingNote,
  reassignedText,
  unitList,
} from '../shared/duties.js';
import { viDate } from '../shared/dates.js';
import { describeDeadline, summarize } from '../shared/text.js';
import { escapeMarkdownInline } from './escape.js';

/**
 * @internal The appendix of the Markdown document: every dated deadline with the date to work
 * to, the legal limit where it differs and "dự kiến"; the units that owe it by role (the other
 * members of incomplete groups included); the takeovers of the 2025-style reorganisations with
 * their bases; the duties without a date; and the deadlines nobody owes with their reasons.
 */
export function dutiesAppendix(context: PlanContext, duties: Obligations, reading: 'safe' | 'legal'): string[] {
  const blocks: string[] = ['*Phụ lục (không thuộc văn bản ban hành): thời hạn và đơn vị phải thực hiện.*', escapeMarkdownInline(readingNote(reading))];

  const rows = new Map<string, Duty[]>();
  for (const d of duties.dated) {
    const key = `${d.source.ruleId ?? d.source.nodeId}#${d.source.deadlineIndex}@${d.due!.stated}`;
    const list = rows.get(key);
    if (list) list.push(d);
    else rows.set(key, [d]);
  }
  if (rows.size === 0) {
    blocks.push(`${context.document.name} không có thời hạn nào có ngày cụ thể.`);
  } else {
    const table = ['| Ngày cần hoàn thành | Thời hạn trong văn bản | Mục | Việc | Đơn vị |', '| --- | --- | --- | --- | --- |'];
    for (const list of rows.values()) {
      const first = list[0]!;
      table.push(
        `| ${[dueText(first.due!), statedText(first), citation(context, first), what(context, first), whoOwes(context, list)]
          .map(escapeMarkdownInline)
          .join(' | ')} |`,
      );
    }
    blocks.push(table.join('\n'));
  }

  const changes = new Map<string, string[]>();
  const note = (text: string, when: string) => {
    const list = changes.get(text) ?? [];
    if (!list.includes(when)) list.push(when);
    changes.set(text, list);
  };
  for (const d of [...duties.dated, ...duties.triggered, ...duties.undated]) {
    const when = d.due !== undefined ? viDate(d.due.stated) : d.during !== undefined ? `từ ${viDate(d.during.from)}` : 'cả kỳ';
    const where = `mục ${citation(context, d)}`;
    if (d.reassigned !== undefined) note(`${where}: ${context.short(d.unit)} ${reassignedText(context, d.reassigned)}`, when);
    for (const change of d.counterparts ?? []) note(`${where}: ${counterpartText(context, change)}`, when);
  }
  if (changes.size > 0) {
    blocks.push(
      '*Việc chuyển cho đơn vị kế thừa khi đơn vị được giao đã ngừng hoạt động:*',
      [...changes].map(([text, whens]) => `- ${escapeMarkdownInline(`${text} (${whens.join(', ')})`)}`).join('\n'),
    );
  }

  const bySource = new Map<string, { first: Duty; whens: string[]; duties: Duty[] }>();
  for (const d of [...duties.triggered, ...duties.undated]) {
    const key = d.source.ruleId ?? d.source.nodeId;
    let entry = bySource.get(key);
    if (!entry) bySource.set(key, (entry = { first: d, whens: [], duties: [] }));
    const when = d.trigger ?? describeDeadline(d.deadline);
    if (!entry.whens.includes(when)) entry.whens.push(when);
    entry.duties.push(d);
  }
  if (bySource.size > 0) {
    blocks.push(
      '*Việc không có ngày cụ thể (khi có sự kiện, định kỳ chưa nêu ngày, giữa kỳ, cuối kỳ):*',
      [...bySource.values()]
        .map(({ first, whens, duties: list }) => `- ${escapeMarkdownInline(`mục ${citation(context, first)}: ${what(context, first)} — ${whens.join('; ')}. ${whoOwes(context, list)}`)}`)
        .join('\n'),
    );
  }

  const unowned = groupUnowned(context, duties.unowned);
  if (unowned.length > 0) {
    const lines = unowned.flatMap((group) => {
      const where = context.nodes.get(group.nodeId)?.citation || group.nodeId;
      return group.reasons.map(
        (r) => `- ${escapeMarkdownInline(`mục ${where}: ${summarize(group.what)} — ${group.deadline}; ${r.when.join(', ')}: ${UNOWNED_WORDS[r.code]} [${r.code}]. ${r.text}`)}`,
      );
    });
    blocks.push('*Thời hạn không có đơn vị nào phải thực hiện:*', lines.join('\n'));
  }
  return blocks;
}

/** The deadline as worded, with the stated date when the wording does not show it. */
function statedText(duty: Duty): string {
  const words = describeDeadline(duty.deadline);
  const stated = viDate(duty.due!.stated);
  return words.includes(stated) ? words : `${words} (${stated})`;
}

function citation(context: PlanContext, duty: Duty): string {
  return context.nodes.get(duty.source.nodeId)?.citation || duty.source.nodeId;
}

function what(context: PlanContext, duty: Duty): string {
  if (duty.role !== 'reporter') return summarize(duty.what);
  return `${summarize(duty.what)} (gửi ${context.short(duty.for)}${duty.via === undefined ? '' : `, qua ${context.short(duty.via)}`})`;
}

/** "chủ trì: Sở A; phối hợp: Sở B; UBND đặc khu Trường Sa (thay UBND huyện Trường Sa) … và các thành viên khác của nhóm X". */
function whoOwes(context: PlanContext, duties: readonly Duty[]): string {
  const parts: string[] = [];
  for (const role of ['lead', 'owner', 'partner', 'reporter'] as const) {
    const list = duties.filter((d) => d.role === role);
    if (list.length === 0) continue;
    const names = unitList(context, list, true, (d) => (d.reassigned === undefined ? undefined : `thay ${d.reassigned.map((t) => context.short(t.from)).join(', ')}`));
    parts.push(`${DUTY_ROLE_WORDS[role]}: ${names}`);
  }
  return parts.join('; ');
}
