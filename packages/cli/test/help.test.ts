/** Help, version, typo suggestions and the language of usage errors, through the built binary. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../src/help/texts.js';

const root = path.resolve(import.meta.dirname, '../../..');
const bin = path.join(root, 'packages/cli/dist/bin.js');
const example = 'examples/khanh-hoa-12127';

function kehoach(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The options a command lists when given one it does not know. */
function knownOptions(command: string): string[] {
  const r = kehoach(command, '--zzz', '--locale', 'en');
  expect(r.status).toBe(2);
  const list = /Options of \w+: ([^\n]*)\. See: kehoach \w+ --help/.exec(r.stderr)?.[1];
  expect(list, r.stderr).toBeDefined();
  return list!.split(', ');
}

describe('kehoach <command> --help', () => {
  it.each(COMMAND_NAMES)('%s: --help and -h print its help in Vietnamese, exit 0', (command) => {
    const long = kehoach(command, '--help');
    expect(long.status).toBe(0);
    expect(long.stderr).toBe('');
    expect(long.stdout.split('\n')[0]).toMatch(new RegExp(`^Cách dùng: kehoach ${command}\\b`));
    expect(long.stdout).toContain('--locale vi|en');
    expect(kehoach(command, '-h')).toEqual(long);
    // Help wins over everything else on the line, even a missing plan.
    expect(kehoach(command, 'no/such/plan.ts', '--help').stdout).toBe(long.stdout);
    expect(kehoach('help', command).stdout).toBe(long.stdout);
  });

  it.each(COMMAND_NAMES)('%s: --help --locale en prints it in English, naming every option the command takes', (command) => {
    const r = kehoach(command, '--help', '--locale', 'en');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(new RegExp(`^Usage: kehoach ${command}\\b`));
    for (const option of knownOptions(command)) expect(r.stdout, option).toMatch(new RegExp(`${option}\\b`));
    const vi = kehoach(command, '--help').stdout;
    for (const option of knownOptions(command)) expect(vi, option).toMatch(new RegExp(`${option}\\b`));
  });

  it('prints the usage for --help, -h and help, and to stderr with exit 2 when no command is given', () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const r = kehoach(...args);
      expect(r.status, args.join(' ')).toBe(0);
      expect(r.stdout.split('\n')[0]).toBe('Cách dùng: kehoach <lệnh> [tùy chọn]');
      for (const command of COMMAND_NAMES) expect(r.stdout).toMatch(new RegExp(`^ {2}${command} `, 'm'));
    }
    expect(kehoach('--help', '--locale', 'en').stdout.split('\n')[0]).toBe('Usage: kehoach <command> [options]');
    const bare = kehoach();
    expect(bare.status).toBe(2);
    expect(bare.stdout).toBe('');
    expect(bare.stderr.split('\n')[0]).toBe('Cách dùng: kehoach <lệnh> [tùy chọn]');
  });
});

describe('kehoach --version', () => {
  it('prints the version of @kehoach/cli from its package.json', () => {
    const { version } = JSON.parse(readFileSync(path.join(root, 'packages/cli/package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const r = kehoach(flag);
      expect(r).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
    }
  });
});

describe('typos', () => {
  it('suggests the nearest command', () => {
    const r = kehoach('valdiate', example);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('kehoach: không có lệnh "valdiate"; có phải ý bạn là "kehoach validate"?\nCác lệnh: validate, export, summary, obligations, status, agenda, progress, init, import, diff. Xem: kehoach --help\n');
    expect(kehoach('exprot', example, '--locale', 'en').stderr.split('\n')[0]).toBe('kehoach: unknown command "exprot"; did you mean "kehoach export"?');
    expect(kehoach('frobnicate').stderr.split('\n')[0]).toBe('kehoach: không có lệnh "frobnicate"');
  });

  it('suggests the nearest option, and lists the command\'s options', () => {
    const r = kehoach('validate', example, '--fromat', 'sarif');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe('kehoach validate: không có tùy chọn --fromat; có phải ý bạn là --format?');
    expect(r.stderr.split('\n')[1]).toMatch(/^Các tùy chọn của lệnh validate: --format, .*--locale, --help\. Xem: kehoach validate --help$/);
    const en = kehoach('validate', example, '--fromat=sarif', '--locale', 'en');
    expect(en.stderr.split('\n')[0]).toBe('kehoach validate: unknown option --fromat; did you mean --format?');
    expect(kehoach('summary', example, '--limt', '3', '--locale', 'en').stderr.split('\n')[0]).toBe('kehoach summary: unknown option --limt; did you mean --limit?');
    expect(kehoach('obligations', example, '--untis', 'soYTe', '--locale', 'en').stderr.split('\n')[0]).toBe('kehoach obligations: unknown option --untis; did you mean --unit?');
    expect(kehoach('--versoin').stderr.split('\n')[0]).toBe('kehoach: không có tùy chọn --versoin; có phải ý bạn là --version?');
  });

  it('suggests the nearest value of a choice and the nearest unit', () => {
    expect(kehoach('export', example, '--format', 'icss', '--locale', 'en').stderr).toBe(
      'kehoach export: --format must be one of json, json-schema, ics, html, md, csv, got "icss"; did you mean ics?\n',
    );
    const unit = kehoach('obligations', example, '--unit', 'soYte');
    expect(unit.status).toBe(2);
    expect(unit.stderr.split('\n')[0]).toBe('kehoach obligations: kế hoạch không có đơn vị "soYte"; có phải ý bạn là soYTe?');
  });
});

describe('the language of usage errors', () => {
  it.each([
    [['summary'], 'kehoach summary: cần một kế hoạch', 'kehoach summary: expected one plan argument'],
    [['export', example], 'kehoach export: cần --format', 'kehoach export: --format is required'],
    [['validate'], 'kehoach validate: cần ít nhất một kế hoạch', 'kehoach validate: expected at least one plan'],
    [['diff', example], 'kehoach diff: cần hai kế hoạch', 'kehoach diff: expected two plan arguments'],
    [['summary', example, '--limit'], 'kehoach summary: tùy chọn --limit cần một giá trị', 'kehoach summary: option --limit needs a value'],
    [['import', example, '--force=yes'], 'kehoach import: tùy chọn --force không nhận giá trị', 'kehoach import: option --force takes no value'],
  ])('%j is Vietnamese by default and English with --locale en', (args, vi, en) => {
    const r = kehoach(...args);
    expect(r.status).toBe(2);
    expect(r.stderr.startsWith(vi), r.stderr).toBe(true);
    for (const flags of [['--locale', 'en'], ['--locale=en']]) {
      const english = kehoach(...args, ...flags);
      expect(english.status).toBe(2);
      expect(english.stderr.startsWith(en), english.stderr).toBe(true);
    }
    // The flag may come before the command too.
    expect(kehoach('--locale', 'en', ...args).stderr.startsWith(en)).toBe(true);
  });
});
