import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const coreIndex = path.resolve(import.meta.dirname, '../src/index.ts');
const dir = mkdtempSync(path.join(os.tmpdir(), 'kehoach-types-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function generatePlan(tasks: number, typo?: number): string {
  const units = Array.from({ length: 30 }, (_, i) => `    u${i}: { name: 'Sở ${i}', kind: 'department' },`).join('\n');
  const body = Array.from({ length: tasks }, (_, i) => {
    const lead = i === typo ? 'u_typo' : `u${i % 30}`;
    return `      r.task('-', { lead: '${lead}', partners: ['u${(i + 1) % 30}', r.related('g0')], text: 'Nhiệm vụ ${i}', deadlines: [before('2024-05-0${(i % 9) + 1}')] }, [r.item('+', 'Nội dung ${i}')]),`;
  }).join('\n');
  return `import { before, definePlan, defineRegistry } from '@kehoach/core';
const r = defineRegistry({
  units: {
${units}
  },
  groups: { g0: { name: 'Nhóm', members: ['u1', 'u2'] } },
});
export default definePlan({
  registry: r, number: '01/KH-UBND', issuer: 'u0', place: 'X', issuedOn: '2024-01-02', title: 'T',
  period: { from: '2024-01-01', to: '2024-12-31' },
  body: [r.section('I', 'NHIỆM VỤ', [
${body}
  ])],
  signature: { form: 'none', title: 'CHỦ TỊCH', name: 'A' },
});
`;
}

function diagnosticsOf(source: string): string[] {
  const file = path.join(dir, `plan-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(file, source);
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    types: [],
    paths: { '@kehoach/core': [coreIndex] },
  });
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(file))
    .map((d) => `${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

describe('a generated plan of 1,000 tasks', () => {
  it('type-checks without "excessively deep" or any other error', () => {
    expect(diagnosticsOf(generatePlan(1000))).toEqual([]);
  });

  it('still reports a misspelt unit key deep inside it', () => {
    const errors = diagnosticsOf(generatePlan(1000, 777));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^2322: .*"u_typo"/s);
  });
});
