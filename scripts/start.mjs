#!/usr/bin/env node
// The quick start (`pnpm start`): builds the packages without showing the build log (it is shown,
// whole, only when the build fails), then prints the summary of the reference plan and writes its
// exports into out/. Usage: node scripts/start.mjs
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Runs a command with its output captured; on failure writes that output and a line saying what
 * failed to stderr. Returns the exit status (0 on success).
 */
export function quietly(label, command, args, options = {}) {
  const r = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (r.status === 0) return 0;
  process.stderr.write(r.stdout ?? '');
  process.stderr.write(r.stderr ?? '');
  if (r.error) process.stderr.write(`${r.error.message}\n`);
  process.stderr.write(`\n${label} failed (exit ${r.status ?? r.signal}); its log is above.\n`);
  return r.status || 1;
}

function pnpm() {
  // Under `pnpm start`, npm_execpath is the pnpm that runs us; otherwise the pinned one through npx.
  const execpath = process.env.npm_execpath;
  if (execpath && /pnpm/.test(path.basename(execpath))) return /\.c?js$/.test(execpath) ? [process.execPath, [execpath]] : [execpath, []];
  return ['npx', ['-y', 'pnpm@12.4.2']];
}

function main() {
  const [command, prefix] = pnpm();
  process.stderr.write('Building the packages…\n');
  const built = quietly('The build (pnpm build)', command, [...prefix, 'build']);
  if (built !== 0) return built;
  const bin = path.join(root, 'packages/cli/dist/bin.js');
  const example = 'examples/khanh-hoa-12127';
  const steps = [
    ['summary', example],
    ['export', example, '--format', 'ics', '--out', 'out/calendars'],
    ['export', example, '--format', 'html', '--out', 'out/report.html'],
    ['export', example, '--format', 'md', '--out', 'out/plan.md'],
  ];
  for (const args of steps) {
    const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) return r.status ?? 1;
  }
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
