/**
 * Renders plan 552/KH-UBND back to plain text, line by line, in the layout of the published
 * copy: heading block, preamble, `I. TITLE`, `1. Title`, `2.1. Title`, `- text`, the paragraphs
 * of each item, "Nơi nhận:", the signature, and the rows of the appendix.
 *
 * It reads only the canonical model, so comparing its output with the reference text checks
 * that the model holds the document, in order, word for word.
 */
import { formatDateLine, type Plan, type PlanNode, type Section } from '@kehoach/core';

/** The national heading every administrative document carries (Decree 30/2020/NĐ-CP); not part of the model. */
export const NATIONAL_HEADING = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'] as const;

/**
 * The part whose content is the appendix: "III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU (chi tiết Phụ lục
 * đính kèm)". Its rows are the part's children; the printed copy puts them after the signature.
 */
export const APPENDIX_PART = 'III-bis';

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

/** The preamble and every part, from "Căn cứ ..." to the closing "./."; the appendix rows are left for `renderAppendix`. */
export function renderBody(plan: Plan): string[] {
  const lines = plan.preamble === undefined ? [] : plan.preamble.split('\n');
  for (const node of plan.body) lines.push(...renderNode(node, false));
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

/** The appendix rows: group number and title, then each row's number and task text. */
export function renderAppendix(plan: Plan): string[] {
  const part = appendixPart(plan);
  const lines: string[] = [];
  for (const group of part.children) {
    if (group.type !== 'section') throw new Error(`appendix: ${group.id} is not a row group`);
    lines.push(group.number ?? '', group.title ?? '');
    for (const row of group.children) lines.push(row.number ?? '', row.type === 'section' ? '' : row.text);
  }
  return lines;
}

/** The part of the plan whose children are the appendix rows. */
export function appendixPart(plan: Plan): Section {
  const part = plan.body.find((n) => n.id === APPENDIX_PART);
  if (part?.type !== 'section') throw new Error(`no part ${APPENDIX_PART}`);
  return part;
}

function renderNode(node: PlanNode, inAppendix: boolean): string[] {
  if (node.type === 'section') {
    const lines: string[] = [];
    const heading = [node.number === undefined ? undefined : numbered(node.number), node.title].filter((p) => p !== undefined);
    if (heading.length > 0) lines.push(heading.join(' '));
    if (node.text !== undefined) lines.push(...node.text.split('\n'));
    if (node.id === APPENDIX_PART && !inAppendix) return lines;
    for (const child of node.children) lines.push(...renderNode(child, inAppendix));
    return lines;
  }
  const [first = '', ...rest] = node.text.split('\n');
  const lines = [`${prefix(node)}${first}`, ...rest];
  for (const child of node.children ?? []) lines.push(...renderNode(child, inAppendix));
  return lines;
}

/** `I.`, `1.`, `2.1.`, `a)`. */
function numbered(number: string): string {
  return /^[a-zđ]$/.test(number) ? `${number})` : `${number}.`;
}

/** `a) `, `1. `, `- `, `+ `, or nothing for a plain paragraph. */
function prefix(node: PlanNode): string {
  if (node.bullet !== undefined) return `${node.bullet} `;
  if (node.number === undefined) return '';
  return `${numbered(node.number)} `;
}
