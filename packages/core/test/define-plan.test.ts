import { describe, expect, it } from 'vitest';
import { before, defineRegistry, definePlan, findNode, isPlanError, parsePlan, stringifyPlan, walkPlan } from '../src/index.js';
import { r, samplePlan } from './fixtures.js';

describe('definePlan', () => {
  it('derives stable ids from the numbering', () => {
    const plan = samplePlan();
    const ids = [...walkPlan(plan)].map(({ node }) => node.id);
    expect(ids).toEqual(['I', 'I.a', 'I.dd', 'II', 'II.d1', 'II.d1.p1', 'II.d1.p2', 'II.d2', 'II.d3', 'II.t1', 'III', 'III.t1']);
  });

  it('keeps an explicit id and numbers the siblings as if it were derived', () => {
    const plan = samplePlan({
      body: [r.section('I', 'A', [r.item('-', 'x', { id: 'custom' }), r.item('-', 'y')])],
    });
    expect([...walkPlan(plan)].map(({ node }) => node.id)).toEqual(['I', 'custom', 'I.d2']);
  });

  it('spells out assignments, modes and defaults', () => {
    const task = findNode(samplePlan(), 'II.d1');
    expect(task).toMatchObject({
      type: 'task',
      bullet: '-',
      lead: { unit: 'soA' },
      partners: [{ unit: 'soNganh', qualifier: 'có liên quan' }, { unit: 'huyen' }],
      mode: 'assign',
      deadlines: [{ kind: 'date', date: '2022-04-30', wording: 'before' }],
    });
    const paragraph = findNode(samplePlan(), 'II.t1');
    expect(paragraph).toMatchObject({ mode: 'request' });
    expect(paragraph && ('number' in paragraph || 'bullet' in paragraph)).toBe(false);
  });

  it('gives reporting rules and legal references ids', () => {
    const plan = samplePlan();
    expect(findNode(plan, 'III.t1')).toMatchObject({ reports: [{ id: 'III.t1/r1', to: 'ubnd', via: 'soB', cc: ['soA'] }] });
    expect(plan.legal).toEqual([{ id: '20-2021-nd-cp', number: '20/2021/NĐ-CP', kind: 'Nghị định', date: '2021-03-15', role: 'pursuant' }]);
    const derived = samplePlan({ legal: [{ number: '161/QĐ-TTg' }, { number: '39-CT/TW' }, { number: 'not a number' }] }).legal;
    expect(derived.map((l) => [l.id, l.kind])).toEqual([['161-qd-ttg', 'Quyết định'], ['39-ct-tw', undefined], ['not-a-number', undefined]]);
    expect(plan.id).toBe('05-kh-ubnd-2022');
    expect(plan.type).toBe('KH');
  });

  it('sets authority from the unit kind unless stated', () => {
    const plan = samplePlan();
    expect(plan.units.find((u) => u.key === 'doan')?.authority).toBe('external');
    expect(plan.units.find((u) => u.key === 'soA')?.authority).toBe('internal');
  });

  it('returns frozen plain data', () => {
    const plan = samplePlan();
    expect(Object.isFrozen(plan)).toBe(true);
    expect(Object.isFrozen(plan.body[0])).toBe(true);
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });

  it('is deterministic and round-trips through JSON byte for byte', () => {
    const a = stringifyPlan(samplePlan());
    const b = stringifyPlan(samplePlan());
    expect(a).toBe(b);
    expect(stringifyPlan(parsePlan(a))).toBe(a);
    expect(a.endsWith('}\n')).toBe(true);
  });

  it('throws one PlanError listing every problem', () => {
    let caught: unknown;
    try {
      definePlan({
        registry: r,
        number: '05/KH-UBND',
        issuer: 'ubnd',
        place: 'X',
        issuedOn: '2021-02-30',
        title: '',
        period: { from: '2022-01-01', to: '2024-13-31' },
        body: [],
        signature: { form: 'KT', title: 'PHÓ CHỦ TỊCH', name: 'A' },
      });
    } catch (error) {
      caught = error;
    }
    expect(isPlanError(caught)).toBe(true);
    if (!isPlanError(caught)) return;
    expect(caught.problems.map((p) => [p.code, p.path.join('.')])).toEqual([
      ['schema/invalid-date', 'issuedOn'],
      ['schema/empty', 'title'],
      ['schema/invalid-date', 'period.to'],
    ]);
    expect(caught.problems[0]?.message.vi).toContain('issuedOn');
  });

  it('keeps waivers on nodes and on the plan, with their reasons', () => {
    const plan = samplePlan({
      body: [r.section('I', 'A', [r.task('-', { lead: 'soA', text: 'x', waivers: [{ rule: 'date/non-working-day', reason: 'Ngày làm bù' }] })])],
      waivers: [{ rule: 'form/recipient-coverage', target: 'doan', reason: 'Gửi riêng' }],
    });
    expect(findNode(plan, 'I.d1')?.waivers).toEqual([{ rule: 'date/non-working-day', reason: 'Ngày làm bù' }]);
    expect(plan.waivers).toEqual([{ rule: 'form/recipient-coverage', target: 'doan', reason: 'Gửi riêng' }]);
  });

  it('normalises text to NFC', () => {
    const nfd = 'Sở Y tế'.normalize('NFD');
    const plan = samplePlan({ title: nfd });
    expect(plan.title).toBe('Sở Y tế'.normalize('NFC'));
    expect(plan.title).not.toBe(nfd);
  });

  describe('refuses misspelt properties instead of dropping them', () => {
    const problemsOf = (build: () => unknown) => {
      try {
        build();
      } catch (error) {
        if (isPlanError(error)) return error.problems.map((p) => [p.code, p.path.join('.'), p.suggestion]);
      }
      throw new Error('expected a PlanError');
    };
    // Plain JavaScript, or TypeScript that is not type-checked, can pass any property.
    const loose = <T,>(value: T): T => value;

    it('in task input, nested reports, deadlines and targets', () => {
      expect(
        problemsOf(() =>
          samplePlan({
            body: [
              r.section('I', 'A', [
                r.task('1', loose({ lead: 'soA', text: 'x', report: [], partner: ['soB'] } as unknown as Parameters<typeof r.task>[1])),
                r.task('2', {
                  lead: 'soA',
                  text: 'y',
                  reports: [r.report(loose({ to: 'ubnd', what: 'z', deadline: [] } as unknown as Parameters<typeof r.report>[0]))],
                  deadlines: [before('2022-05-05', loose({ txt: 'trước ngày 05/5/2022' } as { text?: string }))],
                  targets: [r.target(loose({ metric: 'm', direction: 'increase', valeu: 3 } as unknown as Parameters<typeof r.target>[0]))],
                }),
              ]),
            ],
          }),
        ),
      ).toEqual([
        ['schema/unknown-field', 'body.0.children.0.report', 'reports'],
        ['schema/unknown-field', 'body.0.children.0.partner', 'partners'],
        ['schema/unknown-field', 'body.0.children.1.deadlines.0.txt', 'text'],
        ['schema/unknown-field', 'body.0.children.1.reports.0.deadline', 'deadlines'],
        ['schema/unknown-field', 'body.0.children.1.targets.0.valeu', 'value'],
      ]);
    });

    it('in the registry and at the top of the plan, with a message in both languages', () => {
      const misspelt = defineRegistry(
        loose({ units: { ubnd: { name: 'UBND', kind: 'people-committee', shortName: 'UBND tỉnh' } } } as unknown as Parameters<typeof defineRegistry>[0]),
      );
      try {
        samplePlan(loose({ registry: misspelt, issuer: 'ubnd', body: [], recipient: [] } as unknown as Parameters<typeof samplePlan>[0]));
        throw new Error('expected a PlanError');
      } catch (error) {
        if (!isPlanError(error)) throw error;
        expect(error.problems.map((p) => [p.path.join('.'), p.suggestion])).toEqual([
          ['units.0.shortName', 'short'],
          ['recipient', 'recipients'],
        ]);
        expect(error.problems[0]!.message).toEqual({
          vi: 'Trường "shortName" không được hỗ trợ tại units[0]; có phải ý bạn là "short"?',
          en: 'Unknown field "shortName" at units[0]; did you mean "short"?',
        });
      }
    });

    it('gives no suggestion when nothing is close', () => {
      expect(problemsOf(() => samplePlan(loose({ colour: 'red' } as unknown as Parameters<typeof samplePlan>[0])))).toEqual([
        ['schema/unknown-field', 'colour', undefined],
      ]);
    });
  });
});
