// Type-check cost of large plan files: `tsc --extendedDiagnostics` on generated plans of
// 100, 1,000 and 5,000 tasks written with the DSL, against the same data written as a
// plain object literal typed `Plan`. Writes the table into docs/benchmarks.md.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { updateBenchmarkSection } from './benchmarks-doc.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = path.join(root, '.bench', 'types');
const sizes = (process.env.KEHOACH_BENCH_SIZES ?? '0,100,1000,5000').split(',').map(Number);
const UNITS = 40;
const GROUPS = 6;

function units() {
  const lines = [];
  for (let i = 0; i < UNITS; i++) lines.push(`    u${i}: { name: 'Sở số ${i}', kind: 'department' },`);
  return lines.join('\n');
}

function groups() {
  const lines = [];
  for (let g = 0; g < GROUPS; g++) {
    const members = Array.from({ length: 5 }, (_, k) => `'u${(g * 5 + k) % UNITS}'`).join(', ');
    lines.push(`    g${g}: { name: 'Nhóm ${g}', members: [${members}] },`);
  }
  return lines.join('\n');
}

const dateOf = (i) => `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;

function dslPlan(n) {
  const tasks = [];
  for (let i = 0; i < n; i++) {
    tasks.push(
      `      r.task('-', { lead: 'u${i % UNITS}', partners: ['u${(i + 7) % UNITS}', r.related('g${i % GROUPS}')], text: 'Nhiệm vụ số ${i}: Sở chủ trì, phối hợp thực hiện.', deadlines: [before('${dateOf(i)}')] }, [r.item('+', 'Nội dung ${i}.')]),`,
    );
  }
  return `import { before, definePlan, defineRegistry } from '@kehoach/core';

const r = defineRegistry({
  units: {
${units()}
  },
  groups: {
${groups()}
  },
});

export default definePlan({
  registry: r,
  number: '01/KH-UBND',
  issuer: 'u0',
  place: 'Khánh Hòa',
  issuedOn: '2024-01-02',
  title: 'KẾ HOẠCH THỬ',
  period: { from: '2024-01-01', to: '2024-12-31' },
  body: [
    r.section('I', 'NHIỆM VỤ', [
${tasks.join('\n')}
    ]),
  ],
  signature: { form: 'KT', authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' },
});
`;
}

function plainPlan(n) {
  const tasks = [];
  for (let i = 0; i < n; i++) {
    tasks.push(
      `      { type: 'task', id: 'I.d${i + 1}', bullet: '-', text: 'Nhiệm vụ số ${i}: Sở chủ trì, phối hợp thực hiện.', lead: { unit: 'u${i % UNITS}' }, partners: [{ unit: 'u${(i + 7) % UNITS}' }, { unit: 'g${i % GROUPS}', qualifier: 'có liên quan' }], mode: 'assign', deadlines: [{ kind: 'date', date: '${dateOf(i)}', wording: 'before' }], children: [{ type: 'item', id: 'I.d${i + 1}.p1', bullet: '+', text: 'Nội dung ${i}.' }] },`,
    );
  }
  const unitList = Array.from({ length: UNITS }, (_, i) => `    { key: 'u${i}', name: 'Sở số ${i}', kind: 'department', authority: 'internal' },`).join('\n');
  const groupList = Array.from({ length: GROUPS }, (_, g) => {
    const members = Array.from({ length: 5 }, (_, k) => `'u${(g * 5 + k) % UNITS}'`).join(', ');
    return `    { key: 'g${g}', name: 'Nhóm ${g}', members: [${members}], mode: 'each', complete: true },`;
  }).join('\n');
  return `import type { Plan } from '@kehoach/core';

const plan: Plan = {
  schema: 'kehoach/plan@1',
  id: '01-kh-ubnd-2024',
  type: 'KH',
  number: '01/KH-UBND',
  issuer: 'u0',
  place: 'Khánh Hòa',
  issuedOn: '2024-01-02',
  title: 'KẾ HOẠCH THỬ',
  period: { from: '2024-01-01', to: '2024-12-31' },
  legal: [],
  units: [
${unitList}
  ],
  groups: [
${groupList}
  ],
  body: [
    { type: 'section', id: 'I', number: 'I', title: 'NHIỆM VỤ', children: [
${tasks.join('\n')}
    ] },
  ],
  recipients: [],
  signature: { form: 'KT', authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' },
  corrections: [],
};
export default plan;
`;
}

function check(dir, file, source) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, file), source);
  const tsconfig = {
    extends: path.join(root, 'tsconfig.base.json'),
    compilerOptions: { noEmit: true, baseUrl: root, paths: { '@kehoach/core': ['packages/core/src/index.ts'] } },
    files: [path.join(dir, file)],
  };
  writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  let out;
  try {
    out = execFileSync(process.execPath, [tsc, '-p', path.join(dir, 'tsconfig.json'), '--extendedDiagnostics'], { encoding: 'utf8' });
  } catch (error) {
    throw new Error(`tsc failed on ${dir}:\n${error.stdout}${error.stderr}`);
  }
  const grab = (label) => Number(new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(out)?.[1]);
  return { check: grab('Check time'), total: grab('Total time'), instantiations: grab('Instantiations'), memory: grab('Memory used') };
}

rmSync(work, { recursive: true, force: true });
const rows = [];
for (const n of sizes) {
  const dsl = check(path.join(work, `dsl-${n}`), 'plan.ts', dslPlan(n));
  const plain = check(path.join(work, `plain-${n}`), 'plan.ts', plainPlan(n));
  rows.push({ n, dsl, plain });
  console.log(`${n} tasks: DSL check ${dsl.check}s, ${dsl.instantiations} inst; plain check ${plain.check}s, ${plain.instantiations} inst`);
}

const table = [
  '| tasks | DSL check time | DSL instantiations | DSL memory | plain `Plan` check time | plain instantiations | plain memory |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    ({ n, dsl, plain }) =>
      `| ${n.toLocaleString('en-US')} | ${dsl.check.toFixed(2)} s | ${dsl.instantiations.toLocaleString('en-US')} | ${Math.round(dsl.memory / 1024)} MB | ${plain.check.toFixed(2)} s | ${plain.instantiations.toLocaleString('en-US')} | ${Math.round(plain.memory / 1024)} MB |`,
  ),
].join('\n');
updateBenchmarkSection('type-check', table, `node scripts/bench-types.mjs (tsc ${JSON.parse(readFileSync(path.join(root, 'node_modules/typescript/package.json'), 'utf8')).version}, Node ${process.version})`);
