import { describe, expect, it } from 'vitest';
import { foldLine, utf8Length } from './fold.js';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');

describe('foldLine', () => {
  it('leaves a line of 75 octets alone', () => {
    const line = `SUMMARY:${'a'.repeat(67)}`;
    expect(foldLine(line)).toEqual([line]);
  });

  it('folds at 75 octets, continuation lines starting with a space', () => {
    const parts = foldLine(`DESCRIPTION:${'x'.repeat(200)}`);
    expect(parts.map(octets)).toEqual([75, 75, 64]); // 212 octets: 75 + 74 + 63, plus a space on each continuation
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(`DESCRIPTION:${'x'.repeat(200)}`);
  });

  it('never splits a Vietnamese letter or an emoji across lines', () => {
    const value = 'Sở Lao động - Thương binh và Xã hội 🇻🇳 ửỵ '.repeat(8);
    const parts = foldLine(`SUMMARY:${value}`);
    for (const p of parts) {
      expect(octets(p)).toBeLessThanOrEqual(75);
      expect(p).not.toContain('\uFFFD');
      expect(Buffer.from(p, 'utf8').toString('utf8')).toBe(p);
    }
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(`SUMMARY:${value}`);
  });

  it('keeps an escape sequence on one line', () => {
    for (let pad = 60; pad < 80; pad++) {
      const parts = foldLine(`X:${'a'.repeat(pad)}\\n\\,\\;\\\\b`);
      for (const p of parts) expect(p.endsWith('\\') && !p.endsWith('\\\\')).toBe(false);
    }
  });
});

describe('utf8Length', () => {
  it('counts octets as UTF-8 does', () => {
    for (const s of ['', 'abc', 'Đinh Văn Thiệu', 'ỦY BAN', '🇻🇳', '€']) expect(utf8Length(s)).toBe(octets(s));
  });
});
