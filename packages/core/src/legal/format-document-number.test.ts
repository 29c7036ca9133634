import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { DOCUMENT_TYPES } from './document-types.js';
import { formatDocumentNumber } from './format-document-number.js';
import { parseDocumentNumber } from './parse-document-number.js';
import type { DocumentFamily, DocumentNumber } from './types.js';

const EXAMPLES = [
  '12127/KH-UBND',
  '161/QĐ-TTg',
  '650/QĐ-LĐTBXH',
  '3743/KH-UBND',
  '7308/KH-BNN-TCLN',
  '05/KH-UBND',
  '20/2021/NĐ-CP',
  '07/2019/NQ-HĐND',
  '07/2029/NQ-HĐND',
  '45/2019/QH14',
  '39-CT/TW',
  '01-NQ/TU',
  '15-KL/TW',
  '12/TTr-UBND',
  '08/QyĐ-UBND',
  '25/CTr-UBND',
  '123/KH-BNN&PTNT',
];

function roundTrip(text: string): string {
  const result = parseDocumentNumber(text);
  if (!result.ok) throw new Error(`expected ${text} to parse: ${JSON.stringify(result.problems)}`);
  return formatDocumentNumber(result.value);
}

describe('formatDocumentNumber', () => {
  it.each(EXAMPLES)('gives back %s', (text) => {
    expect(roundTrip(text)).toBe(text);
  });

  it('keeps the number as written, warnings and all', () => {
    expect(roundTrip('5/KH-UBND')).toBe('5/KH-UBND');
    expect(roundTrip('012/KH-UBND')).toBe('012/KH-UBND');
  });

  it('gives back the NFC, trimmed text of NFD input', () => {
    expect(roundTrip(' 12/KH-BCĐTƯ '.normalize('NFD'))).toBe('12/KH-BCĐTƯ');
  });

  it('formats a value built by hand, padding the number when numberText disagrees', () => {
    const built: DocumentNumber = { raw: '', family: 'administrative', number: 5, numberText: '', type: 'KH', issuer: ['UBND'] };
    expect(formatDocumentNumber(built)).toBe('05/KH-UBND');
    expect(formatDocumentNumber({ ...built, number: 12, numberText: '5' })).toBe('12/KH-UBND');
    expect(formatDocumentNumber({ ...built, family: 'party', type: 'CT', issuer: ['TW'], number: 39 })).toBe('39-CT/TW');
    expect(
      formatDocumentNumber({ ...built, family: 'normative', year: 2019, type: '', issuer: ['QH14'], number: 45 }),
    ).toBe('45/2019/QH14');
    expect(
      formatDocumentNumber({ ...built, family: 'normative', year: 2021, type: 'NĐ', issuer: ['CP'], number: 20 }),
    ).toBe('20/2021/NĐ-CP');
  });

  describe('round trip on generated numbers', () => {
    const capital = fc.constantFrom(...'ABCDEGHIKLMNOPQRSTUVXYĐƯƠÂÊÔ');
    const tail = fc.constantFrom(...'ABCDEGHKLMNPQRSTUVXYĐƯƠabcdeghklmnpqrtuvxyđ0123456789&');
    const group = fc.tuple(capital, fc.array(tail, { maxLength: 6 })).map(([first, rest]) => first + rest.join(''));
    const issuer = fc.array(group, { minLength: 1, maxLength: 3 });
    const knownType = (family: DocumentFamily) =>
      fc.constantFrom(...Object.keys(DOCUMENT_TYPES).filter((t) => DOCUMENT_TYPES[t]?.families.includes(family)));
    const type = (family: DocumentFamily) => fc.oneof(knownType(family), group);
    const positive = fc.integer({ min: 1, max: 999_999_999 });
    /** Numbers below 10 with their leading zero (Decree 30), or, for other families, either way. */
    const numberText = (family: DocumentFamily) =>
      positive.chain((n) =>
        n < 10 && family !== 'administrative' ? fc.constantFrom(String(n), `0${n}`) : fc.constant(n < 10 ? `0${n}` : String(n)),
      );
    const year = fc.integer({ min: 1945, max: 2100 });
    const term = fc.integer({ min: 1, max: 99 });

    const administrative = fc
      .tuple(numberText('administrative'), knownType('administrative'), issuer)
      .map(([n, t, i]) => ({ text: `${n}/${t}-${i.join('-')}`, numberText: n, type: t, issuer: i, family: 'administrative' as const }));
    const normative = fc
      .tuple(numberText('normative'), year, type('normative'), issuer)
      .map(([n, y, t, i]) => ({ text: `${n}/${y}/${t}-${i.join('-')}`, numberText: n, year: y, type: t, issuer: i, family: 'normative' as const }));
    const untyped = fc
      .tuple(numberText('normative'), year, fc.constantFrom('QH', 'UBTVQH'), term)
      .map(([n, y, body, k]) => ({ text: `${n}/${y}/${body}${k}`, numberText: n, year: y, type: '', issuer: [`${body}${k}`], family: 'normative' as const }));
    const party = fc
      .tuple(numberText('party'), type('party'), issuer)
      .map(([n, t, i]) => ({ text: `${n}-${t}/${i.join('-')}`, numberText: n, type: t, issuer: i, family: 'party' as const }));
    const notAType = group.filter((g) => !Object.hasOwn(DOCUMENT_TYPES, g));
    const issuerOnly = new Set(['UBND', 'HĐND', 'CP', 'TTg', 'TU', 'HU', 'ĐU', 'QH', 'VPCP']);
    const letter = fc
      .tuple(numberText('administrative'), notAType, fc.array(group.filter((g) => !issuerOnly.has(g)), { maxLength: 2 }))
      .map(([n, head, units]) => ({ text: `${n}/${[head, ...units].join('-')}`, numberText: n, type: '', issuer: [head, ...units], family: 'official-letter' as const }));
    const anyNumber = fc.oneof(administrative, normative, untyped, party, letter);

    it('parses every generated number into its parts, and formats it back', () => {
      fc.assert(
        fc.property(anyNumber, (generated) => {
          const result = parseDocumentNumber(generated.text);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.value).toMatchObject({
            raw: generated.text,
            family: generated.family,
            number: Number(generated.numberText),
            numberText: generated.numberText,
            type: generated.type,
            issuer: generated.issuer,
          });
          expect(result.value.year).toBe('year' in generated ? generated.year : undefined);
          expect(result.warnings.filter((w) => w.code === 'leading-zero')).toEqual([]);
          expect(formatDocumentNumber(result.value)).toBe(generated.text);
        }),
        { numRuns: 3000 },
      );
    });

    it('gives the same value for NFD input', () => {
      fc.assert(
        fc.property(anyNumber, (generated) => {
          const nfd = parseDocumentNumber(generated.text.normalize('NFD'));
          expect(nfd).toEqual(parseDocumentNumber(generated.text));
          expect(nfd.ok && formatDocumentNumber(nfd.value)).toBe(generated.text);
        }),
        { numRuns: 1000 },
      );
    });
  });
});
