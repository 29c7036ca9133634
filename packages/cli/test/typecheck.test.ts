/**
 * `validate --typecheck` adds the TypeScript errors of plan.ts and the plan files it imports as
 * diagnostics `typescript/TS…` at their file, line and column, in every output format.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const bin = path.join(root, 'packages/cli/dist/bin.js');
// Inside the package, so that the plan resolves @kehoach/core and its types.
const tmp = mkdtempSync(path.join(import.meta.dirname, '.tmp-typecheck-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function kehoach(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// The plan `kehoach init` writes, with `reports:` misspelt `report:` in its first item: the
// model refuses the unknown key when the plan loads (exit 2), and the compiler says where.
const dir = path.join(tmp, 'plan');
kehoach('init', dir);
const planFile = path.join(dir, 'plan.ts');
const source = readFileSync(planFile, 'utf8');
const index = source.indexOf('reports: [');
writeFileSync(planFile, `${source.slice(0, index)}report: [${source.slice(index + 'reports: ['.length)}`);
const line = source.slice(0, index).split('\n').length;
const column = index - source.lastIndexOf('\n', index - 1);
const relative = path.relative(root, planFile);

describe('validate --typecheck', () => {
  it('reports the misspelt property at its line and column, as an error (json)', () => {
    const r = kehoach('validate', dir, '--typecheck', '--format', 'json', '--locale', 'en');
    expect(r.status).toBe(2);
    const typed = JSON.parse(r.stdout).diagnostics.filter((d: { ruleId: string }) => d.ruleId.startsWith('typescript/'));
    expect(typed).toEqual([
      expect.objectContaining({
        ruleId: expect.stringMatching(/^typescript\/TS(2353|2561)$/),
        code: expect.stringMatching(/^TS(2353|2561)$/),
        severity: 'error',
        location: { file: relative, line, column },
        message: expect.stringContaining("'report'"),
      }),
    ]);
  });

  it('gives the same diagnostic in sarif, github and stylish, and with --no-exec', () => {
    const sarif = JSON.parse(kehoach('validate', dir, '--typecheck', '--format', 'sarif').stdout);
    const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId.startsWith('typescript/'));
    expect(result).toMatchObject({ level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: relative }, region: { startLine: line, startColumn: column } } }] });
    const github = kehoach('validate', dir, '--typecheck', '--format', 'github', '--no-exec').stdout;
    expect(github).toMatch(new RegExp(`^::error file=${relative.replace(/[.]/g, '\\.')},line=${line},col=${column},title=typescript/TS\\d+ \\(TS\\d+\\)::`, 'm'));
    const stylish = kehoach('validate', dir, '--typecheck', '--locale', 'en');
    expect(stylish.status).toBe(2);
    expect(stylish.stdout).toMatch(new RegExp(`\\n  ${line}:${column} +error +.*'report'.*typescript/TS\\d+ \\(TS\\d+\\)\\n`));
  });

  it('adds nothing for a plan without type errors, and nothing without the flag', () => {
    expect(kehoach('validate', 'examples/khanh-hoa-12127', '--typecheck', '--format', 'json').stdout).not.toContain('typescript/');
    const plain = kehoach('validate', dir, '--format', 'json');
    expect(plain.status).toBe(2);
    expect(plain.stdout).toContain('schema/unknown-field');
    expect(plain.stdout).not.toContain('typescript/');
  });
});
