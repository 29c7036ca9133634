import { describe, it } from 'vitest';
import { noLaterThan } from '@kehoach/core';
import { RuleTester } from '../../../testing/rule-tester.js';
import { cleanPlan, mutate, r } from '../../../../test/plan-fixture.js';
import { reportingChain } from './chain.rule.js';

const reports = (...list: Parameters<typeof r.report>[0][]) =>
  cleanPlan({ body: [r.section('I', 'BÁO CÁO', [r.item('', 'Báo cáo.', { reports: list.map((x) => r.report(x)) })])] });
const at = (i: number) => ['body', 0, 'children', 0, 'reports', i];
const due = [noLaterThan('2024-11-14')];

new RuleTester({ describe, it }).run(reportingChain, {
  valid: [
    { name: 'a group reports through one of its members', plan: cleanPlan() },
    { name: 'a chain without loops', plan: reports({ from: 'huyenX', to: 'soA', what: 'BC huyện', deadlines: due }, { from: 'soA', to: 'ubnd', what: 'BC tổng hợp', deadlines: due }) },
  ],
  invalid: [
    {
      name: 'undeclared addressee and collector',
      plan: mutate(reports({ from: 'soA', to: 'ubnd', via: 'soB', what: 'BC', deadlines: due }), (p) => {
        const rule = (p.body[0] as { children: { reports: { to: string; via: string }[] }[] }).children[0]!.reports[0]!;
        rule.to = 'ubndTinh';
        rule.via = 'vanPhong';
      }),
      errors: [
        { messageId: 'unknownAddressee', path: [...at(0), 'to'], data: { unit: 'ubndTinh' } },
        { messageId: 'unknownVia', path: [...at(0), 'via'], data: { unit: 'vanPhong' } },
      ],
    },
    {
      name: 'a unit reports to and through itself',
      plan: reports({ from: 'soA', to: 'soA', what: 'BC', deadlines: due }, { from: 'soB', to: 'ubnd', via: 'soB', what: 'BC 2', deadlines: due }),
      errors: [
        { messageId: 'self', path: [...at(0), 'to'], data: { unit: 'Sở A' } },
        { messageId: 'viaSelf', path: [...at(1), 'via'], data: { unit: 'Sở B' } },
      ],
    },
    {
      name: 'a loop through a collector',
      plan: reports({ from: 'soA', to: 'ubnd', via: 'soB', what: 'BC A', deadlines: due }, { from: 'soB', to: 'ubnd', via: 'soA', what: 'BC B', deadlines: due }),
      errors: [{ messageId: 'cycle', path: at(0), data: { chain: { vi: 'Sở B → Sở A → Sở B', en: 'Sở B → Sở A → Sở B' } } }],
    },
  ],
});
