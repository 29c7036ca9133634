import type { LocalizedText } from '@kehoach/core';
import type { Severity } from '../types.js';

/** What a progress rule is: its id, stable code, default severity, description and messages. */
export interface ProgressRuleMeta {
  /** `progress/<name>`. */
  id: string;
  /** `KH9` and two digits. */
  code: string;
  defaultSeverity: Severity;
  docs: { description: string; descriptionVi: string };
  messages: Record<string, LocalizedText>;
}

const rule = (meta: ProgressRuleMeta) => meta;

/**
 * The checks `validateProgress()` makes of a progress record against its plan. Codes are
 * stable; `docs/rules/progress.md` has an example of each.
 */
export const progressRules = {
  'progress/plan-mismatch': rule({
    id: 'progress/plan-mismatch',
    code: 'KH901',
    defaultSeverity: 'error',
    docs: { description: 'The progress record follows another plan.', descriptionVi: 'Hồ sơ tiến độ ghi cho một kế hoạch khác.' },
    messages: {
      mismatch: {
        vi: 'Hồ sơ tiến độ ghi cho kế hoạch "{recorded}", nhưng kế hoạch đang xét là "{plan}".',
        en: 'The progress record is for plan "{recorded}", but the plan checked is "{plan}".',
      },
    },
  }),
  'progress/unknown-occurrence': rule({
    id: 'progress/unknown-occurrence',
    code: 'KH902',
    defaultSeverity: 'error',
    docs: {
      description: 'A submission or exemption names a duty occurrence the plan does not have.',
      descriptionVi: 'Bản nộp hoặc miễn trừ trỏ tới một lần thực hiện nhiệm vụ không có trong kế hoạch.',
    },
    messages: {
      unknown: { vi: 'Kế hoạch không có lần thực hiện "{occurrence}".{hint}', en: 'The plan has no duty occurrence "{occurrence}".{hint}' },
    },
  }),
  'progress/not-owed': rule({
    id: 'progress/not-owed',
    code: 'KH903',
    defaultSeverity: 'error',
    docs: {
      description: 'A submission or exemption names a unit that does not owe that occurrence.',
      descriptionVi: 'Bản nộp hoặc miễn trừ nêu một đơn vị không có nghĩa vụ ở lần thực hiện đó.',
    },
    messages: {
      notOwed: {
        vi: '{unit} không có nghĩa vụ ở "{occurrence}"; các đơn vị phải thực hiện: {owers}.',
        en: '{unit} does not owe "{occurrence}"; it is owed by: {owers}.',
      },
    },
  }),
  'progress/unknown-unit': rule({
    id: 'progress/unknown-unit',
    code: 'KH904',
    defaultSeverity: 'error',
    docs: { description: 'A unit key the plan does not declare.', descriptionVi: 'Mã đơn vị không có trong danh mục đơn vị của kế hoạch.' },
    messages: { unknown: { vi: 'Kế hoạch không có đơn vị "{unit}".{hint}', en: 'The plan declares no unit "{unit}".{hint}' } },
  }),
  'progress/before-issue': rule({
    id: 'progress/before-issue',
    code: 'KH905',
    defaultSeverity: 'error',
    docs: {
      description: 'A submission received, or a status dated, before the plan was issued.',
      descriptionVi: 'Bản nộp được nhận, hoặc tình trạng được ghi, trước ngày ban hành kế hoạch.',
    },
    messages: {
      before: { vi: 'Ngày {date} trước ngày ban hành kế hoạch ({issued}).', en: 'The date {date} is before the plan was issued ({issued}).' },
    },
  }),
  'progress/duplicate': rule({
    id: 'progress/duplicate',
    code: 'KH906',
    defaultSeverity: 'error',
    docs: {
      description: 'The same submission, status or measurement is recorded twice.',
      descriptionVi: 'Một bản nộp, tình trạng hoặc số đo được ghi hai lần.',
    },
    messages: {
      submission: {
        vi: '{unit} đã có bản nộp cho "{occurrence}" (mục {first}); văn bản nộp bổ sung ghi vào ghi chú của bản đầu.',
        en: '{unit} already has a submission for "{occurrence}" (entry {first}); record a corrected document in the first one\'s note.',
      },
      status: { vi: 'Tình trạng của {task} ngày {date} đã được ghi (mục {first}).', en: 'The status of {task} on {date} is already recorded (entry {first}).' },
      measurement: { vi: 'Số đo của {target} cho {period} đã được ghi (mục {first}).', en: 'The measurement of {target} for {period} is already recorded (entry {first}).' },
    },
  }),
  'progress/measurement-unit': rule({
    id: 'progress/measurement-unit',
    code: 'KH907',
    defaultSeverity: 'error',
    docs: {
      description: "A measurement is not in its target's unit of measure.",
      descriptionVi: 'Số đo không dùng đơn vị đo của chỉ tiêu.',
    },
    messages: {
      wrong: { vi: 'Chỉ tiêu {target} đo bằng "{expected}", số đo ghi "{actual}".', en: 'Target {target} is measured in "{expected}", the measurement says "{actual}".' },
    },
  }),
  'progress/unknown-target': rule({
    id: 'progress/unknown-target',
    code: 'KH908',
    defaultSeverity: 'error',
    docs: { description: 'A measurement names a target the plan does not have.', descriptionVi: 'Số đo trỏ tới một chỉ tiêu không có trong kế hoạch.' },
    messages: { unknown: { vi: 'Kế hoạch không có chỉ tiêu "{target}".{hint}', en: 'The plan has no target "{target}".{hint}' } },
  }),
  'progress/unknown-task': rule({
    id: 'progress/unknown-task',
    code: 'KH909',
    defaultSeverity: 'error',
    docs: {
      description: 'A status names a task the plan does not have, or a part that is not a task.',
      descriptionVi: 'Tình trạng trỏ tới một nhiệm vụ không có trong kế hoạch, hoặc một mục không phải nhiệm vụ.',
    },
    messages: {
      unknown: { vi: 'Kế hoạch không có nhiệm vụ "{task}".{hint}', en: 'The plan has no task "{task}".{hint}' },
      notTask: { vi: '"{task}" là một {kind}, không phải nhiệm vụ.', en: '"{task}" is a {kind}, not a task.' },
    },
  }),
  'progress/measurement-period': rule({
    id: 'progress/measurement-period',
    code: 'KH910',
    defaultSeverity: 'error',
    docs: {
      description: 'A measurement gives neither a year nor a period, both, or a period that ends before it starts.',
      descriptionVi: 'Số đo không nêu năm hoặc kỳ, nêu cả hai, hoặc kỳ kết thúc trước khi bắt đầu.',
    },
    messages: {
      none: { vi: 'Số đo cần năm (year) hoặc kỳ (period).', en: 'A measurement needs a year or a period.' },
      both: { vi: 'Số đo chỉ nêu một trong năm (year) và kỳ (period).', en: 'A measurement gives a year or a period, not both.' },
      reversed: { vi: 'Kỳ đo kết thúc ({to}) trước khi bắt đầu ({from}).', en: 'The period ends ({to}) before it starts ({from}).' },
    },
  }),
  'progress/measurement-scope': rule({
    id: 'progress/measurement-scope',
    code: 'KH911',
    defaultSeverity: 'warning',
    docs: {
      description: "A measurement is for a unit outside its target's scope.",
      descriptionVi: 'Số đo ghi cho một đơn vị ngoài phạm vi của chỉ tiêu.',
    },
    messages: {
      outside: { vi: 'Chỉ tiêu {target} chỉ áp dụng cho {scope}, không cho {unit}.', en: 'Target {target} applies to {scope}, not to {unit}.' },
    },
  }),
  'progress/cancelled-without-decision': rule({
    id: 'progress/cancelled-without-decision',
    code: 'KH912',
    defaultSeverity: 'error',
    docs: {
      description: 'A task is marked cancelled without the later decision that cancelled it.',
      descriptionVi: 'Nhiệm vụ được ghi là hủy bỏ mà không nêu quyết định hủy bỏ.',
    },
    messages: {
      missing: {
        vi: 'Nhiệm vụ {task} chỉ được hủy bỏ bằng một văn bản sau kế hoạch; ghi số, ngày văn bản vào decision.',
        en: 'Task {task} can only be cancelled by a later decision; give its number and date in decision.',
      },
    },
  }),
  'progress/document-after-receipt': rule({
    id: 'progress/document-after-receipt',
    code: 'KH913',
    defaultSeverity: 'warning',
    docs: {
      description: 'A submitted document is dated after the day it was received.',
      descriptionVi: 'Văn bản nộp có ngày sau ngày được nhận.',
    },
    messages: {
      after: { vi: 'Văn bản ngày {document} nhưng được nhận ngày {received}.', en: 'The document is dated {document} but was received on {received}.' },
    },
  }),
} as const;

/** The id of a progress rule. */
export type ProgressRuleId = keyof typeof progressRules;
