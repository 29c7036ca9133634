import { walkPlan, type Duty, type Plan } from '@kehoach/core';
import { computeDuties, readingNote, type DutyOptions } from '../shared/duties.js';
import { planContext } from '../shared/context.js';
import { responsibilityMatrix } from '../shared/matrix.js';
import { escapeHtml } from './escape.js';
import {
  closingHtml,
  deadlineTableHtml,
  documentHtml,
  headerHtml,
  matrixHtml,
  statsHtml,
  targetsHtml,
  unitListsHtml,
  unownedHtml,
} from './sections.js';
import { targetRows } from '../shared/targets.js';
import { STYLES } from './styles.js';
import { timelineMarks, timelineSvg } from './timeline.js';

/** Options of `toHtml()`. */
export type HtmlOptions = DutyOptions;

/**
 * A self-contained HTML report of a plan: the document heading, counts, the targets (value
 * aimed at, baseline, when, where, with the plan's wording), a timeline of the
 * deadlines as an inline SVG, a unit × section responsibility matrix, what each unit must do
 * (dates to work to with the legal limit where it differs, "dự kiến" for provisional dates,
 * duties taken over from ceased units with the basis, the members of incomplete groups the plan
 * does not list), the deadlines nobody owes with their coded reasons, the plan's text with
 * leads, owners and partners, "Nơi nhận" and the signature. One file, inline CSS,
 * no script, no font or image to fetch (a Content-Security-Policy forbids any request), system
 * fonts that carry Vietnamese. The same plan always gives the same bytes.
 *
 * @example
 * import { toHtml } from '@kehoach/export';
 * await writeFile('report.html', toHtml(plan));
 */
export function toHtml(plan: Plan, options: HtmlOptions = {}): string {
  const context = planContext(plan);
  const duties = computeDuties(plan, options);
  const matrix = responsibilityMatrix(plan, context, [...duties.dated, ...duties.triggered, ...duties.undated]);
  const marks = timelineMarks(context, duties.dated);
  /** Distinct deadlines of a source, whatever the number of units bound by them. */
  const sources = (list: readonly Pick<Duty, 'source'>[]) => new Set(list.map((d) => `${d.source.ruleId ?? d.source.nodeId}#${d.source.deadlineIndex}`)).size;
  const targets = targetRows(context);
  let tasks = 0;
  for (const { node } of walkPlan(plan)) if (node.type === 'task') tasks++;

  const doc = context.document;
  const title = `${doc.ref} – ${plan.title}`;
  const body = [
    headerHtml(context),
    '<nav class="toc"><a href="#tong-quan">Tổng quan</a><a href="#chi-tieu">Chỉ tiêu</a><a href="#moc-thoi-han">Mốc thời hạn</a><a href="#ma-tran">Ma trận trách nhiệm</a><a href="#don-vi">Việc của từng đơn vị</a><a href="#chua-co-don-vi">Hạn chưa có đơn vị</a><a href="#noi-dung">Nội dung văn bản</a></nav>',
    '<section id="tong-quan"><h2>Tổng quan</h2>',
    statsHtml([
      ['nhiệm vụ có đơn vị chủ trì', tasks],
      ['đơn vị, nhóm có việc', matrix.rows.length],
      ['mốc thời hạn có ngày', marks.length],
      ['việc chờ sự kiện, không có ngày', sources(duties.triggered)],
      ['hạn định kỳ, giữa kỳ… chưa có ngày', sources(duties.undated)],
      ['thời hạn không có đơn vị thực hiện', sources(duties.unowned)],
      ['chỉ tiêu', targets.length],
    ]),
    '</section>',
    '<section id="chi-tieu"><h2>Chỉ tiêu</h2>',
    `<p class="muted">Các chỉ tiêu ${escapeHtml(doc.name.toLowerCase())} đặt ra: giá trị cần đạt, mốc so sánh, thời hạn và phạm vi áp dụng; dưới mỗi chỉ tiêu là câu chữ của văn bản.</p>`,
    targetsHtml(context, targets),
    '</section>',
    '<section id="moc-thoi-han"><h2>Mốc thời hạn</h2>',
    '<figure>',
    timelineSvg(context, marks),
    '<figcaption><ul class="legend"><li><span class="dot" style="background:var(--lead)"></span>nhiệm vụ</li><li><span class="dot" style="background:var(--reporter)"></span>báo cáo</li><li><span class="dot" style="border:1.5px solid var(--shift)"></span>ngày cần hoàn thành, khi khác ngày ghi trong văn bản</li><li>số trong chấm: số mốc cùng ngày</li></ul></figcaption>',
    '</figure>',
    `<p class="muted">${escapeHtml(readingNote(options.reading ?? plan.reading ?? 'safe'))}</p>`,
    deadlineTableHtml(context, marks),
    '</section>',
    '<section id="ma-tran"><h2>Ma trận trách nhiệm</h2>',
    `<p class="muted">Đơn vị × mục của ${escapeHtml(doc.name.toLowerCase())}. Việc giao cho nhóm “từng đơn vị” được ghi cho mỗi đơn vị của nhóm, và cho “các thành viên khác của nhóm” khi văn bản không liệt kê hết; đơn vị chủ trì không được ghi thêm là phối hợp; đơn vị kế thừa được ghi việc nhận thay đơn vị đã ngừng hoạt động.</p>`,
    matrixHtml(context, matrix),
    '</section>',
    '<section id="don-vi"><h2>Việc của từng đơn vị</h2>',
    unitListsHtml(context, matrix, duties),
    '</section>',
    '<section id="chua-co-don-vi"><h2>Thời hạn không có đơn vị thực hiện</h2>',
    '<p class="muted">Các lần đến hạn mà không đơn vị nào phải thực hiện, theo từng thời hạn, với lý do (mã lý do của <code>obligations()</code>).</p>',
    unownedHtml(context, duties.unowned),
    '</section>',
    `<section id="noi-dung"><h2>Nội dung ${escapeHtml(doc.name.toLowerCase())}</h2>`,
    documentHtml(context),
    closingHtml(context),
    '</section>',
    `<footer>Tạo từ mô hình dữ liệu của kế hoạch bằng kehoach (@kehoach/export). Văn bản gốc: ${escapeHtml(`${doc.name} số ${plan.number}`)}.</footer>`,
  ];
  return [
    '<!DOCTYPE html>',
    '<html lang="vi">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="generator" content="kehoach">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLES}</style>`,
    '</head>',
    '<body>',
    '<div class="page">',
    ...body,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
