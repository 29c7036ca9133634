/**
 * `@kehoach/export`: a plan as canonical JSON and its JSON Schema, ICS calendars to subscribe
 * to, a self-contained HTML report, a Markdown document in the layout of Decree 30/2020/NĐ-CP,
 * a CSV responsibility matrix and a CSV table of the targets.
 *
 * @packageDocumentation
 */
export { planJsonSchema, PLAN_JSON_SCHEMA_ID } from '@kehoach/core';
export { toJson } from './json.js';
export { documentName, type DocumentName } from './shared/document.js';
export { toIcs, unitCalendars, type UnitCalendar, type UnitCalendarsOptions } from './ics/calendar.js';
export type { IcsOptions, IcsDateChoice } from './ics/events.js';
export type { DutyOptions } from './shared/duties.js';
export { toHtml, type HtmlOptions } from './html/render.js';
export { toMarkdown, type MarkdownOptions } from './markdown/render.js';
export { toCsvMatrix, type CsvOptions } from './csv/matrix.js';
export { toCsvTargets, type CsvTargetsOptions } from './csv/targets.js';
export { csvField, csvRecords } from './csv/quote.js';
