/**
 * Progress record of plan 12127/KH-UBND, 2021–2023: what the units sent to the Department of
 * Labour, Invalids and Social Affairs (Sở LĐTBXH, the synthesizing department), how some tasks
 * stand, and the poverty figures measured against the plan's targets.
 *
 * INVENTED FOR THE EXAMPLE. The plan is real; every date, document number, status and figure
 * below is made up, plausible but not taken from any record of Khánh Hòa province. It shows the
 * cases a synthesizing department meets: implementation plans on time, two late (Sở Du lịch,
 * Sở TT&TT) and one missing (Tỉnh đoàn); the yearly reports of 2022 and 2023 with a late and a
 * missing one and an exemption; poverty-rate measurements, one not yet published on a past day.
 *
 * The builders are typed by `progress-index.ts`, generated from the plan
 * (`kehoach progress index examples/khanh-hoa-12127 --out examples/khanh-hoa-12127/progress-index.ts`):
 * a misspelt occurrence id, a unit that does not owe it, or a wrong unit of measure does not compile.
 */
import { defineProgress, progressBuilders } from '@kehoach/core';
import { index } from './progress-index.js';

const p = progressBuilders(index);

/** V.1.a: the implementation plans of the pillar departments and the provincial Youth Union, due "trước ngày 20/12/2021". */
const pillarPlans = [
  p.submission('V.1.a/r1#0@2021-12-20', 'soGddt', { received: '2021-12-15', document: { number: '2874/KH-SGDĐT', date: '2021-12-14' } }),
  p.submission('V.1.a/r1#0@2021-12-20', 'soKhcn', { received: '2021-12-16', document: { number: '1502/KH-SKHCN', date: '2021-12-15' } }),
  p.submission('V.1.a/r1#0@2021-12-20', 'soNnptnt', { received: '2021-12-14', document: { number: '3391/KH-SNNPTNT', date: '2021-12-13' } }),
  p.submission('V.1.a/r1#0@2021-12-20', 'soNoiVu', { received: '2021-12-10', document: { number: '2765/KH-SNV', date: '2021-12-09' } }),
  p.submission('V.1.a/r1#0@2021-12-20', 'soTnmt', { received: '2021-12-17', document: { number: '4120/KH-STNMT', date: '2021-12-17' } }),
  p.submission('V.1.a/r1#0@2021-12-20', 'soVhtt', { received: '2021-12-16', document: { number: '2233/KH-SVHTT', date: '2021-12-15' } }),
  p.submission('V.1.a/r1#0@2021-12-20', 'soYTe', { received: '2021-12-15', document: { number: '4587/KH-SYT', date: '2021-12-14' } }),
  p.submission('V.1.a/r1#0@2021-12-20', 'soDuLich', { received: '2021-12-22', document: { number: '1389/KH-SDL', date: '2021-12-21' } }),
  p.submission('V.1.a/r1#0@2021-12-20', 'soTttt', { received: '2021-12-29', document: { number: '2016/KH-STTTT', date: '2021-12-28' } }),
  // tinhDoan: nothing received.
];

/** V.6.a: the districts' implementation plans, same deadline. */
const districtPlans = [
  p.submission('V.6.a/r1#0@2021-12-20', 'huyenCamLam', { received: '2021-12-15', document: { number: '3507/KH-UBND', date: '2021-12-14' } }),
  p.submission('V.6.a/r1#0@2021-12-20', 'huyenDienKhanh', { received: '2021-12-16', document: { number: '6120/KH-UBND', date: '2021-12-15' } }),
  p.submission('V.6.a/r1#0@2021-12-20', 'huyenKhanhSon', { received: '2021-12-17', document: { number: '1894/KH-UBND', date: '2021-12-16' } }),
  p.submission('V.6.a/r1#0@2021-12-20', 'huyenKhanhVinh', { received: '2021-12-16', document: { number: '2210/KH-UBND', date: '2021-12-15' } }),
  p.submission('V.6.a/r1#0@2021-12-20', 'huyenTruongSa', { received: '2021-12-13', document: { number: '415/KH-UBND', date: '2021-12-10' } }),
  p.submission('V.6.a/r1#0@2021-12-20', 'huyenVanNinh', { received: '2021-12-15', document: { number: '5031/KH-UBND', date: '2021-12-14' } }),
  p.submission('V.6.a/r1#0@2021-12-20', 'tpCamRanh', { received: '2021-12-14', document: { number: '4478/KH-UBND', date: '2021-12-13' } }),
  p.submission('V.6.a/r1#0@2021-12-20', 'tpNhaTrang', { received: '2021-12-10', document: { number: '9962/KH-UBND', date: '2021-12-09' } }),
  p.submission('V.6.a/r1#0@2021-12-20', 'txNinhHoa', { received: '2021-12-16', document: { number: '7345/KH-UBND', date: '2021-12-15' } }),
];

/**
 * II.2.a: "Đến cuối năm 2021, các sở, ban, ngành, địa phương xây dựng kế hoạch hành động": the
 * same plans answer it (due 31/12/2021); the departments outside the pillar send theirs too.
 */
const actionPlans = [
  p.submission('II.2.a#0@2021-12-31', 'huyenCamLam', { received: '2021-12-15', document: { number: '3507/KH-UBND', date: '2021-12-14' }, note: 'Cùng văn bản với kế hoạch triển khai (V.1.a/V.6.a).', }),
  p.submission('II.2.a#0@2021-12-31', 'huyenDienKhanh', { received: '2021-12-16', document: { number: '6120/KH-UBND', date: '2021-12-15' }, note: 'Cùng văn bản với kế hoạch triển khai (V.1.a/V.6.a).', }),
  p.submission('II.2.a#0@2021-12-31', 'huyenKhanhSon', { received: '2021-12-17', document: { number: '1894/KH-UBND', date: '2021-12-16' }, note: 'Cùng văn bản với kế hoạch triển khai (V.1.a/V.6.a).', }),
  p.submission('II.2.a#0@2021-12-31', 'huyenKhanhVinh', { received: '2021-12-16', document: { number: '2210/KH-UBND', date: '2021-12-15' }, note: 'Cùng văn bản với kế hoạch triển khai (V.1.a/V.6.a).', }),
  p.submission('II.2.a#0@2021-12-31', 'huyenTruongSa', { received: '2021-12-13', document: { number: '415/KH-UBND', date: '2021-12-10' }, note: 'Cùng văn bản với kế hoạch triển khai (V.1.a/V.6.a).', }),
  p.submission('II.2.a#0@2021-12-31', 'huyenVanNinh', { received: '2021-12-15', document: { number: '5031/KH-UBND', date: '2021-12-14' }, note: 'Cùng văn bản với kế hoạch triển khai (V.1.a/V.6.a).', }),
  p.submission('II.2.a#0@2021-12-31', 'soDuLich', { received: '2021-12-22', document: { number: '1389/KH-SDL', date: '2021-12-21' }, note: 'Cùng văn bản với kế hoạch triển khai (V.1.a/V.6.a).', }),
  p.submission('II.2.a#0@2021-12-31', 'soGddt', { received: '2021-12-15', document: { number: '2874/KH-SGDĐT', date: '2021-12-14' }, note: 'Cùng văn bản với kế hoạch triển khai (V.1.a/V.6.a).', }),
  p.submission('II.2.a#0@2021-12-31', 'soKhcn', { received: '2021-12-16', document: { number: '1502/KH-SKHCN', date: '2021-12-15' }, note: 'Cùng văn bản với kế hoạch triển khai (V.1.a/V.6.a).', }),
  p.submission('II.2.a#0@2021-12-31', 'soKhdt', { received: '2021-12-27', document: { number: '3980/KH-SKHĐT', date: '2021-12-24' }, }),
  p.submission('II.2.a#0@2021-12-31', 'soLdtbxh', { received: '2021-12-20', document: { number: '4402/KH-SLĐTBXH', date: '2021-12-17' }, }),
  p.submission('II.2.a#0@2021-12-31', 'soNgoaiVu', { received: '2021-12-28', document: { number: '1127/KH-SNgV', date: '2021-12-27' }, }),
  p.submission('II.2.a#0@2021-12-31', 'soNnptnt', { received: '2021-12-14', document: { number: '3391/KH-SNNPTNT', date: '2021-12-13' }, note: 'Cùng văn bản với kế hoạch triển khai (V.1.a/V.6.a).', }),
  p.submission('II.2.a#0@2021-12-31', 'soNoiVu', { received: '2021-12-10', document: { number: '2765/KH-SNV', date: '2021-12-09' }, note: 'Cùng văn bản với kế hoạch triển khai (V.1.a/V.6.a).', }),
  p.submission('II.2.a#0@2021-12-31', 'soTaiChinh', { received: '2021-12-30', document: { number: '5218/KH-STC', date: '2021-12-29' }, }),
  p.submission('II.2.a#0@2021-12-31', 'soTnmt', { received: '2021-12-17', document: { number: '4120/KH-STNMT', date: '2021-12-17' }, note: 'Cùng văn bản với kế hoạch triển khai (V.1.a/V.6.a).', }),
  p.submission('II.2.a#0@2021-12-31', 'soTttt', { received: '2021-12-29', document: { number: '2016/KH-STTTT', date: '2021-12-28' }, note: 'Cùng văn bản với kế hoạch triển khai (V.1.a/V.6.a).', }),
  p.submission('II.2.a#0@2021-12-31', 'soVhtt', { received: '2021-12-16', document: { number: '2233/KH-SVHTT', date: '2021-12-15' }, note: 'Cùng văn bản với kế hoạch triển khai (V.1.a/V.6.a).', }),
  p.submission('II.2.a#0@2021-12-31', 'soYTe', { received: '2021-12-15', document: { number: '4587/KH-SYT', date: '2021-12-14' }, note: 'Cùng văn bản với kế hoạch triển khai (V.1.a/V.6.a).', }),
  p.submission('II.2.a#0@2021-12-31', 'tpCamRanh', { received: '2021-12-14', document: { number: '4478/KH-UBND', date: '2021-12-13' }, note: 'Cùng văn bản với kế hoạch triển khai (V.1.a/V.6.a).', }),
  p.submission('II.2.a#0@2021-12-31', 'tpNhaTrang', { received: '2021-12-10', document: { number: '9962/KH-UBND', date: '2021-12-09' }, note: 'Cùng văn bản với kế hoạch triển khai (V.1.a/V.6.a).', }),
  p.submission('II.2.a#0@2021-12-31', 'txNinhHoa', { received: '2021-12-16', document: { number: '7345/KH-UBND', date: '2021-12-15' }, note: 'Cùng văn bản với kế hoạch triển khai (V.1.a/V.6.a).', }),
];

/** VI: yearly reports "trước ngày 15/11" of 2022, through Sở LĐTBXH. */
const reports2022 = [
  p.submission('VI.t1/r1#0@2022-11-15', 'huyenCamLam', { received: '2022-11-11', document: { number: '2322/BC-UBND', date: '2022-11-10' } }),
  p.submission('VI.t1/r1#0@2022-11-15', 'huyenDienKhanh', { received: '2022-11-10', document: { number: '2459/BC-UBND', date: '2022-11-09' } }),
  p.submission('VI.t1/r1#0@2022-11-15', 'huyenKhanhSon', { received: '2022-11-18', document: { number: '2596/BC-UBND', date: '2022-11-17' } }),
  p.submission('VI.t1/r1#0@2022-11-15', 'huyenKhanhVinh', { received: '2022-11-08', document: { number: '2733/BC-UBND', date: '2022-11-07' } }),
  p.submission('VI.t1/r1#0@2022-11-15', 'huyenTruongSa', { received: '2022-11-07', document: { number: '2870/BC-UBND', date: '2022-11-06' } }),
  p.submission('VI.t1/r1#0@2022-11-15', 'huyenVanNinh', { received: '2022-11-06', document: { number: '3007/BC-UBND', date: '2022-11-05' } }),
  p.submission('VI.t1/r1#0@2022-11-15', 'soDuLich', { received: '2022-11-11', document: { number: '3144/BC-SDL', date: '2022-11-10' } }),
  p.submission('VI.t1/r1#0@2022-11-15', 'soGddt', { received: '2022-11-10', document: { number: '3281/BC-SGDĐT', date: '2022-11-09' } }),
  p.submission('VI.t1/r1#0@2022-11-15', 'soKhcn', { received: '2022-11-09', document: { number: '3418/BC-SKHCN', date: '2022-11-08' } }),
  p.submission('VI.t1/r1#0@2022-11-15', 'soKhdt', { received: '2022-11-08', document: { number: '3555/BC-SKHĐT', date: '2022-11-07' } }),
  p.submission('VI.t1/r1#0@2022-11-15', 'soLdtbxh', { received: '2022-11-07', document: { number: '3692/BC-SLĐTBXH', date: '2022-11-06' } }),
  p.submission('VI.t1/r1#0@2022-11-15', 'soNgoaiVu', { received: '2022-11-06', document: { number: '3829/BC-SNgV', date: '2022-11-05' } }),
  p.submission('VI.t1/r1#0@2022-11-15', 'soNnptnt', { received: '2022-11-11', document: { number: '3966/BC-SNNPTNT', date: '2022-11-10' } }),
  p.submission('VI.t1/r1#0@2022-11-15', 'soNoiVu', { received: '2022-11-10', document: { number: '4103/BC-SNV', date: '2022-11-09' } }),
  p.submission('VI.t1/r1#0@2022-11-15', 'soTaiChinh', { received: '2022-11-09', document: { number: '4240/BC-STC', date: '2022-11-08' } }),
  p.submission('VI.t1/r1#0@2022-11-15', 'soTnmt', { received: '2022-11-08', document: { number: '377/BC-STNMT', date: '2022-11-07' } }),
  p.submission('VI.t1/r1#0@2022-11-15', 'soTttt', { received: '2022-11-07', document: { number: '514/BC-STTTT', date: '2022-11-06' } }),
  p.submission('VI.t1/r1#0@2022-11-15', 'soVhtt', { received: '2022-11-06', document: { number: '651/BC-SVHTT', date: '2022-11-05' } }),
  p.submission('VI.t1/r1#0@2022-11-15', 'soYTe', { received: '2022-11-11', document: { number: '788/BC-SYT', date: '2022-11-10' } }),
  p.submission('VI.t1/r1#0@2022-11-15', 'tpCamRanh', { received: '2022-11-10', document: { number: '925/BC-UBND', date: '2022-11-09' } }),
  p.submission('VI.t1/r1#0@2022-11-15', 'tpNhaTrang', { received: '2022-11-09', document: { number: '1062/BC-UBND', date: '2022-11-08' } }),
  p.submission('VI.t1/r1#0@2022-11-15', 'txNinhHoa', { received: '2022-11-08', document: { number: '1199/BC-UBND', date: '2022-11-07' } }),
];

/** VI: yearly reports of 2023. */
const reports2023 = [
  p.submission('VI.t1/r1#0@2023-11-15', 'huyenCamLam', { received: '2023-11-13', document: { number: '2323/BC-UBND', date: '2023-11-12' } }),
  p.submission('VI.t1/r1#0@2023-11-15', 'huyenDienKhanh', { received: '2023-11-12', document: { number: '2460/BC-UBND', date: '2023-11-11' } }),
  p.submission('VI.t1/r1#0@2023-11-15', 'huyenKhanhSon', { received: '2023-11-11', document: { number: '2597/BC-UBND', date: '2023-11-10' } }),
  p.submission('VI.t1/r1#0@2023-11-15', 'huyenKhanhVinh', { received: '2023-11-10', document: { number: '2734/BC-UBND', date: '2023-11-09' } }),
  // huyenTruongSa: exempted, see exemptions.
  p.submission('VI.t1/r1#0@2023-11-15', 'huyenVanNinh', { received: '2023-11-08', document: { number: '3008/BC-UBND', date: '2023-11-07' } }),
  p.submission('VI.t1/r1#0@2023-11-15', 'soDuLich', { received: '2023-11-17', document: { number: '3145/BC-SDL', date: '2023-11-16' } }),
  p.submission('VI.t1/r1#0@2023-11-15', 'soGddt', { received: '2023-11-12', document: { number: '3282/BC-SGDĐT', date: '2023-11-11' } }),
  // soKhcn: nothing received.
  p.submission('VI.t1/r1#0@2023-11-15', 'soKhdt', { received: '2023-11-10', document: { number: '3556/BC-SKHĐT', date: '2023-11-09' } }),
  p.submission('VI.t1/r1#0@2023-11-15', 'soLdtbxh', { received: '2023-11-09', document: { number: '3693/BC-SLĐTBXH', date: '2023-11-08' } }),
  p.submission('VI.t1/r1#0@2023-11-15', 'soNgoaiVu', { received: '2023-11-08', document: { number: '3830/BC-SNgV', date: '2023-11-07' } }),
  p.submission('VI.t1/r1#0@2023-11-15', 'soNnptnt', { received: '2023-11-13', document: { number: '3967/BC-SNNPTNT', date: '2023-11-12' } }),
  p.submission('VI.t1/r1#0@2023-11-15', 'soNoiVu', { received: '2023-11-12', document: { number: '4104/BC-SNV', date: '2023-11-11' } }),
  p.submission('VI.t1/r1#0@2023-11-15', 'soTaiChinh', { received: '2023-11-11', document: { number: '4241/BC-STC', date: '2023-11-10' } }),
  p.submission('VI.t1/r1#0@2023-11-15', 'soTnmt', { received: '2023-11-10', document: { number: '378/BC-STNMT', date: '2023-11-09' } }),
  p.submission('VI.t1/r1#0@2023-11-15', 'soTttt', { received: '2023-11-09', document: { number: '515/BC-STTTT', date: '2023-11-08' } }),
  p.submission('VI.t1/r1#0@2023-11-15', 'soVhtt', { received: '2023-11-08', document: { number: '652/BC-SVHTT', date: '2023-11-07' } }),
  p.submission('VI.t1/r1#0@2023-11-15', 'soYTe', { received: '2023-11-13', document: { number: '789/BC-SYT', date: '2023-11-12' } }),
  p.submission('VI.t1/r1#0@2023-11-15', 'tpCamRanh', { received: '2023-11-12', document: { number: '926/BC-UBND', date: '2023-11-11' } }),
  p.submission('VI.t1/r1#0@2023-11-15', 'tpNhaTrang', { received: '2023-11-11', document: { number: '1063/BC-UBND', date: '2023-11-10' } }),
  p.submission('VI.t1/r1#0@2023-11-15', 'txNinhHoa', { received: '2023-11-10', document: { number: '1200/BC-UBND', date: '2023-11-09' } }),
];

export default defineProgress({
  plan: '12127-kh-ubnd-2021',
  submissions: [...pillarPlans, ...districtPlans, ...actionPlans, ...reports2022, ...reports2023],
  statuses: [
    p.status('V.2.b', 'in-progress', {
      date: '2022-02-10',
      evidence: 'Công văn số 312/SLĐTBXH-VP ngày 10/02/2022 hướng dẫn các đơn vị báo cáo kết quả thực hiện Kế hoạch.',
    }),
    p.status('V.3.t1', 'done', {
      date: '2022-01-20',
      evidence: 'Dự toán năm 2022 bố trí kinh phí thực hiện Kế hoạch (Quyết định số 3655/QĐ-UBND ngày 10/12/2021).',
    }),
    p.status('V.5.t1', 'delayed', {
      date: '2022-06-30',
      evidence: 'Các tổ chức phi chính phủ nước ngoài tạm hoãn chương trình do dịch COVID-19.',
    }),
    p.status('V.5.t1', 'in-progress', {
      date: '2023-03-15',
      evidence: 'Ký kết thỏa thuận hợp tác với một tổ chức phi chính phủ nước ngoài.',
    }),
  ],
  measurements: [
    // "số hộ nghèo năm 2025 giảm 1/2 so với năm đầu nhiệm kỳ": the plan gives no baseline figure,
    // so each measurement is the reduction since 2021, in %.
    p.measurement('III.2.d1.p8/t1', {
      value: 14.2,
      unit: '%',
      year: 2022,
      source: 'Báo cáo số 45/BC-SLĐTBXH ngày 15/02/2023 kết quả rà soát hộ nghèo năm 2022',
      published: '2023-02-15',
    }),
    p.measurement('III.2.d1.p8/t1', {
      value: 27.5,
      unit: '%',
      year: 2023,
      source: 'Báo cáo số 38/BC-SLĐTBXH ngày 25/01/2024 kết quả rà soát hộ nghèo năm 2023',
      published: '2024-01-25',
    }),
    // "huyện Khánh Sơn, huyện Khánh Vĩnh phấn đấu mức giảm tỷ lệ hộ nghèo 4-5%/năm": percentage points per year.
    p.measurement('III.2.d1.p8/t2', {
      value: 4.6,
      unit: 'điểm %',
      year: 2022,
      scope: 'huyenKhanhSon',
      source: 'Báo cáo số 45/BC-SLĐTBXH ngày 15/02/2023',
      published: '2023-02-15',
    }),
    p.measurement('III.2.d1.p8/t2', {
      value: 3.8,
      unit: 'điểm %',
      year: 2022,
      scope: 'huyenKhanhVinh',
      source: 'Báo cáo số 45/BC-SLĐTBXH ngày 15/02/2023',
      published: '2023-02-15',
    }),
    p.measurement('III.2.d1.p8/t2', {
      value: 4.2,
      unit: 'điểm %',
      year: 2023,
      scope: 'huyenKhanhSon',
      source: 'Báo cáo năm 2023 của UBND huyện Khánh Sơn (ước thực hiện)',
      published: '2023-11-10',
    }),
    p.measurement('III.2.d1.p8/t2', {
      value: 4.1,
      unit: 'điểm %',
      year: 2023,
      scope: 'huyenKhanhVinh',
      source: 'Báo cáo năm 2023 của UBND huyện Khánh Vĩnh (ước thực hiện)',
      published: '2023-11-09',
    }),
    p.measurement('III.2.d1.p10/t2', {
      value: 0,
      unit: 'hộ',
      year: 2022,
      source: 'Báo cáo số 45/BC-SLĐTBXH ngày 15/02/2023',
      published: '2023-02-15',
    }),
  ],
  exemptions: [
    p.exemption('VI.t1/r1#0@2023-11-15', {
      unit: 'huyenTruongSa',
      decision: { number: '8120/UBND-KGVX', date: '2023-10-20' },
      reason: 'Huyện Trường Sa lồng ghép kết quả vào báo cáo kinh tế - xã hội năm 2023.',
    }),
  ],
});
