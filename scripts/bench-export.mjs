// Export speed and memory: toIcs (the plan calendar and one unit's calendar) and toHtml on
// synthetic plans of 100, 1,000 and 10,000 tasks, built with the DSL of the built
// packages/core/dist and exported with the built packages/export/dist (run `pnpm build`
// first; `pnpm bench` does). Prints the table and writes it into docs/benchmarks.md.
//
//   node scripts/bench-export.mjs            # sizes 100,1000,10000
//   KEHOACH_BENCH_SIZES=100,1000 node scripts/bench-export.mjs
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { updateBenchmarkSection } from './benchmarks-doc.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Heap figures need an explicit collection before each run: re-run with --expose-gc.
if (typeof globalThis.gc !== 'function') {
  const result = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}

for (const pkg of ['core', 'export']) {
  if (!existsSync(path.join(root, 'packages', pkg, 'dist', 'index.js'))) {
    console.error(`packages/${pkg}/dist is missing: run \`pnpm build\` first.`);
    process.exit(1);
  }
}
const core = await import(pathToFileURL(path.join(root, 'packages/core/dist/index.js')).href);
const exporter = await import(pathToFileURL(path.join(root, 'packages/export/dist/index.js')).href);

const sizes = (process.env.KEHOACH_BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const UNITS = 40;
const GROUPS = 6;
const TASKS_PER_SECTION = 50;

/**
 * A plan of `n` tasks in sections of 50 under six parts. Each task has a lead, a partner unit
 * and a partner group ("có liên quan"), a sub-item, and a deadline: most a date, some yearly
 * or quarterly, a few event-triggered; every tenth carries a yearly report through a collector.
 */
function syntheticPlan(n) {
  const units = {};
  for (let i = 0; i < UNITS; i++) units[`u${i}`] = { name: `Sở số ${i} của tỉnh Thử Nghiệm`, short: `Sở ${i}`, kind: i < 30 ? 'department' : 'district' };
  const groups = {};
  for (let g = 0; g < GROUPS; g++) groups[`g${g}`] = { name: `Nhóm đơn vị số ${g}`, members: Array.from({ length: 6 }, (_, k) => `u${(g * 6 + k) % UNITS}`) };
  const r = core.defineRegistry({ units, groups });
  const deadline = (i) => {
    const kind = i % 20;
    if (kind < 14) return core.before(`${2024 + (i % 3)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`);
    if (kind < 17) return core.yearly((i % 12) + 1, (i % 28) + 1);
    if (kind < 19) return core.quarterly({ monthOfQuarter: 3, day: 20 });
    return core.when('khi xảy ra thiên tai');
  };
  const sections = [];
  for (let s = 0; s * TASKS_PER_SECTION < n; s++) {
    const tasks = [];
    for (let i = s * TASKS_PER_SECTION; i < Math.min(n, (s + 1) * TASKS_PER_SECTION); i++) {
      tasks.push(
        r.task(
          '-',
          {
            lead: `u${i % UNITS}`,
            partners: [`u${(i + 7) % UNITS}`, r.related(`g${i % GROUPS}`)],
            text: `Sở số ${i % UNITS} chủ trì, phối hợp với các sở, ngành có liên quan thực hiện nhiệm vụ số ${i}: nâng cao chất lượng dịch vụ công; báo cáo kết quả.`,
            deadlines: [deadline(i)],
            ...(i % 10 === 0 ? { reports: [r.report({ to: 'u0', via: 'u1', what: `Báo cáo kết quả nhiệm vụ số ${i}`, deadlines: [core.yearly({ month: 11, day: 15 })] })] } : {}),
          },
          [r.item('+', `Nội dung cụ thể của nhiệm vụ số ${i}.`)],
        ),
      );
    }
    sections.push(r.section(String(s + 1), `Nhóm nhiệm vụ số ${s + 1}`, tasks));
  }
  const parts = [];
  const perPart = Math.ceil(sections.length / 6);
  for (let p = 0; p < 6 && p * perPart < sections.length; p++) {
    parts.push(r.section(['I', 'II', 'III', 'IV', 'V', 'VI'][p], `PHẦN ${p + 1}`, sections.slice(p * perPart, (p + 1) * perPart), { role: 'tasks' }));
  }
  return core.definePlan({
    registry: r,
    number: '01/KH-UBND',
    issuer: 'u0',
    place: 'Thử Nghiệm',
    issuedOn: '2024-01-02',
    title: 'KẾ HOẠCH THỬ HIỆU NĂNG',
    period: { from: '2024-01-01', to: '2026-12-31' },
    body: parts,
    recipients: [{ text: 'Các sở, ngành' }, { text: 'Lưu: VT', archive: true }],
    signature: { form: 'KT', authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' },
  });
}

/** Median time and peak heap growth of `fn` over `runs` runs, and the size of its output. */
function measure(fn, runs) {
  const times = [];
  let heap = 0;
  let bytes = 0;
  for (let k = 0; k < runs; k++) {
    globalThis.gc();
    const before = process.memoryUsage().heapUsed;
    const start = process.hrtime.bigint();
    const out = fn();
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    heap = Math.max(heap, process.memoryUsage().heapUsed - before);
    bytes = Buffer.byteLength(out, 'utf8');
    times.push(ms);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], heap, bytes };
}

const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`);
const fmtMb = (b) => `${(b / 2 ** 20).toFixed(b < 2 ** 20 ? 2 : 1)} MB`;

const rows = [];
for (const n of sizes) {
  const plan = syntheticPlan(n);
  const runs = n >= 10_000 ? 3 : 7;
  const dated = core.obligations(plan).dated.length;
  const ics = measure(() => exporter.toIcs(plan), runs);
  const unit = measure(() => exporter.toIcs(plan, { unit: 'u3', dates: 'effective' }), runs);
  const html = measure(() => exporter.toHtml(plan), runs);
  rows.push(
    `| ${n.toLocaleString('en-US')} | ${dated.toLocaleString('en-US')} | ${fmtMs(ics.ms)} | ${fmtMb(ics.heap)} | ${fmtMb(ics.bytes)} | ${fmtMs(unit.ms)} | ${fmtMs(html.ms)} | ${fmtMb(html.heap)} | ${fmtMb(html.bytes)} |`,
  );
  console.log(rows.at(-1));
}

const table = [
  '| tasks | dated duties | `toIcs` plan | heap growth | ICS size | `toIcs` one unit, effective dates | `toHtml` | heap growth | HTML size |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows,
].join('\n');
console.log(`\n${table}`);
updateBenchmarkSection('export', table, `node scripts/bench-export.mjs (median of 7 runs, 3 at 10,000 tasks; Node ${process.version})`);
