import type { Plan, Target } from '@kehoach/core';
import type { PlanContext } from './context.js';

/** @internal The direction of a target in words. */
export const DIRECTION_WORDS: Readonly<Record<Target['direction'], string>> = {
  increase: 'tăng',
  decrease: 'giảm',
  reach: 'đạt',
  maintain: 'duy trì',
};

/**
 * @internal A target as every human output shows it: where it is, what it measures, the value
 * aimed at, the baseline it is measured from, when it is due and where it applies. Cells are
 * empty strings where the plan says nothing.
 */
export interface TargetRow {
  target: Target;
  nodeId: string;
  /** Where the target is written: `II.2.b, ý “+” thứ 4`. */
  citation: string;
  metric: string;
  /** `giảm 50%`, `giảm 4–5 điểm %`, `duy trì 0 hộ`. */
  aim: string;
  /** `năm 2021 (năm đầu nhiệm kỳ)`, `35% năm 2020`. */
  baseline: string;
  /** `năm 2025`, `mỗi năm`, `cả thời kỳ`. */
  when: string;
  /** The units it applies to, by name. */
  scopeNames: string[];
  /** The same joined: `UBND huyện Khánh Sơn; UBND huyện Khánh Vĩnh`. */
  scope: string;
  /** The wording of the plan, when kept. */
  text: string;
}

/** @internal Every target of the plan, in document order. */
export function targetRows(context: PlanContext): TargetRow[] {
  const rows: TargetRow[] = [];
  for (const [nodeId, info] of context.nodes) {
    const node = info.node;
    if (node.type === 'section') continue;
    for (const target of node.targets ?? []) {
      const scopeNames = (target.scope ?? []).map((k) => context.name(k));
      rows.push({
        target,
        nodeId,
        citation: info.citation || nodeId,
        metric: target.metric,
        aim: targetAim(target),
        baseline: targetBaseline(target),
        when: targetWhen(target, context.plan),
        scopeNames,
        scope: scopeNames.join('; '),
        text: target.text ?? '',
      });
    }
  }
  return rows;
}

/** @internal The direction with the value or range and the unit: `giảm 4–5 điểm %`. */
export function targetAim(target: Target): string {
  const amount = target.range !== undefined ? `${viNumber(target.range.min)}–${viNumber(target.range.max)}` : target.value !== undefined ? viNumber(target.value) : '';
  return [DIRECTION_WORDS[target.direction], withUnit(amount, target.unit)].filter((p) => p !== '').join(' ');
}

/** @internal The baseline: its value, its year and its wording: `35% năm 2020 (năm đầu nhiệm kỳ)`. */
export function targetBaseline(target: Target): string {
  const b = target.baseline;
  if (b === undefined) return '';
  const parts = [b.value === undefined ? '' : withUnit(viNumber(b.value), target.unit), b.year === undefined ? '' : `năm ${b.year}`].filter((p) => p !== '');
  const main = parts.join(' ');
  if (b.text === undefined) return main;
  return main === '' ? b.text : `${main} (${b.text})`;
}

/** @internal When the target is due: `năm 2025`, `mỗi năm`, `cả thời kỳ`, its phase, or several. */
export function targetWhen(target: Target, plan?: Pick<Plan, 'phases'>): string {
  const parts: string[] = [];
  if (target.per === 'year') parts.push('mỗi năm');
  if (target.per === 'period') parts.push('cả thời kỳ');
  if (target.phase !== undefined) parts.push(phaseName(target.phase, plan));
  if (target.by !== undefined) parts.push(`đến năm ${target.by}`);
  return parts.join(', ');
}

/** @internal A phase as the document words it, else by its years: `giai đoạn 2021–2025`; its key when unknown. */
export function phaseName(key: string, plan?: Pick<Plan, 'phases'>): string {
  const phase = plan?.phases?.find((p) => p.key === key);
  if (phase === undefined) return key;
  return phase.text ?? `giai đoạn ${phase.from.slice(0, 4)}–${phase.to.slice(0, 4)}`;
}

/** @internal `50%`, `4 điểm %`, `120 ha`: Vietnamese writes `%` against the number. */
export function withUnit(amount: string, unit: string | undefined): string {
  if (amount === '' || unit === undefined) return amount;
  return unit === '%' ? `${amount}%` : `${amount} ${unit}`;
}

/**
 * @internal A number as Vietnamese writes it, without the locale of the machine: a dot between
 * thousands and a decimal comma (`12.345,5`). Exponent forms are left as JavaScript writes them.
 */
export function viNumber(n: number): string {
  const text = String(n);
  if (/e/i.test(text)) return text;
  const [whole = '', fraction] = text.replace(/^-/, '').split('.');
  const grouped = whole.length > 3 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : whole;
  return `${n < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `,${fraction}`}`;
}
