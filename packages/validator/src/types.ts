import type { LocalizedText, Plan } from '@kehoach/core';
import type { z } from 'zod';
import type { RuleContext } from './context.js';

/** How much a diagnostic matters. `off` turns a rule off. */
export type Severity = 'error' | 'warning' | 'info';

/** A severity, or `off` to turn a rule off. */
export type SeverityOrOff = Severity | 'off';

/** A path into the plan data: `['body', 2, 'children', 0, 'lead', 'unit']`. */
export type ModelPath = readonly (string | number)[];

/** Where in a source file something is. Lines and columns count from 1. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** Maps a path into the model (and the id of the node it falls in) to a place in the plan's source. */
export type Locate = (path: ModelPath, nodeId?: string) => SourceLocation | undefined;

/** A value put into a message template: plain, or different per language. */
export type MessageValue = string | number | LocalizedText;

/** One problem found in a plan. */
export interface Diagnostic {
  /** Stable rule id, e.g. `refs/unknown-unit`. */
  ruleId: string;
  /** Stable code, e.g. `KH101`. */
  code: string;
  severity: Severity;
  /** Which of the rule's messages this is, e.g. `unknownUnit`. */
  messageId: string;
  /** The message in Vietnamese and English; formatters pick the locale. */
  message: LocalizedText;
  /** Where in the plan data. */
  path: (string | number)[];
  /** The node the diagnostic falls in, when there is one. */
  nodeId?: string;
  /** Unit keys, legal reference ids and reporting rule ids the diagnostic is about; plan waivers may target them. */
  subjects?: string[];
  /** Where in the plan's source file, when the caller supplied a locator. */
  location?: SourceLocation;
  /**
   * The plan file the diagnostic belongs to, when the caller validated files; formatters use
   * it for diagnostics without a `location`, e.g. in a batch of several plans.
   */
  file?: string;
  /** Present when a waiver covers the diagnostic: it is not counted, but still reported. */
  suppressed?: { reason: string; kind: 'node' | 'plan' };
  /** The values put into the message. */
  data?: Record<string, MessageValue>;
}

/** What a rule reports; the engine adds the id, code, severity, message and location. */
export interface Report {
  messageId: string;
  data?: Record<string, MessageValue>;
  path: ModelPath;
  /** The node; derived from the path when absent. */
  nodeId?: string;
  subjects?: readonly string[];
}

/** A rule's category, the part of its id before the slash. */
export type RuleCategory = 'refs' | 'roles' | 'ids' | 'units' | 'dates' | 'reporting' | 'legal' | 'form' | 'targets' | 'authority';

/** What a rule is: its id, code, default severity, documentation and messages. */
export interface RuleMeta<Options = Record<string, never>> {
  /** `category/name`, e.g. `refs/unknown-unit`. */
  id: string;
  /** `KH` and three digits, e.g. `KH101`. */
  code: string;
  defaultSeverity: Severity;
  docs: {
    /** One line, in English. */
    description: string;
    /** The same in Vietnamese. */
    descriptionVi: string;
  };
  /** Message templates with `{placeholders}`, by message id. */
  messages: Record<string, LocalizedText>;
  /** Options schema; every option has a default. */
  options?: z.ZodType<Options>;
}

/** A rule: data plus a check that reports problems. */
export interface Rule<Options = Record<string, never>> {
  meta: RuleMeta<Options>;
  check(plan: Plan, ctx: RuleContext, options: Options, report: (report: Report) => void): void;
}

/** A rule of any options type, as stored in the registry. */
export type AnyRule = Rule<any>;
