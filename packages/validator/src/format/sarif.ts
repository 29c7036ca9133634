import type { Locale } from '@kehoach/core';
import { ENGINE_RULES } from '../engine.js';
import type { AnyRule, Diagnostic } from '../types.js';
import { relativeFile, whereInModel } from './paths.js';

const LEVELS: Record<Diagnostic['severity'], 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** Options of the SARIF output. */
export interface SarifOptions {
  /** Base of the rule documentation links; the rule id and `.md` are appended. */
  docsBaseUri?: string;
  /** The tool version recorded in the log. */
  version?: string;
}

const DEFAULT_DOCS = 'https://kehoach.dev/docs/rules/';

/** @internal A SARIF 2.1.0 log with one run. */
export function sarif(
  diagnostics: readonly Diagnostic[],
  locale: Locale,
  cwd: string | undefined,
  file: string | undefined,
  ruleSet: Record<string, AnyRule>,
  options: SarifOptions,
): string {
  const docs = options.docsBaseUri ?? DEFAULT_DOCS;
  const descriptors: Record<string, unknown>[] = [];
  const index = new Map<string, number>();
  for (const rule of Object.values(ruleSet)) {
    const { meta } = rule;
    index.set(meta.id, descriptors.length);
    descriptors.push({
      id: meta.id,
      name: pascal(meta.id),
      shortDescription: { text: locale === 'vi' ? meta.docs.descriptionVi : meta.docs.description },
      fullDescription: { text: `${meta.code}: ${locale === 'vi' ? meta.docs.descriptionVi : meta.docs.description}` },
      helpUri: `${docs}${meta.id}.md`,
      defaultConfiguration: { level: LEVELS[meta.defaultSeverity] },
      properties: { code: meta.code, tags: [meta.id.split('/')[0]!] },
    });
  }
  for (const d of diagnostics) {
    if (index.has(d.ruleId)) continue;
    const engine = (ENGINE_RULES as Record<string, { id: string; code: string; severity: Diagnostic['severity']; description: string }>)[d.ruleId];
    index.set(d.ruleId, descriptors.length);
    descriptors.push({
      id: d.ruleId,
      shortDescription: { text: engine?.description ?? d.ruleId },
      helpUri: `${docs.replace(/rules\/?$/, '')}validator.md`,
      defaultConfiguration: { level: LEVELS[engine?.severity ?? d.severity] },
      properties: { code: d.code },
    });
  }
  const results = diagnostics.map((d) => {
    const where = d.location?.file ?? d.file ?? file;
    const result: Record<string, unknown> = {
      ruleId: d.ruleId,
      ruleIndex: index.get(d.ruleId),
      level: LEVELS[d.severity],
      message: { text: d.location === undefined ? `${d.message[locale]} [${whereInModel(d)}]` : d.message[locale] },
      partialFingerprints: { 'kehoachDiagnostic/v1': fingerprint(d) },
      properties: { code: d.code, messageId: d.messageId, path: d.path.map(String).join('/'), ...(d.nodeId === undefined ? {} : { nodeId: d.nodeId }) },
    };
    if (where !== undefined) {
      const region: Record<string, number> = d.location === undefined ? { startLine: 1 } : { startLine: d.location.line, startColumn: d.location.column };
      if (d.location?.endLine !== undefined) region['endLine'] = d.location.endLine;
      if (d.location?.endColumn !== undefined) region['endColumn'] = d.location.endColumn;
      result['locations'] = [
        {
          physicalLocation: { artifactLocation: { uri: encodeUri(relativeFile(where, cwd)) }, region },
          ...(d.nodeId === undefined ? {} : { logicalLocations: [{ fullyQualifiedName: d.nodeId, kind: 'element' }] }),
        },
      ];
    }
    if (d.suppressed !== undefined) result['suppressions'] = [{ kind: 'inSource', justification: d.suppressed.reason }];
    return result;
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'kehoach',
            informationUri: 'https://kehoach.dev/',
            ...(options.version === undefined ? {} : { semanticVersion: options.version, version: options.version }),
            rules: descriptors,
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function pascal(id: string): string {
  return id
    .split(/[/-]/)
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('');
}

function encodeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** A stable fingerprint: rule, message, node and subjects, not the wording or the line. */
function fingerprint(d: Diagnostic): string {
  const text = [d.ruleId, d.messageId, d.nodeId ?? d.path.join('/'), ...(d.subjects ?? []), JSON.stringify(d.data ?? {})].join('\u0000');
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return `${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}`;
}
