// Speed of the validator against the structural check alone: synthetic plans of 100, 1,000
// and 10,000 tasks are validated with `validate()` (recommended preset) and, over the same JSON
// in the same process, with an Ajv-compiled `planJsonSchema()`. The validator must stay within
// 3× the structural check. Runs against the built `dist/` of core and validator (`pnpm build`
// first) and writes the table into docs/benchmarks.md. Exits 1 when the ratio is above 3.
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { updateBenchmarkSection } from './benchmarks-doc.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const load = (p) => import(pathToFileURL(path.join(root, p)).href);
const core = await load('packages/core/dist/index.js');
const { validate, summarize } = await load('packages/validator/dist/index.js');
const require = createRequire(path.join(root, 'packages/validator/package.json'));
const Ajv2020 = require('ajv/dist/2020.js').default;
const addFormats = require('ajv-formats').default;

const sizes = (process.env.KEHOACH_BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const LIMIT = 3;
const UNITS = 40;
const GROUPS = 6;
const pad = (n) => String(n).padStart(2, '0');
const dateOf = (i) => `2024-${pad((i % 12) + 1)}-${pad((i % 28) + 1)}`;

/** Canonical plan JSON with `n` tasks: a lead, two partners (one a group), a deadline, a sub-item; some reports and targets. */
function planJson(n) {
  const units = [{ key: 'ubnd', name: 'UBND tỉnh', kind: 'people-committee', authority: 'internal' }];
  for (let i = 0; i < UNITS; i++) units.push({ key: `u${i}`, name: `Sở số ${i}`, kind: 'department', authority: 'internal' });
  const groups = [];
  for (let g = 0; g < GROUPS; g++) {
    groups.push({ key: `g${g}`, name: `Nhóm ${g}`, members: Array.from({ length: 5 }, (_, k) => `u${(g * 5 + k) % UNITS}`), mode: 'each', complete: true });
  }
  const sections = [];
  for (let s = 0; s * 100 < n; s++) {
    const children = [];
    for (let i = s * 100; i < Math.min(n, (s + 1) * 100); i++) {
      const id = `S${s}.${i - s * 100 + 1}`;
      const task = {
        type: 'task',
        id,
        number: String(i - s * 100 + 1),
        text: `Nhiệm vụ số ${i}: Sở chủ trì, phối hợp thực hiện.`,
        lead: { unit: `u${i % UNITS}` },
        partners: [{ unit: `u${(i + 7) % UNITS}` }, { unit: `g${i % GROUPS}`, qualifier: 'có liên quan' }],
        mode: 'assign',
        deadlines: [{ kind: 'date', date: dateOf(i), wording: i % 2 === 0 ? 'before' : 'no-later-than' }],
        children: [{ type: 'item', id: `${id}.p1`, bullet: '+', text: `Nội dung ${i}.` }],
      };
      if (i % 10 === 0) task.reports = [{ id: `${id}/r1`, to: 'ubnd', via: `u${(i + 3) % UNITS}`, cc: [], what: 'Báo cáo', deadlines: [{ kind: 'recurring', every: 'quarter', month: 3, day: 20, wording: 'before' }] }];
      if (i % 25 === 0) task.targets = [{ id: `${id}/t1`, metric: 'tỷ lệ', direction: 'increase', value: 10, unit: '%' }];
      children.push(task);
    }
    sections.push({ type: 'section', id: `S${s}`, number: `S${s}`, title: `PHẦN ${s}`, children });
  }
  return {
    schema: 'kehoach/plan@1',
    id: `bench-${n}`,
    type: 'KH',
    number: '01/KH-UBND',
    issuer: 'ubnd',
    place: 'Khánh Hòa',
    issuedOn: '2024-01-01',
    title: 'KẾ HOẠCH',
    period: { from: '2024-01-01', to: '2025-12-31' },
    legal: [{ id: 'nd20', number: '20/2021/NĐ-CP', date: '2021-03-15', role: 'basis' }],
    units,
    groups,
    body: sections,
    recipients: [{ text: 'Các sở', units: groups.map((g) => g.key).concat(units.slice(1).map((u) => u.key)) }, { text: 'Lưu: VT', archive: true }],
    signature: { form: 'KT', authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' },
    corrections: [],
  };
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/**
 * Medians of `a` and `b`, run alternately so that both see the same machine load, after a
 * warm-up of at least 10 runs each and one second, so that the JIT has compiled both.
 */
function timePair(a, b, runs) {
  const warm = performance.now();
  for (let i = 0; i < 10 || performance.now() - warm < 1000; i++) {
    a();
    b();
  }
  const sa = [];
  const sb = [];
  for (let i = 0; i < runs; i++) {
    let t = process.hrtime.bigint();
    a();
    sa.push(Number(process.hrtime.bigint() - t) / 1e6);
    t = process.hrtime.bigint();
    b();
    sb.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return [median(sa), median(sb)];
}

const ajv = new Ajv2020({ strict: true, allErrors: false });
addFormats(ajv);
const structural = ajv.compile(core.planJsonSchema());
const rows = [];
let worst = 0;
for (const n of sizes) {
  const text = JSON.stringify(planJson(n));
  const json = JSON.parse(text);
  const plan = core.parsePlan(text);
  if (!structural(json)) throw new Error(`synthetic plan of ${n} tasks fails the JSON Schema: ${ajv.errorsText(structural.errors)}`);
  const diagnostics = validate(plan);
  const s = summarize(diagnostics);
  if (s.errors > 0) throw new Error(`synthetic plan of ${n} tasks has errors: ${diagnostics.find((d) => d.severity === 'error').message.en}`);
  const runs = n >= 10000 ? 21 : 101;
  const [ajvMs, validateMs] = timePair(() => structural(json), () => validate(plan), runs);
  const ratio = validateMs / ajvMs;
  worst = Math.max(worst, ratio);
  rows.push({ n, ajvMs, validateMs, ratio, diagnostics: diagnostics.length });
  console.log(`${n} tasks: ajv ${ajvMs.toFixed(2)} ms, validate ${validateMs.toFixed(2)} ms, ratio ${ratio.toFixed(2)}, ${diagnostics.length} diagnostics`);
}

const fmt = (ms) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
const table = [
  '| tasks | structural check (Ajv, `planJsonSchema()`) | `validate()` (recommended) | ratio | diagnostics |',
  '| ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.n.toLocaleString('en-US')} | ${fmt(r.ajvMs)} ms | ${fmt(r.validateMs)} ms | ${r.ratio.toFixed(2)}× | ${r.diagnostics.toLocaleString('en-US')} |`),
  '',
  `Medians of 21 runs (10,000 tasks) or 101 runs (smaller plans), the two checks alternating, after a warm-up of at least 10 runs and one second, in one process. Budget: ${LIMIT}×; worst ratio ${worst.toFixed(2)}×.`,
].join('\n');
if (process.env.KEHOACH_BENCH_WRITE !== '0') {
  updateBenchmarkSection('validator', table, `node scripts/bench-validator.mjs (Node ${process.version}, ${os.platform()})`);
}
if (worst > LIMIT) {
  console.error(`bench-validator: validate() took ${worst.toFixed(2)}× the structural check, above the ${LIMIT}× budget`);
  process.exit(1);
}
