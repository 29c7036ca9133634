import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { OutputFs } from './fs-port.js';

/**
 * @internal Writes `data` to `file` so that `file` is either its old content or all of the new
 * one, never a torn mix: the data goes to a new temporary file in the same folder (created
 * exclusively, so a planted symlink is never followed), is flushed to the disk, and replaces
 * `file` by a rename. On any failure the temporary file is removed and the error rethrown.
 */
export function writeFileAtomic(file: string, data: Uint8Array, fs: OutputFs): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temporary, 'wx', 0o666);
    for (let offset = 0; offset < data.length; ) {
      const written = fs.writeSync(fd, data, offset, data.length - offset);
      if (!(written > 0)) throw Object.assign(new Error('the system wrote nothing'), { code: 'EIO' });
      offset += written;
    }
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temporary, file);
  } catch (error) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // The write error is the one to report.
      }
    }
    try {
      fs.unlinkSync(temporary);
    } catch {
      // Never created, or already gone.
    }
    throw error;
  }
}
