import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { isUtf8 } from 'node:buffer';
import type { LocalizedText } from '@kehoach/core';
import { SourceRefusal, type LoadProblem } from './load-error.js';

/** Largest plan file read, by kind: a JSON plan of 100,000 tasks is about 80 MB. */
export const MAX_SOURCE_BYTES = { json: 100 * 1024 * 1024, ts: 16 * 1024 * 1024 } as const;

/**
 * The folder a plan may read from. Every file a plan reads (the plan file, the plan files it
 * imports) must be a regular file inside it, reached without a link that leaves it.
 *
 * @internal
 */
export interface SourceRoot {
  /** The folder as given, absolute. */
  readonly dir: string;
  /** The same folder with links resolved. */
  readonly real: string;
}

/** @internal A root for a folder; refuses a folder that does not exist. */
export function sourceRoot(dir: string): SourceRoot {
  const absolute = path.resolve(dir);
  let real: string;
  try {
    real = realpathSync(absolute);
    if (!statSync(real).isDirectory()) throw new Error('not a folder');
  } catch {
    throw new SourceRefusal(problem('input/root-not-found', absolute, {
      vi: `Thư mục gốc ${absolute} không tồn tại hoặc không phải thư mục.`,
      en: `The root ${absolute} does not exist or is not a folder.`,
    }));
  }
  return { dir: absolute, real };
}

/** @internal Whether `file` is `folder` itself or lies below it. */
export function isInside(folder: string, file: string, orSame = false): boolean {
  const relative = path.relative(folder, file);
  if (relative === '') return orSame;
  return !relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative);
}

/**
 * @internal Where `file` really is, refusing a file outside the root, a link leading out of
 * it, a missing file and a folder, without opening anything.
 */
export function checkSourcePath(file: string, root: SourceRoot): string {
  const absolute = path.resolve(file);
  if (!isInside(root.dir, absolute) && !isInside(root.real, absolute)) {
    throw new SourceRefusal(problem('input/outside-root', absolute, {
      vi: `Tệp ${absolute} nằm ngoài thư mục gốc ${root.dir}; kế hoạch chỉ được đọc tệp trong thư mục gốc (--root).`,
      en: `${absolute} is outside the root ${root.dir}; a plan may only read files inside its root (--root).`,
    }));
  }
  let real: string;
  try {
    lstatSync(absolute);
    real = realpathSync(absolute);
  } catch {
    throw new SourceRefusal(problem('input/not-found', absolute, { vi: `Không có tệp ${absolute}.`, en: `There is no file ${absolute}.` }));
  }
  if (!isInside(root.real, real)) {
    throw new SourceRefusal(problem('input/outside-root', absolute, {
      vi: `Tệp ${absolute} là liên kết dẫn ra ngoài thư mục gốc ${root.dir}; không đọc.`,
      en: `${absolute} is a link that leads outside the root ${root.dir}; it is not read.`,
    }));
  }
  const stat = statSync(real);
  if (!stat.isFile()) {
    throw new SourceRefusal(problem('input/not-a-file', absolute, {
      vi: `${absolute} là ${stat.isDirectory() ? 'một thư mục' : 'một tệp đặc biệt (thiết bị, FIFO hoặc socket)'}, không phải tệp thường.`,
      en: `${absolute} is ${stat.isDirectory() ? 'a folder' : 'a special file (a device, FIFO or socket)'}, not a regular file.`,
    }));
  }
  return real;
}

/**
 * @internal Reads a plan source file: a regular file inside the root (see `checkSourcePath`),
 * at most `MAX_SOURCE_BYTES` for its kind, refused before it is read whole, and valid UTF-8
 * (an invalid byte is refused with its offset, never replaced). Never blocks on a FIFO.
 */
export function readSource(file: string, root: SourceRoot, kind: 'json' | 'ts'): string {
  const absolute = path.resolve(file);
  const real = checkSourcePath(absolute, root);
  const limit = MAX_SOURCE_BYTES[kind];
  const fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  let bytes: Buffer;
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      throw new SourceRefusal(problem('input/not-a-file', absolute, { vi: `${absolute} không phải tệp thường.`, en: `${absolute} is not a regular file.` }));
    }
    if (stat.size > limit) throw tooLarge(absolute, kind, limit);
    const buffer = Buffer.allocUnsafe(stat.size + 1);
    let read = 0;
    for (;;) {
      const n = readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
      if (read === buffer.length) throw tooLarge(absolute, kind, limit);
    }
    bytes = buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
  if (!isUtf8(bytes)) {
    const offset = firstInvalidUtf8(bytes);
    throw new SourceRefusal(problem('input/invalid-utf8', absolute, {
      vi: `${absolute} không phải văn bản UTF-8 hợp lệ: byte không hợp lệ ở vị trí ${offset}.`,
      en: `${absolute} is not valid UTF-8: invalid byte at offset ${offset}.`,
    }));
  }
  return bytes.toString('utf8');
}

function tooLarge(file: string, kind: 'json' | 'ts', limit: number): SourceRefusal {
  const mib = limit / 1024 / 1024;
  return new SourceRefusal(problem('input/too-large', file, {
    vi: `${file} lớn hơn giới hạn ${mib} MiB cho tệp ${kind === 'json' ? 'JSON' : 'TypeScript'}; không đọc.`,
    en: `${file} is larger than the ${mib} MiB limit for a ${kind === 'json' ? 'JSON' : 'TypeScript'} plan file; it is not read.`,
  }));
}

/** @internal The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}

function problem(code: string, file: string, message: LocalizedText): LoadProblem {
  return { code, file, message };
}
