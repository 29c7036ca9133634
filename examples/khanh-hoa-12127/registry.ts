/**
 * The units and groups that plan 12127/KH-UBND names, as a typed registry.
 *
 * Validity periods, successors and their bases record the 2025 reorganisation: they are facts
 * about the bodies, not corrections of the plan. From 01/3/2025 provincial departments were
 * merged (the former Sở LĐTBXH's and Sở TT&TT's functions split among several departments, as
 * the ministries' were); from 01/7/2025 the district level ended, Khánh Hòa and Ninh Thuận
 * became one province keeping the name Khánh Hòa, and Trường Sa became a special zone (đặc khu)
 * at commune level. Each basis cites the decision it rests on; where Khánh Hòa's own decision
 * could not be found, the basis says so and the national decision is cited (see README.md).
 */
import { defineRegistry } from '@kehoach/core';

/** Last day of the departments merged under Decree 45/2025, and first day of the merged ones. */
const MERGED_2025_03 = '2025-02-28';
const FORMED_2025_03 = '2025-03-01';
/** Last day of the district level. */
const DISTRICTS_END = '2025-06-30';

const ND45 =
  'Nghị định số 45/2025/NĐ-CP ngày 28/02/2025 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc UBND cấp tỉnh (hiệu lực từ 01/3/2025); quyết định riêng của tỉnh Khánh Hòa chưa tìm được';
const LUAT72 =
  'Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16/6/2025: chính quyền cấp huyện kết thúc hoạt động từ 01/7/2025';
const NQ1667 =
  'Nghị quyết số 1667/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về sắp xếp các đơn vị hành chính cấp xã của tỉnh Khánh Hòa năm 2025';
const NQ176 = 'Nghị quyết số 176/2025/QH15 ngày 18/02/2025 của Quốc hội về cơ cấu tổ chức của Chính phủ';
const DISTRICT_NOTE = 'Cấp huyện kết thúc hoạt động từ 01/7/2025; không có đơn vị kế thừa riêng: nhiệm vụ chuyển về tỉnh và các xã, phường.';

export const registry = defineRegistry({
  units: {
    ubndTinh: {
      name: 'Ủy ban nhân dân tỉnh Khánh Hòa',
      short: 'UBND tỉnh',
      en: "Khanh Hoa Provincial People's Committee",
      kind: 'people-committee',
      aliases: ['Ủy ban nhân dân tỉnh', 'UBND tỉnh Khánh Hòa'],
      note: 'Từ 01/7/2025 tỉnh Khánh Hòa và tỉnh Ninh Thuận hợp thành tỉnh Khánh Hòa (Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội); UBND tỉnh Khánh Hòa tiếp tục là cơ quan ban hành và nhận báo cáo.',
    },
    lanhDaoUbnd: {
      name: 'Chủ tịch và các Phó Chủ tịch UBND tỉnh',
      short: 'Chủ tịch và các PCT UBND tỉnh',
      en: 'Chair and Vice Chairs of the Provincial People’s Committee',
      kind: 'people-committee',
    },
    thuongTrucTinhUy: {
      name: 'Thường trực Tỉnh ủy',
      en: 'Standing Board of the Provincial Party Committee',
      kind: 'party',
    },
    cacBanDang: {
      name: 'Các ban đảng thuộc Tỉnh ủy',
      en: 'Boards of the Provincial Party Committee',
      kind: 'party',
    },
    hdndTinh: {
      name: 'Hội đồng nhân dân tỉnh',
      short: 'HĐND tỉnh',
      en: "Provincial People's Council",
      kind: 'people-council',
    },
    ubMttq: {
      name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
      short: 'Ủy ban MTTQ tỉnh',
      en: 'Provincial Committee of the Vietnam Fatherland Front',
      kind: 'front',
      aliases: ['Mặt trận'],
    },
    tinhDoan: {
      name: 'Tỉnh đoàn Khánh Hòa',
      short: 'Tỉnh đoàn',
      en: 'Khanh Hoa Provincial Youth Union',
      kind: 'union',
      note: 'Từ 2025 các tổ chức chính trị - xã hội trực thuộc Mặt trận Tổ quốc Việt Nam (Nghị quyết số 203/2025/QH15 ngày 16/6/2025 sửa đổi Hiến pháp, Điều 9; Luật số 97/2025/QH15, hiệu lực 01/7/2025).',
    },
    soLdtbxh: {
      name: 'Sở Lao động - Thương binh và Xã hội',
      short: 'Sở LĐTBXH',
      en: 'Department of Labour, Invalids and Social Affairs',
      kind: 'department',
      validUntil: MERGED_2025_03,
      basis: ND45,
      // The ministry's functions were split four ways (NQ 176/2025/QH15 and the decrees below);
      // provincial departments followed the same split.
      successors: [
        {
          unit: 'soNoiVu',
          for: 'lao động, tiền lương, việc làm, bảo hiểm xã hội, an toàn, vệ sinh lao động, người có công, bình đẳng giới',
          basis: 'Nghị định số 25/2025/NĐ-CP ngày 21/02/2025 (Bộ Nội vụ)',
        },
        {
          unit: 'soYTe',
          for: 'bảo trợ xã hội, trẻ em, phòng, chống tệ nạn xã hội',
          basis: 'Nghị định số 42/2025/NĐ-CP ngày 27/02/2025 (Bộ Y tế)',
        },
        { unit: 'soGddt', for: 'giáo dục nghề nghiệp', basis: 'Nghị định số 37/2025/NĐ-CP ngày 26/02/2025 (Bộ Giáo dục và Đào tạo)' },
        { unit: 'soNnmt', for: 'giảm nghèo', basis: 'Nghị định số 35/2025/NĐ-CP ngày 25/02/2025 (Bộ Nông nghiệp và Môi trường)' },
      ],
    },
    soTaiChinh: { name: 'Sở Tài chính', en: 'Department of Finance', kind: 'department' },
    soKhdt: {
      name: 'Sở Kế hoạch và Đầu tư',
      short: 'Sở KH&ĐT',
      en: 'Department of Planning and Investment',
      kind: 'department',
      validUntil: MERGED_2025_03,
      basis: ND45,
      successors: ['soTaiChinh'],
    },
    soKhcn: {
      name: 'Sở Khoa học và Công nghệ',
      short: 'Sở KH&CN',
      en: 'Department of Science and Technology',
      kind: 'department',
    },
    soYTe: { name: 'Sở Y tế', en: 'Department of Health', kind: 'department' },
    soGddt: {
      name: 'Sở Giáo dục và Đào tạo',
      short: 'Sở GD&ĐT',
      en: 'Department of Education and Training',
      kind: 'department',
    },
    soTnmt: {
      name: 'Sở Tài nguyên và Môi trường',
      short: 'Sở TN&MT',
      en: 'Department of Natural Resources and Environment',
      kind: 'department',
      validUntil: MERGED_2025_03,
      basis: ND45,
      successors: ['soNnmt'],
    },
    soNnptnt: {
      name: 'Sở Nông nghiệp và Phát triển nông thôn',
      short: 'Sở NN&PTNT',
      en: 'Department of Agriculture and Rural Development',
      kind: 'department',
      validUntil: MERGED_2025_03,
      basis: ND45,
      successors: ['soNnmt'],
    },
    soNnmt: {
      name: 'Sở Nông nghiệp và Môi trường',
      short: 'Sở NN&MT',
      en: 'Department of Agriculture and Environment',
      kind: 'department',
      validFrom: FORMED_2025_03,
      basis: 'Hợp nhất Sở TN&MT và Sở NN&PTNT theo Nghị định số 45/2025/NĐ-CP; hoạt động từ 01/3/2025',
      note: 'Không có tên trong kế hoạch.',
    },
    soNoiVu: { name: 'Sở Nội vụ', en: 'Department of Home Affairs', kind: 'department' },
    soVhtt: {
      name: 'Sở Văn hóa và Thể thao',
      short: 'Sở VH&TT',
      en: 'Department of Culture and Sports',
      kind: 'department',
      validUntil: MERGED_2025_03,
      basis: ND45,
      successors: ['soVhttdl'],
    },
    soDuLich: {
      name: 'Sở Du lịch',
      en: 'Department of Tourism',
      kind: 'department',
      validUntil: MERGED_2025_03,
      basis: ND45,
      successors: ['soVhttdl'],
    },
    soVhttdl: {
      name: 'Sở Văn hóa, Thể thao và Du lịch',
      short: 'Sở VHTTDL',
      en: 'Department of Culture, Sports and Tourism',
      kind: 'department',
      validFrom: FORMED_2025_03,
      basis: 'Hợp nhất Sở VH&TT và Sở Du lịch theo Nghị định số 45/2025/NĐ-CP; ngày thành lập ở Khánh Hòa chưa xác minh, lấy ngày Nghị định có hiệu lực',
      note: 'Không có tên trong kế hoạch. Từ 07/7/2025 hợp nhất tiếp với Sở VHTTDL tỉnh Ninh Thuận.',
    },
    soTttt: {
      name: 'Sở Thông tin và Truyền thông',
      short: 'Sở TT&TT',
      en: 'Department of Information and Communications',
      kind: 'department',
      validUntil: MERGED_2025_03,
      basis: ND45,
      successors: [
        {
          unit: 'soVhttdl',
          for: 'báo chí, xuất bản, thông tin cơ sở, thông tin đối ngoại',
          basis: 'Nghị định số 43/2025/NĐ-CP ngày 28/02/2025 (Bộ Văn hóa, Thể thao và Du lịch)',
        },
        {
          unit: 'soKhcn',
          for: 'bưu chính, viễn thông, công nghệ thông tin, chuyển đổi số',
          basis: 'Nghị định số 55/2025/NĐ-CP ngày 02/3/2025 (Bộ Khoa học và Công nghệ)',
        },
      ],
    },
    soNgoaiVu: {
      name: 'Sở Ngoại vụ',
      en: 'Department of Foreign Affairs',
      kind: 'department',
      note: 'Việc sắp xếp Sở Ngoại vụ Khánh Hòa năm 2025 chưa xác minh được: đơn vị được giữ như khi ban hành kế hoạch.',
    },
    ttDvvl: {
      name: 'Trung tâm Dịch vụ việc làm Khánh Hòa',
      en: 'Khanh Hoa Employment Service Centre',
      kind: 'agency',
    },
    ttBtxh: {
      name: 'Trung tâm Bảo trợ Xã hội tỉnh',
      en: 'Provincial Social Protection Centre',
      kind: 'agency',
    },
    congTtdt: {
      name: 'Cổng Thông tin điện tử tỉnh',
      short: 'Cổng TTĐT tỉnh',
      en: 'Provincial Web Portal',
      kind: 'agency',
    },
    baoKhanhHoa: { name: 'Báo Khánh Hòa', en: 'Khanh Hoa Newspaper', kind: 'media' },
    daiPtth: {
      name: 'Đài Phát thanh và Truyền hình Khánh Hòa',
      en: 'Khanh Hoa Radio and Television',
      kind: 'media',
    },
    tpNhaTrang: {
      name: 'UBND thành phố Nha Trang',
      en: "Nha Trang City People's Committee",
      kind: 'district',
      aliases: ['thành phố Nha Trang'],
      validUntil: DISTRICTS_END,
      basis: LUAT72,
      note: DISTRICT_NOTE,
    },
    tpCamRanh: {
      name: 'UBND thành phố Cam Ranh',
      en: "Cam Ranh City People's Committee",
      kind: 'district',
      validUntil: DISTRICTS_END,
      basis: LUAT72,
      note: DISTRICT_NOTE,
    },
    txNinhHoa: {
      name: 'UBND thị xã Ninh Hòa',
      en: "Ninh Hoa Town People's Committee",
      kind: 'district',
      validUntil: DISTRICTS_END,
      basis: LUAT72,
      note: DISTRICT_NOTE,
    },
    huyenVanNinh: {
      name: 'UBND huyện Vạn Ninh',
      en: "Van Ninh District People's Committee",
      kind: 'district',
      validUntil: DISTRICTS_END,
      basis: LUAT72,
      note: DISTRICT_NOTE,
    },
    huyenDienKhanh: {
      name: 'UBND huyện Diên Khánh',
      en: "Dien Khanh District People's Committee",
      kind: 'district',
      aliases: ['huyện Diên Khánh'],
      validUntil: DISTRICTS_END,
      basis: LUAT72,
      note: DISTRICT_NOTE,
    },
    huyenCamLam: {
      name: 'UBND huyện Cam Lâm',
      en: "Cam Lam District People's Committee",
      kind: 'district',
      validUntil: DISTRICTS_END,
      basis: LUAT72,
      note: DISTRICT_NOTE,
    },
    huyenKhanhVinh: {
      name: 'UBND huyện Khánh Vĩnh',
      en: "Khanh Vinh District People's Committee",
      kind: 'district',
      aliases: ['huyện Khánh Vĩnh'],
      validUntil: DISTRICTS_END,
      basis: LUAT72,
      note: DISTRICT_NOTE,
    },
    huyenKhanhSon: {
      name: 'UBND huyện Khánh Sơn',
      en: "Khanh Son District People's Committee",
      kind: 'district',
      aliases: ['huyện Khánh Sơn'],
      validUntil: DISTRICTS_END,
      basis: LUAT72,
      note: DISTRICT_NOTE,
    },
    huyenTruongSa: {
      name: 'UBND huyện Trường Sa',
      en: "Truong Sa District People's Committee",
      kind: 'district',
      validUntil: DISTRICTS_END,
      basis: LUAT72,
      successors: [{ unit: 'dacKhuTruongSa', basis: NQ1667 }],
    },
    dacKhuTruongSa: {
      name: 'UBND đặc khu Trường Sa',
      en: "Truong Sa Special Zone People's Committee",
      kind: 'commune',
      validFrom: '2025-07-01',
      basis: `${NQ1667}: đặc khu Trường Sa (cấp xã) gồm thị trấn Trường Sa, xã Song Tử Tây và xã Sinh Tồn`,
      note: 'Không có tên trong kế hoạch: kế thừa huyện Trường Sa từ 01/7/2025.',
    },
    thuTuong: { name: 'Thủ tướng Chính phủ', en: 'Prime Minister', kind: 'government' },
    chinhPhu: { name: 'Chính phủ', en: 'The Government', kind: 'government' },
    boLdtbxh: {
      name: 'Bộ Lao động - Thương binh và Xã hội',
      en: 'Ministry of Labour, Invalids and Social Affairs',
      kind: 'ministry',
      validUntil: MERGED_2025_03,
      basis: NQ176,
      note: 'Chức năng chia cho Bộ Nội vụ, Bộ Y tế, Bộ GD&ĐT và Bộ NN&MT; Bộ Nội vụ làm đầu mối trụ cột Văn hóa - Xã hội ASEAN.',
    },
    boTttt: {
      name: 'Bộ Thông tin và Truyền thông',
      en: 'Ministry of Information and Communications',
      kind: 'ministry',
      validUntil: MERGED_2025_03,
      basis: NQ176,
      note: 'Hợp nhất vào Bộ Khoa học và Công nghệ; báo chí, xuất bản, thông tin cơ sở chuyển sang Bộ Văn hóa, Thể thao và Du lịch.',
    },
    banBiThu: { name: 'Ban Bí thư', en: 'Secretariat of the Party Central Committee', kind: 'party' },
  },
  groups: {
    soBanNganh: {
      name: 'Các sở, ban, ngành',
      en: 'Provincial departments and agencies',
      aliases: ['các sở, ban, ngành thuộc tỉnh', 'các sở, ngành'],
      // Every department of the province that exists on the date; the "ban, ngành" the plan
      // does not name make the group incomplete.
      rule: { kinds: ['department'] },
      complete: false,
      note: 'Kế hoạch không liệt kê các sở, ban, ngành: thành viên là các sở có trong danh mục vào ngày đến hạn, và các sở, ban, ngành khác.',
    },
    huyen: {
      name: 'UBND các huyện, thị xã, thành phố',
      en: "District-level People's Committees",
      aliases: ['địa phương', 'các địa phương'],
      members: [
        'tpNhaTrang', 'tpCamRanh', 'txNinhHoa', 'huyenVanNinh', 'huyenDienKhanh',
        'huyenCamLam', 'huyenKhanhVinh', 'huyenKhanhSon', 'huyenTruongSa',
      ],
    },
    doanThe: {
      name: 'Các đoàn thể chính trị - xã hội cấp tỉnh',
      en: 'Provincial socio-political organisations',
      aliases: ['đoàn thể chính trị - xã hội', 'các đoàn thể cấp tỉnh'],
      members: ['tinhDoan'],
      complete: false,
      note: 'The plan names only Tỉnh đoàn among them.',
    },
    truCot: {
      name: 'Các đơn vị thuộc trụ cột Văn hóa - Xã hội ASEAN',
      en: 'Units of the ASEAN Socio-Cultural pillar',
      members: [
        'soYTe', 'soGddt', 'soTnmt', 'soNnptnt', 'soNoiVu', 'soVhtt', 'soDuLich',
        'soTttt', 'soKhcn', 'tinhDoan',
      ],
    },
    soNganhHuyenDoanThe: {
      name: 'Các sở, ban, ngành và UBND các huyện, thị xã, thành phố, đoàn thể chính trị - xã hội',
      en: 'Departments, district-level committees and socio-political organisations',
      members: ['soBanNganh', 'huyen', 'doanThe'],
    },
    soNganhDiaPhuong: {
      name: 'Các sở, ban, ngành, địa phương',
      en: 'Departments and localities',
      aliases: ['các sở, ban, ngành, UBND các huyện, thị xã, thành phố'],
      members: ['soBanNganh', 'huyen'],
    },
    mttqDoanThe: {
      name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể cấp tỉnh',
      en: 'The Fatherland Front and provincial organisations',
      members: ['ubMttq', 'doanThe'],
    },
    coQuanDonVi: {
      name: 'Các cơ quan, đơn vị',
      en: 'All implementing bodies',
      members: ['soBanNganh', 'huyen', 'doanThe'],
      complete: false,
    },
  },
});
