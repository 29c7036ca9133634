import { describe, expect, it } from 'vitest';
import { csvField, csvRecords } from './quote.js';

describe('csvField', () => {
  it('quotes fields with commas, quotes or line breaks, doubling inner quotes', () => {
    expect(csvField('chủ trì')).toBe('chủ trì');
    expect(csvField('chủ trì, phối hợp')).toBe('"chủ trì, phối hợp"');
    expect(csvField('Sở “A” "B"')).toBe('"Sở “A” ""B"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
  });
});

describe('csvField with a semicolon delimiter', () => {
  it('quotes semicolons instead of commas', () => {
    expect(csvField('chủ trì, phối hợp', ';')).toBe('chủ trì, phối hợp');
    expect(csvField('a;b', ';')).toBe('"a;b"');
  });
});

describe('csvRecords', () => {
  it('ends every record with CRLF', () => {
    expect(csvRecords([['a', 'b'], ['c', 'd,e']])).toBe('a,b\r\nc,"d,e"\r\n');
  });
});
