/**
 * Reads legal bases and citations as plans write them ("Căn cứ Luật …", "Thực hiện Quyết định
 * số … ngày … của …", "Theo đề nghị của Giám đốc Sở … tại Tờ trình số …").
 */
import { daysInMonth, makeIsoDate, type IsoDate } from '../dates.js';
import type { LegalRef } from '../model/schema/legal.js';

/**
 * Why a plan names a document, as its opening words say:
 *
 * - `pursuant`: "Căn cứ …", the legal bases the issuer acts under;
 * - `implementing`: "Thực hiện …", "Triển khai thực hiện …", the documents the plan carries out;
 * - `proposal`: "Theo đề nghị của …", "Xét đề nghị của …", the submission the document answers;
 * - `cited`: named in the body only.
 */
export type LegalRole = LegalRef['role'];

/** One document as a plan cites it, read from the text. Absent parts are not in the text. */
export interface Citation {
  role: LegalRole;
  /** The kind as written: `Luật`, `Quyết định`, `Công văn`, `Tờ trình`. */
  kind?: string;
  /** The number and symbol without its prefix: `77/2015/QH13` from "Luật số 77/2015/QH13". */
  number?: string;
  /** Date of issue, when the text gives it in full. */
  date?: IsoDate;
  /** The issuing body after "của": `Thủ tướng Chính phủ`. */
  issuer?: string;
  /**
   * The name or the summary (trích yếu): `Tổ chức chính quyền địa phương` for a law cited by
   * name; `phê duyệt Đề án …` for a decision, without the joining "về".
   */
  title?: string;
  /** The name the plan defines for it: "(sau đây gọi tắt là Quyết định số 161)" → `Quyết định số 161`. */
  definedAs?: string;
  /** Who proposed, for `proposal`: "Theo đề nghị của Giám đốc Sở Nội vụ tại …" → `Giám đốc Sở Nội vụ`. */
  proposer?: string;
  /** The words of this one citation, as written (NFC, trimmed, without the role's opening words). */
  text: string;
}

const ROLES: readonly [RegExp, LegalRole][] = [
  [/^Căn cứ\s+/u, 'pursuant'],
  [/^(?:Triển khai thực hiện|Thực hiện|Triển khai)\s+/u, 'implementing'],
  [/^(?:Theo|Xét) đề nghị của\s+/u, 'proposal'],
];

/** Kinds a citation may open with, longest first so "Nghị quyết liên tịch" wins over "Nghị quyết". */
const KINDS = [
  'Hiến pháp',
  'Bộ luật',
  'Luật',
  'Pháp lệnh',
  'Lệnh',
  'Nghị quyết liên tịch',
  'Nghị quyết',
  'Nghị định',
  'Quyết định',
  'Chỉ thị',
  'Thông tư liên tịch',
  'Thông tư',
  'Công văn',
  'Công điện',
  'Kế hoạch',
  'Chương trình hành động',
  'Chương trình',
  'Đề án',
  'Dự án',
  'Kết luận',
  'Thông báo',
  'Hướng dẫn',
  'Tờ trình',
  'Báo cáo',
  'Quy định',
  'Quy chế',
  'Phương án',
  'Văn bản',
].sort((a, b) => b.length - a.length);

const KIND_PATTERN = KINDS.map((k) => k.replace(/ /gu, '\\s+')).join('|');
const KIND_AT_START = new RegExp(`^(${KIND_PATTERN})(?=\\s|$)`, 'u');
/** " và Quyết định số …": a second document in the same clause. */
const NEXT_DOCUMENT = new RegExp(`\\s+và\\s+(?=(?:${KIND_PATTERN})\\s+số\\s)`, 'u');
const DEFINED = /\s*\(\s*(?:sau\s+đây\s+)?(?:gọi|viết)\s+tắt\s+là:?\s*([^)]+?)\s*\)/u;
const NUMBER = /^\s*số:?\s+([^\s,;]+)/u;
const DATE_WORDS = /^\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;
const DATE_DIGITS = /^\s*ngày\s+(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/u;
/** Where a title written before the number or the date ends. */
const TITLE_END = /\s+(?=số:?\s+[0-9]|ngày\s+\d)/u;
/** Words that end an issuer's name and start the summary. */
const SUMMARY_START =
  /\s+(?=(?:về|ban hành|phê duyệt|quy định|hướng dẫn|sửa đổi|bổ sung|tăng cường|triển khai|thực hiện|thành lập|kiện toàn|công bố|tổ chức|đẩy mạnh|chấn chỉnh|nâng cao|áp dụng|giao|chỉ đạo)(?:\s|$))/u;

/**
 * Reads a legal basis or a citation as written, one result per document named: the role from
 * the opening words ("Căn cứ", "Thực hiện", "Theo đề nghị của"), then for each document its
 * kind, number (without "số"), date ("ngày 19 tháng 6 năm 2015" or "ngày 25/01/2016"), issuer
 * (after "của"), title, and the name the plan defines for it ("sau đây gọi tắt là …").
 * Documents of one clause are separated by ";" or by "và" before another "… số …".
 *
 * It reads what the text says and invents nothing: a law cited by name and date has no
 * `number`; a date without its year has no `date`. Never throws.
 *
 * @example
 * parseCitations('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;');
 * // [{ role: 'pursuant', kind: 'Luật', title: 'Tổ chức chính quyền địa phương', date: '2015-06-19',
 * //    text: 'Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015' }]
 * parseCitations('Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 03/3/2022.');
 * // [{ role: 'proposal', proposer: 'Giám đốc Sở Nội vụ', kind: 'Tờ trình', number: '45/TTr-SNV',
 * //    date: '2022-03-03', text: 'Tờ trình số 45/TTr-SNV ngày 03/3/2022' }]
 */
export function parseCitations(text: string): Citation[] {
  if (typeof text !== 'string') return [];
  let rest = text.normalize('NFC').replace(/\s+/gu, ' ').trim().replace(/[\s;.,:]+$/u, '');
  let role: LegalRole = 'cited';
  for (const [opening, r] of ROLES) {
    const m = opening.exec(rest);
    if (m) {
      role = r;
      rest = rest.slice(m[0].length);
      break;
    }
  }
  let proposer: string | undefined;
  if (role === 'proposal') {
    const at = /\s+tại\s+/u.exec(rest);
    proposer = (at ? rest.slice(0, at.index) : rest).trim();
    rest = at ? rest.slice(at.index + at[0].length) : '';
  }
  const citations = splitDocuments(rest).map((part) => readDocument(part, role));
  if (proposer !== undefined) {
    if (citations.length === 0) return [{ role, proposer, text: proposer }];
    citations[0]!.proposer = proposer;
  }
  return citations;
}

/** The documents of one clause: split on ";" outside parentheses, then on "và" before "Kind số". */
function splitDocuments(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ';' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.flatMap((p) => p.split(NEXT_DOCUMENT)).map((p) => p.trim()).filter((p) => p !== '');
}

function readDocument(part: string, role: LegalRole): Citation {
  const citation: Citation = { role, text: part };
  let rest = part;
  const defined = DEFINED.exec(rest);
  if (defined) {
    citation.definedAs = defined[1]!.replace(/^["“”']+|["“”']+$/gu, '').trim();
    rest = `${rest.slice(0, defined.index)} ${rest.slice(defined.index + defined[0].length)}`.trim();
  }
  const kind = KIND_AT_START.exec(rest);
  if (!kind) {
    if (rest !== '') citation.title = rest;
    return citation;
  }
  citation.kind = kind[1]!.replace(/\s+/gu, ' ');
  rest = rest.slice(kind[0].length);

  let titleBefore: string | undefined;
  if (!NUMBER.test(rest) && !DATE_WORDS.test(rest) && !DATE_DIGITS.test(rest)) {
    const end = TITLE_END.exec(rest);
    titleBefore = (end ? rest.slice(0, end.index) : rest).trim();
    rest = end ? rest.slice(end.index) : '';
  }
  const number = NUMBER.exec(rest);
  if (number) {
    citation.number = number[1]!;
    rest = rest.slice(number[0].length);
  }
  const date = DATE_WORDS.exec(rest) ?? DATE_DIGITS.exec(rest);
  if (date) {
    const iso = isoDate(Number(date[3]), Number(date[2]), Number(date[1]));
    if (iso !== undefined) citation.date = iso;
    rest = rest.slice(date[0].length);
  }
  const of = /^\s*của\s+/u.exec(rest);
  if (of) {
    rest = rest.slice(of[0].length);
    const end = SUMMARY_START.exec(rest);
    citation.issuer = (end ? rest.slice(0, end.index) : rest).trim().replace(/,$/u, '');
    rest = end ? rest.slice(end.index) : '';
  }
  const summary = rest.trim().replace(/^,\s*/u, '').replace(/^về\s+(?:việc\s+)?/u, '').trim();
  const title = titleBefore !== undefined && titleBefore !== '' ? titleBefore : summary;
  if (title !== '') citation.title = title;
  return citation;
}

function isoDate(year: number, month: number, day: number): IsoDate | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return makeIsoDate(year, month, day);
}
