/**
 * The bodies that decision 2954/QĐ-UBND of Sơn La and its attached export plan name, as a typed
 * registry. The decision was issued on 20/11/2025, after the reorganisation of 2025: the
 * departments are the merged ones and the communes and wards ("xã, phường") are the local level.
 */
import { defineRegistry } from '@kehoach/core';

export const registry = defineRegistry({
  units: {
    ubndTinh: {
      name: 'Ủy ban nhân dân tỉnh Sơn La',
      short: 'UBND tỉnh',
      en: "Son La Provincial People's Committee",
      kind: 'people-committee',
      // "Uỷ" is the older placement of the tone mark; the plan uses both.
      aliases: ['Uỷ ban nhân dân tỉnh Sơn La', 'Ủy ban nhân dân tỉnh', 'UBND', 'ỦY BAN NHÂN DÂN TỈNH SƠN LA'],
    },
    chuTichUbnd: { name: 'Chủ tịch UBND tỉnh', en: "Chair of the Provincial People's Committee", kind: 'people-committee' },
    phoChuTichUbnd: {
      name: 'Các Phó Chủ tịch UBND tỉnh',
      en: "Vice Chairs of the Provincial People's Committee",
      kind: 'people-committee',
    },
    vpUbnd: {
      name: 'Văn phòng UBND tỉnh',
      en: "Office of the Provincial People's Committee",
      kind: 'agency',
      aliases: ['Lãnh đạo Văn phòng UBND tỉnh'],
    },
    tinhUy: { name: 'Tỉnh ủy', en: 'Provincial Party Committee', kind: 'party' },
    thuongTrucTinhUy: {
      name: 'Thường trực Tỉnh ủy',
      short: 'TT. Tỉnh uỷ',
      en: 'Standing Board of the Provincial Party Committee',
      kind: 'party',
    },
    hdndTinh: { name: 'Hội đồng nhân dân tỉnh', short: 'HĐND tỉnh', en: "Provincial People's Council", kind: 'people-council', aliases: ['HĐND'] },
    thuongTrucHdnd: {
      name: 'Thường trực HĐND tỉnh',
      short: 'TT. HĐND tỉnh',
      en: "Standing Board of the Provincial People's Council",
      kind: 'people-council',
    },
    thuTuong: { name: 'Thủ tướng Chính phủ', en: 'Prime Minister', kind: 'government' },
    boCongThuong: { name: 'Bộ Công Thương', en: 'Ministry of Industry and Trade', kind: 'ministry' },
    soCongThuong: {
      name: 'Sở Công Thương',
      en: 'Department of Industry and Trade',
      kind: 'department',
      aliases: ['Sở Công thương'],
    },
    soNnmt: {
      name: 'Sở Nông nghiệp và Môi trường',
      short: 'Sở NN&MT',
      en: 'Department of Agriculture and Environment',
      kind: 'department',
    },
    soTaiChinh: { name: 'Sở Tài chính', en: 'Department of Finance', kind: 'department' },
    soKhcn: {
      name: 'Sở Khoa học và Công nghệ',
      en: 'Department of Science and Technology',
      kind: 'department',
      aliases: ['Sở Khoa học và Công Nghệ'],
    },
    soNgoaiVu: { name: 'Sở Ngoại vụ', en: 'Department of Foreign Affairs', kind: 'department', aliases: ['Sở Ngoại Vụ'] },
    congAnTinh: { name: 'Công an tỉnh', en: 'Provincial Police', kind: 'agency' },
    ttXucTien: {
      name: 'Trung tâm Xúc tiến đầu tư, thương mại và du lịch',
      en: 'Investment, Trade and Tourism Promotion Centre',
      kind: 'agency',
    },
    lienMinhHtx: { name: 'Liên minh Hợp tác xã tỉnh', en: 'Provincial Cooperative Alliance', kind: 'other' },
    tinhDoan: { name: 'Đoàn TNCS Hồ Chí Minh tỉnh', en: 'Provincial Ho Chi Minh Communist Youth Union', kind: 'union' },
    hoiNongDan: { name: 'Hội nông dân tỉnh', en: "Provincial Farmers' Union", kind: 'union' },
    hiepHoiDn: { name: 'Hiệp hội doanh nghiệp tỉnh', en: 'Provincial Business Association', kind: 'other' },
    baoPtth: {
      name: 'Báo và phát thanh, truyền hình Sơn La',
      en: 'Son La Newspaper, Radio and Television',
      kind: 'media',
    },
    congTtdt: {
      name: 'Cổng thông tin điện tử tỉnh',
      en: 'Provincial Web Portal',
      kind: 'agency',
      aliases: ['Cổng Thông tin điện tử tỉnh'],
    },
  },
  groups: {
    soBanNganh: {
      name: 'Các sở, ban, ngành',
      en: 'Provincial departments and agencies',
      aliases: ['các sở, ngành', 'Các Sở, ngành', 'các Sở, ban, ngành của tỉnh', 'các sở ngành', 'các Sở, ngành'],
      rule: { kinds: ['department'] },
      complete: false,
      note: 'Kế hoạch không liệt kê các sở, ban, ngành: thành viên là các sở có trong danh mục, và các ban, ngành khác.',
    },
    xaPhuong: {
      name: 'Ủy ban nhân dân các xã, phường',
      short: 'UBND các xã, phường',
      en: "Commune and ward People's Committees",
      rule: { kinds: ['commune'] },
      complete: false,
      note: 'Kế hoạch không liệt kê các xã, phường.',
    },
    coQuanDonVi: {
      name: 'Các cơ quan, đơn vị có liên quan',
      en: 'Other bodies concerned',
      aliases: ['cơ quan, đơn vị có liên quan', 'các đơn vị có liên quan', 'các đơn vị liên quan'],
      members: [],
      complete: false,
    },
    soNganhXaPhuong: {
      name: 'Các Sở, ngành, UBND các xã, phường và các cơ quan, đơn vị có liên quan',
      en: 'Departments, commune-level committees and other bodies concerned',
      members: ['soBanNganh', 'xaPhuong', 'coQuanDonVi'],
    },
    toChucDoanThe: {
      name: 'Liên minh Hợp tác xã tỉnh, Đoàn TNCS Hồ Chí Minh tỉnh, Hội nông dân tỉnh, Hiệp hội doanh nghiệp tỉnh',
      en: 'The cooperative alliance, youth union, farmers’ union and business association',
      members: ['lienMinhHtx', 'tinhDoan', 'hoiNongDan', 'hiepHoiDn'],
    },
    baoChiTinh: {
      name: 'Báo và phát thanh, truyền hình Sơn La, Cổng thông tin điện tử tỉnh',
      en: 'The provincial newspaper, radio and television, and web portal',
      members: ['baoPtth', 'congTtdt'],
    },
    doanhNghiep: {
      name: 'Các doanh nghiệp sản xuất, chế biến và xuất khẩu hàng hóa',
      en: 'Producing, processing and exporting enterprises',
      members: [],
      complete: false,
    },
  },
});
