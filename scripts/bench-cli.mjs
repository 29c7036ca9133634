// Whole-process cost of the `kehoach` command, side by side with a bare `node -e 0` in the same
// run: CPU time (user + system) and peak memory, as the operating system counts them for each
// child process (read with process.resourceUsage() when the child exits). Measures
//   - `validate examples/khanh-hoa-12127`, with and without --no-exec, against `node -e 0`
//     (runs alternate, and the ratio is the median of the pair-by-pair ratios);
//   - a batch: the CPU of one `validate` of 40 different copies of the example, less one of a
//     single copy, per extra plan;
//   - the peak memory of `validate --format json` of a 100,000-task JSON plan.
// Budgets: 4× `node -e 0`, 60 ms per extra plan, 1 GiB. Uses the built CLI (`pnpm build`
// first); writes its table into docs/benchmarks.md; exits 1 above a budget.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { planJson } from './bench-plans.mjs';
import { updateBenchmarkSection } from './benchmarks-doc.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'packages/cli/dist/bin.js');
const example = path.join(root, 'examples/khanh-hoa-12127');
const work = path.join(root, '.bench', 'cli');
const RUNS = Number(process.env.KEHOACH_BENCH_RUNS ?? 15);
const BATCH = 40;
const BUDGET = { ratio: 4, perPlanMs: 60, peakMiB: 1024 };

// Written by each child as it exits, on file descriptor 3: its own CPU time and peak memory.
const USAGE = `data:text/javascript,${encodeURIComponent(
  "import { writeSync } from 'node:fs'; process.on('exit', () => { const u = process.resourceUsage(); try { writeSync(3, JSON.stringify({ cpu: (u.userCPUTime + u.systemCPUTime) / 1000, rss: u.maxRSS / 1024 })); } catch {} });",
)}`;

/** Runs `node <args>` once and returns its CPU milliseconds and peak MiB. */
function measure(args) {
  const r = spawnSync(process.execPath, ['--import', USAGE, ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 });
  const usage = r.output[3]?.toString();
  if (!usage) throw new Error(`node ${args.join(' ')} reported no usage (exit ${r.status}): ${r.stderr}`);
  return { ...JSON.parse(usage), status: r.status };
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Runs A and B alternately `runs` times after one warm-up each; medians and the median pair ratio. */
function side(a, b, runs = RUNS) {
  measure(a);
  measure(b);
  const as = [];
  const bs = [];
  for (let i = 0; i < runs; i++) {
    as.push(measure(a));
    bs.push(measure(b));
  }
  return {
    a: median(as.map((x) => x.cpu)),
    b: median(bs.map((x) => x.cpu)),
    ratio: median(as.map((x, i) => x.cpu / bs[i].cpu)),
    rss: median(as.map((x) => x.rss)),
    status: as[0].status,
  };
}

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

// 40 copies of the example, each a different plan (its own number and registry text), so nothing is shared.
const planText = readFileSync(path.join(example, 'plan.ts'), 'utf8');
const registryText = readFileSync(path.join(example, 'registry.ts'), 'utf8');
for (let i = 1; i <= BATCH; i++) {
  const dir = path.join(work, `p${String(i).padStart(2, '0')}`);
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'plan.ts'), planText.replace("number: '12127/KH-UBND'", `number: '${12127 + i}/KH-UBND'`));
  writeFileSync(path.join(dir, 'registry.ts'), `${registryText}\n// copy ${i}\n`);
}
const large = path.join(work, 'large.json');
writeFileSync(large, JSON.stringify(planJson(100_000)));

const rows = [];
const node0 = ['-e', '0'];
for (const noExec of [false, true]) {
  const args = [bin, 'validate', path.relative(root, example), ...(noExec ? ['--no-exec'] : [])];
  const r = side(args, node0);
  if (r.status !== 0) throw new Error(`validate of the example exited ${r.status}`);
  rows.push({ what: `\`kehoach validate examples/khanh-hoa-12127${noExec ? ' --no-exec' : ''}\``, cpu: r.a, base: r.b, ratio: r.ratio, rss: r.rss, budget: `≤ ${BUDGET.ratio}× \`node -e 0\``, ok: r.ratio <= BUDGET.ratio });
  console.log(`validate${noExec ? ' --no-exec' : ''}: ${r.a.toFixed(0)} ms CPU, node -e 0: ${r.b.toFixed(0)} ms, ratio ${r.ratio.toFixed(2)}`);
}

for (const noExec of [false, true]) {
  const flags = noExec ? ['--no-exec'] : [];
  const one = side([bin, 'validate', '.bench/cli/p01', ...flags], [bin, 'validate', '.bench/cli/*/plan.ts', ...flags], 5);
  const perPlan = (one.b - one.a) / (BATCH - 1);
  rows.push({ what: `batch of ${BATCH} plans${noExec ? ', --no-exec' : ''}: CPU per extra plan`, cpu: perPlan, base: undefined, ratio: undefined, rss: undefined, budget: `≤ ${BUDGET.perPlanMs} ms`, ok: perPlan <= BUDGET.perPlanMs, detail: `${one.a.toFixed(0)} ms for 1, ${one.b.toFixed(0)} ms for ${BATCH}` });
  console.log(`batch${noExec ? ' --no-exec' : ''}: 1 plan ${one.a.toFixed(0)} ms, ${BATCH} plans ${one.b.toFixed(0)} ms, ${perPlan.toFixed(1)} ms per extra plan`);
}

const peaks = [];
for (let i = 0; i < 3; i++) {
  const r = measure([bin, 'validate', path.relative(root, large), '--format', 'json']);
  if (r.status !== 0 && r.status !== 1) throw new Error(`validate of the 100,000-task plan exited ${r.status}`);
  peaks.push(r);
}
const peak = Math.max(...peaks.map((p) => p.rss));
rows.push({ what: '`kehoach validate --format json` of a 100,000-task JSON plan (41 MB, 52,145 warnings): peak memory', cpu: median(peaks.map((p) => p.cpu)), base: undefined, ratio: undefined, rss: peak, budget: `≤ ${BUDGET.peakMiB} MiB`, ok: peak <= BUDGET.peakMiB });
console.log(`100,000 tasks: peak ${peak.toFixed(0)} MiB, ${median(peaks.map((p) => p.cpu)).toFixed(0)} ms CPU`);
rmSync(work, { recursive: true, force: true });

const ms = (v) => `${v.toFixed(0)} ms`;
const table = [
  '| measured | CPU | `node -e 0` | ratio | peak memory | budget | within |',
  '| --- | ---: | ---: | ---: | ---: | --- | --- |',
  ...rows.map(
    (r) =>
      `| ${r.what} | ${r.detail === undefined ? ms(r.cpu) : `${r.cpu.toFixed(1)} ms (${r.detail})`} | ${r.base === undefined ? '' : ms(r.base)} | ${r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}×`} | ${r.rss === undefined ? '' : `${r.rss.toFixed(0)} MiB`} | ${r.budget} | ${r.ok ? 'yes' : '**no**'} |`,
  ),
  '',
  `Medians of ${RUNS} runs of each command, alternating with \`node -e 0\` (ratios are medians of the pair-by-pair ratios); batches: medians of 5; the 100,000-task plan: the largest peak of 3 runs.`,
].join('\n');
if (process.env.KEHOACH_BENCH_WRITE !== '0') {
  updateBenchmarkSection('cli', table, `node scripts/bench-cli.mjs (Node ${process.version}, ${os.platform()})`);
}
const over = rows.filter((r) => !r.ok);
if (over.length > 0) {
  console.error(`bench-cli: over budget: ${over.map((r) => r.what).join('; ')}`);
  process.exit(1);
}
