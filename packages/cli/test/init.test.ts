/**
 * `kehoach init` makes a project a planner can start from: the package named after its folder,
 * a plan commented in Vietnamese whose blanks [[…]] the validator flags until they are filled
 * in, a CI workflow that type-checks and validates the plan and uploads SARIF, and files that
 * are written whole or not at all.
 */
import { spawnSync } from 'node:child_process';
import * as nodeFs from 'node:fs';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { initCommand, packageNameFor } from '../src/commands/init.js';
import type { OutputFs } from '../src/output/fs-port.js';

const root = path.resolve(import.meta.dirname, '../../..');
const bin = path.join(root, 'packages/cli/dist/bin.js');
// Inside the package, so that the generated plan resolves @kehoach/core through its node_modules.
const tmp = mkdtempSync(path.join(import.meta.dirname, '.tmp-init-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function kehoach(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('packageNameFor', () => {
  it('makes a valid npm name of a Vietnamese folder name', () => {
    expect(packageNameFor('Kế hoạch PCTT 2026')).toBe('ke-hoach-pctt-2026');
    expect(packageNameFor('/plans/Đề án Chuyển đổi số/')).toBe('de-an-chuyen-doi-so');
    expect(packageNameFor('.ẩn')).toBe('an');
    expect(packageNameFor('!!!')).toBe('ke-hoach');
  });
});

describe('kehoach init', () => {
  const dir = path.join(tmp, 'Kế hoạch 2026');
  const created = kehoach(['init', 'Kế hoạch 2026'], tmp);

  it('names the package after its folder and comments the plan in Vietnamese', () => {
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(created.stdout).toContain('fill in every [[…]] in plan.ts');
    expect(JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).name).toBe('ke-hoach-2026');
    const source = readFileSync(path.join(dir, 'plan.ts'), 'utf8');
    expect(source).toContain('Những chỗ ghi [[…]] là chỗ cần điền');
    expect(source).toContain('// 1. Mọi cơ quan, đơn vị mà kế hoạch nêu tên, khai báo một lần.');
    // Every line comment is Vietnamese: each holds a letter only Vietnamese uses.
    const comments = [...source.matchAll(/\/\/ (.*)$/gm)].map((m) => m[1]!);
    expect(comments.length).toBeGreaterThan(8);
    for (const c of comments) expect(c, c).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùý]/i);
  });

  it('writes a CI workflow that type-checks and validates the plan and uploads SARIF', () => {
    const workflow = readFileSync(path.join(dir, '.github/workflows/kehoach.yml'), 'utf8');
    expect(workflow).toContain('run: npx kehoach validate plan.ts --typecheck --format sarif > kehoach.sarif');
    expect(workflow).toContain('run: npx kehoach validate plan.ts --typecheck --format github');
    expect(workflow).toMatch(/uses: github\/codeql-action\/upload-sarif@v3\n\s+if: always\(\)\n\s+with:\n\s+sarif_file: kehoach.sarif/);
    expect(workflow).toMatch(/security-events: write/);
  });

  it('flags each placeholder until it is replaced, then validates clean with --typecheck', () => {
    const before = kehoach(['validate', 'plan.ts', '--typecheck', '--format', 'json', '--locale', 'en'], dir);
    expect(before.status).toBe(1);
    const found = JSON.parse(before.stdout).diagnostics as { ruleId: string; code: string; message: string; location?: { line: number } }[];
    expect(found.map((d) => d.ruleId)).toEqual(Array(found.length).fill('text/placeholder'));
    expect(found.map((d) => d.message.match(/\[\[[^\]]+\]\]/)![0]).sort()).toEqual(
      ['[[Họ và tên người ký]]', '[[TÊN TỈNH]]', '[[Tên kế hoạch]]', '[[Tên tỉnh]]', '[[Địa danh]]'].sort(),
    );
    expect(found.every((d) => d.code === 'KH702' && (d.location?.line ?? 0) > 1)).toBe(true);

    const fill: Record<string, string> = {
      'Tên tỉnh': 'Khánh Hòa',
      'TÊN TỈNH': 'KHÁNH HÒA',
      'Địa danh': 'Khánh Hòa',
      'Tên kế hoạch': 'Phòng, chống thiên tai năm 2026',
      'Họ và tên người ký': 'Nguyễn Văn A',
    };
    const file = path.join(dir, 'plan.ts');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\[\[([^\]]+)\]\]/g, (_, name: string) => fill[name]!));
    const after = kehoach(['validate', 'plan.ts', '--typecheck', '--locale', 'en'], dir);
    expect(after.stderr).toBe('');
    expect(after.stdout).toMatch(/^✔ 0 problems \(0 errors, 0 warnings, 0 info\)\n$/);
    expect(after.status).toBe(0);
  });

  it('leaves no file behind when one cannot be written', async () => {
    let opened = 0;
    const full: OutputFs = {
      ...(nodeFs as unknown as OutputFs),
      openSync: (file, flags, mode) => {
        if (++opened === 3) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        return nodeFs.openSync(file, flags, mode);
      },
    };
    const out = { stdout: '', stderr: '' };
    const io = { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t) };
    await expect(initCommand(['full'], io, tmp, full)).rejects.toThrow(/^kehoach init: output\/disk-full: could not write .*; no file was left behind|output\/disk-full/);
    const left = existsSync(path.join(tmp, 'full')) ? readdirSync(path.join(tmp, 'full'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()) : [];
    expect(left.map((e) => e.name)).toEqual([]);
    expect(out.stdout).toBe('');
  });
});
