import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../src/index.js';
import { deadlinesPlan, examplePlan, provisionalCalendar } from './helpers/fixtures.js';
import { isLayoutLine, normalize, readReference, referenceParagraphs } from './helpers/reference.js';

/** What a reader sees of the Markdown: syntax removed, escapes resolved. */
function plainText(markdown: string): string {
  return markdown
    .split('\n')
    .filter((line) => !/^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/.test(line))
    .map((line) =>
      line
        .replace(/^#{1,6} /, '')
        .replace(/<br>/g, '\n')
        .replace(/^\| | \|$/g, '')
        .replace(/ \| /g, '\n')
        .replace(/\\$/, '')
        .replace(/(?<!\\)\*+/g, '')
        .replace(/\\(.)/g, '$1'),
    )
    .join('\n');
}

describe('toMarkdown of the example', () => {
  const markdown = toMarkdown(examplePlan);
  const plain = normalize(plainText(markdown));

  it('contains every paragraph of the issued text, in order', () => {
    const paragraphs = referenceParagraphs(readReference());
    expect(paragraphs.length).toBeGreaterThan(150);
    let from = 0;
    for (const paragraph of paragraphs) {
      const at = plain.indexOf(paragraph, from);
      if (at < 0) expect.fail(`not found after offset ${from}: ${paragraph.slice(0, 120)}\n near: ${plain.slice(from, from + 200)}`);
      from = at + paragraph.length;
    }
  });

  it('reads, Markdown aside, as the issued text word for word up to the signature', () => {
    const reference = normalize(readReference().split('\n').filter((l) => !isLayoutLine(l)).join('\n'));
    const end = plain.indexOf('Đinh Văn Thiệu') + 'Đinh Văn Thiệu'.length;
    expect(plain.slice(0, end)).toBe(reference);
  });

  it('follows Decree 30/2020: heading table, number, date line, type and title', () => {
    const lines = markdown.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '| **ỦY BAN NHÂN DÂN**<br>**TỈNH KHÁNH HÒA** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |',
      '| :---: | :---: |',
      '| Số: 12127/KH-UBND | *Khánh Hòa, ngày 29 tháng 11 năm 2021* |',
    ]);
    expect(lines).toContain('# KẾ HOẠCH');
    expect(lines).toContain(`**${examplePlan.title}**`);
  });

  it('numbers parts I., 1., a), đ) and keeps "-" and "+" bullets literal', () => {
    const lines = markdown.split('\n');
    expect(lines.filter((l) => l.startsWith('## '))).toEqual([
      '## I. MỤC ĐÍCH, YÊU CẦU',
      '## II. MỤC TIÊU',
      '## III. NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN',
      '## IV. KINH PHÍ THỰC HIỆN',
      '## V. TỔ CHỨC THỰC HIỆN',
      '## VI. CHẾ ĐỘ BÁO CÁO',
    ]);
    expect(lines).toContain('### 1. Mục đích');
    expect(lines.some((l) => l.startsWith('đ) Tích cực và chủ động hội nhập ASEAN'))).toBe(true);
    expect(lines.some((l) => l.startsWith('\\- Sở Lao động - Thương binh và Xã hội chủ trì'))).toBe(true);
    expect(lines.some((l) => l.startsWith('\\+ Tăng cường các cơ hội bình đẳng'))).toBe(true);
    expect(lines.some((l) => l.startsWith('1\\. Kinh phí thực hiện Kế hoạch này'))).toBe(true);
    // No line of the document may turn into a Markdown list, quote or code block.
    const documentLines = markdown.slice(0, markdown.indexOf('\n---\n')).split('\n');
    expect(documentLines.filter((l) => /^(?:[-+*>] |\d+[.)] | {4})/.test(l))).toEqual([]);
  });

  it('ends with "Nơi nhận" and the signature block', () => {
    const closing = markdown.slice(markdown.indexOf('***Nơi nhận:***'), markdown.indexOf('\n---\n'));
    expect(closing).toBe(
      [
        '***Nơi nhận:***\\',
        '\\- Thường trực Tỉnh ủy, HĐND tỉnh (báo cáo);\\',
        '\\- Chủ tịch và các PCT UBND tỉnh (báo cáo);\\',
        '\\- Mặt trận và các đoàn thể cấp tỉnh;\\',
        '\\- Các ban đảng thuộc Tỉnh ủy;\\',
        '\\- Các sở, ban, ngành thuộc tỉnh;\\',
        '\\- UBND các huyện, thị xã, thành phố;\\',
        '\\- Báo Khánh Hòa;\\',
        '\\- Đài Phát thanh và Truyền hình Khánh Hòa;\\',
        '\\- Cổng TTĐT tỉnh;\\',
        '\\- Lưu: VT, TmN, HN, NN.',
        '',
        '**KT. CHỦ TỊCH**\\',
        '**PHÓ CHỦ TỊCH**',
        '',
        '**Đinh Văn Thiệu**',
        '',
      ].join('\n'),
    );
  });

  it('appends the corrections apart from the document, and can leave them out', () => {
    expect(markdown).toContain('*Đính chính (không thuộc văn bản ban hành):*');
    expect(markdown).toContain('“Tuyên bố Madrit” → “Tuyên bố Madrid”');
    const without = toMarkdown(examplePlan, { corrections: false, duties: false, targets: false });
    expect(without).not.toContain('Đính chính');
    expect(without.endsWith('**Đinh Văn Thiệu**\n')).toBe(true);
  });

  it('appends the duties apart from the document: safe dates with the legal limit, classes, successors, and what nobody owes', () => {
    const appendix = markdown.slice(markdown.indexOf('*Phụ lục (không thuộc văn bản ban hành)'));
    expect(appendix).not.toBe(markdown);
    expect(appendix).toContain(
      '| 14/11/2025 (hạn theo luật 17/11/2025) | Định kỳ hàng năm trước ngày 15/11 (15/11/2025) | VI, đoạn 1 | Báo cáo kết quả triển khai Kế hoạch (gửi UBND tỉnh, qua Sở Nội vụ) | báo cáo: Sở Tài chính;',
    );
    expect(appendix).toContain('UBND đặc khu Trường Sa (thay UBND huyện Trường Sa) … và các thành viên khác của nhóm Các sở, ban, ngành |');
    expect(appendix).toContain('| 17/12/2021 (hạn theo luật 20/12/2021) | trước ngày 20/12/2021 | V.1.a |');
    expect(appendix).toContain(
      '- mục III.4, gạch đầu dòng thứ 1: Sở Y tế thay Sở LĐTBXH, đã ngừng hoạt động từ 01/03/2025 (phần việc: bảo trợ xã hội, trẻ em, phòng, chống tệ nạn xã hội; theo lựa chọn của kế hoạch); căn cứ Nghị định số 42/2025/NĐ-CP',
    );
    expect(appendix).toContain('*Thời hạn không có đơn vị nào phải thực hiện:*');
    expect(appendix).toContain('15/11/2025: đơn vị đã ngừng hoạt động, không có đơn vị kế thừa \\[orphaned\\].');
    // One line per deadline and reason, not one per occurrence and unit.
    const unownedLines = appendix.slice(appendix.indexOf('*Thời hạn không có đơn vị nào')).split('\n').filter((l) => l.startsWith('- '));
    expect(unownedLines).toHaveLength(7);
  });

  it('takes the reading and the calendar: legal dates alone, "dự kiến" for provisional ones', () => {
    expect(toMarkdown(examplePlan, { reading: 'legal' })).toContain('| 17/11/2025 | Định kỳ hàng năm trước ngày 15/11 (15/11/2025) |');
    const md = toMarkdown(deadlinesPlan(), { calendar: provisionalCalendar(2024) });
    expect(md).toContain('| 14/11/2024 (hạn theo luật 15/11/2024; dự kiến) |');
    expect(md).toContain('báo cáo: Sở A; SB … và các thành viên khác của nhóm Các sở, ngành |');
  });
});

describe('toMarkdown', () => {
  it('writes leading zeros in the date line for days below 10 and months 1 and 2', () => {
    const md = (issuedOn: `${number}-${number}-${number}`) => toMarkdown({ ...deadlinesPlan(), issuedOn });
    expect(md('2022-01-05')).toContain('*Thử Nghiệm, ngày 05 tháng 01 năm 2022*');
    expect(md('2022-02-28')).toContain('*Thử Nghiệm, ngày 28 tháng 02 năm 2022*');
    expect(md('2022-03-09')).toContain('*Thử Nghiệm, ngày 09 tháng 3 năm 2022*');
    expect(md('2021-11-29')).toContain('*Thử Nghiệm, ngày 29 tháng 11 năm 2021*');
  });

  it('escapes Markdown in the text so it shows literally', () => {
    const plan = deadlinesPlan();
    const md = toMarkdown({ ...plan, title: 'A *B* _C_ [D](x) <b>E</b>' });
    expect(md).toContain('**A \\*B\\* \\_C\\_ \\[D\\](x) \\<b\\>E\\</b\\>**');
  });

  it('writes other signature forms: TM. and a head signing in person', () => {
    const plan = deadlinesPlan();
    expect(toMarkdown({ ...plan, signature: { form: 'TM', authority: 'ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Lê Văn B' } })).toContain(
      '**TM. ỦY BAN NHÂN DÂN**\\\n**CHỦ TỊCH**\n\n**Lê Văn B**',
    );
    expect(toMarkdown({ ...plan, signature: { form: 'none', title: 'CHỦ TỊCH', name: 'Lê Văn B' } })).toContain('**CHỦ TỊCH**\n\n**Lê Văn B**');
  });
});
