import path from 'node:path';
import { CliError } from '../cli-error.js';
import { writeFileAtomic } from './atomic-write.js';
import { outputError, writeFailureCode, writeFailureReason } from './errors.js';
import { realFs, type OutputFs } from './fs-port.js';
import { MANIFEST_NAME, readManifest, sha256, writeManifest } from './manifest.js';

/** @internal One file to write: its name inside the output folder, and its text. */
export interface OutputFile {
  name: string;
  text: string;
}

/** @internal Options of {@link writeOutputs}. */
export interface WriteOutputsOptions {
  /** The command, for messages (`export`). */
  command: string;
  /** Overwrite existing files whoever wrote them. */
  force?: boolean;
  /**
   * Record what is written in the folder's manifest, and overwrite without `force` the files it
   * lists that are unchanged since. Without it, no existing file is overwritten without `force`.
   */
  manifest?: boolean;
  /** Paths in messages are relative to this folder. */
  cwd?: string;
  fs?: OutputFs;
}

/**
 * @internal Writes files into one folder, and nowhere else.
 *
 * - Each name must be one plain file name that resolves inside `folder`, also once symlinks in
 *   the folder's path are resolved (`output/outside-target`); two names may not differ only by
 *   case or Unicode form, which would be the same file on macOS and Windows (`output/name-clash`).
 * - No existing file is replaced unless it is kehoach's (listed in the manifest with the bytes it
 *   still has) or `force` is set (`output/exists`, `output/modified`); a folder, device or pipe
 *   is never replaced. A symlink is replaced by the new file, never followed. Every file is
 *   checked before the first one is written, so a refusal writes nothing.
 * - Each file is written atomically (a temporary file in the same folder, then a rename), so a
 *   full disk (`output/disk-full`) or any other failure leaves the old file whole.
 *
 * @returns The absolute paths written, in order.
 */
export function writeOutputs(folder: string, files: readonly OutputFile[], options: WriteOutputsOptions): string[] {
  const fs = options.fs ?? realFs;
  const cwd = options.cwd ?? process.cwd();
  const show = (file: string) => path.relative(cwd, file) || file;
  const fail = (code: Parameters<typeof outputError>[1], vi: string, en: string) => outputError(options.command, code, { vi, en });
  const root = path.resolve(folder);

  const seen = new Map<string, string>();
  const targets = files.map((file) => {
    const target = path.resolve(root, file.name);
    const relative = path.relative(root, target);
    const plain = file.name === path.basename(file.name) && !/[\\/\u0000]/.test(file.name) && file.name !== '.' && file.name !== '..';
    if (!plain || relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
      const name = JSON.stringify(file.name);
      throw fail('output/outside-target', `không ghi ${name}: đây không phải tên một tệp trong ${show(root)}`, `refusing to write ${name}: it is not a file name inside ${show(root)}`);
    }
    const key = file.name.normalize('NFC').toLowerCase();
    const other = seen.get(key) ?? (options.manifest === true && key === MANIFEST_NAME ? MANIFEST_NAME : undefined);
    if (other !== undefined) {
      const [a, b] = [JSON.stringify(file.name), JSON.stringify(other)];
      throw fail('output/name-clash', `${a} và ${b} là cùng một tệp trên một số hệ thống; không ghi tệp nào`, `${a} and ${b} would be the same file on some systems; nothing was written`);
    }
    seen.set(key, file.name);
    return { ...file, target };
  });

  try {
    fs.mkdirSync(root, { recursive: true });
  } catch (error) {
    const reason = writeFailureReason(error);
    throw fail(writeFailureCode(error), `không tạo được thư mục ${show(root)}: ${reason.vi}`, `cannot create the folder ${show(root)}: ${reason.en}`);
  }
  const realRoot = fs.realpathSync(root);
  for (const { target } of targets) {
    const realParent = fs.realpathSync(path.dirname(target));
    if (realParent !== realRoot) {
      throw fail('output/outside-target', `không ghi ${show(target)}: thư mục của nó nằm ngoài ${show(root)}`, `refusing to write ${show(target)}: its folder resolves outside ${show(root)}`);
    }
  }

  const listed = options.manifest === true ? readManifest(root, fs) : new Map<string, string>();
  const refusals: CliError[] = [];
  for (const { name, target } of targets) {
    const existing = statOrUndefined(fs, target);
    if (existing === undefined) continue;
    if (!existing.isFile() && !existing.isSymbolicLink()) {
      // A folder, a device (/dev/full), a pipe: never replaced, even with --force.
      refusals.push(fail('output/exists', `${show(target)} đã có và không phải tệp thường; không bao giờ bị thay thế`, `${show(target)} exists and is not a regular file; it is never replaced`));
      continue;
    }
    if (options.force === true) continue;
    const hash = listed.get(name);
    if (hash !== undefined && existing.isFile() && !existing.isSymbolicLink() && sha256(fs.readFileSync(target)) === hash) continue;
    const listedHere = options.manifest === true;
    refusals.push(
      hash === undefined
        ? fail(
            'output/exists',
            `${show(target)} đã có${listedHere ? ` và không do kehoach ghi (không có trong ${MANIFEST_NAME})` : ''}; dùng --force để ghi đè`,
            `${show(target)} exists${listedHere ? ` and was not written by kehoach (it is not in ${MANIFEST_NAME})` : ''}; use --force to overwrite it`,
          )
        : fail('output/modified', `${show(target)} đã bị sửa sau khi kehoach ghi; dùng --force để ghi đè`, `${show(target)} was changed since kehoach wrote it; use --force to overwrite it`),
    );
  }
  if (refusals.length > 0) {
    const all = (locale: 'vi' | 'en', nothing: string) =>
      [...refusals.map((r) => r.messageIn(locale)), ...(targets.length > 1 ? [`kehoach ${options.command}: ${nothing}`] : [])].join('\n');
    throw new CliError({ vi: all('vi', 'không ghi tệp nào'), en: all('en', 'nothing was written') });
  }

  const written: string[] = [];
  let failure: Error | undefined;
  for (const { name, text, target } of targets) {
    const data = Buffer.from(text, 'utf8');
    try {
      writeFileAtomic(target, data, fs);
    } catch (error) {
      const kept = statOrUndefined(fs, target) !== undefined;
      const reason = writeFailureReason(error);
      failure = fail(
        writeFailureCode(error),
        `không ghi được ${show(target)}: ${reason.vi}${kept ? '; tệp cũ vẫn nguyên' : ''}`,
        `cannot write ${show(target)}: ${reason.en}${kept ? '; the existing file is unchanged' : ''}`,
      );
      break;
    }
    listed.set(name, sha256(data));
    written.push(target);
  }
  if (options.manifest === true && written.length > 0) {
    for (const name of [...listed.keys()]) if (statOrUndefined(fs, path.join(root, name)) === undefined) listed.delete(name);
    try {
      writeManifest(root, listed, fs);
    } catch (error) {
      const reason = writeFailureReason(error);
      const manifest = show(path.join(root, MANIFEST_NAME));
      failure ??= fail(writeFailureCode(error), `không ghi được danh sách tệp vào ${manifest}: ${reason.vi}`, `cannot record the written files in ${manifest}: ${reason.en}`);
    }
  }
  if (failure !== undefined) throw failure;
  return written;
}

function statOrUndefined(fs: OutputFs, file: string): ReturnType<OutputFs['lstatSync']> | undefined {
  try {
    return fs.lstatSync(file);
  } catch {
    return undefined;
  }
}
