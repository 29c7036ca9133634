/**
 * Restrictions on plan values that would pass a plain type check but break something later:
 * ids that name files outside the output folder, invisible characters that make two ids
 * look alike, and dates the calendars cannot compute. The zod schema applies them, so
 * `parsePlan()`, `definePlan()` and the JSON Schema refuse the same values.
 */

/**
 * First and last date a plan may state. The lunar calendar behind the Vietnamese holidays is
 * computed for 1800–2199; dates up to 2100 leave room for a deadline moved to the next working
 * day and for the lunar years around a Gregorian one.
 */
export const FIRST_SUPPORTED_DATE = '1900-01-01';
export const LAST_SUPPORTED_DATE = '2100-12-31';
/** Years a deadline may name (`endOfYear(2030)`), the same range. */
export const FIRST_SUPPORTED_YEAR = 1900;
export const LAST_SUPPORTED_YEAR = 2100;

/** A `YYYY-MM-DD` date from 1900-01-01 to 2100-12-31 (existence is checked apart). */
export const SUPPORTED_DATE = /^(?:19\d\d|20\d\d|2100)-\d\d-\d\d$/;

/**
 * Bidirectional formatting characters (U+061C, U+200E, U+200F, the embeddings and overrides
 * U+202A–U+202E, the isolates U+2066–U+2069), zero-width and invisible format characters
 * (U+200B–U+200D, U+2060–U+2064, U+FEFF) and the Unicode line and paragraph separators
 * (U+2028, U+2029): what makes two different strings print the same, or text print in
 * another order than it is stored.
 */
export const INVISIBLE_CHARACTER = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u2028\u2029]/u;
/** A string with none of the {@link INVISIBLE_CHARACTER}s. */
export const NO_INVISIBLE = /^[^\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u2028\u2029]*$/u;

/** Longest plan id: the id names the exported files, and unit calendars add `.<unit key>.ics`. */
export const MAX_FILE_ID = 100;

/**
 * A plan id that is safe as the start of a file name on every common system: ASCII letters,
 * digits, `.`, `_` and `-`, starting and ending with a letter or digit (so never `.`, `..`, a
 * hidden file or a trailing dot), at most 100 characters, and not a Windows device name
 * (`CON`, `PRN`, `AUX`, `NUL`, `COM0`–`COM9`, `LPT0`–`LPT9`, in any case, alone or before a dot).
 */
export const SAFE_FILE_ID =
  /^(?!(?:[Cc][Oo][Nn]|[Pp][Rr][Nn]|[Aa][Uu][Xx]|[Nn][Uu][Ll]|[Cc][Oo][Mm][0-9]|[Ll][Pp][Tt][0-9])(?:\.|$))[A-Za-z0-9](?:[A-Za-z0-9._-]{0,98}[A-Za-z0-9])?$/;

/**
 * Whether `date` is within the dates a plan may state (1900-01-01 to 2100-12-31). It does not
 * check that the date exists: see `isIsoDate()`.
 *
 * @example
 * isSupportedDate('2021-12-20'); // true
 * isSupportedDate('2250-01-01'); // false
 */
export function isSupportedDate(date: string): boolean {
  return SUPPORTED_DATE.test(date);
}

/**
 * Whether `id` can name exported files (`<id>.html`, `<id>.<unit>.ics`) without leaving the
 * output folder or naming a device.
 *
 * @example
 * isSafeFileId('12127-kh-ubnd-2021'); // true
 * isSafeFileId('../package'); // false
 */
export function isSafeFileId(id: string): boolean {
  return SAFE_FILE_ID.test(id);
}
