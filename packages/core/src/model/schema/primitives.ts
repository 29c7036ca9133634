import { z } from 'zod';
import type { IsoDate } from '../../dates.js';
import { LAST_SUPPORTED_YEAR, FIRST_SUPPORTED_YEAR, MAX_FILE_ID, NO_INVISIBLE, SAFE_FILE_ID, SUPPORTED_DATE } from '../restrictions.js';

/**
 * @internal The building blocks of the plan model: single-line and paragraph texts, dates,
 * keys and ids. The area modules beside this one compose them.
 */

/** Control characters (newlines included) and unpaired UTF-16 surrogates: never in a name. */
export const LINE_FORBIDDEN = /^[^\u0000-\u001f\u007f-\u009f\ud800-\udfff]*$/u;
/** Control characters except the newline that separates paragraphs, and unpaired surrogates. */
export const PROSE_FORBIDDEN = /^[^\u0000-\u0009\u000b-\u001f\u007f-\u009f\ud800-\udfff]*$/u;
/** Longest single-line value (names, numbers, titles) and longest paragraph text. */
export const MAX_LINE = 2_000;
export const MAX_PROSE = 100_000;

/** A non-empty single line: names, keys of documents, short wordings. */
export const nonEmpty = z.string().min(1).max(MAX_LINE).regex(LINE_FORBIDDEN);
/** Paragraph text: newlines separate paragraphs. */
export const prose = z.string().min(1).max(MAX_PROSE).regex(PROSE_FORBIDDEN);

/** An ISO `YYYY-MM-DD` calendar date that exists (no 2021-02-30), from 1900-01-01 to 2100-12-31. */
// z.iso.date() checks days per month and leap years, so 2021-02-30 fails here.
export const isoDateSchema = z.iso
  .date()
  .regex(SUPPORTED_DATE)
  .meta({ description: 'A calendar date written YYYY-MM-DD, from 1900-01-01 to 2100-12-31 (the range the calendars compute).' }) as unknown as z.ZodType<
  IsoDate,
  IsoDate
>;

export const keySchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]*$/)
  .max(120)
  .meta({ description: 'A key of the unit registry: letters, digits, _ and -, starting with a letter.' });

export const idSchema = z
  .string()
  .min(1)
  .max(300)
  .regex(LINE_FORBIDDEN)
  .regex(NO_INVISIBLE)
  .regex(/^[^\s]+$/)
  .meta({
    description:
      'A stable node id, explicit or derived from the numbering path (e.g. III.2.d1): no spaces, control, bidirectional or zero-width characters.',
  });

/** The plan's id: it names the exported files, so it is a safe file name. */
export const planIdSchema = z
  .string()
  .min(1)
  .max(MAX_FILE_ID)
  .regex(SAFE_FILE_ID)
  .meta({
    description:
      "The plan's id, which names its exported files: ASCII letters, digits, '.', '_' and '-', starting and ending with a letter or digit, at most 100 characters, not a Windows device name.",
  });

/** A year a deadline names, within the calendars' range. */
export const deadlineYear = z.number().int().min(FIRST_SUPPORTED_YEAR).max(LAST_SUPPORTED_YEAR);

export const localizedSchema = z.strictObject({ vi: prose, en: prose });
