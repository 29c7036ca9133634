import { formatPath } from '@kehoach/core';
import type { Diagnostic } from '../types.js';

/** @internal A file path relative to `cwd`, with forward slashes. */
export function relativeFile(file: string, cwd: string | undefined): string {
  const norm = (p: string) => p.replace(/\\/g, '/');
  const f = norm(file);
  if (cwd === undefined) return f;
  const base = norm(cwd).replace(/\/+$/, '');
  if (!f.startsWith('/') && !/^[A-Za-z]:\//.test(f)) return f;
  const a = base.split('/');
  const b = f.split('/');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === 0) return f;
  return [...Array(a.length - i).fill('..'), ...b.slice(i)].join('/');
}

/** @internal Where a diagnostic is, for people: the node id and the model path. */
export function whereInModel(d: Diagnostic): string {
  return d.nodeId === undefined ? formatPath(d.path) : `${d.nodeId} (${formatPath(d.path)})`;
}
