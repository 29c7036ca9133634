import { createHash } from 'node:crypto';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write.js';
import type { OutputFs } from './fs-port.js';

/**
 * @internal The file in an output folder that records what `kehoach export` wrote there: each
 * file's name and the SHA-256 of the bytes written. A file is kehoach's to overwrite when it is
 * listed and still has those bytes; anything else (a file kehoach never wrote, or one edited
 * since) is left alone unless `--force`.
 */
export const MANIFEST_NAME = '.kehoach-export.json';

/** Largest manifest read; a real one lists a few hundred files. */
const MAX_MANIFEST_BYTES = 1 << 20;

interface ManifestFile {
  generator: 'kehoach';
  version: 1;
  files: Record<string, string>;
}

/** @internal SHA-256 of bytes, in hex. */
export function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * @internal The files a folder's manifest lists, by name. A missing, oversized, symlinked or
 * malformed manifest lists nothing, so nothing is taken for kehoach's.
 */
export function readManifest(dir: string, fs: OutputFs): Map<string, string> {
  const files = new Map<string, string>();
  const file = path.join(dir, MANIFEST_NAME);
  try {
    const stat = fs.lstatSync(file);
    if (!stat.isFile() || stat.size > MAX_MANIFEST_BYTES) return files;
    const data = JSON.parse(fs.readFileSync(file).toString('utf8')) as Partial<ManifestFile>;
    if (data.generator !== 'kehoach' || data.version !== 1 || typeof data.files !== 'object' || data.files === null) return files;
    for (const [name, hash] of Object.entries(data.files)) {
      if (typeof hash === 'string' && /^[0-9a-f]{64}$/.test(hash) && name === path.basename(name)) files.set(name, hash);
    }
  } catch {
    // No manifest, or not one kehoach wrote: nothing is listed.
  }
  return files;
}

/** @internal Writes the manifest of a folder, atomically, with its names sorted. */
export function writeManifest(dir: string, files: ReadonlyMap<string, string>, fs: OutputFs): void {
  const sorted = Object.fromEntries([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const manifest: ManifestFile = { generator: 'kehoach', version: 1, files: sorted };
  writeFileAtomic(path.join(dir, MANIFEST_NAME), Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), fs);
}
