import { describe, expect, it } from 'vitest';
import { escapeText, escapeTextList } from './escape.js';

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\r\ne\rf\ng')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('leaves colons, quotes and Vietnamese as they are', () => {
    expect(escapeText('Nơi nhận: “Sở Y tế”')).toBe('Nơi nhận: “Sở Y tế”');
  });

  it('turns other control characters into spaces so no line can be injected', () => {
    expect(escapeText('a\u0000b\u001Fc\u007Fd\te')).toBe('a b c d\te');
  });
});

describe('escapeTextList', () => {
  it('escapes each value and joins them with bare commas', () => {
    expect(escapeTextList(['I. MỤC ĐÍCH, YÊU CẦU', 'Báo cáo'])).toBe('I. MỤC ĐÍCH\\, YÊU CẦU,Báo cáo');
  });
});
