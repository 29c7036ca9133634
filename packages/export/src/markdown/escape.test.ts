import { describe, expect, it } from 'vitest';
import { escapeMarkdownInline, escapeMarkdownLine } from './escape.js';

describe('escapeMarkdownLine', () => {
  it('keeps document numbering and bullets literal', () => {
    expect(escapeMarkdownLine('- Sở Y tế chủ trì')).toBe('\\- Sở Y tế chủ trì');
    expect(escapeMarkdownLine('+ Nâng cao')).toBe('\\+ Nâng cao');
    expect(escapeMarkdownLine('1. Kinh phí')).toBe('1\\. Kinh phí');
    expect(escapeMarkdownLine('# 5')).toBe('\\# 5');
    expect(escapeMarkdownLine('a) Xây dựng')).toBe('a) Xây dựng');
  });

  it('escapes emphasis, code, links and HTML anywhere', () => {
    expect(escapeMarkdownInline('a*b_c`d[e]f<g>h~i|j')).toBe('a\\*b\\_c\\`d\\[e\\]f\\<g\\>h\\~i\\|j');
  });

  it('leaves ampersands in names alone unless they would form an entity', () => {
    expect(escapeMarkdownInline('Sở KH&ĐT, NN&PTNT')).toBe('Sở KH&ĐT, NN&PTNT');
    expect(escapeMarkdownInline('&amp;')).toBe('\\&amp;');
  });
});
