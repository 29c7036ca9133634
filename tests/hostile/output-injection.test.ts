/**
 * Values aimed at what reads kehoach's output: spreadsheets opening a CSV, terminals showing
 * stderr and the stylish report, and GitHub Actions reading workflow commands from the log.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const here = import.meta.dirname;
const root = path.resolve(here, '../..');
const bin = path.join(root, 'packages/cli/dist/bin.js');
const corpus = path.join(here, 'corpus');
const tmp = mkdtempSync(path.join(here, '.tmp-injection-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function kehoach(...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
}

/** The cells of RFC 4180 CSV (quoted fields with doubled quotes, CRLF records). */
function cells(csv: string): string[] {
  const out: string[] = [];
  const field = /(?:^|,)(?:"((?:[^"]|"")*)"|([^,\r\n]*))/g;
  for (const record of csv.replace(/^\uFEFF/, '').split('\r\n').filter((r) => r !== '')) {
    for (const m of record.matchAll(field)) out.push(m[1] === undefined ? m[2]! : m[1].replaceAll('""', '"'));
  }
  return out;
}

const FORMULA = /^[=+\-@\t\r]/;
/** A GitHub Actions workflow command, as the runner reads a line: leading spaces trimmed, then `::`. */
const COMMAND_LINE = /^\s*::/;

describe('CSV output and spreadsheet formulas', () => {
  const plan = path.join(corpus, 'csv-formulas.json');

  it.each([
    ['export --format csv', ['export', plan, '--format', 'csv']],
    ['obligations --format csv', ['obligations', plan, '--format', 'csv']],
  ])('%s starts no cell with a formula sign; the hostile values are there, behind a single quote', (_, args) => {
    const r = kehoach(...args);
    expect(r.status).toBe(0);
    const all = cells(r.stdout);
    expect(all.filter((c) => FORMULA.test(c))).toEqual([]);
    expect(all.filter((c) => c.startsWith("'")).length).toBeGreaterThan(0);
    for (const c of all.filter((c) => c.startsWith("'"))) expect(c.slice(1)).toMatch(FORMULA);
  });
});

describe('terminal output', () => {
  it('never prints ESC, BEL or NUL from an unknown key or an id, in any command', () => {
    for (const file of ['unknown-key-escape-sequence.json', 'node-id-escape-sequence.json']) {
      for (const args of [['validate', '--locale', 'en'], ['summary'], ['obligations'], ['export', '--format', 'json']]) {
        const [command, ...rest] = args;
        const r = kehoach(command!, path.join(corpus, file), ...rest);
        expect(r.status, `${command} ${file}`).toBe(2);
        expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      }
    }
    const r = kehoach('validate', path.join(corpus, 'unknown-key-escape-sequence.json'));
    expect(r.stderr).toContain('x\\u001B[2J\\u0007\\u0000');
  });

  it('shows bidirectional and zero-width characters of names as escapes in every report for people', () => {
    for (const file of ['unit-name-bidi-override.json', 'unit-name-zero-width.json']) {
      for (const args of [['summary'], ['obligations'], ['validate']]) {
        const [command, ...rest] = args;
        const r = kehoach(command!, path.join(corpus, file), ...rest);
        expect(r.stdout + r.stderr, `${command} ${file}`).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b-\u200f]/);
        if (command === 'obligations') expect(r.stdout, file).toMatch(/\\u(202E|200B)/);
        if (command === 'validate') expect(r.stdout, file).toMatch(/KH701.*|U\+(202E|200B)/);
      }
    }
  });
});

const commandLines = (text: string) => text.split('\n').filter((l) => COMMAND_LINE.test(l));

describe('GitHub workflow commands', () => {
  it('prints a load error with a line break in an unknown key as one encoded annotation under --format github', () => {
    const r = kehoach('validate', path.join(corpus, 'unknown-key-workflow-command.json'), '--format', 'github', '--locale', 'en');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(1);
    // The load error is a diagnostic like any other: its code, file, line and column are properties.
    expect(lines[0]).toMatch(/^::error file=tests\/hostile\/corpus\/unknown-key-workflow-command\.json,line=\d+,col=\d+,title=schema\/unknown-field \(schema\/unknown-field\)::Unknown field/);
    // The key's line breaks are shown as escapes by the message, and the data is percent-encoded.
    expect(lines[0]).toContain('x\\u000A::error file=README.md::owned\\u000A');
  });

  it('lets no value start a command of its own under the other formats either', () => {
    for (const format of ['stylish', 'json', 'sarif']) {
      const r = kehoach('validate', path.join(corpus, 'unknown-key-workflow-command.json'), '--format', format);
      expect(r.status).toBe(2);
      expect(commandLines(r.stdout + r.stderr), format).toEqual([]);
    }
  });

  it('keeps an import specifier with a line break in a plan.ts inside one line, with and without --format github', () => {
    const dir = path.join(tmp, 'specifier');
    mkdirSync(dir);
    const plan = path.join(dir, 'plan.ts');
    writeFileSync(plan, `import { x } from './a\\n::error file=README.md::owned\\n##[error]owned';\nexport default x;\n`);
    const github = kehoach('validate', plan, '--no-exec', '--format', 'github');
    expect(github.status).toBe(2);
    expect(commandLines(github.stdout + github.stderr)).toEqual([expect.stringMatching(/^::error file=[^:,]*plan\.ts,line=1,col=1,title=input\/not-found \(input\/not-found\)::/)]);
    const stylish = kehoach('validate', plan, '--no-exec');
    expect(stylish.status).toBe(2);
    expect(commandLines(stylish.stdout + stylish.stderr)).toEqual([]);
    expect(stylish.stderr).not.toContain('##[');
  });

  it('encodes diagnostics of a valid plan with every value in the data or a property', () => {
    const r = kehoach('validate', path.join(root, 'examples/khanh-hoa-12127'), '--format', 'github');
    const lines = r.stdout.split('\n').filter((l) => l !== '');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=[^:,]+(,(line|col|endLine|endColumn)=\d+)*,title=[^:,]+::[^\r\n]*$/);
  });
});

describe('hostile corpus files on the terminal', () => {
  it('prints the refusals of every corpus file without raw control characters', () => {
    const expected = JSON.parse(readFileSync(path.join(here, 'expected.json'), 'utf8')) as Record<string, string>;
    const hostile = Object.keys(expected).filter((f) => /escape|workflow|bidi|zero-width|line-separator/.test(f));
    expect(hostile.length).toBeGreaterThanOrEqual(6);
    for (const file of hostile) {
      const r = kehoach('validate', path.join(corpus, file));
      expect(r.stdout + r.stderr, file).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(commandLines(r.stdout + r.stderr), file).toEqual([]);
    }
  }, 60_000);
});
