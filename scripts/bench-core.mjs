// Speed and memory of the core on large plans: definePlan(), stringifyPlan(), parsePlan() of
// the JSON, and obligations(), for 1,000, 10,000 and 100,000 tasks. Uses the built core.
import { updateBenchmarkSection } from './benchmarks-doc.mjs';
import { before, definePlan, defineRegistry, obligations, parsePlan, stringifyPlan, yearly } from '../packages/core/dist/index.js';

const sizes = (process.env.KEHOACH_BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);

function build(n) {
  const units = {};
  for (let i = 0; i < 40; i++) units[`u${i}`] = { name: `Sở số ${i}`, kind: 'department' };
  const r = defineRegistry({ units, groups: { g0: { name: 'Nhóm', members: ['u1', 'u2', 'u3'] } } });
  const tasks = [];
  for (let i = 0; i < n; i++) {
    tasks.push(
      r.task('-', {
        lead: `u${i % 40}`,
        partners: [`u${(i + 1) % 40}`, r.related('g0')],
        text: `Sở số ${i % 40} chủ trì nhiệm vụ ${i}.`,
        deadlines: [before(`2024-${String((i % 12) + 1).padStart(2, '0')}-15`)],
        ...(i % 10 === 0 ? { reports: [r.report({ to: 'u0', what: 'Báo cáo', deadlines: [yearly({ month: 11, day: 15 })] })] } : {}),
      }, [r.item('+', `Nội dung ${i}.`)]),
    );
  }
  return () =>
    definePlan({
      registry: r, number: '01/KH-UBND', issuer: 'u0', place: 'Khánh Hòa', issuedOn: '2024-01-02', title: 'KẾ HOẠCH THỬ',
      period: { from: '2024-01-01', to: '2026-12-31' }, body: [r.section('I', 'NHIỆM VỤ', tasks)],
      signature: { form: 'KT', authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' },
    });
}

function measure(fn) {
  globalThis.gc?.();
  const heap = process.memoryUsage().heapUsed;
  const start = performance.now();
  const value = fn();
  const ms = performance.now() - start;
  return { value, ms, heap: (process.memoryUsage().heapUsed - heap) / 2 ** 20 };
}

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const rows = [];
for (const n of sizes) {
  const define = measure(build(n));
  const json = measure(() => stringifyPlan(define.value));
  const parse = measure(() => parsePlan(json.value));
  const duties = measure(() => obligations(parse.value));
  const count = duties.value.dated.length;
  console.log(`${n} tasks: define ${fmt(define.ms)}, parse ${fmt(parse.ms)}, obligations ${fmt(duties.ms)} (${count} duties)`);
  rows.push(
    `| ${n.toLocaleString('en-US')} | ${(json.value.length / 2 ** 20).toFixed(1)} MB | ${fmt(define.ms)} | ${fmt(parse.ms)} | ${parse.heap.toFixed(0)} MB | ${fmt(duties.ms)} | ${count.toLocaleString('en-US')} | ${duties.heap.toFixed(0)} MB |`,
  );
}
updateBenchmarkSection(
  'core',
  [
    '| tasks | JSON size | `definePlan()` | `parsePlan()` of the JSON | heap held | `obligations()` | dated duties | heap held |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n'),
  `node --expose-gc scripts/bench-core.mjs (one run each, Node ${process.version})`,
);
