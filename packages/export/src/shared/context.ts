import { documentName, type DocumentName } from './document.js';
import {
  indexUnits,
  walkPlan,
  type Assignment,
  type Plan,
  type PlanNode,
  type ReportingRule,
  type Section,
  type UnitIndex,
} from '@kehoach/core';

/** @internal Where a node sits in the document, as people cite it. */
export interface NodeInfo {
  node: PlanNode;
  ancestors: readonly PlanNode[];
  /** The numbering path as cited: `V.1.a`, `III.2`, `VI`. */
  path: string;
  /** Path plus the position of unnumbered paragraphs: `III.2, gạch đầu dòng thứ 1`. */
  citation: string;
  /** The nearest section, the node itself when it is one. */
  section: Section | undefined;
  /** The top-level part (I, II, …) the node belongs to. */
  part: PlanNode;
}

/** @internal Lookups shared by every export format, computed once per plan. */
export interface PlanContext {
  plan: Plan;
  index: UnitIndex;
  nodes: ReadonlyMap<string, NodeInfo>;
  rules: ReadonlyMap<string, { rule: ReportingRule; nodeId: string }>;
  /** Position of a unit or group in the registry, for stable ordering. */
  order(key: string): number;
  /** Full name of a unit or group; the key itself when unknown. */
  name(key: string): string;
  /** Short name when there is one. */
  short(key: string): string;
  /** "Các sở, ban, ngành có liên quan (từng đơn vị)". */
  assignment(a: Assignment): string;
  /** Path of a section: `III.1`. */
  sectionPath(section: Section): string;
  /** "Kế hoạch 12127/KH-UBND", "Quyết định 161/QĐ-UBND": the document named by its type. */
  planRef: string;
  /** The document's type name, heading and citation. */
  document: DocumentName;
  /** How a correction's target is cited: "mục III.2, gạch đầu dòng thứ 1" or "Nghị quyết 07/2029/NQ-HĐND". */
  cite(id: string): string;
}

/** @internal Computed once per export call: plans are plain data and may change between calls. */
export function planContext(plan: Plan): PlanContext {
  const index = indexUnits(plan);
  const names = new Map<string, { name: string; short?: string | undefined; order: number }>();
  plan.units.forEach((u, i) => names.set(u.key, { name: u.name, short: u.short, order: i }));
  plan.groups.forEach((g, i) => names.set(g.key, { name: g.name, short: g.short, order: plan.units.length + i }));

  const nodes = new Map<string, NodeInfo>();
  const rules = new Map<string, { rule: ReportingRule; nodeId: string }>();
  const sectionPaths = new Map<Section, string>();
  for (const { node, ancestors } of walkPlan(plan)) {
    const chain = [...ancestors, node];
    const numbers: string[] = [];
    const extras: string[] = [];
    for (let i = 0; i < chain.length; i++) {
      const n = chain[i]!;
      if (n.number !== undefined) {
        numbers.push(n.number);
        extras.length = 0;
      } else if (n.type !== 'section' || n.title === undefined) {
        const siblings = i === 0 ? plan.body : (chain[i - 1]!.children ?? []);
        extras.push(position(siblings, n));
      }
    }
    const path = numbers.join('.');
    const citation = [path, ...extras].filter((p) => p !== '').join(', ');
    let section: Section | undefined;
    for (let i = chain.length - 1; i >= 0; i--) {
      const n = chain[i]!;
      if (n.type === 'section') {
        section = n;
        break;
      }
    }
    if (node.type === 'section') sectionPaths.set(node, path || node.id);
    nodes.set(node.id, { node, ancestors, path, citation, section, part: chain[0]! });
    if (node.type !== 'section') for (const rule of node.reports ?? []) rules.set(rule.id, { rule, nodeId: node.id });
  }

  const name = (key: string) => names.get(key)?.name ?? key;
  const short = (key: string) => names.get(key)?.short ?? name(key);
  const context: PlanContext = {
    plan,
    index,
    nodes,
    rules,
    order: (key) => names.get(key)?.order ?? Number.MAX_SAFE_INTEGER,
    name,
    short,
    assignment: (a) => {
      let text = name(a.unit);
      if (a.qualifier !== undefined) text += ` ${a.qualifier}`;
      if (index.isGroup(a.unit)) {
        const mode = a.mode ?? index.groupMode(a.unit) ?? 'each';
        text += mode === 'each' ? ' (từng đơn vị)' : ' (cùng thực hiện)';
      }
      return text;
    },
    sectionPath: (section) => sectionPaths.get(section) ?? section.id,
    planRef: documentName(plan).ref,
    document: documentName(plan),
    cite: (id) => {
      const info = nodes.get(id);
      if (info !== undefined) return `mục ${info.citation || id}`;
      const ref = plan.legal.find((l) => l.id === id);
      if (ref !== undefined) return [ref.kind, ref.number].filter((p) => p !== undefined).join(' ');
      return id;
    },
  };
  return context;
}

function position(siblings: readonly PlanNode[], node: PlanNode): string {
  let n = 0;
  for (const s of siblings) {
    if (s.bullet === node.bullet && s.number === undefined) n++;
    if (s === node) break;
  }
  if (node.bullet === '-') return `gạch đầu dòng thứ ${n}`;
  if (node.bullet === '+') return `ý “+” thứ ${n}`;
  return `đoạn ${n}`;
}
