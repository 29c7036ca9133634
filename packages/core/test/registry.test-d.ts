import { describe, expectTypeOf, it } from 'vitest';
import { defineRegistry, definePlan, type Plan } from '../src/index.js';

const r = defineRegistry({
  units: {
    ubnd: { name: 'UBND tỉnh', kind: 'people-committee' },
    soYTe: { name: 'Sở Y tế', kind: 'department', successors: ['ubnd'] },
  },
  groups: {
    soNganh: { name: 'Các sở, ngành', members: ['soYTe'] },
  },
});

describe('unit keys are typed', () => {
  it('accepts declared unit and group keys', () => {
    r.task('-', { lead: 'soYTe', partners: ['soNganh', r.related('ubnd')], text: 'x' });
    r.task('-', { lead: r.each('soNganh'), text: 'x' });
    r.report({ to: 'ubnd', via: 'soYTe', cc: ['soNganh'], what: 'x' });
  });

  it('rejects a misspelt unit key at compile time', () => {
    // @ts-expect-error 'soYte' is not a declared key
    r.task('-', { lead: 'soYte', text: 'x' });
    // @ts-expect-error misspelt partner
    r.task('-', { lead: 'soYTe', partners: ['soNgnah'], text: 'x' });
    // @ts-expect-error misspelt report addressee
    r.report({ to: 'ubndd', what: 'x' });
    // @ts-expect-error each() takes group keys only
    r.each('soYTe');
  });

  it('checks keys inside the registry itself', () => {
    defineRegistry({
      // @ts-expect-error successor must be a declared unit
      units: { a: { name: 'A', kind: 'department', successors: ['b'] } },
    });
    defineRegistry({
      units: { a: { name: 'A', kind: 'department' } },
      // @ts-expect-error group member must be declared
      groups: { g: { name: 'G', members: ['a', 'z'] } },
    });
  });

  it('types the issuer and returns the plan model', () => {
    const plan = definePlan({
      registry: r,
      number: '01/KH-UBND',
      issuer: 'ubnd',
      place: 'X',
      issuedOn: '2024-01-02',
      title: 'T',
      period: { from: '2024-01-01', to: '2024-12-31' },
      body: [],
      signature: { form: 'none', title: 'CHỦ TỊCH', name: 'A' },
    });
    expectTypeOf(plan).toEqualTypeOf<Plan>();
    definePlan({
      registry: r,
      number: '01/KH-UBND',
      // @ts-expect-error unknown issuer
      issuer: 'ubndd',
      place: 'X',
      issuedOn: '2024-01-02',
      title: 'T',
      period: { from: '2024-01-01', to: '2024-12-31' },
      body: [],
      signature: { form: 'none', title: 'CHỦ TỊCH', name: 'A' },
    });
  });
});
