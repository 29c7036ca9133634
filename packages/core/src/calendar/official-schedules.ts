/**
 * Announced holiday schedules for civil servants (cán bộ, công chức, viên chức).
 *
 * The Labour Code 2019, Article 112(3), leaves the exact days of Tết Nguyên đán and the
 * day next to Quốc khánh (2/9) to the Prime Minister each year; the Government may also
 * swap a working day for a Saturday (hoán đổi ngày làm việc, with a make-up working day).
 * The decision is conveyed by a letter of the Văn phòng Chính phủ (Government Office) and
 * announced to agencies by a notice (thông báo) of the ministry in charge of labour: Bộ Lao
 * động - Thương binh và Xã hội (Bộ LĐTBXH) until February 2025, then Bộ Nội vụ, which took
 * over its labour functions on 1 March 2025.
 *
 * Plain data, no logic. Every entry names the document it was checked against (see
 * docs/calendars.md for where each was read); a year or holiday missing here falls back to
 * the statutory rules, and the days it decides are marked provisional.
 *
 * @packageDocumentation
 */
import type { IsoDate } from '../dates.js';

/** The statutory public holidays of the Labour Code 2019, Article 112(1). */
export type VietnamHolidayKey = 'new-year' | 'tet' | 'hung-kings' | 'reunification' | 'labour' | 'national-day';

/** A weekday given off in exchange for a weekend day worked (hoán đổi ngày làm việc). */
export interface WorkdaySwap {
  /** The weekday given off. */
  readonly dayOff: IsoDate;
  /** The Saturday or Sunday worked instead (làm bù). */
  readonly workingDay: IsoDate;
}

/** A document that announced or decided a schedule. */
export interface ScheduleSource {
  /** Number and symbol (số, ký hiệu), e.g. `'5015/TB-LĐTBXH'`. */
  readonly number: string;
  /** Date of issue. */
  readonly date: IsoDate;
  /** Issuing body, e.g. `'Bộ Lao động - Thương binh và Xã hội'`. */
  readonly issuer: string;
  /**
   * Short title in Vietnamese, with the number and date, e.g. `'Thông báo số
   * 5015/TB-LĐTBXH ngày 22/11/2023 về việc nghỉ Tết Âm lịch và Quốc khánh năm 2024'`. It is
   * the `basis` of every day the schedule decides.
   */
  readonly title: string;
}

/** One announced schedule for one holiday of one year. */
export interface OfficialSchedule {
  /** Gregorian year of the holiday. */
  readonly year: number;
  /** Which holiday the schedule settles. */
  readonly holiday: VietnamHolidayKey;
  /**
   * First and last day of the announced break, inclusive, weekends included. For Tết the
   * weekdays of this range, less swapped days, are the Tết holidays; for the other holidays
   * it is what the rules must produce (the tests check it).
   */
  readonly daysOff: readonly [IsoDate, IsoDate];
  /** The holiday's own dates where the schedule chooses them (2/9 and the day next to it). */
  readonly holidayDates?: readonly IsoDate[];
  /** Working days exchanged for weekend days. */
  readonly swaps?: readonly WorkdaySwap[];
  /** The document the schedule is taken from; its title is the basis of the days. */
  readonly source: ScheduleSource;
  /** Other documents of the same decision, e.g. the Government Office letter a notice carries out. */
  readonly related?: readonly ScheduleSource[];
}

const MOLISA = 'Bộ Lao động - Thương binh và Xã hội';
const MOHA = 'Bộ Nội vụ';
const GOVERNMENT_OFFICE = 'Văn phòng Chính phủ';

const NOTICE_2020: ScheduleSource = {
  number: '4544/TB-LĐTBXH',
  date: '2019-10-25',
  issuer: MOLISA,
  title: 'Thông báo số 4544/TB-LĐTBXH ngày 25/10/2019 về việc nghỉ Tết Âm lịch năm 2020',
};
const LETTER_2021: ScheduleSource = {
  number: '9895/VPCP-KGVX',
  date: '2020-11-26',
  issuer: GOVERNMENT_OFFICE,
  title: 'Công văn số 9895/VPCP-KGVX ngày 26/11/2020 về việc nghỉ Tết Âm lịch và Quốc khánh năm 2021',
};
const LETTER_2022: ScheduleSource = {
  number: '245/VPCP-KGVX',
  date: '2022-01-11',
  issuer: GOVERNMENT_OFFICE,
  title: 'Công văn số 245/VPCP-KGVX ngày 11/01/2022 về việc nghỉ Tết Âm lịch và Quốc khánh năm 2022',
};
const NOTICE_2023: ScheduleSource = {
  number: '5034/TB-LĐTBXH',
  date: '2022-12-07',
  issuer: MOLISA,
  title: 'Thông báo số 5034/TB-LĐTBXH ngày 07/12/2022 về việc nghỉ Tết Âm lịch và Quốc khánh năm 2023',
};
const LETTER_2023: ScheduleSource = {
  number: '8056/VPCP-KGVX',
  date: '2022-12-01',
  issuer: GOVERNMENT_OFFICE,
  title: 'Công văn số 8056/VPCP-KGVX ngày 01/12/2022 về việc nghỉ Tết Âm lịch và Quốc khánh năm 2023',
};
const NOTICE_2024: ScheduleSource = {
  number: '5015/TB-LĐTBXH',
  date: '2023-11-22',
  issuer: MOLISA,
  title: 'Thông báo số 5015/TB-LĐTBXH ngày 22/11/2023 về việc nghỉ Tết Âm lịch và Quốc khánh năm 2024',
};
const LETTER_2024: ScheduleSource = {
  number: '8662/VPCP-KGVX',
  date: '2023-11-03',
  issuer: GOVERNMENT_OFFICE,
  title: 'Công văn số 8662/VPCP-KGVX ngày 03/11/2023 về việc nghỉ Tết Âm lịch và Quốc khánh năm 2024',
};
const SWAP_LETTER_2024: ScheduleSource = {
  number: '2450/VPCP-KGVX',
  date: '2024-04-12',
  issuer: GOVERNMENT_OFFICE,
  title: 'Công văn số 2450/VPCP-KGVX ngày 12/04/2024 về việc hoán đổi ngày làm việc dịp nghỉ lễ 30/4 và 01/5 năm 2024',
};
const NOTICE_2025: ScheduleSource = {
  number: '6150/TB-LĐTBXH',
  date: '2024-12-03',
  issuer: MOLISA,
  title: 'Thông báo số 6150/TB-LĐTBXH ngày 03/12/2024 về việc nghỉ Tết Âm lịch, Quốc khánh và dịp 30/4, 01/5 năm 2025',
};
const LETTER_2025: ScheduleSource = {
  number: '8726/VPCP-KGVX',
  date: '2024-11-26',
  issuer: GOVERNMENT_OFFICE,
  title: 'Công văn số 8726/VPCP-KGVX ngày 26/11/2024 về việc nghỉ Tết Âm lịch và một số dịp nghỉ lễ năm 2025',
};
const NOTICE_2026: ScheduleSource = {
  number: '9441/TB-BNV',
  date: '2025-10-16',
  issuer: MOHA,
  title: 'Thông báo số 9441/TB-BNV ngày 16/10/2025 về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2026',
};
const NEW_YEAR_LETTER_2026: ScheduleSource = {
  number: '12729/VPCP-KGVX',
  date: '2025-12-25',
  issuer: GOVERNMENT_OFFICE,
  title: 'Công văn số 12729/VPCP-KGVX ngày 25/12/2025 về việc nghỉ Tết Dương lịch năm 2026',
};

/**
 * Announced schedules for civil servants, 2020-2026, each with the document it was checked
 * against.
 *
 * No announced Tết break of 2020-2026 came with a make-up working day: each has exactly
 * five weekdays (the five days of Article 112(1)(b), Article 115(1) of the Labour Code 2012
 * for 2020) plus the weekends around them.
 */
export const officialSchedules: readonly OfficialSchedule[] = [
  // Tết Dương lịch: Friday 2/1/2026 off, Saturday 10/1/2026 worked.
  {
    year: 2026,
    holiday: 'new-year',
    daysOff: ['2026-01-01', '2026-01-04'],
    swaps: [{ dayOff: '2026-01-02', workingDay: '2026-01-10' }],
    source: NEW_YEAR_LETTER_2026,
  },

  // Tết Nguyên đán: break from the end of tháng Chạp into tháng Giêng.
  { year: 2020, holiday: 'tet', daysOff: ['2020-01-23', '2020-01-29'], source: NOTICE_2020 },
  { year: 2021, holiday: 'tet', daysOff: ['2021-02-10', '2021-02-16'], source: LETTER_2021 },
  { year: 2022, holiday: 'tet', daysOff: ['2022-01-29', '2022-02-06'], source: LETTER_2022 },
  { year: 2023, holiday: 'tet', daysOff: ['2023-01-20', '2023-01-26'], source: NOTICE_2023, related: [LETTER_2023] },
  { year: 2024, holiday: 'tet', daysOff: ['2024-02-08', '2024-02-14'], source: NOTICE_2024, related: [LETTER_2024] },
  { year: 2025, holiday: 'tet', daysOff: ['2025-01-25', '2025-02-02'], source: NOTICE_2025, related: [LETTER_2025] },
  { year: 2026, holiday: 'tet', daysOff: ['2026-02-14', '2026-02-22'], source: NOTICE_2026 },

  // 30/4 - 1/5: swaps approved by the Prime Minister for a five-day break.
  {
    year: 2024,
    holiday: 'reunification',
    daysOff: ['2024-04-27', '2024-05-01'],
    swaps: [{ dayOff: '2024-04-29', workingDay: '2024-05-04' }],
    source: SWAP_LETTER_2024,
  },
  {
    year: 2025,
    holiday: 'reunification',
    daysOff: ['2025-04-30', '2025-05-04'],
    swaps: [{ dayOff: '2025-05-02', workingDay: '2025-04-26' }],
    source: NOTICE_2025,
    related: [LETTER_2025],
  },

  // Quốc khánh: the Prime Minister's choice of the day before or after 2/9.
  {
    year: 2021,
    holiday: 'national-day',
    daysOff: ['2021-09-02', '2021-09-05'],
    holidayDates: ['2021-09-02', '2021-09-03'],
    source: LETTER_2021,
  },
  {
    year: 2022,
    holiday: 'national-day',
    daysOff: ['2022-09-01', '2022-09-04'],
    holidayDates: ['2022-09-01', '2022-09-02'],
    source: LETTER_2022,
  },
  {
    year: 2023,
    holiday: 'national-day',
    daysOff: ['2023-09-01', '2023-09-04'],
    holidayDates: ['2023-09-01', '2023-09-02'],
    source: NOTICE_2023,
    related: [LETTER_2023],
  },
  {
    year: 2024,
    holiday: 'national-day',
    daysOff: ['2024-08-31', '2024-09-03'],
    holidayDates: ['2024-09-02', '2024-09-03'],
    source: NOTICE_2024,
    related: [LETTER_2024],
  },
  {
    year: 2025,
    holiday: 'national-day',
    daysOff: ['2025-08-30', '2025-09-02'],
    holidayDates: ['2025-09-01', '2025-09-02'],
    source: NOTICE_2025,
    related: [LETTER_2025],
  },
  {
    // Monday 31/8 off, Saturday 22/8 worked: five days from Saturday 29/8.
    year: 2026,
    holiday: 'national-day',
    daysOff: ['2026-08-29', '2026-09-02'],
    holidayDates: ['2026-09-01', '2026-09-02'],
    swaps: [{ dayOff: '2026-08-31', workingDay: '2026-08-22' }],
    source: NOTICE_2026,
  },
];
