/**
 * A plan that cannot be loaded is still a well-formed result in the machine formats: json,
 * sarif and github carry the load error with its code, file, line, column and message, so a CI
 * upload never receives an empty file; stylish stays for people. Exit status 2 in every format.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const bin = path.join(root, 'packages/cli/dist/bin.js');
const tmp = mkdtempSync(path.join(import.meta.dirname, '.tmp-load-data-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function kehoach(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const sarifSchema = JSON.parse(readFileSync(path.join(root, 'packages/validator/test/fixtures/sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const checkSarif = ajv.compile(sarifSchema);

// Three ways a plan fails to load: JSON that is not JSON, a plan.ts with a syntax error, and a
// plan.ts that --no-exec refuses. Each with the code, file, line and column it must carry.
const truncated = 'tests/hostile/corpus/truncated.json';
const syntaxDir = path.join(tmp, 'syntax');
mkdirSync(syntaxDir);
writeFileSync(path.join(syntaxDir, 'plan.ts'), "import { definePlan } from '@kehoach/core';\n\nexport default definePlan({ number: '01/KH-UBND', \n");
const refusedDir = path.join(tmp, 'refused');
mkdirSync(refusedDir);
writeFileSync(path.join(refusedDir, 'plan.ts'), "import { definePlan } from '@kehoach/core';\nconst secret = eval('1');\nexport default definePlan({});\n");

const cases = [
  { name: 'JSON that is not JSON', args: [truncated], code: 'json/syntax', file: truncated, line: 20, column: 12 },
  { name: 'a plan.ts with a syntax error', args: [path.relative(root, syntaxDir)], code: 'ts/syntax', file: path.relative(root, path.join(syntaxDir, 'plan.ts')), line: 4, column: 1 },
  { name: 'a plan.ts --no-exec refuses', args: [path.relative(root, refusedDir), '--no-exec'], code: 'static/unsupported', file: path.relative(root, path.join(refusedDir, 'plan.ts')), line: 2, column: 16 },
];

describe.each(cases)('validate of $name', ({ args, code, file, line, column }) => {
  it('--format json prints the load error as an error diagnostic with its location', () => {
    const r = kehoach('validate', ...args, '--format', 'json', '--locale', 'en');
    expect(r.status).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out.summary.errors).toBe(1);
    expect(out.diagnostics).toEqual([
      expect.objectContaining({ ruleId: code, code, severity: 'error', file, location: { file, line, column }, message: expect.any(String) }),
    ]);
    expect(out.diagnostics[0].message.length).toBeGreaterThan(10);
  });

  it('--format sarif prints a valid SARIF log with the load error as a result', () => {
    const r = kehoach('validate', ...args, '--format', 'sarif', '--locale', 'en');
    expect(r.status).toBe(2);
    const log = JSON.parse(r.stdout);
    expect(checkSarif(log), ajv.errorsText(checkSarif.errors)).toBe(true);
    const [result] = log.runs[0].results;
    expect(log.runs[0].results).toHaveLength(1);
    expect(result).toMatchObject({ ruleId: code, level: 'error', properties: { code } });
    expect(result.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: file }, region: { startLine: line, startColumn: column } });
  });

  it('--format github prints one error annotation at the location', () => {
    const r = kehoach('validate', ...args, '--format', 'github', '--locale', 'en');
    expect(r.status).toBe(2);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^::error file=${file.replace(/[.]/g, '\\.')},line=${line},col=${column},title=${code.replace('/', '\\/')} .*::.+`));
  });

  it('stylish prints nothing on stdout and one human message on stderr', () => {
    const r = kehoach('validate', ...args, '--locale', 'en');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^kehoach: [\\s\\S]*${code.replace('/', '\\/')}`));
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('a batch where one plan cannot be loaded', () => {
  it('reports the loaded plans and the load error together in SARIF, exit 2', () => {
    const r = kehoach('validate', 'examples/khanh-hoa-12127', truncated, '--format', 'sarif');
    expect(r.status).toBe(2);
    const log = JSON.parse(r.stdout);
    expect(checkSarif(log), ajv.errorsText(checkSarif.errors)).toBe(true);
    const results = log.runs[0].results as { ruleId: string; level: string }[];
    expect(results.filter((x) => x.ruleId === 'json/syntax')).toEqual([expect.objectContaining({ level: 'error' })]);
    expect(results.filter((x) => x.level === 'warning').length).toBeGreaterThan(10);
  });
});
