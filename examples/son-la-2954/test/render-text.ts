/**
 * Renders decision 2954/QĐ-UBND and its attached plan back to plain text, line by line, in the
 * layout of the published copy: the decision's heading block, "Nơi nhận:" and signature, then
 * "KẾ HOẠCH", the plan's title, preamble and parts.
 *
 * It reads only the canonical model, so comparing its output with the reference text checks
 * that the model holds the document, in order, word for word.
 */
import { formatDateLine, type Plan, type PlanNode } from '@kehoach/core';

/** The national heading every administrative document carries (Decree 30/2020/NĐ-CP); not part of the model. */
export const NATIONAL_HEADING = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'] as const;

/** The document type written out, from the plan's type symbol. */
const TYPE_NAMES: Record<string, string> = { QĐ: 'QUYẾT ĐỊNH', KH: 'KẾ HOẠCH' };

/** The heading block: issuer, national heading, number, place and date, and the document type. */
export function renderHeading(plan: Plan): string[] {
  return [
    ...(plan.issuerHeading ?? []),
    ...NATIONAL_HEADING,
    `Số: ${plan.number}`,
    `${plan.place}, ${formatDateLine(plan.issuedOn)}`,
    TYPE_NAMES[plan.type] ?? plan.type,
  ];
}

/** "Nơi nhận:" with one "- ...;" line per recipient, then the signature block. */
export function renderClosing(plan: Plan): string[] {
  const lines = ['Nơi nhận:'];
  plan.recipients.forEach((recipient, index) => {
    const last = index === plan.recipients.length - 1;
    const purpose = recipient.purpose === undefined ? '' : ` (${recipient.purpose})`;
    lines.push(`- ${recipient.text}${purpose}${last ? '.' : ';'}`);
  });
  const { form, authority, title, name } = plan.signature;
  if (form !== 'none') lines.push(`${form}. ${authority ?? ''}`.trimEnd());
  lines.push(title, name);
  return lines;
}

/** The attached plan: "KẾ HOẠCH", its title, the preamble and every part, to the closing "./.". */
export function renderPlan(plan: Plan): string[] {
  const lines = ['KẾ HOẠCH', plan.title];
  if (plan.preamble !== undefined) lines.push(...plan.preamble.split('\n'));
  for (const node of plan.body) if (!APPENDICES.includes(node.id)) lines.push(...renderNode(node));
  return lines;
}

/** The two appendices, Phụ lục 01 and 02, held as the last parts of the body. */
export const APPENDICES = ['PL01', 'PL02'];

function renderNode(node: PlanNode): string[] {
  if (node.type === 'section') {
    const lines: string[] = [];
    const heading = [node.number === undefined ? undefined : numbered(node.number), node.title].filter((p) => p !== undefined);
    if (heading.length > 0) lines.push(heading.join(' '));
    if (node.text !== undefined) lines.push(...node.text.split('\n'));
    for (const child of node.children) lines.push(...renderNode(child));
    return lines;
  }
  const [first = '', ...rest] = node.text.split('\n');
  const lines = [`${prefix(node)}${first}`, ...rest];
  for (const child of node.children ?? []) lines.push(...renderNode(child));
  return lines;
}

/** `I.`, `1.`, `a)`. */
function numbered(number: string): string {
  return /^[a-zđ]$/.test(number) ? `${number})` : `${number}.`;
}

/** `a) `, `1. `, `- `, `+ `, or nothing for a plain paragraph. */
function prefix(node: PlanNode): string {
  if (node.bullet !== undefined) return `${node.bullet} `;
  if (node.number === undefined) return '';
  return `${numbered(node.number)} `;
}
