import { describe, expect, it } from 'vitest';
import { nearest } from './suggest.js';
import { COMMAND_NAMES } from './texts.js';

describe('nearest', () => {
  it('finds the command behind a typo', () => {
    expect(nearest('valdiate', COMMAND_NAMES)).toBe('validate');
    expect(nearest('exprot', COMMAND_NAMES)).toBe('export');
    expect(nearest('sumary', COMMAND_NAMES)).toBe('summary');
    expect(nearest('imort', COMMAND_NAMES)).toBe('import');
    expect(nearest('dif', COMMAND_NAMES)).toBe('diff');
    expect(nearest('oblig', COMMAND_NAMES)).toBe('obligations');
    expect(nearest('--fromat', ['--format', '--from', '--to'])).toBe('--format');
  });

  it('suggests nothing for a word far from every candidate', () => {
    expect(nearest('frobnicate', COMMAND_NAMES)).toBeUndefined();
    expect(nearest('x', COMMAND_NAMES)).toBeUndefined();
    expect(nearest('--colour', ['--as-of', '--limit', '--locale', '--help'])).toBeUndefined();
  });

  it('finds every command from any one swap of neighbouring letters', () => {
    for (const name of COMMAND_NAMES) {
      for (let i = 0; i + 1 < name.length; i++) {
        const typo = name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
        if (typo !== name) expect(nearest(typo, COMMAND_NAMES), typo).toBe(name);
      }
    }
  });
});
