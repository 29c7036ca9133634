import { describe, expect, it } from 'vitest';
import type { Plan, Target } from '@kehoach/core';
import { toCsvTargets, toHtml, toMarkdown } from '../src/index.js';
import { targetAim, targetBaseline, targetWhen, viNumber } from '../src/shared/targets.js';
import { deadlinesPlan, examplePlan } from './helpers/fixtures.js';

const target = (t: Partial<Target>): Target => ({ id: 't', metric: 'tỷ lệ', direction: 'increase', ...t });

/** The test plan with targets on its first task: a value with a baseline, a range per year over two districts. */
function plannedTargets(): Plan {
  const plan = structuredClone(deadlinesPlan());
  const section = plan.body[0]!;
  if (section.type !== 'section' || section.children[0]?.type !== 'section') throw new Error('unexpected fixture');
  const task = section.children[0].children[0]!;
  if (task.type !== 'task') throw new Error('unexpected fixture');
  task.targets = [
    {
      id: 'I.1.a/t1',
      metric: 'diện tích rừng trồng mới',
      direction: 'reach',
      value: 1250.5,
      unit: 'ha',
      by: 2024,
      baseline: { year: 2021, value: 800 },
      text: 'trồng mới 1.250,5 ha đến năm 2024',
    },
    { id: 'I.1.a/t2', metric: 'tỷ lệ hộ nghèo', direction: 'decrease', range: { min: 1.5, max: 2 }, unit: 'điểm %', per: 'year', scope: ['huyenX', 'huyenY'] },
  ];
  return plan;
}

describe('target wording', () => {
  it('writes numbers the Vietnamese way without the machine locale', () => {
    expect(viNumber(0)).toBe('0');
    expect(viNumber(999)).toBe('999');
    expect(viNumber(1250.5)).toBe('1.250,5');
    expect(viNumber(-12345678)).toBe('-12.345.678');
    expect(viNumber(0.25)).toBe('0,25');
  });

  it('puts % against the number and other units after a space, with the direction', () => {
    expect(targetAim(target({ value: 100, unit: '%', direction: 'maintain' }))).toBe('duy trì 100%');
    expect(targetAim(target({ range: { min: 4, max: 5 }, unit: 'điểm %', direction: 'decrease' }))).toBe('giảm 4–5 điểm %');
    expect(targetAim(target({ value: 3, unit: 'ha' }))).toBe('tăng 3 ha');
    expect(targetAim(target({}))).toBe('tăng');
  });

  it('gives the baseline value, year and wording, each only when the plan states it', () => {
    expect(targetBaseline(target({}))).toBe('');
    expect(targetBaseline(target({ baseline: { year: 2021, text: 'năm đầu nhiệm kỳ' } }))).toBe('năm 2021 (năm đầu nhiệm kỳ)');
    expect(targetBaseline(target({ unit: '%', baseline: { value: 35, year: 2020 } }))).toBe('35% năm 2020');
    expect(targetBaseline(target({ baseline: { text: 'so với cùng kỳ' } }))).toBe('so với cùng kỳ');
  });

  it('says when: a year, each year, or the whole period', () => {
    expect(targetWhen(target({ by: 2025 }))).toBe('đến năm 2025');
    expect(targetWhen(target({ per: 'year' }))).toBe('mỗi năm');
    expect(targetWhen(target({ per: 'period', by: 2030 }))).toBe('cả thời kỳ, đến năm 2030');
    expect(targetWhen(target({}))).toBe('');
  });
});

describe('targets of a phase', () => {
  it('name the phase as the document words it, else by its years, in every output', () => {
    const plan = plannedTargets();
    plan.phases = [
      { key: 'gd1', from: '2022-01-01', to: '2023-12-31', text: 'giai đoạn 2022-2023' },
      { key: 'gd2', from: '2024-01-01', to: '2024-12-31' },
    ];
    const task = (plan.body[0] as { children: { children: { targets: Target[] }[] }[] }).children[0]!.children[0]!;
    task.targets[0]!.phase = 'gd1';
    task.targets[1]!.phase = 'gd2';
    expect(targetWhen(task.targets[0]!, plan)).toBe('giai đoạn 2022-2023, đến năm 2024');
    expect(toMarkdown(plan)).toContain('| I.1.a | tỷ lệ hộ nghèo | giảm 1,5–2 điểm % |  | mỗi năm, giai đoạn 2024–2024 | UBND huyện X; UBND huyện Y |');
    expect(toHtml(plan)).toContain('<td>giai đoạn 2022-2023, đến năm 2024</td>');
    expect(toCsvTargets(plan)).toContain(',ha,,2024,giai đoạn 2022-2023,2021,800,');
  });
});

describe('targets in the HTML report', () => {
  const html = toHtml(plannedTargets());

  it('has a table of the targets with the aim, baseline, when and scope, linked to the paragraph', () => {
    const table = html.slice(html.indexOf('<section id="chi-tieu">'), html.indexOf('<section id="moc-thoi-han">'));
    expect(table).toContain(
      '<tr id="t-I_2e1_2ea_2ft1"><td><a href="#n-I_2e1_2ea">I.1.a</a></td><td>diện tích rừng trồng mới<br><span class="muted">“trồng mới 1.250,5 ha đến năm 2024”</span></td><td><span class="num">đạt 1.250,5 ha</span></td><td>800 ha năm 2021</td><td>đến năm 2024</td><td></td></tr>',
    );
    expect(table).toContain('<td><span class="num">giảm 1,5–2 điểm %</span></td><td></td><td>mỗi năm</td><td>UBND huyện X; UBND huyện Y</td></tr>');
    expect(html).toContain('<a href="#chi-tieu">Chỉ tiêu</a>');
    expect(html).toContain('<div class="stat"><b>2</b>chỉ tiêu</div>');
  });

  it('shows the targets under their paragraph in the text', () => {
    expect(html).toContain(
      '<p class="who">chỉ tiêu: diện tích rừng trồng mới: đạt 1.250,5 ha, đến năm 2024 · tỷ lệ hộ nghèo: giảm 1,5–2 điểm %, mỗi năm (UBND huyện X, UBND huyện Y)</p>',
    );
  });

  it('says so when the plan has no target', () => {
    expect(toHtml(deadlinesPlan())).toContain('<section id="chi-tieu"><h2>Chỉ tiêu</h2>\n<p class="muted">Các chỉ tiêu kế hoạch đặt ra');
    expect(toHtml(deadlinesPlan())).toContain('<p class="muted">Kế hoạch không nêu chỉ tiêu đo được.</p>');
  });

  it('escapes the wording of targets', () => {
    const plan = plannedTargets();
    const task = (plan.body[0] as { children: { children: { targets: Target[] }[] }[] }).children[0]!.children[0]!;
    task.targets[0]!.metric = '<b>x</b>';
    expect(toHtml(plan)).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(toHtml(plan)).not.toContain('<b>x</b>');
  });
});

describe('targets in the Markdown document', () => {
  it('appends a table after the signature, apart from the document', () => {
    const md = toMarkdown(plannedTargets(), { duties: false });
    expect(md.endsWith(
      [
        '---',
        '',
        '*Chỉ tiêu (không thuộc văn bản ban hành):*',
        '',
        '| Mục | Chỉ tiêu | Mục tiêu | Mốc so sánh | Thời hạn | Phạm vi |',
        '| --- | --- | --- | --- | --- | --- |',
        '| I.1.a | diện tích rừng trồng mới | đạt 1.250,5 ha | 800 ha năm 2021 | đến năm 2024 |  |',
        '| I.1.a | tỷ lệ hộ nghèo | giảm 1,5–2 điểm % |  | mỗi năm | UBND huyện X; UBND huyện Y |',
        '',
      ].join('\n'),
    )).toBe(true);
  });

  it('leaves the table out when asked or when there is no target', () => {
    expect(toMarkdown(plannedTargets(), { targets: false })).not.toContain('Chỉ tiêu (không thuộc');
    expect(toMarkdown(deadlinesPlan())).not.toContain('Chỉ tiêu (không thuộc');
  });

  it('shows the reference plan’s targets: the poor households halved by 2025 from the first year of the term', () => {
    expect(toMarkdown(examplePlan)).toContain('| số hộ nghèo | giảm 50% | năm 2021 (năm đầu nhiệm kỳ) | đến năm 2025 |  |');
  });
});

describe('toCsvTargets', () => {
  it('writes one row per target, one fact per column, with plain numbers', () => {
    const csv = toCsvTargets(plannedTargets());
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFMã,Mục,Chỉ tiêu,Hướng,Giá trị,Từ,Đến,Đơn vị,Tính theo,Năm,Giai đoạn,Năm cơ sở,Giá trị cơ sở,Mốc so sánh,Phạm vi,Nguyên văn',
      'I.1.a/t1,I.1.a,diện tích rừng trồng mới,đạt,1250.5,,,ha,,2024,,2021,800,,,"trồng mới 1.250,5 ha đến năm 2024"',
      'I.1.a/t2,I.1.a,tỷ lệ hộ nghèo,giảm,,1.5,2,điểm %,năm,,,,,,UBND huyện X; UBND huyện Y,',
      '',
    ]);
  });

  it('writes decimal commas with the ; separator, as Excel reads them under Vietnamese settings', () => {
    const csv = toCsvTargets(plannedTargets(), { delimiter: ';' });
    expect(csv).toContain('\r\nI.1.a/t1;I.1.a;diện tích rừng trồng mới;đạt;1250,5;;;ha;;2024;;2021;800;;;trồng mới 1.250,5 ha đến năm 2024\r\n');
    expect(csv).toContain(';giảm;;1,5;2;điểm %;năm;;;;;;"UBND huyện X; UBND huyện Y";\r\n');
  });

  it('neutralises a wording a spreadsheet would run as a formula', () => {
    const plan = plannedTargets();
    const task = (plan.body[0] as { children: { children: { targets: Target[] }[] }[] }).children[0]!.children[0]!;
    task.targets[0]!.text = '=HYPERLINK("http://x")';
    expect(toCsvTargets(plan)).toContain(`,"'=HYPERLINK(""http://x"")"\r\n`);
  });

  it('is only the header for a plan without targets', () => {
    expect(toCsvTargets(deadlinesPlan()).split('\r\n')).toHaveLength(2);
  });
});
