import { dateText } from '../../../dates.js';
import { defineRule } from '../../../define-rule.js';

/**
 * The phases of a plan ("giai đoạn 2021-2025", "giai đoạn 2026-2030") split its period in order:
 * each runs forwards, starts after the one before it ends, and lies within the plan's period.
 * A phase out of order or overlapping another gives two phases for one year, so a yearly report
 * "trong giai đoạn 2021-2025" or a target of a phase lands in the wrong one.
 */
export const phaseOrder = defineRule({
  meta: {
    id: 'dates/phase-order',
    code: 'KH207',
    defaultSeverity: 'error',
    docs: {
      description: 'A phase ends before it starts, starts before the previous phase ends, or lies outside the plan period.',
      descriptionVi: 'Giai đoạn kết thúc trước khi bắt đầu, bắt đầu trước khi giai đoạn trước kết thúc, hoặc nằm ngoài thời kỳ kế hoạch.',
    },
    messages: {
      inverted: {
        vi: 'Giai đoạn "{phase}" kết thúc ({to}) trước khi bắt đầu ({from}).',
        en: 'Phase "{phase}" ends ({to}) before it starts ({from}).',
      },
      overlap: {
        vi: 'Giai đoạn "{phase}" bắt đầu ({from}) trước khi giai đoạn "{previous}" kết thúc ({previousTo}).',
        en: 'Phase "{phase}" starts ({from}) before phase "{previous}" ends ({previousTo}).',
      },
      outsidePeriod: {
        vi: 'Giai đoạn "{phase}" ({from} – {to}) nằm ngoài thời kỳ của kế hoạch ({start} – {end}).',
        en: 'Phase "{phase}" ({from} – {to}) lies outside the plan period ({start} – {end}).',
      },
    },
  },
  check(plan, _ctx, _options, report) {
    const phases = plan.phases ?? [];
    const { from: start, to: end } = plan.period;
    phases.forEach((phase, i) => {
      const name = phase.text ?? phase.key;
      const path = ['phases', i];
      const dates = { phase: name, from: dateText(phase.from), to: dateText(phase.to) };
      if (phase.to < phase.from) report({ messageId: 'inverted', data: dates, path, subjects: [phase.key] });
      const previous = phases[i - 1];
      if (previous !== undefined && phase.from <= previous.to) {
        report({ messageId: 'overlap', data: { ...dates, previous: previous.text ?? previous.key, previousTo: dateText(previous.to) }, path: [...path, 'from'], subjects: [phase.key, previous.key] });
      }
      if (phase.from < start || phase.to > end) {
        report({ messageId: 'outsidePeriod', data: { ...dates, start: dateText(start), end: dateText(end) }, path, subjects: [phase.key] });
      }
    });
  },
});
