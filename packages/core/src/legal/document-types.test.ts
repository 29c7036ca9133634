import { describe, it, expect } from 'vitest';
import { DOCUMENT_TYPES, documentTypeName } from './document-types.js';

/** Decree 30/2020/NĐ-CP, Appendix III, section I: the 27 administrative abbreviations. */
const DECREE_30 = [
  'NQ', 'QĐ', 'CT', 'QC', 'QyĐ', 'TC', 'TB', 'HD', 'CTr', 'KH', 'PA', 'ĐA', 'DA', 'BC',
  'BB', 'TTr', 'HĐ', 'CĐ', 'GN', 'TTh', 'GUQ', 'GM', 'GGT', 'GNP', 'PG', 'PC', 'PB',
];

describe('DOCUMENT_TYPES', () => {
  it('holds exactly the abbreviations of Decree 30/2020 for administrative numbers', () => {
    const administrative = Object.keys(DOCUMENT_TYPES).filter((t) => DOCUMENT_TYPES[t]?.families.includes('administrative'));
    expect(administrative.sort()).toEqual([...DECREE_30].sort());
    expect(DECREE_30).toHaveLength(27);
  });

  it('holds the normative and Party types', () => {
    const normative = Object.keys(DOCUMENT_TYPES).filter((t) => DOCUMENT_TYPES[t]?.families.includes('normative'));
    expect(normative.sort()).toEqual(['CT', 'L', 'NQ', 'NQLT', 'NĐ', 'PL', 'QĐ', 'TT', 'TTLT'].sort());
    const party = Object.keys(DOCUMENT_TYPES).filter((t) => DOCUMENT_TYPES[t]?.families.includes('party'));
    expect(party.sort()).toEqual(
      ['NQ', 'QĐ', 'QĐi', 'CT', 'KL', 'QC', 'HD', 'TB', 'KH', 'BC', 'TTr', 'CTr', 'ĐA', 'CV'].sort(),
    );
  });

  it('gives every type a name in both languages', () => {
    for (const [type, info] of Object.entries(DOCUMENT_TYPES)) {
      expect(type.normalize('NFC')).toBe(type);
      expect(info.vi.length, type).toBeGreaterThan(0);
      expect(info.en.length, type).toBeGreaterThan(0);
      expect(info.families.length, type).toBeGreaterThan(0);
    }
    expect(DOCUMENT_TYPES['KH']).toEqual({ vi: 'Kế hoạch', en: 'Plan', families: ['administrative', 'party'] });
  });

  it('cannot be changed', () => {
    expect(Object.isFrozen(DOCUMENT_TYPES)).toBe(true);
    expect(Object.isFrozen(DOCUMENT_TYPES['KH'])).toBe(true);
    expect(Object.isFrozen(DOCUMENT_TYPES['KH']?.families)).toBe(true);
    expect(() => {
      (DOCUMENT_TYPES as Record<string, unknown>)['XX'] = {};
    }).toThrow(TypeError);
  });
});

describe('documentTypeName', () => {
  it('names known types, per family', () => {
    expect(documentTypeName('KH', 'administrative')).toEqual({ vi: 'Kế hoạch', en: 'Plan' });
    expect(documentTypeName('QĐ', 'administrative')).toEqual({ vi: 'Quyết định', en: 'Decision' });
    expect(documentTypeName('QĐ', 'party')).toEqual({ vi: 'Quyết định hoặc Quy định', en: 'Decision or Regulation' });
  });

  it('knows nothing of other keys, inherited ones included', () => {
    expect(documentTypeName('XYZ', 'administrative')).toBeUndefined();
    expect(documentTypeName('kh', 'administrative')).toBeUndefined();
    expect(documentTypeName('constructor', 'administrative')).toBeUndefined();
    expect(documentTypeName('__proto__', 'party')).toBeUndefined();
  });
});
