import { describe, expect, it } from 'vitest';
import { parseCitations, type Citation } from './citation.js';

/** The parts of each citation, without its `text`. */
function parts(text: string): Omit<Citation, 'text'>[] {
  return parseCitations(text).map(({ text: _text, ...rest }) => rest);
}

describe('parseCitations', () => {
  // Wordings of real preambles and decisions; numbers of letters and submissions are illustrative.
  it.each<[string, Omit<Citation, 'text'>[]]>([
    [
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
      [{ role: 'pursuant', kind: 'Luật', title: 'Tổ chức chính quyền địa phương', date: '2015-06-19' }],
    ],
    [
      'Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
      [
        {
          role: 'pursuant',
          kind: 'Luật',
          title: 'sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương',
          date: '2019-11-22',
        },
      ],
    ],
    [
      'Căn cứ Luật Ngân sách nhà nước số 83/2015/QH13 ngày 25 tháng 6 năm 2015;',
      [{ role: 'pursuant', kind: 'Luật', title: 'Ngân sách nhà nước', number: '83/2015/QH13', date: '2015-06-25' }],
    ],
    [
      'Căn cứ Luật số 77/2015/QH13 ngày 19 tháng 6 năm 2015 của Quốc hội;',
      [{ role: 'pursuant', kind: 'Luật', number: '77/2015/QH13', date: '2015-06-19', issuer: 'Quốc hội' }],
    ],
    [
      'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;',
      [{ role: 'pursuant', kind: 'Nghị định', number: '30/2020/NĐ-CP', date: '2020-03-05', issuer: 'Chính phủ', title: 'công tác văn thư' }],
    ],
    [
      'Căn cứ Quyết định số 1719/QĐ-TTg ngày 14 tháng 10 năm 2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030, giai đoạn I: từ năm 2021 đến năm 2025;',
      [
        {
          role: 'pursuant',
          kind: 'Quyết định',
          number: '1719/QĐ-TTg',
          date: '2021-10-14',
          issuer: 'Thủ tướng Chính phủ',
          title:
            'phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030, giai đoạn I: từ năm 2021 đến năm 2025',
        },
      ],
    ],
    [
      'Thực hiện Công văn số 123/UBND-KGVX ngày 10/01/2022 của Ủy ban nhân dân tỉnh;',
      [{ role: 'implementing', kind: 'Công văn', number: '123/UBND-KGVX', date: '2022-01-10', issuer: 'Ủy ban nhân dân tỉnh' }],
    ],
    [
      'Theo đề nghị của Giám đốc Sở Lao động - Thương binh và Xã hội tại Tờ trình số 45/TTr-SLĐTBXH ngày 03 tháng 3 năm 2022.',
      [
        {
          role: 'proposal',
          proposer: 'Giám đốc Sở Lao động - Thương binh và Xã hội',
          kind: 'Tờ trình',
          number: '45/TTr-SLĐTBXH',
          date: '2022-03-03',
        },
      ],
    ],
    ['Xét đề nghị của Giám đốc Sở Nội vụ.', [{ role: 'proposal', proposer: 'Giám đốc Sở Nội vụ' }]],
    [
      'Chỉ thị số 39-CT/TW ngày 01/11/2019 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác người khuyết tật',
      [
        {
          role: 'cited',
          kind: 'Chỉ thị',
          number: '39-CT/TW',
          date: '2019-11-01',
          issuer: 'Ban Bí thư',
          title: 'tăng cường sự lãnh đạo của Đảng đối với công tác người khuyết tật',
        },
      ],
    ],
  ])('%s', (text, expected) => {
    expect(parts(text)).toEqual(expected);
  });

  it('reads the two documents and the defined name of the reference plan 12127/KH-UBND', () => {
    const text =
      'Thực hiện Quyết định số 161/QĐ-TTg ngày 25/01/2016 của Thủ tướng Chính phủ về phê duyệt Đề án xây dựng và triển khai Kế hoạch thực hiện các mục tiêu của Cộng đồng Văn hóa - Xã hội ASEAN đến năm 2025 (sau đây gọi tắt là Quyết định số 161) và Quyết định số 650/QĐ-LĐTBXH ngày 09/6/2021 của Bộ Lao động - Thương binh và Xã hội ban hành Kế hoạch hành động giai đoạn 2021-2025 của Bộ Lao động - Thương binh và Xã hội thực hiện Đề án xây dựng và triển khai Kế hoạch thực hiện các mục tiêu của Cộng đồng Văn hóa - Xã hội ASEAN đến năm 2025;';
    expect(parts(text)).toEqual([
      {
        role: 'implementing',
        kind: 'Quyết định',
        number: '161/QĐ-TTg',
        date: '2016-01-25',
        issuer: 'Thủ tướng Chính phủ',
        title: 'phê duyệt Đề án xây dựng và triển khai Kế hoạch thực hiện các mục tiêu của Cộng đồng Văn hóa - Xã hội ASEAN đến năm 2025',
        definedAs: 'Quyết định số 161',
      },
      {
        role: 'implementing',
        kind: 'Quyết định',
        number: '650/QĐ-LĐTBXH',
        date: '2021-06-09',
        issuer: 'Bộ Lao động - Thương binh và Xã hội',
        title:
          'ban hành Kế hoạch hành động giai đoạn 2021-2025 của Bộ Lao động - Thương binh và Xã hội thực hiện Đề án xây dựng và triển khai Kế hoạch thực hiện các mục tiêu của Cộng đồng Văn hóa - Xã hội ASEAN đến năm 2025',
      },
    ]);
  });

  it('splits documents on ";" but not inside parentheses, keeping the role', () => {
    const found = parseCitations('Căn cứ Nghị định số 30/2020/NĐ-CP (sửa đổi; bổ sung); Quyết định số 161/QĐ-TTg');
    expect(found.map((c) => [c.role, c.number])).toEqual([
      ['pursuant', '30/2020/NĐ-CP'],
      ['pursuant', '161/QĐ-TTg'],
    ]);
  });

  it('takes a defined name in either wording, quotes removed', () => {
    expect(parts('Quyết định số 161/QĐ-TTg (sau đây viết tắt là “Đề án 161”)')[0]?.definedAs).toBe('Đề án 161');
    expect(parts('Chương trình mục tiêu quốc gia (gọi tắt là Chương trình)')[0]).toEqual({
      role: 'cited',
      kind: 'Chương trình',
      title: 'mục tiêu quốc gia',
      definedAs: 'Chương trình',
    });
  });

  it('leaves out a date that does not exist, and reads NFD text as NFC', () => {
    expect(parts('Quyết định số 12/QĐ-UBND ngày 30/02/2022')[0]).toEqual({ role: 'cited', kind: 'Quyết định', number: '12/QĐ-UBND' });
    expect(parts('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015'.normalize('NFD'))[0]?.kind).toBe('Luật');
  });

  it('never throws, and gives nothing for an empty text', () => {
    expect(parseCitations('')).toEqual([]);
    expect(parseCitations(42 as unknown as string)).toEqual([]);
  });
});
