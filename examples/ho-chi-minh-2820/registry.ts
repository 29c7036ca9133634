/**
 * The bodies that decision 2820/QĐ-UBND of Hồ Chí Minh City and its attached plan name, as a
 * typed registry. The decision was issued on 19/11/2025, after the reorganisation of 2025: the
 * city (merged with Bình Dương and Bà Rịa - Vũng Tàu from 01/7/2025) has two levels of
 * government, and its local level is the wards, communes and the special zone ("phường, xã, đặc khu").
 */
import { defineRegistry } from '@kehoach/core';

export const registry = defineRegistry({
  units: {
    ubndTp: {
      name: 'Ủy ban nhân dân Thành phố Hồ Chí Minh',
      short: 'UBND Thành phố',
      en: "Ho Chi Minh City People's Committee",
      kind: 'people-committee',
      aliases: ['Ủy ban nhân dân Thành phố', 'UBND TP', 'UBND Thành phố Hồ Chí Minh', 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH'],
      note: 'Từ 01/7/2025 Thành phố Hồ Chí Minh, tỉnh Bình Dương và tỉnh Bà Rịa - Vũng Tàu hợp thành Thành phố Hồ Chí Minh (Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội).',
    },
    lanhDaoUbnd: { name: 'TTUB: CT và các PCT', en: "Chair and Vice Chairs of the City People's Committee", kind: 'people-committee' },
    vpub: { name: 'Văn phòng Ủy ban nhân dân Thành phố', short: 'VPUB', en: "Office of the City People's Committee", kind: 'agency' },
    phongNcth: { name: 'Các Phòng NCTH', en: 'Research and synthesis divisions of the Office', kind: 'agency' },
    thuongTrucThanhUy: { name: 'Thường trực Thành ủy', en: 'Standing Board of the City Party Committee', kind: 'party' },
    thanhUy: { name: 'Thành ủy Thành phố', en: 'City Party Committee', kind: 'party' },
    vpThanhUy: { name: 'Văn phòng Thành ủy', en: 'Office of the City Party Committee', kind: 'party' },
    thuongTrucHdnd: { name: 'Thường trực HĐND TP', en: "Standing Board of the City People's Council", kind: 'people-council' },
    vpDbqhHdnd: {
      name: 'Văn phòng ĐBQH và HĐND TP',
      en: "Office of the National Assembly Delegation and the City People's Council",
      kind: 'people-council',
    },
    dangUyUbnd: { name: 'Đảng ủy UBND TP', en: "Party Committee of the City People's Committee", kind: 'party' },
    thuTuong: { name: 'Thủ tướng Chính phủ', en: 'Prime Minister', kind: 'government' },
    phoThuTuong: { name: 'Các Phó Thủ tướng Chính phủ', en: 'Deputy Prime Ministers', kind: 'government' },
    chinhPhu: { name: 'Chính phủ', en: 'The Government', kind: 'government' },
    vpcp: { name: 'Văn phòng Chính phủ', en: 'Government Office', kind: 'government' },
    quocHoi: { name: 'Quốc hội', en: 'National Assembly', kind: 'government' },
    boChinhTri: { name: 'Bộ Chính trị', en: 'Politburo', kind: 'party' },
    boTaiChinh: { name: 'Bộ Tài chính', en: 'Ministry of Finance', kind: 'ministry' },
    boCongAn: { name: 'Bộ Công an', en: 'Ministry of Public Security', kind: 'ministry' },
    boKhcn: { name: 'Bộ Khoa học và Công nghệ', en: 'Ministry of Science and Technology', kind: 'ministry' },
    soTaiChinh: {
      name: 'Sở Tài chính',
      en: 'Department of Finance',
      kind: 'department',
      // The proposal is a letter of Sở Tài chính whose symbol names it STC.
      aliases: ['Sở Tài chính (cơ quan chủ trì)'],
    },
    soKhcn: { name: 'Sở Khoa học và Công nghệ', en: 'Department of Science and Technology', kind: 'department' },
    soNoiVu: { name: 'Sở Nội vụ', en: 'Department of Home Affairs', kind: 'department' },
    soXayDung: { name: 'Sở Xây dựng', en: 'Department of Construction', kind: 'department' },
    soQhkt: { name: 'Sở Quy hoạch - Kiến trúc', en: 'Department of Planning and Architecture', kind: 'department' },
    soNnmt: { name: 'Sở Nông nghiệp và Môi trường', en: 'Department of Agriculture and Environment', kind: 'department' },
    congAnTp: { name: 'Công an Thành phố', en: 'City Police', kind: 'agency', aliases: ['Công An Thành phố'] },
    boTuLenhTp: { name: 'Bộ Tư lệnh Thành phố', en: 'City High Command', kind: 'agency' },
    ttCds: { name: 'Trung tâm Chuyển đổi số Thành phố', en: 'City Digital Transformation Centre', kind: 'agency' },
    vienNcpt: { name: 'Viện Nghiên cứu phát triển Thành phố', en: 'City Institute for Development Studies', kind: 'agency' },
  },
  groups: {
    soNganh: {
      name: 'Các sở, ngành',
      en: 'City departments and agencies',
      aliases: ['các Sở', 'các sở, ngành, đơn vị có liên quan', 'Các sở ngành liên quan', 'các Sở, ban, ngành chuyên môn', 'Các sở, ngành'],
      rule: { kinds: ['department'] },
      complete: false,
      note: 'Kế hoạch không liệt kê các sở, ngành: thành viên là các sở có trong danh mục, và các ngành khác.',
    },
    xaPhuong: {
      name: 'Ủy ban nhân dân phường, xã, đặc khu',
      short: 'UBND xã, phường, đặc khu',
      en: "Ward, commune and special-zone People's Committees",
      aliases: ['UBND xã, phường, đặc khu', 'Ủy ban nhân dân phường, xã và đặc khu'],
      rule: { kinds: ['commune'] },
      complete: false,
      note: 'Kế hoạch không liệt kê các phường, xã, đặc khu.',
    },
    soNganhXaPhuong: {
      name: 'Các sở, ngành, UBND xã, phường, đặc khu',
      en: 'City departments and ward, commune and special-zone committees',
      members: ['soNganh', 'xaPhuong'],
    },
    soNganhVien: {
      name: 'Các sở ngành liên quan, Viện Nghiên cứu phát triển Thành phố',
      en: 'The departments concerned and the City Institute for Development Studies',
      members: ['soNganh', 'vienNcpt'],
    },
    khcnCds: {
      name: 'Sở Khoa học và Công nghệ, Trung tâm Chuyển đổi số Thành phố',
      en: 'The Department of Science and Technology with the Digital Transformation Centre',
      members: ['soKhcn', 'ttCds'],
      mode: 'together',
    },
    khcnCongAn: {
      name: 'Sở Khoa học và Công nghệ, Công an Thành phố',
      en: 'The Department of Science and Technology with the City Police',
      members: ['soKhcn', 'congAnTp'],
      mode: 'together',
    },
    khcnVien: {
      name: 'Sở Khoa học và Công nghệ, Viện Nghiên cứu phát triển Thành phố',
      en: 'The Department of Science and Technology with the Institute for Development Studies',
      members: ['soKhcn', 'vienNcpt'],
      mode: 'together',
    },
    coQuanDonVi: {
      name: 'Các cơ quan, đơn vị',
      en: 'Other bodies',
      aliases: ['các đơn vị có liên quan', 'các đơn vị liên quan', 'Các cơ quan, đơn vị được phân công nhiệm vụ'],
      members: ['soNganh', 'xaPhuong'],
      complete: false,
    },
  },
});
