import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/run.js';
import type { Io } from '../src/io.js';

const root = path.resolve(import.meta.dirname, '../../..');

function capture(isTTY: boolean): Io & { out: string; err: string } {
  const io = { out: '', err: '', isTTY, stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

describe('kehoach validate on a batch', () => {
  const glob = path.join(root, 'tests/hostile/corpus/valid*.json');

  it('shows its progress on a terminal, clears it, and ends with a summary', async () => {
    const io = capture(true);
    expect(await run(['validate', glob, '--locale', 'en'], io)).toBe(0);
    const steps = [...io.err.matchAll(/\r\u001b\[2K(\d\/4) /g)].map((m) => m[1]);
    expect(steps).toEqual(['1/4', '2/4', '3/4', '4/4']);
    expect(io.err.endsWith('\r\u001b[2KChecked 4/4 plans: 0 errors, 4 warnings.\n')).toBe(true);
  });

  it('prints no progress when stderr is not a terminal', async () => {
    const io = capture(false);
    expect(await run(['validate', glob, '--locale', 'en'], io)).toBe(0);
    expect(io.err).toBe('Checked 4/4 plans: 0 errors, 4 warnings.\n');
  });
});
