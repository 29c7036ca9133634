import { splitIsoDate, toDayNumber, type Due, type Duty, type IsoDate, type Plan } from '@kehoach/core';
import type { PlanContext } from '../shared/context.js';
import { viDate } from '../shared/dates.js';
import { summarize } from '../shared/text.js';
import { escapeHtml } from './escape.js';

/** @internal One deadline on the timeline: a source's occurrence, with every unit it binds. */
export interface TimelineMark {
  /** The source and deadline: `VI.t1/r1#0`. */
  series: string;
  lane: string;
  laneLabel: string;
  stated: IsoDate;
  /** The date to work to under the reading. */
  effective: IsoDate;
  /** The due date, with its legal limit and whether it is provisional. */
  due: Due;
  report: boolean;
  label: string;
  /** Units named, each counted once. */
  units: number;
  /** Whether members of a group the plan does not list owe it too. */
  others: boolean;
  citation: string;
}

const WIDTH = 960;
const PLOT_LEFT = 210;
const PLOT_RIGHT = 940;
const TOP = 34;
const LANE = 28;
const MAX_LANES = 30;

/** @internal Deadlines of a plan, one mark per source and stated date, lanes by section. */
export function timelineMarks(context: PlanContext, dated: readonly Duty[]): TimelineMark[] {
  const marks = new Map<string, TimelineMark & { unitSet: Set<string> }>();
  for (const duty of dated) {
    const series = `${duty.source.ruleId ?? duty.source.nodeId}#${duty.source.deadlineIndex}`;
    const key = `${series}@${duty.due!.stated}`;
    let mark = marks.get(key);
    if (!mark) {
      const info = context.nodes.get(duty.source.nodeId);
      const section = info?.section;
      const lane = section?.id ?? info?.part.id ?? duty.source.nodeId;
      const path = section ? context.sectionPath(section) : (info?.path ?? lane);
      const laneLabel = section?.title ? `${path} · ${section.title}` : path;
      mark = {
        series,
        lane,
        laneLabel,
        stated: duty.due!.stated,
        effective: duty.due!.effective,
        due: duty.due!,
        report: duty.role === 'reporter',
        label: duty.role === 'reporter' ? `${summarize(duty.what, 80)} (gửi ${context.short(duty.for)})` : summarize(duty.what, 80),
        units: 0,
        others: false,
        citation: info?.citation || duty.source.nodeId,
        unitSet: new Set(),
      };
      marks.set(key, mark);
    }
    if (duty.others) mark.others = true;
    else mark.unitSet.add(duty.unit);
  }
  return [...marks.values()].map(({ unitSet, ...mark }) => ({ ...mark, units: unitSet.size }));
}

/**
 * The deadlines as an inline SVG: one lane per section, years along the top, a dot per
 * deadline on its stated date (a number in it when several fall on the same day), a hollow dot
 * on the date to work to where it differs, and a dashed line on the issue date. No script, no
 * external file.
 *
 * @internal
 */
export function timelineSvg(context: PlanContext, marks: readonly TimelineMark[]): string {
  const { plan } = context;
  let lanes = [...new Map(marks.map((m) => [m.lane, m.laneLabel])).entries()];
  const laneOf = new Map(lanes.map(([id], i) => [id, i]));
  if (lanes.length > MAX_LANES) {
    lanes = [...lanes.slice(0, MAX_LANES - 1), ['(khác)', `Các mục khác (${lanes.length - MAX_LANES + 1})`]];
    for (const [id, i] of laneOf) if (i >= MAX_LANES - 1) laneOf.set(id, MAX_LANES - 1);
  }
  const dates = marks.flatMap((m) => [m.stated, m.effective]);
  const first = [plan.period.from, ...dates].reduce((a, b) => (b < a ? b : a));
  const last = [plan.period.to, ...dates].reduce((a, b) => (b > a ? b : a));
  const d0 = toDayNumber(first);
  const span = Math.max(1, toDayNumber(last) + 1 - d0);
  const x = (date: IsoDate) => round(PLOT_LEFT + ((toDayNumber(date) - d0 + 0.5) / span) * (PLOT_RIGHT - PLOT_LEFT));
  const height = TOP + Math.max(1, lanes.length) * LANE + 30;
  const plotBottom = TOP + Math.max(1, lanes.length) * LANE;

  const out: string[] = [];
  out.push(
    `<svg class="timeline" id="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="timeline-title timeline-desc">`,
    `<title id="timeline-title">Mốc thời hạn của ${escapeHtml(context.planRef)}</title>`,
    `<desc id="timeline-desc">${marks.length} mốc thời hạn từ ${viDate(first)} đến ${viDate(last)}, theo từng mục của ${escapeHtml(context.document.name.toLowerCase())}.</desc>`,
  );

  // Lanes.
  lanes.forEach(([, label], i) => {
    const y = TOP + i * LANE;
    out.push(
      `<g class="lane"><rect class="band" x="0" y="${y}" width="${WIDTH}" height="${LANE}"/>` +
        `<text class="lane-label" x="10" y="${y + LANE / 2 + 4}">${escapeHtml(clip(label, 30))}<title>${escapeHtml(label)}</title></text></g>`,
    );
  });

  // Years along the top, quarters as light grid lines when the span is short.
  const [y0] = splitIsoDate(first);
  const [y1] = splitIsoDate(last);
  const years = y1 - y0 + 1;
  const every = years > 24 ? 5 : years > 12 ? 2 : 1;
  const axis: string[] = [];
  for (let year = y0; year <= y1; year++) {
    const jan1 = `${year}-01-01` as IsoDate;
    if (jan1 > first) axis.push(`<line class="grid" x1="${x(jan1)}" y1="${TOP - 6}" x2="${x(jan1)}" y2="${plotBottom}"/>`);
    if (years <= 8) {
      for (const month of [4, 7, 10]) {
        const q = `${year}-${String(month).padStart(2, '0')}-01` as IsoDate;
        if (q > first && q < last) axis.push(`<line class="grid" x1="${x(q)}" y1="${TOP}" x2="${x(q)}" y2="${plotBottom}" stroke-dasharray="2 4"/>`);
      }
    }
    if ((year - y0) % every === 0) {
      const from = jan1 < first ? first : jan1;
      const dec31 = `${year}-12-31` as IsoDate;
      const to = dec31 > last ? last : dec31;
      axis.push(`<text x="${round((x(from) + x(to)) / 2)}" y="${TOP - 12}" text-anchor="middle">${year}</text>`);
    }
  }
  out.push(`<g class="axis">${axis.join('')}</g>`);

  // Issue date.
  if (plan.issuedOn >= first && plan.issuedOn <= last) {
    const xi = x(plan.issuedOn);
    out.push(
      `<g class="issued-on"><line class="issued" x1="${xi}" y1="${TOP}" x2="${xi}" y2="${plotBottom + 6}"/>` +
        `<text x="${xi}" y="${plotBottom + 20}" text-anchor="middle" font-size="11">Ban hành ${viDate(plan.issuedOn)}</text></g>`,
    );
  }

  // Marks, stacked by lane and date.
  const groups = new Map<string, TimelineMark[]>();
  for (const mark of marks) {
    const key = `${laneOf.get(mark.lane)}|${mark.stated}`;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(mark);
  }
  const markup: string[] = [];
  for (const [key, list] of groups) {
    const lane = Number(key.split('|')[0]);
    const cy = TOP + lane * LANE + LANE / 2;
    const head = list[0]!;
    const cx = x(head.stated);
    const tip = list
      .map((m) => {
        const notes = [
          ...(m.effective === m.stated ? [] : [`cần hoàn thành ${viDate(m.effective)}`]),
          ...(m.due.legal.date === m.stated || m.due.legal.date === m.effective ? [] : [`hạn theo luật ${viDate(m.due.legal.date)}`]),
          ...(m.due.provisional ? ['dự kiến'] : []),
        ];
        const moved = notes.length === 0 ? '' : ` (${notes.join('; ')})`;
        return `${viDate(m.stated)}${moved} — mục ${m.citation}: ${m.label}; ${m.units} đơn vị${m.others ? ' và các thành viên khác của nhóm' : ''}`;
      })
      .join('\n');
    let g = `<g class="deadline"><title>${escapeHtml(tip)}</title>`;
    for (const m of list) {
      if (m.effective !== m.stated) {
        const ex = x(m.effective);
        g += `<line class="shift" x1="${cx}" y1="${cy}" x2="${ex}" y2="${cy}"/><circle class="stated" cx="${ex}" cy="${cy}" r="4"/>`;
      }
    }
    g += `<circle class="mark${list.every((m) => m.report) ? ' report' : ''}" cx="${cx}" cy="${cy}" r="${list.length > 1 ? 8 : 6}"/>`;
    if (list.length > 1) g += `<text class="count" x="${cx}" y="${cy + 3.5}" text-anchor="middle">${list.length}</text>`;
    markup.push(`${g}</g>`);
  }
  out.push(markup.join(''), '</svg>');
  return out.join('\n');
}

function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
