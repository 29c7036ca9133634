// The full check of a JSON plan against the structural check alone: the JSON text of synthetic
// plans of 100, 1,000 and 10,000 tasks goes through `parsePlan()` and `validate()` (recommended
// preset) and, in the same process, through `JSON.parse()` and an Ajv-compiled `planJsonSchema()`.
// Both start from the text, so both pay for JSON.parse. The full check must stay within 2× the
// structural check at 10,000 tasks. Runs against the built `dist/` of core and validator
// (`pnpm build` first) and writes the table into docs/benchmarks.md. Exits 1 above the budget.
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { planJson } from './bench-plans.mjs';
import { updateBenchmarkSection } from './benchmarks-doc.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const load = (p) => import(pathToFileURL(path.join(root, p)).href);
const core = await load('packages/core/dist/index.js');
const { validate, summarize } = await load('packages/validator/dist/index.js');
const require = createRequire(path.join(root, 'packages/validator/package.json'));
const Ajv2020 = require('ajv/dist/2020.js').default;
const addFormats = require('ajv-formats').default;

const sizes = (process.env.KEHOACH_BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
/** Budget of the full check, as a multiple of the structural check, at `BUDGET_TASKS` tasks. */
const LIMIT = 2;
const BUDGET_TASKS = 10000;
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
  const [ajvMs, validateMs] = timePair(() => structural(JSON.parse(text)), () => validate(core.parsePlan(text)), runs);
  const ratio = validateMs / ajvMs;
  if (n === BUDGET_TASKS) worst = Math.max(worst, ratio);
  rows.push({ n, ajvMs, validateMs, ratio, diagnostics: diagnostics.length });
  console.log(`${n} tasks: ajv ${ajvMs.toFixed(2)} ms, validate ${validateMs.toFixed(2)} ms, ratio ${ratio.toFixed(2)}, ${diagnostics.length} diagnostics`);
}

const fmt = (ms) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
const table = [
  '| tasks | structural check (`JSON.parse` + Ajv, `planJsonSchema()`) | full check (`parsePlan()` of the text + `validate()`, recommended) | ratio | diagnostics |',
  '| ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.n.toLocaleString('en-US')} | ${fmt(r.ajvMs)} ms | ${fmt(r.validateMs)} ms | ${r.ratio.toFixed(2)}× | ${r.diagnostics.toLocaleString('en-US')} |`),
  '',
  `Medians of 21 runs (10,000 tasks) or 101 runs (smaller plans), the two checks alternating, after a warm-up of at least 10 runs and one second, in one process. Budget: ${LIMIT}× at ${BUDGET_TASKS.toLocaleString('en-US')} tasks; measured ${worst.toFixed(2)}×.`,
].join('\n');
if (process.env.KEHOACH_BENCH_WRITE !== '0') {
  updateBenchmarkSection('validator', table, `node scripts/bench-validator.mjs (Node ${process.version}, ${os.platform()})`);
}
if (worst > LIMIT) {
  console.error(`bench-validator: the full check took ${worst.toFixed(2)}× the structural check, above the ${LIMIT}× budget`);
  process.exit(1);
}
