/**
 * The units and groups that plan 12127/KH-UBND names, as a typed registry.
 *
 * Validity periods record the 2025 reorganisation: from 1/3/2025 several provincial
 * departments were merged, and from 1/7/2025 the district level ended. They are facts
 * about the bodies, not corrections of the plan.
 */
import { defineRegistry } from '@kehoach/core';

const MERGED_2025_03 = '2025-02-28';
const DISTRICTS_END = '2025-06-30';
const DISTRICT_NOTE = 'Cấp huyện kết thúc hoạt động từ 01/7/2025.';

export const registry = defineRegistry({
  units: {
    ubndTinh: {
      name: 'Ủy ban nhân dân tỉnh Khánh Hòa',
      short: 'UBND tỉnh',
      en: "Khanh Hoa Provincial People's Committee",
      kind: 'people-committee',
      aliases: ['Ủy ban nhân dân tỉnh', 'UBND tỉnh Khánh Hòa'],
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
    },
    soLdtbxh: {
      name: 'Sở Lao động - Thương binh và Xã hội',
      short: 'Sở LĐTBXH',
      en: 'Department of Labour, Invalids and Social Affairs',
      kind: 'department',
      validUntil: MERGED_2025_03,
      successor: 'soNoiVu',
    },
    soTaiChinh: { name: 'Sở Tài chính', en: 'Department of Finance', kind: 'department' },
    soKhdt: {
      name: 'Sở Kế hoạch và Đầu tư',
      short: 'Sở KH&ĐT',
      en: 'Department of Planning and Investment',
      kind: 'department',
      validUntil: MERGED_2025_03,
      successor: 'soTaiChinh',
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
      successor: 'soNnmt',
    },
    soNnptnt: {
      name: 'Sở Nông nghiệp và Phát triển nông thôn',
      short: 'Sở NN&PTNT',
      en: 'Department of Agriculture and Rural Development',
      kind: 'department',
      validUntil: MERGED_2025_03,
      successor: 'soNnmt',
    },
    soNnmt: {
      name: 'Sở Nông nghiệp và Môi trường',
      en: 'Department of Agriculture and Environment',
      kind: 'department',
      validFrom: '2025-03-01',
      note: 'Not named in the plan: formed on 01/3/2025 from Sở TN&MT and Sở NN&PTNT.',
    },
    soNoiVu: { name: 'Sở Nội vụ', en: 'Department of Home Affairs', kind: 'department' },
    soVhtt: {
      name: 'Sở Văn hóa và Thể thao',
      short: 'Sở VH&TT',
      en: 'Department of Culture and Sports',
      kind: 'department',
    },
    soDuLich: { name: 'Sở Du lịch', en: 'Department of Tourism', kind: 'department' },
    soTttt: {
      name: 'Sở Thông tin và Truyền thông',
      short: 'Sở TT&TT',
      en: 'Department of Information and Communications',
      kind: 'department',
      validUntil: MERGED_2025_03,
      successor: 'soKhcn',
    },
    soNgoaiVu: { name: 'Sở Ngoại vụ', en: 'Department of Foreign Affairs', kind: 'department' },
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
      note: DISTRICT_NOTE,
    },
    tpCamRanh: {
      name: 'UBND thành phố Cam Ranh',
      en: "Cam Ranh City People's Committee",
      kind: 'district',
      validUntil: DISTRICTS_END,
      note: DISTRICT_NOTE,
    },
    txNinhHoa: {
      name: 'UBND thị xã Ninh Hòa',
      en: "Ninh Hoa Town People's Committee",
      kind: 'district',
      validUntil: DISTRICTS_END,
      note: DISTRICT_NOTE,
    },
    huyenVanNinh: {
      name: 'UBND huyện Vạn Ninh',
      en: "Van Ninh District People's Committee",
      kind: 'district',
      validUntil: DISTRICTS_END,
      note: DISTRICT_NOTE,
    },
    huyenDienKhanh: {
      name: 'UBND huyện Diên Khánh',
      en: "Dien Khanh District People's Committee",
      kind: 'district',
      aliases: ['huyện Diên Khánh'],
      validUntil: DISTRICTS_END,
      note: DISTRICT_NOTE,
    },
    huyenCamLam: {
      name: 'UBND huyện Cam Lâm',
      en: "Cam Lam District People's Committee",
      kind: 'district',
      validUntil: DISTRICTS_END,
      note: DISTRICT_NOTE,
    },
    huyenKhanhVinh: {
      name: 'UBND huyện Khánh Vĩnh',
      en: "Khanh Vinh District People's Committee",
      kind: 'district',
      aliases: ['huyện Khánh Vĩnh'],
      validUntil: DISTRICTS_END,
      note: DISTRICT_NOTE,
    },
    huyenKhanhSon: {
      name: 'UBND huyện Khánh Sơn',
      en: "Khanh Son District People's Committee",
      kind: 'district',
      aliases: ['huyện Khánh Sơn'],
      validUntil: DISTRICTS_END,
      note: DISTRICT_NOTE,
    },
    huyenTruongSa: {
      name: 'UBND huyện Trường Sa',
      en: "Truong Sa District People's Committee",
      kind: 'district',
      validUntil: DISTRICTS_END,
      note: DISTRICT_NOTE,
    },
    thuTuong: { name: 'Thủ tướng Chính phủ', en: 'Prime Minister', kind: 'government' },
    chinhPhu: { name: 'Chính phủ', en: 'The Government', kind: 'government' },
    boLdtbxh: {
      name: 'Bộ Lao động - Thương binh và Xã hội',
      en: 'Ministry of Labour, Invalids and Social Affairs',
      kind: 'ministry',
    },
    boTttt: {
      name: 'Bộ Thông tin và Truyền thông',
      en: 'Ministry of Information and Communications',
      kind: 'ministry',
    },
    banBiThu: { name: 'Ban Bí thư', en: 'Secretariat of the Party Central Committee', kind: 'party' },
  },
  groups: {
    soBanNganh: {
      name: 'Các sở, ban, ngành',
      en: 'Provincial departments and agencies',
      aliases: ['các sở, ban, ngành thuộc tỉnh', 'các sở, ngành'],
      members: [
        'soLdtbxh', 'soTaiChinh', 'soKhdt', 'soKhcn', 'soYTe', 'soGddt', 'soTnmt',
        'soNnptnt', 'soNoiVu', 'soVhtt', 'soDuLich', 'soTttt', 'soNgoaiVu',
      ],
      complete: false,
      note: 'The plan does not list the "ban, ngành"; members are the departments it names.',
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
      complete: false,
    },
    soNganhDiaPhuong: {
      name: 'Các sở, ban, ngành, địa phương',
      en: 'Departments and localities',
      aliases: ['các sở, ban, ngành, UBND các huyện, thị xã, thành phố'],
      members: ['soBanNganh', 'huyen'],
      complete: false,
    },
    mttqDoanThe: {
      name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể cấp tỉnh',
      en: 'The Fatherland Front and provincial organisations',
      members: ['ubMttq', 'doanThe'],
      complete: false,
    },
    coQuanDonVi: {
      name: 'Các cơ quan, đơn vị',
      en: 'All implementing bodies',
      members: ['soBanNganh', 'huyen', 'doanThe'],
      complete: false,
    },
  },
});
