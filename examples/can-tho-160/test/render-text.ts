/**
 * Renders plan 160/KH-UBND of Cần Thơ back to plain text, line by line, in the layout of the
 * published copy: the heading block, "KẾ HOẠCH", the title, the bases ("Căn cứ …"), the preamble,
 * parts I-VI, "Nơi nhận:" and the signature.
 *
 * It reads only the canonical model, so comparing its output with the reference text checks
 * that the model holds the document, in order, word for word.
 */
import { formatDateLine, type LegalRef, type Plan, type PlanNode } from '@kehoach/core';

/** The national heading every administrative document carries (Decree 30/2020/NĐ-CP); not part of the model. */
export const NATIONAL_HEADING = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'] as const;

/** The heading block: issuer, national heading, number, place and date. */
export function renderHeading(plan: Plan): string[] {
  return [...(plan.issuerHeading ?? []), ...NATIONAL_HEADING, `Số: ${plan.number}`, `${plan.place}, ${formatDateLine(plan.issuedOn)}`];
}

/** One basis as the plan writes it: "Căn cứ Thông tư số … ngày … của … <title>;". */
export function renderBasis(ref: LegalRef): string {
  return `Căn cứ ${ref.kind} số ${ref.number} ${formatDateLine(ref.date!)} của ${ref.issuer} ${ref.title};`;
}

/** "KẾ HOẠCH", the title, the bases, the preamble and every part. */
export function renderPlan(plan: Plan): string[] {
  const lines = ['KẾ HOẠCH', plan.title];
  for (const ref of plan.legal) if (ref.role === 'pursuant') lines.push(renderBasis(ref));
  if (plan.preamble !== undefined) lines.push(...plan.preamble.split('\n'));
  for (const node of plan.body) lines.push(...renderNode(node));
  return lines;
}

/** "Nơi nhận:" with one "- ...;" line per recipient, then the signature block. */
export function renderClosing(plan: Plan): string[] {
  const lines = ['Nơi nhận:'];
  plan.recipients.forEach((recipient, index) => {
    const last = index === plan.recipients.length - 1;
    lines.push(`- ${recipient.text}${last ? '.' : ';'}`);
  });
  const { form, authority, title, name } = plan.signature;
  if (form !== 'none') lines.push(`${form}. ${authority ?? ''}`.trimEnd());
  lines.push(title, name);
  return lines;
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

/** `- `, `+ `, or nothing for a plain paragraph. */
function prefix(node: PlanNode): string {
  if (node.bullet !== undefined) return `${node.bullet} `;
  if (node.number === undefined) return '';
  return `${node.number}. `;
}
