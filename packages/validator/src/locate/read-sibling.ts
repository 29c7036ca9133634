import { closeSync, fstatSync, openSync, readSync, realpathSync, statSync, constants } from 'node:fs';
import path from 'node:path';

/** Largest source file the locator reads by itself. */
const MAX_SOURCE_BYTES = 16 * 1024 * 1024;

/**
 * @internal The text of `target` when it is a regular file of valid UTF-8 in the folder of
 * `planFile` (or below it), reached without a link that leaves that folder, and at most 16 MiB;
 * `undefined` otherwise. Never blocks on a FIFO or a device.
 */
export function readSiblingSource(planFile: string, target: string): string | undefined {
  try {
    const folder = realpathSync(path.dirname(path.resolve(planFile)));
    const lexical = path.resolve(target);
    if (!isInside(path.dirname(path.resolve(planFile)), lexical)) return undefined;
    const real = realpathSync(lexical);
    if (!isInside(folder, real)) return undefined;
    const stat = statSync(real);
    if (!stat.isFile() || stat.size > MAX_SOURCE_BYTES) return undefined;
    const fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const opened = fstatSync(fd);
      if (!opened.isFile() || opened.size > MAX_SOURCE_BYTES) return undefined;
      const buffer = Buffer.alloc(opened.size);
      let read = 0;
      while (read < buffer.length) {
        const n = readSync(fd, buffer, read, buffer.length - read, read);
        if (n === 0) break;
        read += n;
      }
      const bytes = buffer.subarray(0, read);
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return text;
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
