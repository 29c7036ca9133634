/**
 * Formatters print values that come from plans and files: nothing in them may drive a terminal
 * (ESC, BEL, NUL, bidirectional overrides) or print a GitHub workflow command of its own.
 */
import { describe, expect, it } from 'vitest';
import { format, workflowCommand, type Diagnostic } from '../src/index.js';

const hostile: Diagnostic = {
  ruleId: 'refs/unknown-unit',
  code: 'KH101',
  severity: 'error',
  messageId: 'unknownUnit',
  message: {
    vi: 'Đơn vị "so\u001b[2J\u0007\u0000" không có.\n::error file=README.md::owned\r\n##[error]x \u202eevil',
    en: 'Unit "so\u001b[2J\u0007\u0000" is unknown.\n::error file=README.md::owned\r\n##[error]x \u202eevil',
  },
  path: ['body', 0, 'a\n::warning::k'],
  nodeId: 'I\u001b]0;title\u0007',
  suppressed: undefined,
} as unknown as Diagnostic;
const waived = { ...hostile, suppressed: { reason: 'lý do\n::error::x', source: 'plan' } } as unknown as Diagnostic;

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('stylish with hostile values', () => {
  it('shows control and bidirectional characters as escapes and keeps each diagnostic on one line', () => {
    const out = format([hostile, waived], { format: 'stylish', locale: 'en', file: 'plan\n::error::f.json' });
    expect(out).not.toMatch(CONTROL);
    expect(out.split('\n').filter((l) => /^\s*::/.test(l))).toEqual([]);
    expect(out).toContain('so\\u001B[2J\\u0007\\u0000');
    expect(out).toContain('\\u202Eevil');
    expect(out).toContain('I\\u001B]0;title\\u0007');
    // file line, two diagnostics, blank line, summary
    expect(out.trimEnd().split('\n')).toHaveLength(5);
  });
});

describe('github with hostile values', () => {
  it('prints one command per diagnostic, with line breaks encoded and nothing raw', () => {
    const out = format([hostile], { format: 'github', locale: 'en', file: 'dir,x:y/plan\n.json' });
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(CONTROL);
    expect(lines[0]).toMatch(/^::error file=dir%2Cx%3Ay\/plan%0A\.json,title=refs\/unknown-unit \(KH101\)::Unit /);
    expect(lines[0]).toContain('is unknown.%0A::error file=README.md::owned%0D%0A##[error]x \\u202Eevil');
  });
});

describe('workflowCommand', () => {
  it('encodes data as GitHub documents: %, CR and LF; properties also : and ,', () => {
    expect(workflowCommand('error', { file: 'a,b:c%d', line: 3, title: undefined }, '100% done\nnext\rline')).toBe(
      '::error file=a%2Cb%3Ac%25d,line=3::100%25 done%0Anext%0Dline',
    );
    expect(workflowCommand('notice', {}, 'x')).toBe('::notice::x');
  });
});
