import { describe, expect, it } from 'vitest';
import { obligations, parsePlan, stringifyPlan, walkPlan } from '@kehoach/core';
import { toHtml } from '../src/index.js';
import { deadlinesPlan, examplePlan } from './helpers/fixtures.js';

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
    expect(lanes).toHaveLength(3); // V.1, V.6 and VI
    const dated = obligations(examplePlan).dated;
    const sources = new Set(dated.map((d) => `${d.source.ruleId ?? d.source.nodeId}@${d.due!.stated}`));
    expect(sources.size).toBe(6);
    expect(svg).toContain('>2021<');
    expect(svg).toContain('>2025<');
    expect(svg).toContain('Ban hành 29/11/2021');
    // V.1.a and V.6.a fall on 20/12/2021 in different lanes; VI has four yearly dates.
    expect(svg.match(/<g class="deadline">/g)).toHaveLength(6);
    expect(svg).toContain('15/11/2025 (hạn thực tế 17/11/2025) — mục VI, đoạn 1');
  });

  it('has a matrix row for each unit with work, and a list for each', () => {
    const table = html.slice(html.indexOf('<table class="matrix"'), html.indexOf('</table>', html.indexOf('<table class="matrix"')));
    expect(table.match(/<th scope="row"/g)).toHaveLength(24);
    expect(table.match(/<th scope="col"/g)).toHaveLength(1 + 16); // III.1-8, V.1-7, VI
    expect(html.match(/<details class="unit"/g)).toHaveLength(24);
    expect(html).toContain('<details class="unit" id="u-soYTe"><summary>Sở Y tế');
  });

  it('lists each unit’s tasks with roles and deadlines, and one deadline row per source', () => {
    const soYTe = html.slice(html.indexOf('<details class="unit" id="u-soYTe">'), html.indexOf('</details>', html.indexOf('<details class="unit" id="u-soYTe">')));
    expect(soYTe).toContain('<summary>Sở Y tế <span class="muted">— chủ trì 9 · phối hợp 16 · báo cáo 4 · 5 hạn có ngày</span></summary>');
    expect(soYTe).toContain('<a href="#n-V_2e1_2ea">V.1.a</a>: Xây dựng chương trình');
    expect(soYTe).toContain('— <span class="when"><span class="num">20/12/2021</span></span>');
    expect(soYTe).toContain(
      '<span class="num">15/11/2022</span>, <span class="num">15/11/2023</span>, <span class="num">15/11/2024</span>, <span class="num">15/11/2025</span> <span class="muted">(thực tế 17/11/2025)</span>',
    );
    expect(soYTe).toContain('định kỳ hàng năm; giữa kỳ; cuối kỳ theo yêu cầu');
    const table = html.slice(html.indexOf('<table class="deadlines">'), html.indexOf('</table>', html.indexOf('<table class="deadlines">')));
    expect(table.match(/<tr><td>/g)).toHaveLength(3);
  });

  it('renders every node of the plan with an anchor', () => {
    for (const { node } of walkPlan(examplePlan)) expect(html).toContain(`id="n-${node.id.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}`)}"`);
  });
});

describe('toHtml', () => {
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
