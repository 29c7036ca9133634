import { formatDateLine, type Due, type Duty, type IsoDate, type PlanNode, type UnownedDeadline } from '@kehoach/core';
import type { PlanContext } from '../shared/context.js';
import { viDate } from '../shared/dates.js';
import { UNOWNED_WORDS, dueNotes, groupUnowned, othersName, reassignedText } from '../shared/duties.js';
import { MATRIX_ROLES, ROLE_WORDS, rowName, type MatrixRole, type MatrixRow, type ResponsibilityMatrix } from '../shared/matrix.js';
import { targetRows, type TargetRow } from '../shared/targets.js';
import { describeDeadline, summarize } from '../shared/text.js';
import { anchorId, escapeHtml, escapeHtmlLines } from './escape.js';
import type { TimelineMark } from './timeline.js';

const LETTER: Record<MatrixRole, string> = { lead: 'C', owner: 'H', partner: 'P', reporter: 'B', collector: 'T' };
const NATIONAL = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'] as const;

/** @internal A role badge: a coloured letter with the word as its tooltip. */
export function badge(role: MatrixRole): string {
  return `<span class="role ${role}" title="${ROLE_WORDS[role]}">${LETTER[role]}</span>`;
}

/** @internal The heading table, document type and title, in the layout of Decree 30/2020/NĐ-CP. */
export function headerHtml(context: PlanContext): string {
  const { plan } = context;
  const issuer = plan.issuerHeading ?? [context.name(plan.issuer).toUpperCase()];
  return [
    '<header class="doc-heading">',
    `<div class="issuer">${issuer.map(escapeHtml).join('<br>')}<span class="rule"></span></div>`,
    `<div class="nation">${NATIONAL[0]}<br>${NATIONAL[1]}<span class="rule"></span></div>`,
    `<div class="number">Số: ${escapeHtml(plan.number)}</div>`,
    `<div class="dateline">${escapeHtml(plan.place)}, ${formatDateLine(plan.issuedOn)}</div>`,
    '</header>',
    `<h1 class="doc-title"><span class="type">${escapeHtml(context.document.heading)}</span><span class="name">${escapeHtml(plan.title)}</span></h1>`,
    `<p class="meta">Thời kỳ: <span class="num">${viDate(plan.period.from)}</span> – <span class="num">${viDate(plan.period.to)}</span>${plan.period.text ? ` (${escapeHtml(plan.period.text)})` : ''} · Ban hành: <span class="num">${viDate(plan.issuedOn)}</span></p>`,
  ].join('\n');
}

/** @internal Counts at a glance. */
export function statsHtml(items: readonly [label: string, value: number][]): string {
  return `<div class="stats">${items.map(([label, value]) => `<div class="stat"><b>${formatCount(value)}</b>${escapeHtml(label)}</div>`).join('')}</div>`;
}

/** @internal The timeline's marks as a table: one row per source, its dates in order. */
export function deadlineTableHtml(context: PlanContext, marks: readonly TimelineMark[]): string {
  if (marks.length === 0) return `<p class="muted">${escapeHtml(context.document.name)} không có thời hạn nào có ngày cụ thể.</p>`;
  const series = new Map<string, TimelineMark[]>();
  for (const m of marks) {
    let list = series.get(m.series);
    if (!list) series.set(m.series, (list = []));
    list.push(m);
  }
  const rows = [...series.values()]
    .map((list) => list.sort((a, b) => cmp(a.stated, b.stated)))
    .sort((a, b) => cmp(a[0]!.stated, b[0]!.stated) || cmp(a[0]!.citation, b[0]!.citation))
    .map((list) => {
      const head = list[0]!;
      const units = Math.max(...list.map((m) => m.units));
      const others = list.some((m) => m.others) ? ' <span class="muted">và các thành viên khác của nhóm</span>' : '';
      return `<tr><td>${formatDates(list.map((m) => m.due))}</td><td>${escapeHtml(head.citation)}</td><td>${escapeHtml(head.label)}</td><td><span class="num">${units}</span>${others}</td></tr>`;
    });
  return [
    '<table class="deadlines"><thead><tr><th>Hạn</th><th>Mục</th><th>Việc</th><th>Số đơn vị</th></tr></thead><tbody>',
    ...rows,
    '</tbody></table>',
  ].join('\n');
}

const MAX_DATES = 8;

/**
 * @internal The dates to work to, each with the stated date as its tooltip and, beside it, the
 * legal limit where it differs and "dự kiến" where provisional: "14/11/2025 (hạn theo luật
 * 17/11/2025)". A long series shows its first and last dates.
 */
export function formatDates(dates: readonly Due[]): string {
  const one = (d: Due) => {
    const notes = dueNotes(d);
    const title = `Hạn ghi trong văn bản: ${viDate(d.stated)}`;
    return `<span class="num" title="${title}">${viDate(d.effective)}</span>${notes.length === 0 ? '' : ` <span class="muted">(${escapeHtml(notes.join('; '))})</span>`}`;
  };
  if (dates.length <= MAX_DATES) return dates.map(one).join(', ');
  const shown = dates.slice(0, MAX_DATES - 2).map(one).join(', ');
  return `${shown}, … ${one(dates[dates.length - 1]!)} <span class="muted">(${dates.length} lần)</span>`;
}

/** @internal Units × sections, with role letters. */
export function matrixHtml(context: PlanContext, matrix: ResponsibilityMatrix): string {
  if (matrix.rows.length === 0) return `<p class="muted">${escapeHtml(context.document.name)} không giao việc cho đơn vị nào.</p>`;
  const legend = `<ul class="legend">${MATRIX_ROLES.map((r) => `<li>${badge(r)} ${ROLE_WORDS[r]}</li>`).join('')}</ul>`;
  const head = matrix.columns
    .map((c) => `<th scope="col" title="${escapeHtml(c.title ?? c.label)}">${escapeHtml(c.label)}</th>`)
    .join('');
  const body = matrix.rows.map((row) => {
    const cells = matrix.columns.map((c) => {
      const cell = row.cells.get(c.key);
      if (!cell) return '<td></td>';
      return `<td>${MATRIX_ROLES.filter((r) => cell.roles.has(r)).map(badge).join('')}</td>`;
    });
    return `<tr><th scope="row" title="${escapeHtml(rowName(context, row))}"><a href="#${rowAnchor(row)}">${escapeHtml(rowName(context, row, true))}</a></th>${cells.join('')}</tr>`;
  });
  return [
    legend,
    '<div class="scroll"><table class="matrix" id="matrix">',
    `<thead><tr><th scope="col">Đơn vị</th>${head}</tr></thead>`,
    '<tbody>',
    ...body,
    '</tbody></table></div>',
  ].join('\n');
}

/** @internal The anchor of a row's list: `u-soYTe`, or `o-soBanNganh` for a group's other members. */
export function rowAnchor(row: Pick<MatrixRow, 'unit' | 'others'>): string {
  return anchorId(row.others ? 'o' : 'u', row.unit);
}

/**
 * @internal What each unit must do: every task or report it has a part in, with its roles and
 * its deadlines (dates to work to with the legal limit, the triggering event, or the
 * milestone), and the ceased unit it took a duty over from, with the basis.
 */
export function unitListsHtml(
  context: PlanContext,
  matrix: ResponsibilityMatrix,
  duties: { dated: readonly Duty[]; triggered: readonly Duty[]; undated: readonly Duty[] },
): string {
  // row → node → what its duties there say about time, and whom it took them over from.
  const timing = new Map<string, Map<string, { dates: Map<IsoDate, Due>; whens: string[]; takeovers: string[] }>>();
  const entry = (d: Duty) => {
    const key = rowKey(d);
    let nodes = timing.get(key);
    if (!nodes) timing.set(key, (nodes = new Map()));
    let e = nodes.get(d.source.nodeId);
    if (!e) nodes.set(d.source.nodeId, (e = { dates: new Map(), whens: [], takeovers: [] }));
    if (d.reassigned !== undefined) {
      const text = reassignedText(context, d.reassigned);
      if (!e.takeovers.includes(text)) e.takeovers.push(text);
    }
    return e;
  };
  for (const d of duties.dated) entry(d).dates.set(d.due!.stated, d.due!);
  for (const d of [...duties.triggered, ...duties.undated]) {
    const e = entry(d);
    const when = d.trigger ?? describeDeadline(d.deadline);
    if (!e.whens.includes(when)) e.whens.push(when);
  }
  const rows = new Set(matrix.rows.filter((r) => !r.others).map((r) => r.unit));
  const summaries = new Map<string, string>();

  const out: string[] = [];
  for (const row of matrix.rows) {
    const mine = timing.get(rowKey(row));
    const counts = MATRIX_ROLES.map((r) => [r, [...row.cells.values()].reduce((n, c) => n + [...c.nodes.values()].filter((roles) => roles.has(r)).length, 0)] as const)
      .filter(([, n]) => n > 0)
      .map(([r, n]) => `${ROLE_WORDS[r]} ${n}`);
    const deadlines = [...(mine?.values() ?? [])].reduce((n, e) => n + e.dates.size, 0);
    if (deadlines > 0) counts.push(`${deadlines} hạn có ngày`);

    const items: string[] = [];
    if (row.others) {
      items.push(`<p class="muted">${escapeHtml(context.document.name)} nêu nhóm này mà không liệt kê hết thành viên: việc dưới đây cũng là của ${escapeHtml(othersName(context, row.unit))}.</p>`);
    } else {
      const groups = [...context.index.groupsOf(row.unit)].filter((g) => rows.has(g));
      if (groups.length > 0) {
        const links = groups.map((g) => `<a href="#${anchorId('u', g)}">${escapeHtml(context.name(g))}</a>`).join('; ');
        items.push(`<p class="muted">Cùng thực hiện việc của nhóm: ${links}.</p>`);
      }
    }
    items.push('<ul>');
    for (const cell of row.cells.values()) {
      for (const [nodeId, roles] of cell.nodes) {
        const info = context.nodes.get(nodeId);
        let summary = summaries.get(nodeId);
        if (summary === undefined) {
          const node = info?.node;
          summary = node && node.type !== 'section' ? summarize(node.text, 140) : nodeId;
          summaries.set(nodeId, summary);
        }
        const e = mine?.get(nodeId);
        const when: string[] = [];
        if (e && e.dates.size > 0) when.push(formatDates([...e.dates.values()].sort((a, b) => cmp(a.stated, b.stated))));
        if (e) when.push(...e.whens.map(escapeHtml));
        const takeovers = e && e.takeovers.length > 0 ? `<br><span class="takeover">${e.takeovers.map((t) => escapeHtml(`Nhận ${t}`)).join('<br>')}</span>` : '';
        items.push(
          `<li>${MATRIX_ROLES.filter((r) => roles.has(r)).map(badge).join('')} <a href="#${anchorId('n', nodeId)}">${escapeHtml(info?.citation || nodeId)}</a>: ${escapeHtml(summary)}${when.length > 0 ? ` — <span class="when">${when.join('; ')}</span>` : ''}${takeovers}</li>`,
        );
      }
    }
    items.push('</ul>');
    out.push(
      `<details class="unit" id="${rowAnchor(row)}"><summary>${escapeHtml(rowName(context, row))} <span class="muted">— ${escapeHtml(counts.join(' · '))}</span></summary>${items.join('')}</details>`,
    );
  }
  return out.join('\n');
}

function rowKey(x: { unit: string; others?: true | undefined }): string {
  return x.others ? `${x.unit}\u0000others` : x.unit;
}

/**
 * @internal The deadline occurrences nobody owes, one row per deadline, each reason with its
 * code, the units it names and when.
 */
export function unownedHtml(context: PlanContext, unowned: readonly UnownedDeadline[]): string {
  if (unowned.length === 0) return `<p class="muted">Mọi thời hạn của ${escapeHtml(context.document.name.toLowerCase())} đều có đơn vị phải thực hiện.</p>`;
  const rows = groupUnowned(context, unowned).map((group) => {
    const info = context.nodes.get(group.nodeId);
    const reasons = group.reasons
      .map((r) => `<li><b>${escapeHtml(UNOWNED_WORDS[r.code])}</b> <code>${r.code}</code> — <span class="num">${escapeHtml(r.when.join(', '))}</span>: ${escapeHtml(r.text)}</li>`)
      .join('');
    return `<tr><td><a href="#${anchorId('n', group.nodeId)}">${escapeHtml(info?.citation || group.nodeId)}</a></td><td>${escapeHtml(summarize(group.what, 100))}</td><td>${escapeHtml(group.deadline)}</td><td><ul>${reasons}</ul></td></tr>`;
  });
  return [
    '<table class="deadlines unowned"><thead><tr><th>Mục</th><th>Việc</th><th>Thời hạn</th><th>Vì sao không có đơn vị thực hiện</th></tr></thead><tbody>',
    ...rows,
    '</tbody></table>',
  ].join('\n');
}

/** @internal The plan's text, part by part, with who leads and partners each task. */
export function documentHtml(context: PlanContext): string {
  const { plan } = context;
  const out: string[] = ['<div class="doc">'];
  const targets = new Map<string, TargetRow[]>();
  for (const row of targetRows(context)) targets.set(row.nodeId, [...(targets.get(row.nodeId) ?? []), row]);
  for (const p of (plan.preamble ?? '').split('\n').filter((l) => l.trim() !== '')) out.push(`<p>${escapeHtml(p)}</p>`);
  for (const node of plan.body) renderNode(context, targets, node, 0, out);
  out.push('</div>');
  return out.join('\n');
}

function renderNode(context: PlanContext, targets: ReadonlyMap<string, TargetRow[]>, node: PlanNode, depth: number, out: string[]): void {
  const id = anchorId('n', node.id);
  if (node.type === 'section' && node.title !== undefined) {
    const level = Math.min(3 + depth, 6);
    const number = node.number === undefined ? '' : `${node.number}${/^[a-zđ]$/.test(node.number) ? ')' : '.'} `;
    out.push(`<h${level} id="${id}">${escapeHtml(`${number}${node.title}`)}</h${level}>`);
    if (node.text) for (const p of node.text.split('\n')) out.push(`<p>${escapeHtml(p)}</p>`);
    for (const child of node.children) renderNode(context, targets, child, depth + 1, out);
    return;
  }
  const text = node.text ?? '';
  const [first = '', ...rest] = text.split('\n');
  const indent = Math.min(Math.max(depth - 1, 0), 4);
  out.push(`<div class="node depth-${indent}" id="${id}"><p>${escapeHtml(prefix(node) + first)}</p>${rest.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}`);
  if (node.type === 'task') {
    const requested = node.mode === 'request' ? ' (đề nghị)' : '';
    const parts = [`${badge('lead')} ${escapeHtml(context.assignment(node.lead))}${requested}`];
    if (node.partners.length > 0) parts.push(`${badge('partner')} ${escapeHtml(node.partners.map((p) => context.assignment(p)).join('; '))}`);
    if (node.deadlines.length > 0) parts.push(`hạn: ${escapeHtml(node.deadlines.map(describeDeadline).join('; '))}`);
    out.push(`<p class="who">${parts.join(' · ')}</p>`);
  }
  if (node.type === 'item' && node.owners !== undefined && node.owners.length > 0) {
    const parts = [`${badge('owner')} ${escapeHtml(node.owners.map((o) => context.assignment(o)).join('; '))}`];
    if (node.deadlines !== undefined && node.deadlines.length > 0) parts.push(`hạn: ${escapeHtml(node.deadlines.map(describeDeadline).join('; '))}`);
    out.push(`<p class="who">${parts.join(' · ')}</p>`);
  }
  if (node.type !== 'section') {
    for (const rule of node.reports ?? []) {
      const when = rule.deadlines.map(describeDeadline).join('; ');
      const via = rule.via ? `, qua ${context.short(rule.via)}` : '';
      out.push(`<p class="who">${badge('reporter')} ${escapeHtml(`${rule.what} → ${context.short(rule.to)}${via}${when ? ` (${when})` : ''}`)}</p>`);
    }
  }
  const mine = targets.get(node.id);
  if (mine !== undefined) out.push(targetLineHtml(mine));
  out.push('</div>');
  for (const child of node.children ?? []) renderNode(context, targets, child, depth + 1, out);
}

function prefix(node: PlanNode): string {
  if (node.bullet !== undefined) return `${node.bullet} `;
  if (node.number === undefined) return '';
  return /^\d+$/.test(node.number) || /^[IVXLC]+$/.test(node.number) ? `${node.number}. ` : `${node.number}) `;
}

/** @internal "Nơi nhận", the signature block, and the corrections. */
export function closingHtml(context: PlanContext): string {
  const { plan } = context;
  const recipients = plan.recipients
    .map((r, i) => `- ${escapeHtml(r.text)}${r.purpose ? ` (${escapeHtml(r.purpose)})` : ''}${i === plan.recipients.length - 1 ? '.' : ';'}`)
    .join('<br>');
  const s = plan.signature;
  const signature = [s.form === 'none' ? '' : `${s.form}. ${s.authority ?? ''}`.trim(), s.title].filter((l) => l !== '');
  const out = [
    '<div class="closing">',
    `<div class="recipients"><b><i>Nơi nhận:</i></b><br>${recipients}</div>`,
    `<div class="signature">${signature.map(escapeHtml).join('<br>')}<div class="name">${escapeHtml(s.name)}</div></div>`,
    '</div>',
  ];
  if (plan.corrections.length > 0) {
    out.push('<details class="corrections"><summary>Đính chính (không thuộc văn bản ban hành)</summary><ul>');
    for (const c of plan.corrections) {
      out.push(`<li>${escapeHtml(context.cite(c.target))}: “${escapeHtml(c.asIssued)}” → “${escapeHtml(c.corrected)}”. ${escapeHtmlLines(c.note.vi)}</li>`);
    }
    out.push('</ul></details>');
  }
  return out.join('\n');
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** @internal `12.345`: Vietnamese groups thousands with a dot. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * @internal The plan's targets as a table: where each is written, what it measures with the
 * plan's wording beneath, the value aimed at, the baseline, when it is due and where it applies.
 */
export function targetsHtml(context: PlanContext, rows: readonly TargetRow[]): string {
  if (rows.length === 0) return `<p class="muted">${escapeHtml(context.document.name)} không nêu chỉ tiêu đo được.</p>`;
  const body = rows.map((r) => {
    const text = r.text === '' ? '' : `<br><span class="muted">“${escapeHtml(r.text)}”</span>`;
    const cells = [
      `<a href="#${anchorId('n', r.nodeId)}">${escapeHtml(r.citation)}</a>`,
      `${escapeHtml(r.metric)}${text}`,
      `<span class="num">${escapeHtml(r.aim)}</span>`,
      escapeHtml(r.baseline),
      escapeHtml(r.when),
      escapeHtml(r.scope),
    ];
    return `<tr id="${anchorId('t', r.target.id)}">${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  });
  return [
    '<table class="deadlines targets"><thead><tr><th>Mục</th><th>Chỉ tiêu</th><th>Mục tiêu</th><th>Mốc so sánh</th><th>Thời hạn</th><th>Phạm vi</th></tr></thead><tbody>',
    ...body,
    '</tbody></table>',
  ].join('\n');
}

/**
 * @internal One line under a paragraph for its targets: "chỉ tiêu: số hộ nghèo: giảm 50%, đến năm
 * 2025 · tỷ lệ hộ nghèo: giảm 4–5 điểm %, mỗi năm (UBND huyện Khánh Sơn, UBND huyện Khánh Vĩnh)".
 */
export function targetLineHtml(rows: readonly TargetRow[]): string {
  const parts = rows.map((r) => {
    const scope = r.scopeNames.length === 0 ? '' : ` (${r.scopeNames.join(', ')})`;
    return `${[`${r.metric}: ${r.aim}`, r.when].filter((p) => p !== '').join(', ')}${scope}`;
  });
  return `<p class="who">chỉ tiêu: ${parts.map(escapeHtml).join(' · ')}</p>`;
}
