/**
 * Renders a plan back to plain text, line by line, in the layout of the printed copy:
 * heading block, preamble, `I. TITLE`, `1. Title`, `a) text`, `- text`, `+ text`, the
 * paragraphs of each item, "Nơi nhận:" and the signature.
 *
 * It reads only the canonical model, so comparing its output with the reference text checks
 * that the model holds the whole document, in order, word for word.
 */
import { formatDateLine, type Plan, type PlanNode } from '@kehoach/core';

/** The national heading every administrative document carries (Decree 30/2020/NĐ-CP); not part of the model. */
export const NATIONAL_HEADING = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'] as const;

/** The heading block: issuer, national heading, number, place and date, type and title. */
export function renderHeading(plan: Plan): string[] {
  return [
    ...(plan.issuerHeading ?? []),
    ...NATIONAL_HEADING,
    `Số: ${plan.number}`,
    `${plan.place}, ${formatDateLine(plan.issuedOn)}`,
    'KẾ HOẠCH',
    plan.title,
  ];
}

/** The preamble and every part, from "Thực hiện ..." to the closing "./.". */
export function renderBody(plan: Plan): string[] {
  const lines = plan.preamble === undefined ? [] : plan.preamble.split('\n');
  for (const node of plan.body) lines.push(...renderNode(node));
  return lines;
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

/** The whole document as text. */
export function renderText(plan: Plan): string {
  return [...renderHeading(plan), ...renderBody(plan), ...renderClosing(plan)].join('\n');
}

function renderNode(node: PlanNode): string[] {
  if (node.type === 'section') {
    const lines: string[] = [];
    const heading = [node.number === undefined ? undefined : `${node.number}.`, node.title].filter((p) => p !== undefined);
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

/** `a) `, `1. `, `- `, `+ `, or nothing for a plain paragraph. */
function prefix(node: PlanNode): string {
  if (node.bullet !== undefined) return `${node.bullet} `;
  if (node.number === undefined) return '';
  return /^\d+$/.test(node.number) ? `${node.number}. ` : `${node.number}) `;
}

