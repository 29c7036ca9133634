import * as nodeFs from 'node:fs';

/**
 * @internal The file-system calls the output writer makes, so tests can inject failures (a
 * disk that fills mid-write) without filling a disk. `node:fs` satisfies it.
 */
export interface OutputFs {
  lstatSync(file: string): { isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean; size: number };
  readFileSync(file: string): Buffer;
  mkdirSync(dir: string, options: { recursive: true }): unknown;
  realpathSync(file: string): string;
  openSync(file: string, flags: string, mode?: number): number;
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  unlinkSync(file: string): void;
}

/** @internal The real file system. */
export const realFs: OutputFs = nodeFs;
