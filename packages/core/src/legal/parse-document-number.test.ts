import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseDocumentNumber } from './parse-document-number.js';
import { formatDocumentNumber } from './format-document-number.js';
import type { DocumentNumber, DocumentNumberProblem } from './types.js';

/** The value of a number that must parse. */
function parsed(text: string): DocumentNumber {
  const result = parseDocumentNumber(text);
  if (!result.ok) throw new Error(`expected ${text} to parse: ${JSON.stringify(result.problems)}`);
  return result.value;
}

function warningCodes(text: string): string[] {
  const result = parseDocumentNumber(text);
  if (!result.ok) throw new Error(`expected ${text} to parse`);
  return result.warnings.map((w) => w.code);
}

function problems(text: string): DocumentNumberProblem[] {
  const result = parseDocumentNumber(text);
  if (result.ok) throw new Error(`expected ${text} to fail, got ${JSON.stringify(result.value)}`);
  return result.problems;
}

function problemCodes(text: string): string[] {
  return problems(text).map((p) => p.code);
}

describe('parseDocumentNumber: administrative numbers (Decree 30/2020/NĐ-CP)', () => {
  it('parses a plan number', () => {
    expect(parseDocumentNumber('12127/KH-UBND')).toEqual({
      ok: true,
      warnings: [],
      value: {
        raw: '12127/KH-UBND',
        family: 'administrative',
        number: 12127,
        numberText: '12127',
        type: 'KH',
        issuer: ['UBND'],
        typeName: { vi: 'Kế hoạch', en: 'Plan' },
      },
    });
  });

  it('parses decisions of the Prime Minister and of a ministry', () => {
    expect(parsed('161/QĐ-TTg')).toMatchObject({ number: 161, type: 'QĐ', issuer: ['TTg'], family: 'administrative' });
    expect(parsed('161/QĐ-TTg').typeName).toEqual({ vi: 'Quyết định', en: 'Decision' });
    expect(parsed('650/QĐ-LĐTBXH')).toMatchObject({ number: 650, type: 'QĐ', issuer: ['LĐTBXH'] });
    expect(parsed('3743/KH-UBND')).toMatchObject({ number: 3743, type: 'KH', issuer: ['UBND'] });
    expect(warningCodes('161/QĐ-TTg')).toEqual([]);
  });

  it('keeps every hyphen group of the issuer', () => {
    expect(parsed('7308/KH-BNN-TCLN')).toMatchObject({ type: 'KH', issuer: ['BNN', 'TCLN'] });
    expect(parsed('15/CĐ-UBND-VX-KT')).toMatchObject({ type: 'CĐ', issuer: ['UBND', 'VX', 'KT'] });
  });

  it('accepts & in issuers', () => {
    expect(parsed('123/KH-BNN&PTNT')).toMatchObject({ type: 'KH', issuer: ['BNN&PTNT'] });
    expect(parsed('45/TTr-SNN&PTNT-KL').issuer).toEqual(['SNN&PTNT', 'KL']);
  });

  it('reads type abbreviations with lower-case letters', () => {
    expect(parsed('12/TTr-UBND')).toMatchObject({ type: 'TTr', typeName: { vi: 'Tờ trình', en: 'Submission' } });
    expect(parsed('08/QyĐ-UBND')).toMatchObject({ type: 'QyĐ', typeName: { vi: 'Quy định', en: 'Regulation' } });
    expect(parsed('25/CTr-UBND')).toMatchObject({ type: 'CTr', typeName: { vi: 'Chương trình', en: 'Programme' } });
    expect(parsed('03/TTh-UBND').type).toBe('TTh');
    expect(warningCodes('12/TTr-UBND')).toEqual([]);
  });

  it('keeps a leading zero as written', () => {
    expect(parsed('05/KH-UBND')).toMatchObject({ number: 5, numberText: '05' });
    expect(warningCodes('05/KH-UBND')).toEqual([]);
  });

  it('warns when a number below 10 lacks its leading zero', () => {
    const result = parseDocumentNumber('5/KH-UBND');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ number: 5, numberText: '5' });
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]?.code).toBe('leading-zero');
    expect(result.warnings[0]?.message.vi).toContain('"05"');
    expect(result.warnings[0]?.message.en).toContain('leading zero');
  });

  it('warns about extra leading zeros', () => {
    expect(parsed('012/KH-UBND')).toMatchObject({ number: 12, numberText: '012' });
    expect(warningCodes('012/KH-UBND')).toEqual(['leading-zero']);
    expect(warningCodes('005/KH-UBND')).toEqual(['leading-zero']);
  });

  it('warns about, but accepts, an unknown type', () => {
    const result = parseDocumentNumber('12/XYZ-UBND');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.type).toBe('XYZ');
    expect(result.value.typeName).toBeUndefined();
    expect(result.warnings.map((w) => w.code)).toEqual(['unknown-type']);
    expect(result.warnings[0]?.message.vi).toContain('"XYZ"');
    expect(result.warnings[0]?.message.en).toContain('not a known abbreviation');
  });

  it('keeps the hint about công văn on a TYPE-ISSUER symbol with an unknown type', () => {
    const result = parseDocumentNumber('12/XYZ-UBND');
    expect(result.ok && result.value.family).toBe('administrative');
    expect(result.ok && result.warnings[0]?.message.vi).toContain('công văn');
  });

  it('reports both warnings together', () => {
    expect(warningCodes('7/XYZ-UBND')).toEqual(['unknown-type', 'leading-zero']);
  });
});

describe('parseDocumentNumber: normative numbers (Law 80/2015/QH13)', () => {
  it('parses a decree with its year', () => {
    expect(parseDocumentNumber('20/2021/NĐ-CP')).toEqual({
      ok: true,
      warnings: [],
      value: {
        raw: '20/2021/NĐ-CP',
        family: 'normative',
        number: 20,
        numberText: '20',
        year: 2021,
        type: 'NĐ',
        issuer: ['CP'],
        typeName: { vi: 'Nghị định', en: 'Decree' },
      },
    });
  });

  it('parses resolutions of a provincial council, including a year typed wrong', () => {
    expect(parsed('07/2019/NQ-HĐND')).toMatchObject({ number: 7, numberText: '07', year: 2019, type: 'NQ', issuer: ['HĐND'] });
    expect(parsed('07/2029/NQ-HĐND')).toMatchObject({ year: 2029, type: 'NQ', issuer: ['HĐND'] });
    expect(warningCodes('07/2029/NQ-HĐND')).toEqual([]);
  });

  it('parses a law: no type, the issuer carries the term of the National Assembly', () => {
    expect(parsed('45/2019/QH14')).toEqual({
      raw: '45/2019/QH14',
      family: 'normative',
      number: 45,
      numberText: '45',
      year: 2019,
      type: '',
      issuer: ['QH14'],
    });
    expect(warningCodes('45/2019/QH14')).toEqual([]);
    expect(parsed('02/2022/UBTVQH15')).toMatchObject({ type: '', issuer: ['UBTVQH15'] });
  });

  it('parses older typed forms and joint documents', () => {
    expect(parsed('16/2003/PL-UBTVQH11')).toMatchObject({ type: 'PL', issuer: ['UBTVQH11'], typeName: { vi: 'Pháp lệnh', en: 'Ordinance' } });
    expect(parsed('05/2019/L-CTN')).toMatchObject({ type: 'L', issuer: ['CTN'], typeName: { vi: 'Lệnh', en: 'Order' } });
    expect(parsed('01/2014/TTLT-BTP-BNV')).toMatchObject({ type: 'TTLT', issuer: ['BTP', 'BNV'] });
    expect(parsed('18/2021/TT-BNNPTNT')).toMatchObject({ type: 'TT', issuer: ['BNNPTNT'] });
  });

  it('does not ask for a leading zero outside administrative numbers', () => {
    expect(warningCodes('5/2019/QH14')).toEqual([]);
    expect(warningCodes('005/2019/NĐ-CP')).toEqual(['leading-zero']);
  });

  it('warns when a known type is not a normative one', () => {
    const result = parseDocumentNumber('12/2020/GM-UBND');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.typeName).toEqual({ vi: 'Giấy mời', en: 'Letter of invitation' });
    expect(result.warnings.map((w) => w.code)).toEqual(['unknown-type']);
    expect(result.warnings[0]?.message.en).toContain('legal normative documents');
  });

  it('fails on a year outside 1945..2100 or not of four digits', () => {
    expect(problemCodes('20/1944/NĐ-CP')).toEqual(['bad-year']);
    expect(problemCodes('20/2101/NĐ-CP')).toEqual(['bad-year']);
    expect(problemCodes('07/19/NQ-HĐND')).toEqual(['bad-year']);
    expect(problemCodes('07/02019/NQ-HĐND')).toEqual(['bad-year']);
    expect(problems('20/3021/NĐ-CP')[0]?.message.vi).toContain('"3021"');
    expect(parsed('20/1945/SL-CTN').year).toBe(1945);
    expect(parsed('20/2100/NĐ-CP').year).toBe(2100);
  });

  it('fails on a symbol without type other than the National Assembly\'s', () => {
    expect(problemCodes('45/2019/CP')).toEqual(['malformed']);
    expect(problems('45/2019/CP')[0]?.message.en).toContain('type is missing');
  });
});

describe('parseDocumentNumber: Party numbers', () => {
  it('parses number-TYPE/ISSUER', () => {
    expect(parseDocumentNumber('39-CT/TW')).toEqual({
      ok: true,
      warnings: [],
      value: {
        raw: '39-CT/TW',
        family: 'party',
        number: 39,
        numberText: '39',
        type: 'CT',
        issuer: ['TW'],
        typeName: { vi: 'Chỉ thị', en: 'Directive' },
      },
    });
    expect(parsed('01-NQ/TU')).toMatchObject({ family: 'party', number: 1, type: 'NQ', issuer: ['TU'] });
    expect(parsed('15-KL/TW')).toMatchObject({ type: 'KL', typeName: { vi: 'Kết luận', en: 'Conclusion' } });
    expect(parsed('36-HD/VPTW')).toMatchObject({ type: 'HD', issuer: ['VPTW'] });
  });

  it('names QĐ for what it is in Party numbers: a decision or a regulation', () => {
    expect(parsed('66-QĐ/TW').typeName).toEqual({ vi: 'Quyết định hoặc Quy định', en: 'Decision or Regulation' });
    expect(parsed('08-QĐi/TW').typeName).toEqual({ vi: 'Quy định', en: 'Regulation' });
  });

  it('does not warn about a missing leading zero', () => {
    expect(warningCodes('1-NQ/TU')).toEqual([]);
  });

  it('warns when an administrative-only type is used', () => {
    expect(warningCodes('12-GM/TU')).toEqual(['unknown-type']);
  });

  it('fails on broken Party numbers', () => {
    expect(problemCodes('39-CT')).toEqual(['malformed']);
    expect(problemCodes('39-/TW')).toEqual(['malformed']);
    expect(problemCodes('39-CT/')).toEqual(['malformed']);
    expect(problemCodes('39-CT/TW/X')).toEqual(['malformed']);
    expect(problems('39-CT')[0]?.message.en).toContain('number-TYPE/ISSUER');
  });
});

describe('parseDocumentNumber: input handling', () => {
  it('normalises NFD input to NFC, with the same result', () => {
    // Đ has no decomposition; Ư (U + combining horn) does.
    for (const text of ['12/KH-BCĐTƯ', '403/2017/NQLT-UBTVQH14-CP-ĐCTUBTƯMTTQVN', '05-KL/TƯ', '650/QĐ-LĐTBXH']) {
      const nfd = text.normalize('NFD');
      const fromNfd = parseDocumentNumber(nfd);
      expect(fromNfd).toEqual(parseDocumentNumber(text));
      expect(fromNfd.ok && fromNfd.value.raw).toBe(text);
    }
    expect('12/KH-BCĐTƯ'.normalize('NFD')).not.toBe('12/KH-BCĐTƯ');
    expect(parsed('12/KH-BCĐTƯ'.normalize('NFD')).issuer).toEqual(['BCĐTƯ']);
    expect(parsed('05-KL/TƯ'.normalize('NFD'))).toMatchObject({ family: 'party', type: 'KL', issuer: ['TƯ'] });
  });

  it('trims surrounding white space', () => {
    expect(parsed('  12127/KH-UBND\n').raw).toBe('12127/KH-UBND');
    expect(parsed('\u00a012127/KH-UBND\u00a0').raw).toBe('12127/KH-UBND');
  });

  it('fails on empty input', () => {
    for (const text of ['', '   ', '\t\n']) {
      const found = problems(text);
      expect(found.map((p) => p.code)).toEqual(['empty']);
      expect(found[0]?.message).toEqual({ vi: 'Chưa ghi số, ký hiệu văn bản', en: 'The document number is empty' });
    }
  });

  it('fails on garbage with a message in both languages', () => {
    const [problem] = problems('abc');
    expect(problem?.code).toBe('malformed');
    expect(problem?.message.vi).toBe('Số, ký hiệu "abc" không đúng dạng số/LOẠI-CƠ QUAN (Nghị định 30/2020/NĐ-CP)');
    expect(problem?.message.en).toBe('Document number "abc" is not of the form number/TYPE-ISSUER (Decree 30/2020/NĐ-CP)');
  });

  it.each([
    ['/KH-UBND', 'number at the start is missing'],
    ['12/', 'symbol after the number is missing'],
    ['12127', 'symbol after the number is missing'],
    ['12/KH', 'issuer abbreviation is missing'],
    ['12/KH-', 'capital letter'],
    ['12/KH--UBND', 'capital letter'],
    ['12/kh-ubnd', 'capital letter'],
    ['12/KH-UBND.', 'capital letter'],
    ['12/&-UBND', 'capital letter'],
    ['1.5/KH-UBND', 'number/TYPE-ISSUER'],
    ['12a/KH-UBND', 'number/TYPE-ISSUER'],
    ['12/2021/2022/NĐ-CP', 'number/year/TYPE-ISSUER'],
    ['12/abc/NĐ-CP', 'number/year/TYPE-ISSUER'],
    ['12/2021/', 'symbol after the number is missing'],
    ['12/2021', 'number/year/TYPE-ISSUER of legal normative documents (Law 80/2015/QH13): the symbol after the number is missing'],
  ])('fails on %j as malformed (%s)', (text, hint) => {
    const found = problems(text);
    expect(found.map((p) => p.code)).toEqual(['malformed']);
    expect(found[0]?.message.en).toContain(hint);
    expect(found[0]?.message.vi).toContain(`"${text}"`);
  });

  it('does not tolerate spaces inside the number, and says so', () => {
    for (const text of ['12127 / KH-UBND', '12127/KH - UBND', '12127/ KH-UBND', 'Số: 12127/KH-UBND', '12127/KH-\u00a0UBND']) {
      const found = problems(text);
      expect(found.map((p) => p.code)).toEqual(['malformed']);
      expect(found[0]?.message.en).toContain('without spaces');
      expect(found[0]?.message.vi).toContain('không có dấu cách');
    }
    expect(problems('20 / 2021 / NĐ-CP')[0]?.message.en).toContain('number/year/TYPE-ISSUER');
  });

  it('does not tolerate a dash in place of the hyphen, and says so', () => {
    for (const text of ['12127/KH–UBND', '12127/KH—UBND', '39–CT/TW', '12127/KH\u2212UBND']) {
      const found = problems(text);
      expect(found.map((p) => p.code)).toEqual(['malformed']);
      expect(found[0]?.message.en).toContain('hyphen');
    }
  });

  it('fails on zero, negative and over-long numbers', () => {
    expect(problemCodes('-5/KH-UBND')).toEqual(['bad-number']);
    expect(problems('-5/KH-UBND')[0]?.message.vi).toContain('"-5"');
    expect(problemCodes('\u22125/KH-UBND')).toEqual(['bad-number']);
    expect(problemCodes('+5/KH-UBND')).toEqual(['bad-number']);
    expect(problemCodes('0/KH-UBND')).toEqual(['bad-number']);
    expect(problemCodes('00/KH-UBND')).toEqual(['bad-number']);
    expect(problemCodes('0-CT/TW')).toEqual(['bad-number']);
    expect(problemCodes('1234567890/KH-UBND')).toEqual(['bad-number']);
    expect(parsed('123456789/KH-UBND').number).toBe(123456789);
  });

  it('reports a bad number and a bad year together', () => {
    expect(problemCodes('0/1900/NĐ-CP')).toEqual(['bad-number', 'bad-year']);
  });

  it('returns malformed quickly for a megabyte of input', () => {
    const megabyte = 1 << 20;
    const inputs = [
      '1'.repeat(megabyte),
      `1/${'A'.repeat(megabyte)}`,
      `1/${'A-'.repeat(megabyte / 2)}`,
      `${'1/'.repeat(megabyte / 2)}KH-UBND`,
      `12127/KH-UBND${' '.repeat(megabyte)}x`,
      `1/KH-${'Đ&'.repeat(megabyte / 2)}!`,
    ];
    for (const input of inputs) {
      const found = problems(input);
      expect(found.map((p) => p.code)).toEqual(['malformed']);
      expect(found[0]?.message.en).toContain('too long');
      expect(found[0]?.message.vi.length).toBeLessThan(300);
    }
  });

  it('never throws, on any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: fc.constantFrom(...'0123456789/-&ĐđKHQTgy &') })), (text) => {
        const result = parseDocumentNumber(text);
        if (result.ok) {
          expect(result.value.raw).toBe(text.trim().normalize('NFC'));
          expect(result.value.number).toBeGreaterThan(0);
        } else {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const problem of result.problems) {
            expect(problem.message.vi).not.toBe('');
            expect(problem.message.en).not.toBe('');
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('does not throw on non-string input from untyped callers', () => {
    for (const value of [undefined, null, 12, {}, []]) {
      const result = parseDocumentNumber(value as unknown as string);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.problems[0]?.code).toBe('malformed');
    }
  });
});

describe('parseDocumentNumber: official letters (công văn, Decree 30/2020/NĐ-CP)', () => {
  // Symbols as cited in provincial plans: "Công văn số 1234/UBND-KT", "Công văn số 100/TTg-KGVX".
  it.each([
    ['1234/UBND-KT', ['UBND', 'KT']],
    ['123/UBND-KGVX', ['UBND', 'KGVX']],
    ['100/TTg-KGVX', ['TTg', 'KGVX']],
    ['4567/BYT-KHTC', ['BYT', 'KHTC']],
    ['2345/LĐTBXH-BTXH', ['LĐTBXH', 'BTXH']],
    ['567/SYT-NVY', ['SYT', 'NVY']],
    ['321/UBND', ['UBND']],
  ])('reads %s as issuer and drafting unit, without a type', (text, issuer) => {
    const result = parseDocumentNumber(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ family: 'official-letter', type: '', issuer, typeName: { vi: 'Công văn', en: 'Official letter' } });
    expect(result.warnings).toEqual([]);
    expect(formatDocumentNumber(result.value)).toBe(text);
  });

  it('reads a symbol cited as a "Công văn" as issuer and unit even when the issuer is also a type', () => {
    const cited = parseDocumentNumber('15/TB-VP', { kind: 'Công văn' });
    expect(cited.ok && cited.value).toMatchObject({ family: 'official-letter', issuer: ['TB', 'VP'], type: '' });
    const plain = parseDocumentNumber('15/TB-VP');
    expect(plain.ok && plain.value).toMatchObject({ family: 'administrative', type: 'TB', issuer: ['VP'] });
  });

  it('keeps a lone known type malformed, and a letter number below 10 takes its leading zero', () => {
    expect(parseDocumentNumber('12/KH').ok).toBe(false);
    const short = parseDocumentNumber('7/UBND-VX');
    expect(short.ok && short.warnings.map((w) => w.code)).toEqual(['leading-zero']);
  });

  it('quotes the official-letter form when a cited công văn is malformed', () => {
    const result = parseDocumentNumber('123/', { kind: 'Công văn' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.message.en).toContain('ISSUER-DRAFTING UNIT');
  });
});
