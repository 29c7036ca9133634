/**
 * The reference plan 12127/KH-UBND validates with no errors; its warnings are genuine problems
 * of the document as issued, listed and explained in docs/validator.md.
 */
import { describe, expect, it } from 'vitest';
import plan from '../../../examples/khanh-hoa-12127/plan.js';
import { summarize, validate, type Diagnostic } from '../src/index.js';

const diagnostics = validate(plan, { extends: 'recommended' });
const byRule = (d: readonly Diagnostic[]) => {
  const counts: Record<string, number> = {};
  for (const x of d) counts[`${x.severity} ${x.ruleId}/${x.messageId}`] = (counts[`${x.severity} ${x.ruleId}/${x.messageId}`] ?? 0) + 1;
  return counts;
};

describe('the reference plan 12127/KH-UBND', () => {
  it('has no errors under the recommended preset', () => {
    expect(summarize(diagnostics)).toMatchObject({ errors: 0, suppressed: 0 });
  });

  it('gets exactly the expected warnings and infos', () => {
    expect(byRule(diagnostics)).toEqual({
      'warning legal/year-mismatch/mismatchCorrected': 1,
      'warning authority/assign-external/assignedExternal': 11,
      'warning dates/non-working-day/nonWorking': 1,
      'warning units/ceased/orphanedMany': 1,
      'info units/reassigned/reassigned': 7,
      'info units/reassigned/reassignedMany': 1,
      'info units/unused/unusedUnit': 3,
    });
  });

  it('flags 07/2029/NQ-HĐND, dated 10/12/2019, and names the recorded correction', () => {
    const d = diagnostics.find((x) => x.ruleId === 'legal/year-mismatch')!;
    expect(d.path).toEqual(['legal', 3, 'number']);
    expect(d.message.vi).toBe(
      'Số "07/2029/NQ-HĐND" mang năm 2029 nhưng văn bản ghi ngày ban hành 10/12/2019; kế hoạch đã ghi nhận đính chính "nq07-year": 07/2019/NQ-HĐND.',
    );
  });

  it('flags Tỉnh đoàn, outside the issuer\'s authority, as assigned rather than requested', () => {
    const d = diagnostics.filter((x) => x.ruleId === 'authority/assign-external');
    expect(new Set(d.flatMap((x) => x.subjects))).toEqual(new Set(['tinhDoan']));
    expect(d.map((x) => x.nodeId)).toEqual(['III.1.t1', 'III.2.d3', 'III.3.d2', 'III.4.d5', 'III.7.d2', 'V.1.a', 'V.1.b', 'V.1.c', 'V.1.d', 'V.1.dd', 'V.1.e']);
  });

  it('gives both dates of the yearly report due on Saturday 15/11/2025', () => {
    const d = diagnostics.find((x) => x.ruleId === 'dates/non-working-day')!;
    expect(d.nodeId).toBe('VI.t1');
    expect(d.message.vi).toBe(
      'Thời hạn 15/11/2025 rơi vào ngày nghỉ (Thứ Bảy); nên hoàn thành trước, ngày làm việc 14/11/2025; hạn theo Bộ luật Dân sự 2015, Điều 148 khoản 5 là 17/11/2025.',
    );
  });

  it('flags the duties of the ended districts once, naming every item, and names who took over from each merged unit once, with the basis', () => {
    const ceased = diagnostics.filter((x) => x.ruleId === 'units/ceased');
    expect(ceased).toHaveLength(1);
    expect(ceased[0]!.subjects).toEqual(['huyenCamLam', 'huyenDienKhanh', 'huyenKhanhSon', 'huyenKhanhVinh', 'huyenVanNinh', 'tpCamRanh', 'tpNhaTrang', 'txNinhHoa']);
    expect(ceased[0]!.nodeId).toBe('III.4.d1');
    expect(ceased[0]!.message.vi).toContain(
      'ngừng hoạt động (hết ngày 30/06/2025) mà không có đơn vị kế thừa: 5 phần việc không còn ai thực hiện: III.4.d1 (phối hợp, không ghi ngày, từ 01/07/2025); III.7.d1.p3 (phối hợp, không ghi ngày, từ 01/07/2025); V.6.d (báo cáo, không ghi ngày, từ 01/07/2025); VI.t1 (báo cáo, 15/11/2025); VI.t2 (báo cáo, không ghi ngày, từ 01/07/2025).',
    );
    const reassigned = diagnostics.filter((x) => x.ruleId === 'units/reassigned').map((x) => `${x.nodeId}: ${(x.subjects ?? []).join(' > ')}`);
    expect(reassigned).toEqual([
      'III.4.d1: huyenTruongSa > dacKhuTruongSa',
      'III.4.d1: soLdtbxh > soYTe',
      'V.1.d: soTnmt > soNnmt',
      'V.1.d: soNnptnt > soNnmt',
      'V.1.d: soVhtt > soVhttdl',
      'V.1.d: soDuLich > soVhttdl',
      'V.1.d: soTttt > soVhttdl',
      'V.2.b: soLdtbxh > soNoiVu',
    ]);
    expect(diagnostics.find((x) => x.ruleId === 'units/reassigned' && x.subjects?.[0] === 'soLdtbxh')!.message.vi).toBe(
      'Hạn (không ghi ngày, từ 01/03/2025) của "Sở LĐTBXH" (chủ trì) do "Sở Y tế" thực hiện, vì "Sở LĐTBXH" chỉ hoạt động đến hết ngày 28/02/2025 (Nghị định số 42/2025/NĐ-CP ngày 27/02/2025 (Bộ Y tế)).',
    );
    expect(diagnostics.find((x) => x.ruleId === 'units/reassigned' && x.subjects?.[0] === 'huyenTruongSa')!.message.vi).toMatch(
      /^5 phần việc của "UBND huyện Trường Sa" do "UBND đặc khu Trường Sa" thực hiện, .*: III\.4\.d1 \(phối hợp, .*\); III\.7\.d1\.p3 .*; V\.6\.d .*; VI\.t1 \(báo cáo, 15\/11\/2025\); VI\.t2 .*\.$/,
    );
  });

  it('leaves no duty unowned and no split undecided', () => {
    expect(diagnostics.filter((x) => x.ruleId === 'duties/unowned' || x.ruleId === 'units/successor-choice')).toEqual([]);
  });

  it('has no errors under strict either, other than warnings raised to errors', () => {
    const strict = validate(plan, { extends: 'strict' });
    const kinds = new Set(strict.filter((x) => x.severity === 'error').map((x) => x.ruleId));
    expect([...kinds].sort()).toEqual(['authority/assign-external', 'dates/non-working-day', 'legal/year-mismatch', 'targets/measurable', 'units/ceased']);
  });
});
