/**
 * The output writer: files only inside their folder, never over a file kehoach did not write
 * (unless --force), atomic replacement, and coded failures for a full disk. Disk failures are
 * injected through the writer's file-system port.
 */
import * as fs from 'node:fs';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError } from '../src/cli-error.js';
import type { OutputFs } from '../src/output/fs-port.js';
import { MANIFEST_NAME } from '../src/output/manifest.js';
import { writeOutputs } from '../src/output/output-folder.js';

const tmp = mkdtempSync(path.join(import.meta.dirname, '.tmp-output-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let n = 0;
/** A fresh sandbox: `out/` is where the writer may write, `outside.txt` is a trap beside it. */
function sandbox(): { dir: string; out: string; trap: string } {
  const dir = path.join(tmp, `s${++n}`);
  mkdirSync(path.join(dir, 'out'), { recursive: true });
  const trap = path.join(dir, 'outside.txt');
  writeFileSync(trap, 'trap\n');
  return { dir, out: path.join(dir, 'out'), trap };
}

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      const rel = path.relative(dir, full);
      if (entry.isDirectory()) walk(full);
      else if (entry.isSymbolicLink()) out[rel] = `-> ${fs.readlinkSync(full)}`;
      else out[rel] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return out;
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    return /: (output\/[a-z-]+): /.exec((error as Error).message)?.[1] ?? (error as Error).message;
  }
  throw new Error('expected a refusal');
}

const write = (out: string, files: { name: string; text: string }[], options: { force?: boolean; fs?: OutputFs } = {}) =>
  writeOutputs(out, files, { command: 'export', manifest: true, cwd: tmp, ...options });

describe('writeOutputs: where it writes', () => {
  it.each(['../outside.txt', '../../x', '/tmp/kehoach-abs', 'a/b.ics', 'a\\b.ics', '..', '.', '', 'x\u0000.ics'])(
    'refuses %j with output/outside-target and writes nothing',
    (name) => {
      const { dir } = sandbox();
      const before = tree(dir);
      expect(codeOf(() => write(path.join(dir, 'out'), [{ name: 'ok.ics', text: 'ok' }, { name, text: 'owned' }]))).toBe('output/outside-target');
      expect(tree(dir)).toEqual(before);
    },
  );

  it('refuses two names that are one file on case-insensitive systems, and the manifest’s own name', () => {
    const { out } = sandbox();
    expect(codeOf(() => write(out, [{ name: 'kh.soA.ics', text: '1' }, { name: 'kh.soa.ics', text: '2' }]))).toBe('output/name-clash');
    expect(codeOf(() => write(out, [{ name: MANIFEST_NAME, text: '{}' }]))).toBe('output/name-clash');
    expect(readdirSync(out)).toEqual([]);
  });

  it('refuses a folder that resolves elsewhere through a symlink inside it', () => {
    const { dir, out } = sandbox();
    symlinkSync(dir, path.join(out, 'link'));
    // Single names only: 'link/x' is not a file name, so it never gets as far as the link.
    expect(codeOf(() => write(out, [{ name: 'link/outside.txt', text: 'owned' }]))).toBe('output/outside-target');
    expect(readFileSync(path.join(dir, 'outside.txt'), 'utf8')).toBe('trap\n');
  });
});

describe('writeOutputs: what it overwrites', () => {
  it('writes files and a manifest, then overwrites its own unchanged files on the next run', () => {
    const { out } = sandbox();
    expect(write(out, [{ name: 'a.ics', text: 'one' }, { name: 'b.ics', text: 'two' }])).toHaveLength(2);
    const manifest = JSON.parse(readFileSync(path.join(out, MANIFEST_NAME), 'utf8'));
    expect(manifest.generator).toBe('kehoach');
    expect(Object.keys(manifest.files)).toEqual(['a.ics', 'b.ics']);
    write(out, [{ name: 'a.ics', text: 'one, again' }, { name: 'b.ics', text: 'two, again' }]);
    expect(readFileSync(path.join(out, 'a.ics'), 'utf8')).toBe('one, again');
    expect(readdirSync(out).sort()).toEqual([MANIFEST_NAME, 'a.ics', 'b.ics']);
  });

  it('refuses a file it did not write, and one edited since, writing nothing; --force overwrites both', () => {
    const { out } = sandbox();
    write(out, [{ name: 'mine.ics', text: 'mine' }]);
    writeFileSync(path.join(out, 'package.json'), '{"name":"precious"}');
    expect(codeOf(() => write(out, [{ name: 'fresh.ics', text: 'x' }, { name: 'package.json', text: 'owned' }]))).toBe('output/exists');
    expect(readdirSync(out).sort()).toEqual([MANIFEST_NAME, 'mine.ics', 'package.json']);
    writeFileSync(path.join(out, 'mine.ics'), 'edited by hand');
    expect(codeOf(() => write(out, [{ name: 'mine.ics', text: 'regenerated' }]))).toBe('output/modified');
    expect(readFileSync(path.join(out, 'mine.ics'), 'utf8')).toBe('edited by hand');
    write(out, [{ name: 'mine.ics', text: 'regenerated' }, { name: 'package.json', text: '{}' }], { force: true });
    expect(readFileSync(path.join(out, 'mine.ics'), 'utf8')).toBe('regenerated');
    expect(readFileSync(path.join(out, 'package.json'), 'utf8')).toBe('{}');
    // Once written with --force, the file is kehoach's.
    write(out, [{ name: 'package.json', text: '{"again":1}' }]);
  });

  it('lists every refused file in one message', () => {
    const { out } = sandbox();
    writeFileSync(path.join(out, 'a.ics'), 'a');
    writeFileSync(path.join(out, 'b.ics'), 'b');
    try {
      write(out, [{ name: 'a.ics', text: '1' }, { name: 'b.ics', text: '2' }]);
      throw new Error('expected a refusal');
    } catch (error) {
      const lines = (error as Error).message.split('\n');
      expect(lines).toEqual([
        expect.stringMatching(/^kehoach export: output\/exists: .*a\.ics exists and was not written by kehoach/),
        expect.stringMatching(/^kehoach export: output\/exists: .*b\.ics exists/),
        'kehoach export: nothing was written',
      ]);
    }
  });

  it('replaces a planted symlink instead of writing through it, and only with --force', () => {
    const { out, trap } = sandbox();
    symlinkSync(trap, path.join(out, 'plan.ics'));
    expect(codeOf(() => write(out, [{ name: 'plan.ics', text: 'owned' }]))).toBe('output/exists');
    write(out, [{ name: 'plan.ics', text: 'calendar' }], { force: true });
    expect(fs.lstatSync(path.join(out, 'plan.ics')).isSymbolicLink()).toBe(false);
    expect(readFileSync(path.join(out, 'plan.ics'), 'utf8')).toBe('calendar');
    expect(readFileSync(trap, 'utf8')).toBe('trap\n');
  });

  it('never replaces a folder, even with --force', () => {
    const { out } = sandbox();
    mkdirSync(path.join(out, 'plan.ics'));
    expect(codeOf(() => write(out, [{ name: 'plan.ics', text: 'x' }], { force: true }))).toBe('output/exists');
  });

  it('takes nothing for its own when the manifest is malformed or a symlink', () => {
    const { out, trap } = sandbox();
    write(out, [{ name: 'a.ics', text: 'a' }]);
    writeFileSync(path.join(out, MANIFEST_NAME), 'not json');
    expect(codeOf(() => write(out, [{ name: 'a.ics', text: 'b' }]))).toBe('output/exists');
    rmSync(path.join(out, MANIFEST_NAME));
    writeFileSync(trap, JSON.stringify({ generator: 'kehoach', version: 1, files: {} }));
    symlinkSync(trap, path.join(out, MANIFEST_NAME));
    expect(codeOf(() => write(out, [{ name: 'a.ics', text: 'b' }]))).toBe('output/exists');
  });
});

/** The real file system, with writes failing after `budget` bytes as a full disk does. */
function fillingDisk(budget: number): OutputFs & { temporaries: () => string[] } {
  let left = budget;
  const opened = new Set<string>();
  return {
    ...fs,
    openSync: (file: string, flags: string, mode?: number) => (opened.add(file), fs.openSync(file, flags, mode)),
    writeSync: (fd: number, buffer: Uint8Array, offset: number, length: number) => {
      if (left <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
      const written = fs.writeSync(fd, buffer, offset, Math.min(length, left));
      left -= written;
      return written;
    },
    temporaries: () => [...opened].filter((f) => fs.existsSync(f)),
  } as OutputFs & { temporaries: () => string[] };
}

describe('writeOutputs on a full disk', () => {
  it('keeps the good file whole when the disk fills mid-write, removes its temporary file, and says output/disk-full', () => {
    const { out } = sandbox();
    const good = 'BEGIN:VCALENDAR\r\n'.repeat(100);
    write(out, [{ name: 'plan.ics', text: good }]);
    const disk = fillingDisk(1000);
    expect(codeOf(() => write(out, [{ name: 'plan.ics', text: 'NEW:'.repeat(1000) }], { fs: disk }))).toBe('output/disk-full');
    expect(readFileSync(path.join(out, 'plan.ics'), 'utf8')).toBe(good);
    expect(disk.temporaries()).toEqual([]);
    expect(readdirSync(out).sort()).toEqual([MANIFEST_NAME, 'plan.ics']);
  });

  it('records the files written before a failing one, so the next run may replace them', () => {
    const { out } = sandbox();
    let failing: number | undefined;
    const quotaOnB: OutputFs = {
      ...fs,
      openSync: (file: string, flags: string, mode?: number) => {
        const fd = fs.openSync(file, flags, mode);
        if (path.basename(file).startsWith('.b.ics.')) failing = fd;
        return fd;
      },
      writeSync: (fd: number, buffer: Uint8Array, offset: number, length: number) => {
        if (fd === failing) throw Object.assign(new Error('EDQUOT: disk quota exceeded, write'), { code: 'EDQUOT' });
        return fs.writeSync(fd, buffer, offset, length);
      },
      closeSync: (fd: number) => {
        if (fd === failing) failing = undefined;
        fs.closeSync(fd);
      },
    };
    let message = '';
    try {
      write(out, [{ name: 'a.ics', text: 'small' }, { name: 'b.ics', text: 'over quota' }, { name: 'c.ics', text: 'never' }], { fs: quotaOnB });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^kehoach export: output\/disk-full: cannot write .*b\.ics: no space left on the device \(EDQUOT\)$/);
    expect(readdirSync(out).sort()).toEqual([MANIFEST_NAME, 'a.ics']);
    write(out, [{ name: 'a.ics', text: 'replaced' }]);
    expect(readFileSync(path.join(out, 'a.ics'), 'utf8')).toBe('replaced');
  });

  it('codes a refusal by the system and any other failure, never as an internal error', () => {
    const { out } = sandbox();
    const denied: OutputFs = { ...fs, openSync: () => { throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }); } };
    expect(codeOf(() => write(out, [{ name: 'a.ics', text: 'x' }], { fs: denied }))).toBe('output/not-permitted');
    const crossDevice: OutputFs = { ...fs, renameSync: () => { throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' }); } };
    expect(codeOf(() => write(out, [{ name: 'a.ics', text: 'x' }], { fs: crossDevice }))).toBe('output/write-failed');
    expect(readdirSync(out)).toEqual([]);
  });
});
