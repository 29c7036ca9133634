/**
 * @internal How values read in diff messages, in Vietnamese and English: unit names, dates
 * as dd/mm/yyyy, deadlines in words, short excerpts of long texts.
 */
import { formatVietnameseDate, isIsoDate } from '../dates.js';
import type { Assignment, Deadline, Plan } from '../model/schema.js';
import type { LocalizedText, Locale } from '../model/text.js';

/** Both languages of a message. */
export const L = (vi: string, en: string): LocalizedText => ({ vi, en });

/** Builds a message from a function of the locale. */
export function both(make: (locale: Locale) => string): LocalizedText {
  return { vi: make('vi'), en: make('en') };
}

/**
 * Text fit for one line of a terminal: whitespace runs (line breaks, U+2028 included) become
 * one space; control, zero-width and bidirectional formatting characters are dropped.
 */
export function clean(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** At most `max` characters (code points) of a cleaned text, with `…` when cut. */
export function excerpt(text: string, max = 60): string {
  const chars = [...clean(text)];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** A quoted excerpt: “…”. */
export function quote(text: string, max = 60): string {
  return `“${excerpt(text, max)}”`;
}

const CONTEXT_BEFORE = 3;
const CONTEXT_AFTER = 2;
const MAX_CHANGED_WORDS = 12;

/**
 * A short word-level view of an edit: the changed words of each side with a few words of
 * context, e.g. `“…sóng thần, địch họa...) Sở…”` → `“…sóng thần, dịch họa...) Sở…”`.
 */
export function wordChange(before: string, after: string): { before: string; after: string } {
  const a = clean(before).split(' ').filter(Boolean);
  const b = clean(after).split(' ').filter(Boolean);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const side = (words: string[]): string => {
    const start = Math.max(0, prefix - CONTEXT_BEFORE);
    const changed = words.slice(prefix, words.length - suffix);
    const shown =
      changed.length > MAX_CHANGED_WORDS
        ? [...changed.slice(0, MAX_CHANGED_WORDS / 2), '…', ...changed.slice(-(MAX_CHANGED_WORDS / 2 - 1))]
        : changed;
    const end = Math.min(words.length, words.length - suffix + CONTEXT_AFTER);
    const text = [...words.slice(start, prefix), ...shown, ...words.slice(words.length - suffix, end)].join(' ');
    return `“${start > 0 ? '…' : ''}${excerpt(text, 120)}${end < words.length ? '…' : ''}”`;
  };
  return { before: side(a), after: side(b) };
}

/** Names of units and groups, from the new plan first, then the old one. */
export class Names {
  private readonly names = new Map<string, { name: string; short?: string; en?: string }>();

  constructor(...plans: Plan[]) {
    for (const plan of plans) {
      for (const u of [...plan.units, ...plan.groups]) if (!this.names.has(u.key)) this.names.set(u.key, u);
    }
  }

  /** `Sở LĐTBXH` / `Department of Labour, Invalids and Social Affairs`; the key when unknown. */
  unit(key: string, locale: Locale): string {
    const u = this.names.get(key);
    if (u === undefined) return key;
    return clean(locale === 'en' ? (u.en ?? u.short ?? u.name) : (u.short ?? u.name));
  }

  assignment(a: Assignment, locale: Locale): string {
    const modes = { each: L('từng đơn vị', 'each'), together: L('cùng thực hiện', 'jointly') };
    const mode = a.mode === undefined ? '' : ` (${modes[a.mode][locale]})`;
    const qualifier = a.qualifier === undefined ? '' : ` ${clean(a.qualifier)}`;
    return `${this.unit(a.unit, locale)}${qualifier}${mode}`;
  }
}

/** `20/12/2021`. */
export function date(iso: string): string {
  return isIsoDate(iso) ? formatVietnameseDate(iso) : iso;
}

const WORDING: Record<string, LocalizedText> = {
  before: L('trước ngày', 'before'),
  'no-later-than': L('chậm nhất ngày', 'no later than'),
  on: L('ngày', 'on'),
  by: L('đến ngày', 'by'),
};

const EVERY: Record<string, LocalizedText> = {
  year: L('hằng năm', 'yearly'),
  'half-year': L('6 tháng một lần', 'every half-year'),
  quarter: L('hằng quý', 'quarterly'),
  month: L('hằng tháng', 'monthly'),
};

const MILESTONE: Record<string, LocalizedText> = {
  'start-term': L('đầu kỳ', 'start of term'),
  'mid-term': L('giữa kỳ', 'mid-term'),
  'end-term': L('cuối kỳ', 'end of term'),
  'on-request': L('theo yêu cầu', 'on request'),
  other: L('mốc khác', 'other milestone'),
};

/**
 * A deadline in words with stated dates as dd/mm/yyyy: `trước ngày 20/12/2021`,
 * `hằng năm trước ngày 15/11`, `cuối quý 3 năm 2021`. With `withText`, the wording the
 * document uses follows in quotes.
 */
export function describeDeadline(d: Deadline, locale: Locale, withText = false): string {
  const vi = locale === 'vi';
  let text: string;
  switch (d.kind) {
    case 'date':
      text = `${WORDING[d.wording]![locale]} ${date(d.date)}`;
      break;
    case 'end-of': {
      const year = d.year === undefined ? '' : vi ? ` năm ${d.year}` : ` ${d.year}`;
      switch (d.period) {
        case 'plan':
          text = vi ? 'cuối kỳ kế hoạch' : 'end of the plan period';
          break;
        case 'phase':
          text = vi ? `cuối giai đoạn ${d.phase ?? '?'}` : `end of phase ${d.phase ?? '?'}`;
          break;
        case 'year':
          text = vi ? `cuối năm${d.year === undefined ? '' : ` ${d.year}`}` : `end of${year || ' the year'}`;
          break;
        case 'half-year':
          text = vi ? `cuối 6 tháng thứ ${d.index ?? '?'}${year}` : `end of half ${d.index ?? '?'}${year}`;
          break;
        case 'quarter':
          text = vi ? `cuối quý ${d.index ?? '?'}${year}` : `end of Q${d.index ?? '?'}${year}`;
          break;
        case 'month':
          text = vi ? `cuối tháng ${d.index ?? '?'}${year}` : `end of month ${d.index ?? '?'}${year}`;
          break;
      }
      break;
    }
    case 'recurring': {
      const parts = [EVERY[d.every]![locale]];
      if (d.every === 'year' && d.month !== undefined && typeof d.day === 'number') {
        parts.push(`${WORDING[d.wording]![locale]} ${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}`);
      } else {
        if (d.month !== undefined) parts.push(vi ? `tháng thứ ${d.month}` : `month ${d.month}`);
        if (d.day !== undefined) {
          const day = d.day === 'last' ? (vi ? 'ngày cuối tháng' : 'last day') : vi ? `ngày ${d.day}` : `day ${d.day}`;
          parts.push(`${WORDING[d.wording]![locale]} ${day}`.replace(/ ngày ngày/, ' ngày'));
        }
      }
      if (d.phase !== undefined) parts.push(vi ? `trong giai đoạn ${d.phase}` : `in phase ${d.phase}`);
      if (d.from !== undefined) parts.push(vi ? `từ ${date(d.from)}` : `from ${date(d.from)}`);
      if (d.until !== undefined) parts.push(vi ? `đến ${date(d.until)}` : `until ${date(d.until)}`);
      text = parts.join(' ');
      break;
    }
    case 'milestone': {
      const of = d.of === undefined ? '' : d.of === 'plan' ? (vi ? ' kế hoạch' : ' of the plan') : vi ? ` giai đoạn ${d.of}` : ` of phase ${d.of}`;
      const year = d.year === undefined ? '' : vi ? ` (năm ${d.year})` : ` (${d.year})`;
      text = `${MILESTONE[d.milestone]![locale]}${of}${year}`;
      break;
    }
    case 'event':
      text = `${vi ? 'khi' : 'when'} ${quote(d.event)}`;
      break;
    case 'by-reference':
      text = `${vi ? 'theo thời hạn quy định' : 'as set elsewhere'}${d.source === undefined ? '' : ` (${d.source})`}`;
      break;
    case 'same-as':
      text = vi ? `như thời hạn của ${d.rule}` : `same as ${d.rule}`;
      break;
  }
  return withText && d.text !== undefined ? `${text} (${quote(d.text)})` : text;
}

const ROLES: Record<string, LocalizedText> = {
  purposes: L('mục đích', 'purposes'),
  requirements: L('yêu cầu', 'requirements'),
  objectives: L('mục tiêu', 'objectives'),
  tasks: L('nhiệm vụ', 'tasks'),
  funding: L('kinh phí', 'funding'),
  organization: L('tổ chức thực hiện', 'organisation'),
  reporting: L('chế độ báo cáo', 'reporting'),
  other: L('khác', 'other'),
};

const ENUMS: Record<string, LocalizedText> = {
  ...ROLES,
  assign: L('giao', 'assign'),
  request: L('đề nghị', 'request'),
  internal: L('trong thẩm quyền (giao)', 'internal (assigned)'),
  external: L('ngoài thẩm quyền (đề nghị)', 'external (requested)'),
  each: L('từng đơn vị', 'each'),
  together: L('cùng thực hiện', 'together'),
  pursuant: L('căn cứ', 'legal basis (pursuant to)'),
  implementing: L('thực hiện', 'implemented'),
  proposal: L('theo đề nghị', 'proposal'),
  cited: L('dẫn chiếu', 'cited'),
  increase: L('tăng', 'increase'),
  decrease: L('giảm', 'decrease'),
  reach: L('đạt', 'reach'),
  maintain: L('duy trì', 'maintain'),
  section: L('mục', 'section'),
  safe: L('an toàn (ngày làm việc cuối cùng trước hạn)', 'safe (the last working day before the deadline)'),
  legal: L('theo luật (Bộ luật Dân sự 2015, Điều 148)', 'legal (Civil Code 2015, Art. 148)'),
  item: L('nội dung', 'item'),
  task: L('nhiệm vụ', 'task'),
};

/** Fields whose values are unit or group keys. */
const UNIT_FIELDS = new Set(['issuer', 'to', 'via', 'cc', 'members', 'scope', 'units', 'except']);
/** Fields whose values are words of the model, shown translated. */
const ENUM_FIELDS = new Set(['role', 'mode', 'authority', 'direction', 'type', 'kind', 'reading']);

/**
 * A value as a message shows it. `field` tells unit keys (shown by name) and model words
 * (translated) from free text (quoted excerpt).
 */
export function showValue(value: unknown, field: string, locale: Locale, names: Names): string {
  const vi = locale === 'vi';
  if (value === undefined) return vi ? '(không có)' : '(none)';
  if (typeof value === 'boolean') return vi ? (value ? 'có' : 'không') : value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (UNIT_FIELDS.has(field)) return names.unit(value, locale);
    if (ENUM_FIELDS.has(field) && ENUMS[value] !== undefined) return ENUMS[value][locale];
    if (isIsoDate(value)) return date(value);
    return /^\S{1,40}$/.test(value) ? value : quote(value);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return vi ? '(trống)' : '(empty)';
    return value.map((v) => showValue(v, field, locale, names)).join(', ');
  }
  if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o['kind'] === 'string' && ['date', 'end-of', 'recurring', 'milestone', 'event', 'by-reference', 'same-as'].includes(o['kind'])) {
      return describeDeadline(value as Deadline, locale, true);
    }
    if (field === 'handovers' && typeof o['from'] === 'string' && typeof o['to'] === 'string') {
      return `${names.unit(o['from'], locale)} ${vi ? 'giao' : 'to'} ${names.unit(o['to'], locale)}`;
    }
    if (field === 'successors' && typeof o['unit'] === 'string') {
      const part = typeof o['for'] === 'string' ? ` (${vi ? 'phần việc' : 'for'}: ${clean(o['for'])})` : '';
      const basis = typeof o['basis'] === 'string' ? `, ${vi ? 'căn cứ' : 'basis'} ${quote(o['basis'], 40)}` : '';
      return `${names.unit(o['unit'], locale)}${part}${basis}`;
    }
    if ((o['from'] === 'signing' || o['from'] === 'date') && o['to'] === undefined) {
      const when = o['from'] === 'signing' ? (vi ? 'kể từ ngày ký' : 'on signing') : `${vi ? 'từ ngày' : 'from'} ${date(String(o['date']))}`;
      return typeof o['text'] === 'string' ? `${when} (${quote(o['text'])})` : when;
    }
    if (typeof o['term'] === 'string' && typeof o['for'] === 'string') {
      const target =
        o['for'] === 'legal' ? `${vi ? 'văn bản' : 'document'} ${clean(String(o['id']))}`
        : o['for'] === 'unit' ? names.unit(String(o['unit']), locale)
        : o['for'] === 'node' ? `${vi ? 'mục' : 'part'} ${clean(String(o['id']))}`
        : o['for'] === 'plan' ? (vi ? 'chính văn bản này' : 'this document')
        : quote(String(o['meaning']));
      return `${quote(o['term'], 40)} = ${target}`;
    }
    if (typeof o['unit'] === 'string') return names.assignment(value as Assignment, locale);
    if (typeof o['vi'] === 'string' && typeof o['en'] === 'string') return quote(o[locale] as string);
    if (typeof o['from'] === 'string' && typeof o['to'] === 'string') {
      const text = typeof o['text'] === 'string' ? ` (${quote(o['text'])})` : '';
      const key = typeof o['key'] === 'string' ? `${o['key']}: ` : '';
      return `${key}${date(o['from'])} – ${date(o['to'])}${text}`;
    }
    if (typeof o['form'] === 'string' && typeof o['name'] === 'string') {
      const form = o['form'] === 'none' ? '' : `${o['form']}. ${typeof o['authority'] === 'string' ? `${clean(o['authority'])}, ` : ''}`;
      return `${form}${clean(String(o['title']))} ${clean(o['name'])}`;
    }
    if (typeof o['min'] === 'number' && typeof o['max'] === 'number') return `${o['min']}–${o['max']}`;
    const parts = Object.entries(o).map(([k, v]) => `${label(k, locale)} ${showValue(v, k, locale, names)}`);
    return parts.join(', ');
  }
  return String(value);
}

const LABELS: Record<string, LocalizedText> = {
  // plan header
  id: L('mã', 'id'),
  number: L('số ký hiệu', 'number'),
  issuer: L('cơ quan ban hành', 'issuer'),
  issuerHeading: L('tên cơ quan (tiêu đề)', 'issuer heading'),
  place: L('địa danh', 'place'),
  issuedOn: L('ngày ban hành', 'date of issue'),
  period: L('thời kỳ', 'period'),
  phases: L('các giai đoạn', 'phases'),
  covers: L('kỳ báo cáo', 'period reported on'),
  form: L('biểu mẫu', 'form'),
  phase: L('giai đoạn', 'phase'),
  preamble: L('phần mở đầu', 'preamble'),
  signature: L('chữ ký', 'signature'),
  // nodes
  title: L('tiêu đề', 'title'),
  text: L('nội dung', 'text'),
  role: L('vai trò', 'role'),
  lead: L('chủ trì', 'lead'),
  partners: L('phối hợp', 'partners'),
  mode: L('hình thức', 'mode'),
  refs: L('văn bản dẫn chiếu', 'references'),
  // units and groups
  name: L('tên', 'name'),
  short: L('tên viết tắt', 'short name'),
  en: L('tên tiếng Anh', 'English name'),
  kind: L('loại', 'kind'),
  authority: L('thẩm quyền', 'authority'),
  aliases: L('tên gọi khác', 'aliases'),
  validFrom: L('hiệu lực từ', 'valid from'),
  validUntil: L('hiệu lực đến', 'valid until'),
  basis: L('căn cứ', 'basis'),
  successors: L('đơn vị kế thừa', 'successors'),
  rule: L('thành viên theo quy tắc', 'members by rule'),
  kinds: L('loại đơn vị', 'kinds'),
  except: L('trừ', 'except'),
  owners: L('đơn vị thực hiện', 'owners'),
  handovers: L('đơn vị tiếp nhận khi chia tách', 'handovers'),
  reading: L('cách đọc thời hạn', 'deadline reading'),
  note: L('ghi chú', 'note'),
  members: L('thành viên', 'members'),
  complete: L('liệt kê đủ thành viên', 'complete'),
  // reports
  from: L('đơn vị báo cáo', 'from'),
  to: L('gửi', 'to'),
  via: L('qua', 'via'),
  cc: L('đồng gửi', 'cc'),
  what: L('nội dung báo cáo', 'what'),
  deadlines: L('thời hạn', 'deadlines'),
  // targets
  metric: L('chỉ số', 'metric'),
  direction: L('chiều', 'direction'),
  value: L('giá trị', 'value'),
  range: L('khoảng', 'range'),
  unit: L('đơn vị đo', 'unit'),
  per: L('tính theo', 'per'),
  by: L('đến năm', 'by'),
  baseline: L('mốc so sánh', 'baseline'),
  scope: L('phạm vi', 'scope'),
  year: L('năm', 'year'),
  // legal, recipients, corrections
  date: L('ngày', 'date'),
  otherTitles: L('tên gọi khác', 'other titles'),
  effective: L('hiệu lực', 'takes effect'),
  definition: L('định nghĩa', 'definition'),
  term: L('tên gọi tắt', 'defined name'),
  meaning: L('nghĩa', 'meaning'),
  wording: L('cách viết', 'wording'),
  units: L('đơn vị', 'units'),
  purpose: L('mục đích gửi', 'purpose'),
  archive: L('lưu', 'archive'),
  target: L('đối tượng', 'target'),
  field: L('trường', 'field'),
  asIssued: L('bản ban hành', 'as issued'),
  corrected: L('đính chính thành', 'corrected'),
};

const HEADER_LABELS: Record<string, LocalizedText> = {
  id: L('mã kế hoạch', 'plan id'),
  type: L('loại văn bản', 'document type'),
  title: L('trích yếu', 'title'),
};

/** The name of a field in messages. */
export function label(field: string, locale: Locale, header = false): string {
  return (header ? HEADER_LABELS[field]?.[locale] : undefined) ?? LABELS[field]?.[locale] ?? field;
}

/** `mục` / `nội dung` / `nhiệm vụ`. */
export function nodeType(type: string, locale: Locale): string {
  return ENUMS[type]?.[locale] ?? type;
}
