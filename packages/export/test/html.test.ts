import { describe, expect, it } from 'vitest';
import { obligations, parsePlan, stringifyPlan, walkPlan } from '@kehoach/core';
import { toHtml } from '../src/index.js';
import { deadlinesPlan, examplePlan, othersOnlyPlan, provisionalCalendar } from './helpers/fixtures.js';

describe('toHtml of the example', () => {
  const html = toHtml(examplePlan);

  it('is one Vietnamese UTF-8 page with nothing to fetch and no script', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/\s(?:src|href)="(?!#)/);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('is the same on every run', () => {
    expect(toHtml(examplePlan)).toBe(html);
  });

  it('shows the heading of the document with its date line', () => {
    expect(html).toContain('<div class="issuer">ỦY BAN NHÂN DÂN<br>TỈNH KHÁNH HÒA');
    expect(html).toContain('<div class="number">Số: 12127/KH-UBND</div>');
    expect(html).toContain('<div class="dateline">Khánh Hòa, ngày 29 tháng 11 năm 2021</div>');
    expect(html).toContain('<span class="type">KẾ HOẠCH</span>');
  });

  it('draws one timeline mark per source and date, one lane per section', () => {
    const svg = html.slice(html.indexOf('<svg class="timeline"'), html.indexOf('</svg>'));
    const lanes = svg.match(/<g class="lane">/g) ?? [];
    expect(lanes).toHaveLength(4); // II.2, V.1, V.6 and VI
    const dated = obligations(examplePlan).dated;
    const sources = new Set(dated.map((d) => `${d.source.ruleId ?? d.source.nodeId}@${d.due!.stated}`));
    expect(sources.size).toBe(7);
    expect(svg).toContain('>2021<');
    expect(svg).toContain('>2025<');
    expect(svg).toContain('Ban hành 29/11/2021');
    // V.1.a and V.6.a fall on 20/12/2021 in different lanes; II.2.a on 31/12/2021; VI has four yearly dates.
    expect(svg.match(/<g class="deadline">/g)).toHaveLength(7);
    // The stated date, the date to work to (the safe reading), and the legal limit where it differs.
    expect(svg).toContain('15/11/2025 (cần hoàn thành 14/11/2025; hạn theo luật 17/11/2025) — mục VI, đoạn 1');
    expect(svg).toContain('15/11/2024 (cần hoàn thành 14/11/2024) — mục VI, đoạn 1');
    expect(svg).toContain('mục II.2.a: Đến cuối năm 2021, các sở, ban, ngành, địa phương xây dựng kế hoạch hành động…; 22 đơn vị và các thành viên khác của nhóm');
  });

  it('has a matrix row for each unit with work, the other members of incomplete groups, and a list for each', () => {
    const table = html.slice(html.indexOf('<table class="matrix"'), html.indexOf('</table>', html.indexOf('<table class="matrix"')));
    expect(table.match(/<th scope="row"/g)).toHaveLength(30);
    expect(table.match(/<th scope="col"/g)).toHaveLength(1 + 17); // II.2, III.1-8, V.1-7, VI
    expect(html.match(/<details class="unit"/g)).toHaveLength(30);
    expect(html).toContain('<details class="unit" id="u-soYTe"><summary>Sở Y tế');
    expect(table).toContain('<a href="#o-soBanNganh">Các thành viên khác của nhóm Các sở, ban, ngành</a>');
    expect(html).toContain('<details class="unit" id="o-soBanNganh"><summary>Các thành viên khác của nhóm Các sở, ban, ngành');
    // Owners of an objective are "thực hiện".
    expect(table).toContain('<span class="role owner" title="thực hiện">H</span>');
  });

  it('says which ceased unit a successor took a duty over from, with the basis', () => {
    const soYTe = html.slice(html.indexOf('<details class="unit" id="u-soYTe">'), html.indexOf('</details>', html.indexOf('<details class="unit" id="u-soYTe">')));
    expect(soYTe).toContain(
      '<span class="takeover">Nhận thay Sở LĐTBXH, đã ngừng hoạt động từ 01/03/2025 (phần việc: bảo trợ xã hội, trẻ em, phòng, chống tệ nạn xã hội; theo lựa chọn của kế hoạch); căn cứ Nghị định số 42/2025/NĐ-CP ngày 27/02/2025 (Bộ Y tế)</span>',
    );
    const dacKhu = html.slice(html.indexOf('<details class="unit" id="u-dacKhuTruongSa">'), html.indexOf('</details>', html.indexOf('<details class="unit" id="u-dacKhuTruongSa">')));
    expect(dacKhu).toContain('Nhận thay UBND huyện Trường Sa, đã ngừng hoạt động từ 01/07/2025; căn cứ Nghị quyết số 1667/NQ-UBTVQH15');
  });

  it('lists the deadlines nobody owes, one row per deadline, with the coded reason', () => {
    const section = html.slice(html.indexOf('<section id="chua-co-don-vi">'), html.indexOf('</section>', html.indexOf('<section id="chua-co-don-vi">')));
    const { unowned } = obligations(examplePlan);
    const deadlines = new Set(unowned.map((u) => `${u.source.ruleId ?? u.source.nodeId}#${u.source.deadlineIndex}`));
    expect(section.match(/<tr><td>/g)).toHaveLength(deadlines.size);
    expect(deadlines.size).toBeLessThan(unowned.length);
    expect(section).toContain(
      '<b>đơn vị đã ngừng hoạt động, không có đơn vị kế thừa</b> <code>orphaned</code> — <span class="num">15/11/2025</span>: Đã ngừng hoạt động và không có đơn vị kế thừa: UBND thành phố Nha Trang',
    );
    expect(html).toContain('<b>7</b>thời hạn không có đơn vị thực hiện');
  });

  it('lists each unit’s tasks with roles and deadlines, and one deadline row per source', () => {
    const soYTe = html.slice(html.indexOf('<details class="unit" id="u-soYTe">'), html.indexOf('</details>', html.indexOf('<details class="unit" id="u-soYTe">')));
    // The lead of III.4.d1 was taken over from Sở LĐTBXH in 2025, and II.2.a is owed by every department.
    expect(soYTe).toContain('<summary>Sở Y tế <span class="muted">— chủ trì 10 · thực hiện 1 · phối hợp 17 · báo cáo 4 · 6 hạn có ngày</span></summary>');
    expect(soYTe).toContain('<a href="#n-V_2e1_2ea">V.1.a</a>: Xây dựng chương trình');
    expect(soYTe).toContain(
      '— <span class="when"><span class="num" title="Hạn ghi trong văn bản: 20/12/2021">17/12/2021</span> <span class="muted">(hạn theo luật 20/12/2021)</span></span>',
    );
    expect(soYTe).toContain(
      '<span class="num" title="Hạn ghi trong văn bản: 15/11/2024">14/11/2024</span> <span class="muted">(hạn theo luật 15/11/2024)</span>, <span class="num" title="Hạn ghi trong văn bản: 15/11/2025">14/11/2025</span> <span class="muted">(hạn theo luật 17/11/2025)</span>',
    );
    expect(soYTe).toContain('định kỳ hàng năm; giữa kỳ; cuối kỳ theo yêu cầu');
    const table = html.slice(html.indexOf('<table class="deadlines">'), html.indexOf('</table>', html.indexOf('<table class="deadlines">')));
    expect(table.match(/<tr><td>/g)).toHaveLength(4);
    expect(table).toContain('<td><span class="num">22</span> <span class="muted">và các thành viên khác của nhóm</span></td>');
  });

  it('renders every node of the plan with an anchor', () => {
    for (const { node } of walkPlan(examplePlan)) expect(html).toContain(`id="n-${node.id.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}`)}"`);
  });
});

describe('toHtml', () => {
  it('takes the reading: the legal one shows no second date, and says so', () => {
    const legal = toHtml(examplePlan, { reading: 'legal' });
    expect(legal).toContain('Ngày ghi là hạn theo luật');
    expect(legal).not.toContain('hạn theo luật 17/11/2025');
    expect(legal).toContain('<span class="num" title="Hạn ghi trong văn bản: 15/11/2025">17/11/2025</span>');
  });

  it('marks provisional dates "dự kiến"', () => {
    const html = toHtml(deadlinesPlan(), { calendar: provisionalCalendar(2024) });
    expect(html).toContain('<span class="num" title="Hạn ghi trong văn bản: 15/11/2024">14/11/2024</span> <span class="muted">(hạn theo luật 15/11/2024; dự kiến)</span>');
    expect(html).not.toContain('15/11/2023; dự kiến');
  });

  it('names the other members of a group nobody listed, and nobody else', () => {
    const html = toHtml(othersOnlyPlan());
    expect(html).toContain('<details class="unit" id="o-doanThe"><summary>Các thành viên khác của nhóm Các đoàn thể chính trị - xã hội');
    expect(html).toContain('Mọi thời hạn của kế hoạch đều có đơn vị phải thực hiện.');
  });

  it('escapes every text of the plan', () => {
    const data = JSON.parse(stringifyPlan(deadlinesPlan()));
    const evil = '<script>alert("x")</script> & \'q\'';
    data.title = evil;
    data.units[1].name = evil;
    data.units[1].short = evil;
    data.body[0].children[0].children[0].text = evil;
    data.body[0].title = evil;
    data.signature.name = evil;
    const html = toHtml(parsePlan(data));
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;');
  });

  it('handles a plan with no dated deadline', () => {
    const data = JSON.parse(stringifyPlan(deadlinesPlan()));
    data.body = [{ ...data.body[0].children[1], children: data.body[0].children[1].children.slice(0, 2) }];
    const html = toHtml(parsePlan(data));
    expect(html).toContain('<svg class="timeline"');
    expect(html).toContain('Kế hoạch không có thời hạn nào có ngày cụ thể.');
  });
});
