import { describe, it, expect } from 'vitest';
import { splitDocumentNumber } from './split-document-number.js';

describe('splitDocumentNumber', () => {
  it('splits the three forms', () => {
    expect(splitDocumentNumber('7308/KH-BNN-TCLN')).toEqual({
      ok: true,
      parts: { family: 'administrative', numberText: '7308', type: 'KH', issuer: ['BNN', 'TCLN'] },
    });
    expect(splitDocumentNumber('20/2021/NĐ-CP')).toEqual({
      ok: true,
      parts: { family: 'normative', numberText: '20', yearText: '2021', type: 'NĐ', issuer: ['CP'] },
    });
    expect(splitDocumentNumber('45/2019/QH14')).toEqual({
      ok: true,
      parts: { family: 'normative', numberText: '45', yearText: '2019', type: '', issuer: ['QH14'] },
    });
    expect(splitDocumentNumber('39-CT/TW')).toEqual({
      ok: true,
      parts: { family: 'party', numberText: '39', type: 'CT', issuer: ['TW'] },
    });
  });

  it('names the form the text aimed at and why it fails', () => {
    expect(splitDocumentNumber('12/KH')).toEqual({ ok: false, family: 'administrative', reason: 'no-issuer' });
    expect(splitDocumentNumber('12/2021/CP')).toEqual({ ok: false, family: 'normative', reason: 'no-type' });
    expect(splitDocumentNumber('39-CT')).toEqual({ ok: false, family: 'party', reason: 'no-issuer' });
    expect(splitDocumentNumber('abc')).toEqual({ ok: false, family: 'administrative', reason: undefined });
  });

  it('rejects megabyte inputs, even though the parser never passes it any', () => {
    const long = 1 << 20;
    const inputs = [`1/${'A'.repeat(long)}!`, `1/KH-${'A&'.repeat(long / 2)}-`, `1-${'A'.repeat(long)}/${'Đ'.repeat(long)}/`];
    for (const input of inputs) {
      const result = splitDocumentNumber(input);
      expect(result.ok).toBe(false);
    }
  });
});
