/**
 * A full disk or a closed pipe on standard output ends a command with a coded message and exit
 * status 2, never a stack trace or exit 1: the stdout guard in-process, and the built command on
 * /dev/full and on a pipe whose reader went away.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { guardStdout } from '../src/output/stdout-guard.js';
import { run } from '../src/run.js';

const root = path.resolve(import.meta.dirname, '../../..');
const bin = path.join(root, 'packages/cli/dist/bin.js');
const example = path.join(root, 'examples/khanh-hoa-12127');

function failingStream(code: string): Writable {
  return new Writable({
    write(_chunk, _encoding, callback) {
      callback(Object.assign(new Error(`${code}: failed, write`), { code }));
    },
  });
}

describe('guardStdout', () => {
  it('gives the command’s status when everything was written', async () => {
    const chunks: string[] = [];
    const stream = new Writable({ write: (chunk, _e, cb) => (chunks.push(String(chunk)), cb()) });
    const guard = guardStdout(stream);
    stream.write('plan\n');
    const messages: string[] = [];
    expect(await guard.finish(1, (m) => messages.push(m))).toBe(1);
    expect(messages).toEqual([]);
    expect(chunks.join('')).toBe('plan\n');
  });

  it.each([
    ['ENOSPC', 'kehoach: output/disk-full: cannot write to standard output: no space left on the device (ENOSPC)\n'],
    ['EPIPE', 'kehoach: output/closed: cannot write to standard output: the reader closed it (EPIPE)\n'],
    ['EIO', 'kehoach: output/write-failed: cannot write to standard output: EIO: failed, write\n'],
  ])('turns %s into exit status 2 and one coded line', async (code, expected) => {
    const stream = failingStream(code);
    const guard = guardStdout(stream);
    stream.write('x'.repeat(100));
    stream.write('more');
    const messages: string[] = [];
    expect(await guard.finish(0, (m) => messages.push(m))).toBe(2);
    expect(messages).toEqual([expected]);
  });
});

describe('run() when a write throws', () => {
  it('codes a full disk and a closed pipe instead of calling them internal errors', async () => {
    for (const [code, expected] of [
      ['ENOSPC', /^kehoach export: output\/disk-full: cannot write: no space left on the device \(ENOSPC\)\n$/],
      ['EPIPE', /^kehoach export: output\/closed: cannot write: the reader closed it \(EPIPE\)\n$/],
    ] as const) {
      let err = '';
      const io = {
        stdout: () => {
          throw Object.assign(new Error(`${code}: write`), { code });
        },
        stderr: (t: string) => void (err += t),
      };
      expect(await run(['export', example, '--format', 'json', '--locale', 'en'], io)).toBe(2);
      expect(err).toMatch(expected);
    }
    let vi = '';
    const io = {
      stdout: () => {
        throw Object.assign(new Error('ENOSPC: write'), { code: 'ENOSPC' });
      },
      stderr: (t: string) => void (vi += t),
    };
    expect(await run(['export', example, '--format', 'json'], io)).toBe(2);
    expect(vi).toBe('kehoach export: output/disk-full: không ghi được: thiết bị hết chỗ trống (ENOSPC)\n');
  });
});

describe('kehoach on a full disk and a closed pipe', () => {
  it.skipIf(!existsSync('/dev/full'))('exits 2 with output/disk-full when stdout is /dev/full', () => {
    for (const args of [['export', example, '--format', 'json', '--locale', 'en'], ['obligations', example, '--format', 'csv', '--locale', 'en'], ['validate', example, '--locale', 'en']]) {
      const r = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" ${args.map((a) => `"${a}"`).join(' ')} > /dev/full`], { encoding: 'utf8' });
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^kehoach: output\/disk-full: cannot write to standard output: no space left on the device \(ENOSPC\)\n$/);
    }
    const vi = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" export "${example}" --format json > /dev/full`], { encoding: 'utf8' });
    expect(vi.status).toBe(2);
    expect(vi.stderr).toBe('kehoach: output/disk-full: không ghi được ra đầu ra chuẩn: thiết bị hết chỗ trống (ENOSPC)\n');
  }, 60_000);

  it('exits 2 with output/closed when the reader closes the pipe', async () => {
    const child = spawn(process.execPath, [bin, 'export', example, '--format', 'html', '--locale', 'en'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(status).toBe(2);
    expect(stderr).toBe('kehoach: output/closed: cannot write to standard output: the reader closed it (EPIPE)\n');
  }, 60_000);
});
