import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { childId, createSegmentCounter, parsePlan, stringifyPlan, type Plan } from '@kehoach/core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import example from '../../../examples/khanh-hoa-12127/plan.js';
import { CliError } from '../src/cli-error.js';
import { diffCommand } from '../src/diff/command.js';
import { diffPlans, formatDiff, type PlanDiff } from '../src/diff/index.js';
import { arbitraryPlan } from './arbitrary-plan.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- plan JSON is edited freely here */
type Json = any;

/**
 * A copy of the reference plan with `edit` applied to its JSON (nodes found by their
 * original ids), then ids derived again from the numbering as definePlan() would, then
 * read back with parsePlan().
 */
function amend(edit: (plan: Json, node: (id: string) => Json) => void): Plan {
  const data = JSON.parse(stringifyPlan(example)) as Json;
  const node = (id: string): Json => {
    const found = findNode(data.body, id);
    if (found === undefined) throw new Error(`no node ${id}`);
    return found.node;
  };
  edit(data, node);
  reindex(data.body, undefined);
  return parsePlan(data);
}

function findNode(nodes: Json[], id: string): { node: Json; siblings: Json[] } | undefined {
  for (const node of nodes) {
    if (node.id === id) return { node, siblings: nodes };
    const inner = node.children === undefined ? undefined : findNode(node.children, id);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

function removeNode(data: Json, id: string): Json {
  const { node, siblings } = findNode(data.body, id)!;
  siblings.splice(siblings.indexOf(node), 1);
  return node;
}

function reindex(nodes: Json[], parentId: string | undefined): void {
  const segment = createSegmentCounter();
  for (const node of nodes) {
    node.id = childId(parentId, segment(node));
    node.reports?.forEach((r: Json, i: number) => (r.id = `${node.id}/r${i + 1}`));
    node.targets?.forEach((t: Json, i: number) => (t.id = `${node.id}/t${i + 1}`));
    if (node.children !== undefined) reindex(node.children, node.id);
  }
}

const kindsAndIds = (diff: PlanDiff) => diff.changes.map((c) => [c.kind, c.id]);

describe('diffPlans: an amendment of the reference plan', () => {
  const amended = amend((plan, node) => {
    // 1. III.3.d2 (Tỉnh đoàn, rác thải) moves to the end of III.4, where it becomes III.4.d7;
    //    III.3.d3 becomes III.3.d2, which is a consequence, not a change.
    const moved = removeNode(plan, 'III.3.d2');
    node('III.4').children.push(moved);
    // 2. The lead of III.2.d1 changes from Sở LĐTBXH to Sở Nội vụ.
    node('III.2.d1').lead = { unit: 'soNoiVu' };
    // 3. A partner joins III.5.d1.
    node('III.5.d1').partners.push({ unit: 'soVhtt' });
    // 4. The 20/12/2021 deadline of V.1.a's report becomes 31/12/2021.
    node('V.1.a').reports[0].deadlines[0] = { kind: 'date', date: '2021-12-31', wording: 'before', text: 'trước ngày 31/12/2021' };
    // 5. A new task V.2.c.
    node('V.2').children.push({
      type: 'task',
      id: '',
      number: 'c',
      text: 'Chủ trì tổng hợp, đánh giá việc sắp xếp tổ chức bộ máy liên quan đến Kế hoạch.',
      lead: { unit: 'soNoiVu' },
      partners: [],
      mode: 'assign',
      deadlines: [{ kind: 'date', date: '2025-06-30', wording: 'no-later-than' }],
    });
    // 6. The last "+" item of III.4.d4 is removed.
    removeNode(plan, 'III.4.d4.p3');
    // 7. The yearly report of VI goes through Sở Nội vụ instead of Sở LĐTBXH.
    node('VI.t1').reports[0].via = 'soNoiVu';
    // 8. Sở Ngoại vụ ends on 28/02/2025.
    plan.units.find((u: Json) => u.key === 'soNgoaiVu').validUntil = '2025-02-28';
  });
  const diff = diffPlans(example, amended);

  it('finds exactly the amendments, in document order, removals after', () => {
    expect(kindsAndIds(diff)).toEqual([
      ['task/lead', 'III.2.d1'],
      ['node/moved', 'III.4.d7'],
      ['task/partners', 'III.5.d1'],
      ['deadline/changed', 'V.1.a/r1'],
      ['node/added', 'V.2.c'],
      ['report/changed', 'VI.t1/r1'],
      ['node/removed', 'III.4.d4.p3'],
      ['unit/changed', 'soNgoaiVu'],
    ]);
  });

  it('carries the values before and after, and where they are', () => {
    const [lead, moved, partners, deadline, added, via, removed, unit] = diff.changes;
    expect(lead).toMatchObject({ field: 'lead', path: ['body', 2, 'children', 1, 'children', 0, 'lead'], before: { unit: 'soLdtbxh' }, after: { unit: 'soNoiVu' } });
    expect(lead!.section).toEqual({ id: 'III', heading: 'III. NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN' });
    expect(moved).toMatchObject({ before: 'III.3.d2', after: 'III.4.d7' });
    expect((partners!.after as unknown[]).length).toBe(3);
    expect(deadline).toMatchObject({ before: { date: '2021-12-20' }, after: { date: '2021-12-31' } });
    expect(added).toMatchObject({ path: ['body', 4, 'children', 1, 'children', 2], after: { type: 'task', lead: { unit: 'soNoiVu' } } });
    expect(via).toMatchObject({ field: 'via', before: 'soLdtbxh', after: 'soNoiVu' });
    expect(removed).toMatchObject({ path: ['body', 2, 'children', 3, 'children', 3, 'children', 2], before: { type: 'item' } });
    expect(unit).toMatchObject({ field: 'validUntil', path: ['units', 21, 'validUntil'], after: '2025-02-28' });
    expect(unit!.before).toBeUndefined();
  });

  it('reads as one line per change, grouped by part (Vietnamese by default)', () => {
    expect(formatDiff(diff)).toBe(
      [
        '8 thay đổi',
        '',
        'III. NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN',
        '~ III.2.d1  chủ trì: Sở LĐTBXH → Sở Nội vụ',
        '→ III.3.d2 chuyển đến III.4.d7',
        '~ III.5.d1  phối hợp: + Sở VH&TT',
        '- III.4.d4.p3  bỏ nội dung: “Tăng cường công tác phòng, chống HIV/AIDS; sẵn sàng ứng phó…”',
        '',
        'V. TỔ CHỨC THỰC HIỆN',
        '~ V.1.a/r1  thời hạn: trước ngày 20/12/2021 → trước ngày 31/12/2021',
        '+ V.2.c  thêm nhiệm vụ: “Chủ trì tổng hợp, đánh giá việc sắp xếp tổ chức bộ máy liên…” (chủ trì: Sở Nội vụ)',
        '',
        'VI. CHẾ ĐỘ BÁO CÁO',
        '~ VI.t1/r1  báo cáo “Báo cáo kết quả triển khai Kế hoạch” — qua: Sở LĐTBXH → Sở Nội vụ',
        '',
        'Đơn vị và nhóm',
        '~ soNgoaiVu  hiệu lực đến: (không có) → 28/02/2025',
        '',
      ].join('\n'),
    );
  });

  it('reads in English', () => {
    const text = formatDiff(diff, { format: 'text', locale: 'en' });
    expect(text.split('\n')).toEqual(
      expect.arrayContaining([
        '8 changes',
        '~ III.2.d1  lead: Department of Labour, Invalids and Social Affairs → Department of Home Affairs',
        '→ III.3.d2 moved to III.4.d7',
        '~ V.1.a/r1  deadlines: before 20/12/2021 → before 31/12/2021',
        'Units and groups',
        '~ soNgoaiVu  valid until: (none) → 28/02/2025',
      ]),
    );
  });

  it('prints stable JSON: the diff as data, both languages', () => {
    const json = formatDiff(diff, { format: 'json' });
    expect(json).toBe(formatDiff(diffPlans(example, amended), { format: 'json', locale: 'en' }));
    expect(json.endsWith('}\n')).toBe(true);
    const data = JSON.parse(json) as PlanDiff;
    expect(data).toEqual(diff);
    expect(Object.keys(data.changes[0]!)).toEqual(['kind', 'id', 'field', 'path', 'section', 'before', 'after', 'message']);
    expect(data.changes[0]!.message).toEqual({ vi: 'chủ trì: Sở LĐTBXH → Sở Nội vụ', en: 'lead: Department of Labour, Invalids and Social Affairs → Department of Home Affairs' });
  });

  it('reports the reverse amendment from the other side', () => {
    expect(kindsAndIds(diffPlans(amended, example))).toEqual([
      ['task/lead', 'III.2.d1'],
      ['node/moved', 'III.3.d2'],
      ['node/added', 'III.4.d4.p3'],
      ['task/partners', 'III.5.d1'],
      ['deadline/changed', 'V.1.a/r1'],
      ['report/changed', 'VI.t1/r1'],
      ['node/removed', 'V.2.c'],
      ['unit/changed', 'soNgoaiVu'],
    ]);
  });
});

describe('diffPlans: small cases', () => {
  it('finds nothing between a plan and itself, or its JSON', () => {
    expect(diffPlans(example, example)).toEqual({ changes: [] });
    expect(diffPlans(example, parsePlan(stringifyPlan(example))).changes).toEqual([]);
    expect(formatDiff(diffPlans(example, example))).toBe('Không có thay đổi.\n');
    expect(formatDiff(diffPlans(example, example), { locale: 'en' })).toBe('No changes.\n');
    expect(formatDiff(diffPlans(example, example), { format: 'json' })).toBe('{\n  "changes": []\n}\n');
  });

  it('reports a pure wording edit as node/text only, with a word-level excerpt', () => {
    const edited = amend((_plan, node) => {
      const task = node('III.4.d1');
      task.text = task.text.replace('sóng thần, địch họa...', 'sóng thần, dịch họa...');
    });
    const diff = diffPlans(example, edited);
    expect(kindsAndIds(diff)).toEqual([['node/text', 'III.4.d1']]);
    expect(diff.changes[0]!.field).toBe('text');
    expect(diff.changes[0]!.message.vi).toBe('nội dung: “…lũ, sóng thần, địch họa...), Sở…” → “…lũ, sóng thần, dịch họa...), Sở…”');
  });

  it('does not report the renumbering a new first task causes, unless asked', () => {
    const inserted = amend((_plan, node) => {
      node('III.3').children.unshift({
        type: 'task',
        id: '',
        bullet: '-',
        text: 'Sở Nội vụ chủ trì rà soát tổ chức bộ máy.',
        lead: { unit: 'soNoiVu' },
        partners: [],
        mode: 'assign',
        deadlines: [],
      });
    });
    expect(kindsAndIds(diffPlans(example, inserted))).toEqual([['node/added', 'III.3.d1']]);
    const renumbered = diffPlans(example, inserted, { renumbered: true });
    expect(kindsAndIds(renumbered)).toEqual([
      ['node/added', 'III.3.d1'],
      ['node/renumbered', 'III.3.d2'],
      ...[1, 2, 3, 4, 5].map((p) => ['node/renumbered', `III.3.d2.p${p}`]),
      ['node/renumbered', 'III.3.d3'],
      ['node/renumbered', 'III.3.d4'],
    ]);
    expect(renumbered.changes[1]).toMatchObject({ before: 'III.3.d1', after: 'III.3.d2' });
  });

  it('reports swapped siblings as one move', () => {
    const swapped = amend((plan, node) => {
      const b = removeNode(plan, 'IV.2');
      node('IV').children.unshift(b);
    });
    // Items keep their numbers "2" and "1", so their ids keep too: an order change only.
    expect(kindsAndIds(diffPlans(example, swapped))).toEqual([['node/moved', 'IV.2']]);
  });

  it('covers the header, legal references, recipients, corrections, registry and node details', () => {
    const changed = amend((plan, node) => {
      plan.number = '12128/KH-UBND';
      plan.period.to = '2026-12-31';
      plan.signature.name = 'Nguyễn Văn A';
      plan.legal.find((l: Json) => l.id === 'nd20').date = '2021-03-16';
      plan.legal = plan.legal.filter((l: Json) => l.id !== 'kh3743');
      plan.legal.push({ id: 'qd1', number: '1/QĐ-UBND', kind: 'Quyết định', role: 'cited' });
      plan.recipients.splice(6, 0, { text: 'Sở Nội vụ', units: ['soNoiVu'] });
      plan.corrections = plan.corrections.filter((c: Json) => c.id !== 'madrid');
      plan.units.push({ key: 'soXayDung', name: 'Sở Xây dựng', kind: 'department', authority: 'internal' });
      plan.units = plan.units.filter((u: Json) => u.key !== 'banBiThu');
      plan.groups.find((g: Json) => g.key === 'huyen').members.pop();
      plan.groups.find((g: Json) => g.key === 'doanThe').complete = true;
      plan.reading = 'legal';
      plan.handovers = [{ from: 'soLdtbxh', to: 'soYTe' }, { from: 'soTttt', to: 'soVhttdl' }];
      plan.units.find((u: Json) => u.key === 'soKhdt').basis = 'Nghị quyết số 01/NQ-HĐND';
      plan.units.find((u: Json) => u.key === 'soLdtbxh').successors.pop();
      plan.groups.find((g: Json) => g.key === 'soBanNganh').rule = { kinds: ['department', 'agency'] };
      node('II.2.a').owners = [{ unit: 'soBanNganh', mode: 'each' }];
      node('III.4.d1').handovers = [{ from: 'soLdtbxh', to: 'soNoiVu' }];
      node('VI.t1').reports[0].handovers = [{ from: 'soLdtbxh', to: 'soYTe' }];
      node('I.1').title = 'Mục đích chung';
      node('V.7.a').mode = 'assign';
      node('V.2.b').reports[0].cc = ['soTaiChinh'];
      node('V.2.b').deadlines.push({ kind: 'end-of', period: 'year', year: 2022 });
      node('II.2.a').deadlines = [];
      node('III.2.d1.p8').targets[0].value = 60;
      node('III.2.d1.p8').refs = ['qd161'];
      node('IV.1').waivers = [{ rule: 'funding/source', reason: 'Nguồn kinh phí nêu chung.' }];
      const item = node('IV.2');
      Object.assign(item, { type: 'task', lead: { unit: 'soTaiChinh' }, partners: [], mode: 'assign', deadlines: [] });
    });
    const diff = diffPlans(example, changed);
    expect(diff.changes.map((c) => [c.kind, c.id, c.field ?? ''])).toEqual([
      ['header/changed', '12127-kh-ubnd-2021', 'number'],
      ['header/changed', '12127-kh-ubnd-2021', 'period'],
      ['header/changed', '12127-kh-ubnd-2021', 'signature'],
      ['header/changed', '12127-kh-ubnd-2021', 'reading'],
      ['header/changed', '12127-kh-ubnd-2021', 'handovers'],
      ['legal/changed', 'nd20', 'date'],
      ['legal/added', 'qd1', ''],
      ['legal/removed', 'kh3743', ''],
      ['node/text', 'I.1', 'title'],
      ['item/owners', 'II.2.a', 'owners'],
      ['deadline/removed', 'II.2.a', ''],
      ['target/changed', 'III.2.d1.p8/t1', 'value'],
      ['node/refs', 'III.2.d1.p8', 'refs'],
      ['node/handovers', 'III.4.d1', 'handovers'],
      ['waiver/added', 'IV.1', 'funding/source'],
      ['node/type', 'IV.2', 'type'],
      ['deadline/added', 'V.2.b', ''],
      ['report/changed', 'V.2.b/r1', 'cc'],
      ['task/mode', 'V.7.a', 'mode'],
      ['report/changed', 'VI.t1/r1', 'handovers'],
      ['recipient/added', 'Sở Nội vụ', ''],
      ['correction/removed', 'madrid', ''],
      ['unit/changed', 'soLdtbxh', 'successors'],
      ['unit/changed', 'soKhdt', 'basis'],
      ['unit/added', 'soXayDung', ''],
      ['unit/removed', 'banBiThu', ''],
      ['group/changed', 'soBanNganh', 'rule'],
      ['group/members', 'huyen', 'members'],
      ['group/changed', 'doanThe', 'complete'],
    ]);
    const text = formatDiff(diff);
    expect(text).toContain('~ số ký hiệu: 12127/KH-UBND → 12128/KH-UBND\n');
    expect(text).toContain('~ thời kỳ: 01/01/2021 – 31/12/2025 (“giai đoạn 2021-2025”) → 01/01/2021 – 31/12/2026 (“giai đoạn 2021-2025”)\n');
    expect(text).toContain('~ nd20  văn bản 20/2021/NĐ-CP — ngày: 15/03/2021 → 16/03/2021\n');
    expect(text).toContain('~ III.2.d1.p8/t1  chỉ tiêu “số hộ nghèo” — giá trị: 50 → 60\n');
    expect(text).toContain('+ V.2.b  thêm thời hạn: cuối năm 2022\n');
    expect(text).toContain('~ V.7.a  hình thức: đề nghị → giao\n');
    expect(text).toContain('~ IV.2  đổi loại: nội dung → nhiệm vụ\n');
    expect(text).toContain('~ huyen  thành viên: − UBND huyện Trường Sa\n');
    expect(text).toContain('- II.2.a  bỏ thời hạn: cuối năm 2021 (“Đến cuối năm 2021”)\n');
    expect(text).toMatch(/^Văn bản\n~ số ký hiệu/m);
    expect(text).toContain('~ cách đọc thời hạn: (không có) → theo luật (Bộ luật Dân sự 2015, Điều 148)\n');
    expect(text).toContain('~ đơn vị tiếp nhận khi chia tách: Sở LĐTBXH giao Sở Nội vụ, Sở TT&TT giao Sở VHTTDL → Sở LĐTBXH giao Sở Y tế, Sở TT&TT giao Sở VHTTDL\n');
    expect(text).toContain('~ II.2.a  đơn vị thực hiện: + Các sở, ban, ngành (từng đơn vị); − Các sở, ban, ngành, địa phương (từng đơn vị)\n');
    expect(text).toContain('~ III.4.d1  đơn vị tiếp nhận khi chia tách: Sở LĐTBXH giao Sở Y tế → Sở LĐTBXH giao Sở Nội vụ\n');
    expect(text).toContain('~ soLdtbxh  đơn vị kế thừa: − Sở NN&MT (phần việc: giảm nghèo), căn cứ “Nghị định số 35/2025/NĐ-CP ngày 25/02/2…”\n');
    expect(text).toContain('~ soBanNganh  thành viên theo quy tắc: loại đơn vị department → loại đơn vị department, agency\n');
  });
});

describe('diffPlans: properties', () => {
  it('finds nothing between any plan and itself, or its JSON read back', () => {
    fc.assert(
      fc.property(arbitraryPlan(), (plan) => {
        expect(diffPlans(plan, plan).changes).toEqual([]);
        expect(diffPlans(plan, parsePlan(stringifyPlan(plan))).changes).toEqual([]);
      }),
      { seed: 42, numRuns: 60 },
    );
  });

  it('finds something, deterministically, between any two different plans', () => {
    fc.assert(
      fc.property(arbitraryPlan({ maxDepth: 2 }), arbitraryPlan({ maxDepth: 2 }), (a, b) => {
        const diff = diffPlans(a, b, { renumbered: true });
        expect(diff.changes.length > 0).toBe(stringifyPlan(a) !== stringifyPlan(b));
        expect(formatDiff(diffPlans(a, b, { renumbered: true }), { format: 'json' })).toBe(formatDiff(diff, { format: 'json' }));
        const text = formatDiff(diff, { locale: 'en' });
        // One line per change, plus the count, headings and blank lines; nothing breaks a line.
        expect(text.split('\n').filter((l) => /^[-+~→] /.test(l))).toHaveLength(diff.changes.length);
      }),
      { seed: 42, numRuns: 40 },
    );
  });
});

describe('kehoach diff (command handler)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kehoach-diff-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const amended = amend((_plan, node) => {
    node('III.2.d1').lead = { unit: 'soNoiVu' };
  });
  writeFileSync(path.join(dir, 'old.json'), stringifyPlan(example));
  writeFileSync(path.join(dir, 'new.json'), stringifyPlan(amended));
  const run = async (...args: string[]) => {
    let stdout = '';
    const status = await diffCommand(args, { stdout: (t) => void (stdout += t), stderr: () => undefined }, dir);
    return { status, stdout };
  };

  it('exits 0 without changes and 1 with changes, like diff(1)', async () => {
    expect(await run('old.json', 'old.json')).toEqual({ status: 0, stdout: 'Không có thay đổi.\n' });
    expect(await run('old.json', 'new.json')).toEqual({
      status: 1,
      stdout: '1 thay đổi\n\nIII. NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN\n~ III.2.d1  chủ trì: Sở LĐTBXH → Sở Nội vụ\n',
    });
    const json = await run('old.json', 'new.json', '--format', 'json', '--locale', 'en', '--renumbered');
    expect(json.status).toBe(1);
    expect(json.stdout).toBe(formatDiff(diffPlans(example, amended, { renumbered: true }), { format: 'json' }));
  });

  it('exits 2 for bad usage or a plan that cannot be loaded', async () => {
    const cases: [string[], RegExp][] = [
      [['old.json'], /^kehoach diff: expected two plan arguments/],
      [['old.json', 'new.json', '--format', 'html'], /^kehoach diff: --format must be one of text, json, got "html"/],
      [['old.json', 'new.json', '--locale', 'fr'], /^kehoach diff: --locale must be one of vi, en, got "fr"/],
      [['old.json', 'missing.json'], /^kehoach: no such file or folder: missing\.json/],
    ];
    for (const [args, message] of cases) {
      const error = await diffCommand(args, { stdout: () => undefined, stderr: () => undefined }, dir).catch((e: unknown) => e);
      expect(error, args.join(' ')).toBeInstanceOf(CliError);
      expect((error as CliError).exitCode).toBe(2);
      expect((error as CliError).message).toMatch(message);
    }
  });
});
