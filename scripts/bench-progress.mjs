// status() of a progress record against obligations() of the same plan: a 10,000-task plan
// whose duties are answered by 100,000 submissions. Target: status() under 2× obligations()
// (it expands the plan once, then matches submissions, exemptions and statuses in maps).
// Uses the built core; writes its table into docs/benchmarks.md.
import { updateBenchmarkSection } from './benchmarks-doc.mjs';
import { before, definePlan, defineRegistry, indexOccurrences, obligations, parseProgress, status } from '../packages/core/dist/index.js';

const TASKS = Number(process.env.KEHOACH_BENCH_PROGRESS_TASKS ?? 10_000);
const SUBMISSIONS = 100_000;

function buildPlan(n) {
  const units = {};
  for (let i = 0; i < 40; i++) units[`u${i}`] = { name: `Sở số ${i}`, kind: 'department' };
  const r = defineRegistry({ units, groups: { g0: { name: 'Nhóm', members: ['u1', 'u2', 'u3'] } } });
  const tasks = [];
  for (let i = 0; i < n; i++) {
    const month = String((i % 12) + 1).padStart(2, '0');
    tasks.push(
      r.task('-', {
        lead: `u${i % 40}`,
        partners: [`u${(i + 7) % 40}`, r.each('g0')],
        text: `Sở số ${i % 40} chủ trì nhiệm vụ ${i}.`,
        deadlines: [before(`2024-${month}-15`), before(`2025-${month}-15`)],
      }),
    );
  }
  return definePlan({
    registry: r, number: '01/KH-UBND', issuer: 'u0', place: 'Khánh Hòa', issuedOn: '2024-01-02', title: 'KẾ HOẠCH THỬ',
    period: { from: '2024-01-01', to: '2026-12-31' }, body: [r.section('I', 'NHIỆM VỤ', tasks)],
    signature: { form: 'KT', authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' },
  });
}

function buildProgress(plan) {
  const submissions = [];
  const { occurrences } = indexOccurrences(plan);
  outer: for (const entry of occurrences.values()) {
    for (const unit of entry.units) {
      if (submissions.length === SUBMISSIONS) break outer;
      const n = submissions.length;
      // Most a few days early, one in seven a few days late.
      const day = Number(entry.stated.slice(8, 10)) + (n % 7 === 0 ? 3 : -(n % 5) - 2);
      submissions.push({ occurrence: entry.id, unit, received: `${entry.stated.slice(0, 8)}${String(day).padStart(2, '0')}`, document: { number: `${n + 1}/BC-S` } });
    }
  }
  return parseProgress({ schema: 'kehoach/progress@1', plan: plan.id, submissions, statuses: [], measurements: [], exemptions: [] });
}

function best(fn, runs = 3) {
  let ms = Infinity;
  let value;
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const start = performance.now();
    value = fn();
    ms = Math.min(ms, performance.now() - start);
  }
  return { ms, value };
}

const plan = buildPlan(TASKS);
const progress = buildProgress(plan);
const asOf = '2025-12-31';
const o = best(() => obligations(plan));
const s = best(() => status(plan, progress, { asOf }));
const ratio = s.ms / o.ms;
const rows = [
  '| call | tasks | duties | submissions | best of 3 |',
  '| --- | ---: | ---: | ---: | ---: |',
  `| \`obligations(plan)\` | ${TASKS.toLocaleString('en-US')} | ${o.value.dated.length.toLocaleString('en-US')} | | ${o.ms.toFixed(0)} ms |`,
  `| \`status(plan, progress, { asOf })\` | ${TASKS.toLocaleString('en-US')} | ${s.value.counts.total.toLocaleString('en-US')} | ${progress.submissions.length.toLocaleString('en-US')} | ${s.ms.toFixed(0)} ms (${ratio.toFixed(2)}× obligations) |`,
];
console.log(rows.join('\n'));
updateBenchmarkSection('progress', `${rows.join('\n')}\n\nTarget: \`status()\` under 2× \`obligations()\` on the same plan.`, 'node --expose-gc scripts/bench-progress.mjs');
// Reported, not enforced: timings on a shared machine vary too much to fail `pnpm bench` on.
if (ratio >= 2) console.error(`status() took ${ratio.toFixed(2)}× obligations(): above the 2× target`);
