import { formatDateLine, type Plan, type PlanNode, type Signature } from '@kehoach/core';
import { planContext } from '../shared/context.js';
import { computeDuties, type DutyOptions } from '../shared/duties.js';
import { targetRows } from '../shared/targets.js';
import { dutiesAppendix } from './duties.js';
import { escapeLineStart, escapeMarkdownInline, escapeMarkdownLine } from './escape.js';

/** @internal The national heading every administrative document carries (Decree 30/2020/NĐ-CP). */
export const NATIONAL_HEADING = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'] as const;

/** Options of `toMarkdown()`. */
export interface MarkdownOptions extends DutyOptions {
  /** Append the plan's corrections after the signature, marked as not part of the document. `true` by default. */
  corrections?: boolean;
  /**
   * Append, after the signature and marked as not part of the document, the deadlines with the
   * date to work to (the legal limit beside it where it differs, "dự kiến" where provisional),
   * the units that owe each (the other members of incomplete groups included), duties moved to
   * successors with the basis, and the deadlines nobody owes with their reasons. `true` by default.
   */
  duties?: boolean;
  /**
   * Append, after the signature and marked as not part of the document, a table of the plan's
   * targets: where each is written, what it measures, the value aimed at, the baseline, when it
   * is due and where it applies. `true` by default; nothing is appended when the plan has none.
   */
  targets?: boolean;
}

/**
 * The plan as a Markdown document in the layout of Decree 30/2020/NĐ-CP: the heading table
 * (issuer, national heading, "Số: …", the date line), the type ("KẾ HOẠCH", "QUYẾT ĐỊNH", "CHỈ THỊ"…) and the title, the preamble,
 * parts `I.`, `1.`, `a)`, `-`, `+` with their paragraphs, "Nơi nhận:" and the signature block.
 * It is rebuilt from the model, word for word as issued; numbering characters are escaped so
 * that Markdown keeps them as written. After a rule come the corrections and an appendix of
 * the targets and of the duties (see {@link MarkdownOptions}), all marked as not part of the
 * document.
 *
 * @example
 * import { toMarkdown } from '@kehoach/export';
 * await writeFile('12127-KH-UBND.md', toMarkdown(plan));
 */
export function toMarkdown(plan: Plan, options: MarkdownOptions = {}): string {
  const context = planContext(plan);
  const blocks: string[] = [];
  const issuer = plan.issuerHeading ?? [context.name(plan.issuer).toUpperCase()];
  const cell = (lines: readonly string[]) => lines.map((l) => `**${escapeMarkdownInline(l)}**`).join('<br>');
  blocks.push(
    [
      `| ${cell(issuer)} | ${cell(NATIONAL_HEADING)} |`,
      '| :---: | :---: |',
      `| Số: ${escapeMarkdownInline(plan.number)} | *${escapeMarkdownInline(`${plan.place}, ${formatDateLine(plan.issuedOn)}`)}* |`,
    ].join('\n'),
  );
  blocks.push(`# ${escapeMarkdownInline(context.document.heading)}`, `**${escapeMarkdownInline(plan.title)}**`);
  for (const paragraph of paragraphs(plan.preamble)) blocks.push(escapeMarkdownLine(paragraph));
  for (const node of plan.body) renderNode(node, 2, blocks);

  const recipients = plan.recipients.map((r, i) => {
    const purpose = r.purpose === undefined ? '' : ` (${r.purpose})`;
    const end = i === plan.recipients.length - 1 ? '.' : ';';
    return escapeLineStart(escapeMarkdownInline(`- ${r.text}${purpose}${end}`));
  });
  if (recipients.length > 0) blocks.push(['***Nơi nhận:***', ...recipients].join('\\\n'));
  blocks.push(...signatureBlocks(plan.signature));

  if ((options.corrections ?? true) && plan.corrections.length > 0) {
    const lines = plan.corrections.map(
      (c) => `- ${escapeMarkdownInline(`${context.cite(c.target)}: “${c.asIssued}” → “${c.corrected}”. ${c.note.vi}`)}`,
    );
    blocks.push('---', '*Đính chính (không thuộc văn bản ban hành):*', lines.join('\n'));
  }
  if (options.targets ?? true) blocks.push(...targetsAppendix(context));
  if (options.duties ?? true) {
    blocks.push('---', ...dutiesAppendix(context, computeDuties(plan, options), options.reading ?? plan.reading ?? 'safe'));
  }
  return `${blocks.join('\n\n')}\n`;
}

function renderNode(node: PlanNode, depth: number, blocks: string[]): void {
  if (node.type === 'section' && (node.title !== undefined || (node.number !== undefined && node.children.length > 0))) {
    const number = node.number === undefined ? '' : `${node.number}${/^[a-zđ]$/.test(node.number) ? ')' : '.'} `;
    const hashes = '#'.repeat(Math.min(depth, 6));
    blocks.push(`${hashes} ${escapeMarkdownInline(`${number}${node.title ?? ''}`.trim())}`);
    for (const paragraph of paragraphs(node.text)) blocks.push(escapeMarkdownLine(paragraph));
    for (const child of node.children) renderNode(child, depth + 1, blocks);
    return;
  }
  const [first = '', ...rest] = paragraphs(node.text);
  blocks.push(escapeMarkdownLine(`${prefix(node)}${first}`));
  for (const paragraph of rest) blocks.push(escapeMarkdownLine(paragraph));
  for (const child of node.children ?? []) renderNode(child, depth + 1, blocks);
}

/** `a) `, `1. `, `- `, `+ `, or nothing for a plain paragraph. */
function prefix(node: PlanNode): string {
  if (node.bullet !== undefined) return `${node.bullet} `;
  if (node.number === undefined) return '';
  return /^\d+$/.test(node.number) || /^[IVXLC]+$/.test(node.number) ? `${node.number}. ` : `${node.number}) `;
}

function paragraphs(text: string | undefined): string[] {
  if (text === undefined) return [];
  return text
    .split(/\r\n|\r|\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", then the signer's name. */
function signatureBlocks(signature: Signature): string[] {
  const lines: string[] = [];
  if (signature.form !== 'none') lines.push(`${signature.form}. ${signature.authority ?? ''}`.trim());
  lines.push(signature.title);
  return [lines.map((l) => `**${escapeMarkdownInline(l)}**`).join('\\\n'), `**${escapeMarkdownInline(signature.name)}**`];
}

/** The targets as a table after a rule, or nothing when the plan has none. */
function targetsAppendix(context: ReturnType<typeof planContext>): string[] {
  const rows = targetRows(context);
  if (rows.length === 0) return [];
  const table = ['| Mục | Chỉ tiêu | Mục tiêu | Mốc so sánh | Thời hạn | Phạm vi |', '| --- | --- | --- | --- | --- | --- |'];
  for (const r of rows) table.push(`| ${[r.citation, r.metric, r.aim, r.baseline, r.when, r.scope].map((c) => escapeMarkdownInline(c.replace(/\s+/g, ' '))).join(' | ')} |`);
  return ['---', '*Chỉ tiêu (không thuộc văn bản ban hành):*', table.join('\n')];
}
