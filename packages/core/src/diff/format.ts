import type { Locale } from '../model/text.js';
import { clean } from './describe.js';
import type { Change, PlanDiff } from './types.js';

/** Options of {@link formatDiff}. */
export interface FormatDiffOptions {
  /** `text` (default): one change per line, grouped by part of the plan; `json`: the diff as data. */
  format?: 'text' | 'json';
  /** Language of the text format; `vi` by default. The JSON format carries both. */
  locale?: Locale;
}

const SYMBOL: Record<string, string> = { added: '+', removed: '-', moved: '→' };

/**
 * Formats a plan diff for people or programs.
 *
 * `text` prints a count, then one line per change, grouped: the document (header, legal
 * references, recipients, corrections, waivers), each top-level part of the body in order,
 * then units and groups. Lines start with `+` (added), `-` (removed), `→` (moved) or `~`
 * (changed), then the id and the change: `~ III.2.d1  chủ trì: Sở LĐTBXH → Sở Nội vụ`.
 *
 * `json` prints the {@link PlanDiff} itself (`{ "changes": [...] }`, both languages in each
 * message), two-space indented with a final newline; the same diff gives the same bytes.
 *
 * @example
 * process.stdout.write(formatDiff(diffPlans(before, after), { format: 'text', locale: 'en' }));
 * // 2 changes
 * //
 * // III. NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN
 * // ~ III.2.d1  lead: Department of Labour, Invalids and Social Affairs → Department of Home Affairs
 * // → III.3.d2 moved to III.4.d7
 */
export function formatDiff(diff: PlanDiff, options: FormatDiffOptions = {}): string {
  if ((options.format ?? 'text') === 'json') return `${JSON.stringify({ changes: diff.changes }, null, 2)}\n`;
  const locale = options.locale ?? 'vi';
  const vi = locale === 'vi';
  const n = diff.changes.length;
  if (n === 0) return vi ? 'Không có thay đổi.\n' : 'No changes.\n';

  const groups = new Map<string, { heading: string; lines: string[] }>();
  const group = (key: string, heading: string) => {
    let g = groups.get(key);
    if (g === undefined) {
      g = { heading, lines: [] };
      groups.set(key, g);
    }
    return g;
  };
  // Fixed places for the document and the registry, so the order does not depend on the changes.
  group('document', vi ? 'Văn bản' : 'Document');
  for (const change of diff.changes) {
    if (change.section !== undefined) group(`section:${change.section.id}:${change.section.heading}`, clean(change.section.heading));
  }
  group('registry', vi ? 'Đơn vị và nhóm' : 'Units and groups');

  for (const change of diff.changes) {
    const key =
      change.section !== undefined
        ? `section:${change.section.id}:${change.section.heading}`
        : /^(unit|group)\//.test(change.kind)
          ? 'registry'
          : 'document';
    groups.get(key)!.lines.push(line(change, locale));
  }

  const out = [vi ? `${n} thay đổi` : `${n} change${n === 1 ? '' : 's'}`];
  for (const { heading, lines } of groups.values()) {
    if (lines.length > 0) out.push('', heading, ...lines);
  }
  return `${out.join('\n')}\n`;
}

function line(change: Change, locale: Locale): string {
  const action = change.kind.slice(change.kind.indexOf('/') + 1);
  const symbol = SYMBOL[action] ?? '~';
  const message = clean(change.message[locale]);
  if (change.kind === 'node/moved' || change.kind === 'header/changed') return `${symbol} ${message}`;
  return `${symbol} ${clean(change.id)}  ${message}`;
}
