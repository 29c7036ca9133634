/**
 * The bodies that plan 160/KH-UBND of Cần Thơ names, as a typed registry. The plan was issued on
 * 19/11/2025, after the reorganisation of 2025: the departments are the merged ones (Sở Nông
 * nghiệp và Môi trường) and the communes and wards ("cấp xã") are the local level.
 */
import { defineRegistry } from '@kehoach/core';

export const registry = defineRegistry({
  units: {
    ubndTp: {
      name: 'Ủy ban nhân dân thành phố Cần Thơ',
      short: 'UBND thành phố',
      en: "Can Tho City People's Committee",
      kind: 'people-committee',
      aliases: ['Ủy ban nhân dân thành phố', 'UBND thành phố', 'UBND TP'],
    },
    ctPctUbnd: { name: 'Chủ tịch, các Phó Chủ tịch UBND thành phố', short: 'CT, PCT UBND TP', en: "Chair and Vice Chairs of the City People's Committee", kind: 'people-committee' },
    vpUbnd: { name: 'Văn phòng UBND thành phố', short: 'VP. UBND thành phố', en: "Office of the City People's Committee", kind: 'agency' },
    boNnmt: { name: 'Bộ Nông nghiệp và Môi trường', short: 'Bộ NN&MT', en: 'Ministry of Agriculture and Environment', kind: 'ministry' },
    vpqgGiamNgheo: { name: 'Văn phòng quốc gia về Giảm nghèo', short: 'VPQG về Giảm nghèo', en: 'National Office for Poverty Reduction', kind: 'agency' },
    bcdMtqg: {
      name: 'Ban Chỉ đạo các Chương trình mục tiêu quốc gia thành phố',
      en: 'City steering committee of the national target programmes',
      kind: 'agency',
    },
    soNnmt: { name: 'Sở Nông nghiệp và Môi trường', short: 'Sở NN&MT', en: 'Department of Agriculture and Environment', kind: 'department', aliases: ['NN&MT'] },
    soTaiChinh: { name: 'Sở Tài chính', short: 'TC', en: 'Department of Finance', kind: 'department' },
    soVhttdl: { name: 'Sở Văn hóa, Thể thao và Du lịch', short: 'VH,TT&DL', en: 'Department of Culture, Sports and Tourism', kind: 'department' },
    soGddt: { name: 'Sở Giáo dục và Đào tạo', short: 'GD&ĐT', en: 'Department of Education and Training', kind: 'department' },
    soYte: { name: 'Sở Y tế', short: 'YT', en: 'Department of Health', kind: 'department' },
    soNoiVu: { name: 'Sở Nội vụ', short: 'Nội vụ', en: 'Department of Home Affairs', kind: 'department' },
    ubmttq: {
      name: 'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố',
      short: 'UBMT TQ VN thành phố',
      en: 'City Committee of the Vietnam Fatherland Front',
      kind: 'front',
    },
    congTtdt: { name: 'Cổng Thông tin điện tử thành phố', en: 'City web portal', kind: 'media' },
  },
  groups: {
    soNganhChuTri: {
      name: 'Các Sở, ngành chủ trì, quản lý, tham gia thực hiện các dự án, tiểu dự án, nội dung thành phần thuộc Chương trình',
      en: 'Departments leading, managing or taking part in the projects, sub-projects and components of the programme',
      rule: { kinds: ['department'] },
      complete: false,
      note: 'Kế hoạch không nêu sở, ngành nào chủ trì dự án, tiểu dự án nào; "Nơi nhận" gửi các Sở NN&MT, TC, VH,TT&DL, GD&ĐT, YT, Nội vụ.',
    },
    xa: {
      name: 'Ủy ban nhân dân cấp xã',
      short: 'UBND xã, phường',
      en: "Commune and ward People's Committees",
      rule: { kinds: ['commune'] },
      complete: false,
      note: 'Kế hoạch không liệt kê các xã, phường.',
    },
    coQuanLienQuan: {
      name: 'Các cơ quan, đơn vị liên quan',
      en: 'Other bodies concerned',
      aliases: ['các cơ quan liên quan', 'các cơ quan, đơn vị'],
      members: [],
      complete: false,
    },
    boNganhTw: {
      name: 'Các Bộ, cơ quan trung ương chủ trì dự án, tiểu dự án, nội dung thành phần thuộc Chương trình',
      en: 'Ministries and central agencies leading projects, sub-projects and components of the programme',
      members: ['boNnmt'],
      complete: false,
      note: 'Kế hoạch chỉ nêu tên Bộ Nông nghiệp và Môi trường.',
    },
    doanThe: {
      name: 'Các Đoàn thể thành phố',
      en: 'City mass organisations',
      members: [],
      complete: false,
    },
  },
});
