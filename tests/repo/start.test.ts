/**
 * The quick start prints the summary, not the build log: `scripts/start.mjs` keeps the build's
 * output to itself unless the build fails, and then shows all of it. The build is played by a
 * stand-in pnpm (npm_execpath, as `pnpm start` sets it) so the test does not rebuild the packages;
 * the summary and exports run the real, built CLI.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'kehoach-start-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function start(buildScript: string) {
  const fake = path.join(tmp, `pnpm-${Math.random().toString(36).slice(2)}.cjs`);
  writeFileSync(fake, buildScript);
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/start.mjs')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, npm_execpath: fake },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('pnpm start', () => {
  it('prints the summary first, and none of a successful build\'s log', () => {
    const r = start("if (process.argv[2] !== 'build') process.exit(9); console.log('CLI Building entry: src/index.ts'); console.error('DTS ⚡️ Build success');");
    expect(r.stderr).not.toContain('Build success');
    expect(r.stdout).not.toContain('Building entry');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Kế hoạch 12127/KH-UBND — UBND tỉnh, Khánh Hòa, ngày 29/11/2021');
    expect(r.stdout).toContain('\nTiếp theo:\n');
    expect(r.stderr).toMatch(/^Building the packages…\n/);
    expect(r.stderr).toContain('out/report.html');
    expect(existsSync(path.join(root, 'out/plan.md'))).toBe(true);
  });

  it('shows the whole build log and stops when the build fails', () => {
    const r = start("console.log('src/plan.ts(3,1): error TS2304: Cannot find name'); console.error('ELIFECYCLE Command failed'); process.exit(2);");
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('error TS2304: Cannot find name');
    expect(r.stderr).toContain('ELIFECYCLE Command failed');
    expect(r.stderr).toContain('The build (pnpm build) failed (exit 2); its log is above.');
  });
});
