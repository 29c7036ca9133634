/**
 * Announced holiday schedules for civil servants (cán bộ, công chức, viên chức).
 *
 * The Labour Code 2019, Article 112(3), leaves the exact days of Tết Nguyên đán and the
 * day next to Quốc khánh (2/9) to the Prime Minister each year; the Government may also
 * swap a working day for a Saturday (hoán đổi ngày làm việc, with a make-up working day).
 * The decisions reach the public as a notice (thông báo) of the ministry in charge of
 * labour: Bộ Lao động - Thương binh và Xã hội (Bộ LĐTBXH) until February 2025, then
 * Bộ Nội vụ, which took over its labour functions on 1 March 2025.
 *
 * Plain data, no logic. Only schedules that are known with confidence are listed; a
 * year or holiday missing here falls back to the statutory rules.
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

/** One announced schedule for one holiday of one year. */
export interface OfficialSchedule {
  /** Gregorian year of the holiday. */
  readonly year: number;
  /** Which holiday the schedule settles. */
  readonly holiday: VietnamHolidayKey;
  /**
   * First and last day of the announced break, inclusive, weekends included. For Tết the
   * weekdays of this range are the Tết holidays; for the other holidays it is what the
   * rules below must produce (the tests check it).
   */
  readonly daysOff: readonly [IsoDate, IsoDate];
  /** The holiday's own dates where the schedule chooses them (2/9 and the day next to it). */
  readonly holidayDates?: readonly IsoDate[];
  /** Working days exchanged for weekend days. */
  readonly swaps?: readonly WorkdaySwap[];
  /** The kind of document that announced the schedule. */
  readonly source: string;
}

const MOLISA_NOTICE = 'Thông báo của Bộ Lao động - Thương binh và Xã hội về lịch nghỉ';
const MOHA_NOTICE = 'Thông báo của Bộ Nội vụ về lịch nghỉ';

/**
 * Announced schedules for civil servants, 2021-2026.
 *
 * No announced Tết break of 2021-2026 came with a make-up working day: each has exactly
 * five weekdays (the five days of Article 112(1)(b)) plus the weekends around them.
 */
export const officialSchedules: readonly OfficialSchedule[] = [
  // Tết Nguyên đán: break from the end of tháng Chạp into tháng Giêng.
  { year: 2021, holiday: 'tet', daysOff: ['2021-02-10', '2021-02-16'], source: `${MOLISA_NOTICE} Tết Âm lịch Tân Sửu 2021` },
  { year: 2022, holiday: 'tet', daysOff: ['2022-01-29', '2022-02-06'], source: `${MOLISA_NOTICE} Tết Âm lịch Nhâm Dần 2022` },
  { year: 2023, holiday: 'tet', daysOff: ['2023-01-20', '2023-01-26'], source: `${MOLISA_NOTICE} Tết Âm lịch Quý Mão 2023` },
  { year: 2024, holiday: 'tet', daysOff: ['2024-02-08', '2024-02-14'], source: `${MOLISA_NOTICE} Tết Âm lịch Giáp Thìn 2024` },
  { year: 2025, holiday: 'tet', daysOff: ['2025-01-25', '2025-02-02'], source: `${MOLISA_NOTICE} Tết Âm lịch Ất Tỵ 2025` },
  { year: 2026, holiday: 'tet', daysOff: ['2026-02-14', '2026-02-22'], source: `${MOHA_NOTICE} Tết Âm lịch Bính Ngọ 2026` },

  // Quốc khánh: the Prime Minister's choice of the day before or after 2/9.
  {
    year: 2021,
    holiday: 'national-day',
    daysOff: ['2021-09-02', '2021-09-05'],
    holidayDates: ['2021-09-02', '2021-09-03'],
    source: `${MOLISA_NOTICE} Quốc khánh 2021`,
  },
  {
    year: 2022,
    holiday: 'national-day',
    daysOff: ['2022-09-01', '2022-09-04'],
    holidayDates: ['2022-09-01', '2022-09-02'],
    source: `${MOLISA_NOTICE} Quốc khánh 2022`,
  },
  {
    year: 2023,
    holiday: 'national-day',
    daysOff: ['2023-09-01', '2023-09-04'],
    holidayDates: ['2023-09-01', '2023-09-02'],
    source: `${MOLISA_NOTICE} Quốc khánh 2023`,
  },
  {
    year: 2024,
    holiday: 'national-day',
    daysOff: ['2024-08-31', '2024-09-03'],
    holidayDates: ['2024-09-02', '2024-09-03'],
    source: `${MOLISA_NOTICE} Quốc khánh 2024`,
  },
  {
    year: 2025,
    holiday: 'national-day',
    daysOff: ['2025-08-30', '2025-09-02'],
    holidayDates: ['2025-09-01', '2025-09-02'],
    source: `${MOLISA_NOTICE} Quốc khánh 2025`,
  },

  // 30/4 - 1/5: swaps approved by the Prime Minister for a five-day break.
  {
    year: 2024,
    holiday: 'reunification',
    daysOff: ['2024-04-27', '2024-05-01'],
    swaps: [{ dayOff: '2024-04-29', workingDay: '2024-05-04' }],
    source: 'Thông báo của Bộ Lao động - Thương binh và Xã hội về hoán đổi ngày làm việc dịp 30/4-1/5/2024',
  },
  {
    year: 2025,
    holiday: 'reunification',
    daysOff: ['2025-04-30', '2025-05-04'],
    swaps: [{ dayOff: '2025-05-02', workingDay: '2025-04-26' }],
    source: 'Văn bản của Bộ Nội vụ về hoán đổi ngày làm việc dịp 30/4-1/5/2025',
  },
];
