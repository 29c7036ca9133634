/**
 * The bodies that plan 552/KH-UBND of Đồng Tháp names, as a typed registry.
 *
 * The plan was issued on 19/11/2025, after the reorganisation of 2025: the departments are the
 * merged ones (Sở Nông nghiệp và Môi trường, Sở Văn hóa, Thể thao và Du lịch, …), the district
 * level no longer exists and the communes and wards ("xã, phường") are the local level. Nothing
 * here is a fact about the bodies that the plan does not state, except their kind.
 */
import { defineRegistry } from '@kehoach/core';

export const registry = defineRegistry({
  units: {
    ubndTinh: {
      name: 'Ủy ban nhân dân tỉnh Đồng Tháp',
      short: 'UBND Tỉnh',
      en: "Dong Thap Provincial People's Committee",
      kind: 'people-committee',
      aliases: ['Ủy ban nhân dân Tỉnh', 'Ủy ban nhân dân tỉnh'],
      note: 'Từ 01/7/2025 tỉnh Đồng Tháp và tỉnh Tiền Giang hợp thành tỉnh Đồng Tháp (Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội); kế hoạch ban hành sau ngày đó.',
    },
    lanhDaoUbnd: {
      name: 'Chủ tịch và các Phó Chủ tịch UBND Tỉnh',
      short: 'CT, các PCT UBND Tỉnh',
      en: "Chair and Vice Chairs of the Provincial People's Committee",
      kind: 'people-committee',
    },
    vpub: {
      name: 'Văn phòng Ủy ban nhân dân Tỉnh',
      short: 'VPUB',
      en: "Office of the Provincial People's Committee",
      kind: 'agency',
    },
    thuongTrucTinhUy: {
      name: 'Thường trực Tỉnh ủy',
      en: 'Standing Board of the Provincial Party Committee',
      kind: 'party',
    },
    tinhUy: { name: 'Tỉnh ủy', en: 'Provincial Party Committee', kind: 'party' },
    banThuongVuTinhUy: {
      name: 'Ban Thường vụ Tỉnh ủy',
      en: 'Standing Committee of the Provincial Party Committee',
      kind: 'party',
    },
    thuongTrucHdnd: {
      name: 'Thường trực HĐND Tỉnh',
      en: "Standing Board of the Provincial People's Council",
      kind: 'people-council',
    },
    soKhcn: {
      name: 'Sở Khoa học và Công nghệ',
      short: 'Sở KH&CN',
      en: 'Department of Science and Technology',
      kind: 'department',
    },
    soNnmt: {
      name: 'Sở Nông nghiệp và Môi trường',
      short: 'Sở NN&MT',
      en: 'Department of Agriculture and Environment',
      kind: 'department',
    },
    soCongThuong: { name: 'Sở Công Thương', en: 'Department of Industry and Trade', kind: 'department' },
    soTaiChinh: { name: 'Sở Tài chính', en: 'Department of Finance', kind: 'department' },
    soGddt: {
      name: 'Sở Giáo dục và Đào tạo',
      short: 'Sở GD&ĐT',
      en: 'Department of Education and Training',
      kind: 'department',
    },
    soVhttdl: {
      name: 'Sở Văn hóa, Thể thao và Du lịch',
      short: 'Sở VHTTDL',
      en: 'Department of Culture, Sports and Tourism',
      kind: 'department',
      // As the appendix writes it (row III.4).
      aliases: ['Sở Văn hoá Thể thao du lịch'],
    },
    bqlKkt: {
      name: 'Ban Quản lý khu Kinh tế tỉnh Đồng Tháp',
      short: 'Ban Quản lý khu Kinh tế',
      en: 'Dong Thap Economic Zone Authority',
      kind: 'agency',
    },
    lienHiepHoi: {
      name: 'Liên hiệp các Hội Khoa học và Kỹ thuật',
      en: 'Union of Science and Technology Associations',
      kind: 'other',
      note: 'Tổ chức chính trị - xã hội - nghề nghiệp, không thuộc UBND Tỉnh; kế hoạch giao nhiệm vụ mà không dùng "đề nghị".',
    },
    hiepHoiDn: {
      name: 'Hiệp hội Doanh nghiệp',
      en: 'Business Association',
      kind: 'other',
      note: 'Tổ chức xã hội - nghề nghiệp, không thuộc UBND Tỉnh; kế hoạch giao nhiệm vụ mà không dùng "đề nghị".',
    },
    boKhcn: { name: 'Bộ Khoa học và Công nghệ', en: 'Ministry of Science and Technology', kind: 'ministry' },
    boChinhTri: { name: 'Bộ Chính trị', en: 'Politburo', kind: 'party' },
    chinhPhu: { name: 'Chính phủ', en: 'The Government', kind: 'government' },
    banChiDaoTw: {
      name: 'Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
      en: 'Central Steering Committee for science, technology, innovation and digital transformation',
      kind: 'party',
    },
    toGiupViec: {
      name: 'Tổ giúp việc Ban chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
      en: 'Working group of the Central Steering Committee for science, technology, innovation and digital transformation',
      kind: 'party',
    },
  },
  groups: {
    soBanNganh: {
      name: 'Các sở, ban, ngành Tỉnh',
      en: 'Provincial departments and agencies',
      aliases: ['các sở, ban, ngành', 'các sở, ngành', 'Sở, ban, ngành', 'các sở, ban, ngành tỉnh'],
      rule: { kinds: ['department'] },
      complete: false,
      note: 'Kế hoạch không liệt kê các sở, ban, ngành: thành viên là các sở có trong danh mục, và các ban, ngành khác.',
    },
    xaPhuong: {
      name: 'Ủy ban nhân dân xã, phường',
      en: "Commune and ward People's Committees",
      aliases: ['địa phương', 'các địa phương'],
      rule: { kinds: ['commune'] },
      complete: false,
      note: 'Kế hoạch không liệt kê các xã, phường.',
    },
    vienTruong: {
      name: 'Các viện nghiên cứu, trường đại học',
      short: 'Viện, Trường',
      en: 'Research institutes and universities',
      members: [],
      complete: false,
      note: 'Cột phối hợp của Phụ lục ghi "Viện, Trường" mà không nêu tên.',
    },
    doanhNghiep: {
      name: 'Doanh nghiệp',
      en: 'Enterprises',
      members: [],
      complete: false,
      note: 'Cột phối hợp của Phụ lục ghi "Doanh nghiệp" mà không nêu tên.',
    },
    soNganhXaPhuong: {
      name: 'Các sở, ban, ngành, Ủy ban nhân dân xã, phường',
      en: 'Departments and commune-level committees',
      members: ['soBanNganh', 'xaPhuong'],
    },
    coQuanDonVi: {
      name: 'Các cơ quan, đơn vị và địa phương',
      en: 'All implementing bodies and localities',
      aliases: ['các cơ quan, đơn vị', 'các đơn vị liên quan'],
      members: ['soBanNganh', 'xaPhuong'],
      complete: false,
    },
  },
});
