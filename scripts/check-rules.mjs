#!/usr/bin/env node
// Checks that every validator rule is complete: for each folder
// packages/validator/src/rules/<category>/<name>/ there must be <name>.rule.ts declaring the id
// <category>/<name>, <name>.test.ts running the rule tester with valid and invalid cases, a doc
// page docs/rules/<category>/<name>.md with a Correct and an Incorrect example, an entry in both
// presets and a registration in the rule registry; and every registered rule must have a folder.
// Usage: node scripts/check-rules.mjs [--root <repository root>]. Exits 1 with the list of problems.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const rootIndex = args.indexOf('--root');
const root = rootIndex >= 0 ? path.resolve(args[rootIndex + 1]) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rulesDir = path.join(root, 'packages/validator/src/rules');
const read = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
const registry = read(path.join(rulesDir, 'index.ts'));
const presets = read(path.join(root, 'packages/validator/src/presets.ts'));

const problems = [];
const ids = [];
for (const category of existsSync(rulesDir) ? readdirSync(rulesDir).sort() : []) {
  const categoryDir = path.join(rulesDir, category);
  if (!statSync(categoryDir).isDirectory()) continue;
  for (const name of readdirSync(categoryDir).sort()) {
    const dir = path.join(categoryDir, name);
    if (!statSync(dir).isDirectory()) continue;
    const id = `${category}/${name}`;
    ids.push(id);
    const ruleFile = path.join(dir, `${name}.rule.ts`);
    const testFile = path.join(dir, `${name}.test.ts`);
    const docFile = path.join(root, 'docs/rules', category, `${name}.md`);
    const rule = read(ruleFile);
    if (rule === '') problems.push(`${id}: missing rule file ${path.relative(root, ruleFile)}`);
    else if (!rule.includes(`id: '${id}'`)) problems.push(`${id}: ${path.relative(root, ruleFile)} does not declare id '${id}'`);
    const test = read(testFile);
    if (test === '') problems.push(`${id}: missing test file ${path.relative(root, testFile)}`);
    else if (!/RuleTester/.test(test) || !/\bvalid:/.test(test) || !/\binvalid:/.test(test)) {
      problems.push(`${id}: ${path.relative(root, testFile)} does not run the rule tester with valid and invalid cases`);
    }
    const doc = read(docFile);
    if (doc === '') problems.push(`${id}: missing doc page ${path.relative(root, docFile)}`);
    else {
      if (!/^#{2,3} Correct\b/m.test(doc)) problems.push(`${id}: ${path.relative(root, docFile)} has no "## Correct" example`);
      if (!/^#{2,3} Incorrect\b/m.test(doc)) problems.push(`${id}: ${path.relative(root, docFile)} has no "## Incorrect" example`);
      if ((doc.match(/```/g) ?? []).length < 4) problems.push(`${id}: ${path.relative(root, docFile)} needs a code block in each example`);
    }
    const presetEntries = presets.split(`'${id}':`).length - 1;
    if (presetEntries < 2) problems.push(`${id}: not in both presets (recommended and strict) of packages/validator/src/presets.ts`);
    if (!registry.includes(`'${id}':`)) problems.push(`${id}: not registered in packages/validator/src/rules/index.ts`);
  }
}
for (const m of registry.matchAll(/^\s+'([a-z-]+\/[a-z-]+)':/gm)) {
  if (!ids.includes(m[1])) problems.push(`${m[1]}: registered, but there is no folder packages/validator/src/rules/${m[1]}/`);
}
if (ids.length === 0) problems.push(`no rule folders under ${path.relative(root, rulesDir) || rulesDir}`);

if (problems.length > 0) {
  console.error(`check-rules: ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`check-rules: ${ids.length} rules, each with its rule, test, doc page, preset entries and registration.`);
