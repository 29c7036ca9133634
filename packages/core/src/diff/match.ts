/**
 * @internal Matching the nodes of two versions of a plan.
 */
import type { Plan, PlanNode } from '../model/schema.js';
import { clean } from './describe.js';

/** A node of a plan with its place. */
export interface Entry {
  node: PlanNode;
  parent: Entry | undefined;
  /** The top-level node it is under (itself at the top level). */
  top: Entry;
  /** Position among its siblings. */
  index: number;
  /** Path in the plan data: `['body', 2, 'children', 0]`. */
  path: (string | number)[];
}

/** Every node of the body in document order. */
export function flatten(plan: Plan): Entry[] {
  const out: Entry[] = [];
  const visit = (nodes: readonly PlanNode[], parent: Entry | undefined, path: (string | number)[]): void => {
    nodes.forEach((node, index) => {
      const entry = { node, parent, index, path: [...path, index] } as Entry;
      entry.top = parent?.top ?? entry;
      out.push(entry);
      if (node.children !== undefined) visit(node.children, entry, [...entry.path, 'children']);
    });
  };
  visit(plan.body, undefined, ['body']);
  return out;
}

/** The text a node is recognised by: a section's title and text, an item's or task's text. */
function textOf(node: PlanNode): string {
  return node.type === 'section' ? [node.title ?? '', node.text ?? ''].join('\u0000') : node.text;
}

/** Below this word similarity, a node with the same id counts as rewritten and is matched last. */
const SAME_ID_SIMILARITY = 0.5;
/** At or above this word similarity, two siblings with different ids are the same node reworded. */
const SIBLING_SIMILARITY = 0.6;

/**
 * Pairs the nodes of `A` (old) and `B` (new), in rounds, each in document order:
 * 1. same type, id and text;
 * 2. same type and text (a move, or a shift of numbering);
 * 3. same type and id, with similar wording (an edit in place);
 * 4. same type under matched parents, with similar wording (an edit and a shift);
 * 5. same type and id;
 * 6. same id (a change of type).
 */
export function matchNodes(A: readonly Entry[], B: readonly Entry[]): { ab: Map<Entry, Entry>; ba: Map<Entry, Entry> } {
  const ab = new Map<Entry, Entry>();
  const ba = new Map<Entry, Entry>();
  const words = new Map<Entry, Map<string, number>>();
  const similarity = (x: Entry, y: Entry): number => similarityOf(wordsOf(x, words), wordsOf(y, words));

  const byKey = (key: (e: Entry) => string | undefined, accept?: (x: Entry, y: Entry) => boolean): void => {
    const free = new Map<string, Entry[]>();
    for (const eb of B) {
      if (ba.has(eb)) continue;
      const k = key(eb);
      if (k === undefined) continue;
      const list = free.get(k) ?? [];
      list.push(eb);
      free.set(k, list);
    }
    for (const ea of A) {
      if (ab.has(ea)) continue;
      const k = key(ea);
      const list = k === undefined ? undefined : free.get(k);
      if (list === undefined) continue;
      const at = list.findIndex((eb) => accept === undefined || accept(ea, eb));
      if (at === -1) continue;
      const [eb] = list.splice(at, 1);
      ab.set(ea, eb!);
      ba.set(eb!, ea);
    }
  };

  byKey((e) => `${e.node.type}\u0001${e.node.id}\u0001${textOf(e.node)}`);
  byKey((e) => (textOf(e.node).replace(/\u0000/g, '') === '' ? undefined : `${e.node.type}\u0001${textOf(e.node)}`));
  byKey((e) => `${e.node.type}\u0001${e.node.id}`, (x, y) => similarity(x, y) >= SAME_ID_SIMILARITY);

  // Round 4: best-scoring pairs first among unmatched siblings of matched parents.
  const ROOT = {};
  const freeB = new Map<object, Entry[]>();
  for (const eb of B) {
    if (ba.has(eb)) continue;
    const parent = eb.parent ?? ROOT;
    freeB.set(parent, [...(freeB.get(parent) ?? []), eb]);
  }
  const candidates: { a: Entry; b: Entry; score: number; order: [number, number] }[] = [];
  const orderA = new Map(A.map((e, i) => [e, i]));
  const orderB = new Map(B.map((e, i) => [e, i]));
  for (const ea of A) {
    if (ab.has(ea)) continue;
    const parent = ea.parent === undefined ? ROOT : ab.get(ea.parent);
    if (parent === undefined) continue;
    for (const eb of freeB.get(parent) ?? []) {
      if (eb.node.type !== ea.node.type) continue;
      const score = similarity(ea, eb);
      if (score >= SIBLING_SIMILARITY) candidates.push({ a: ea, b: eb, score, order: [orderA.get(ea)!, orderB.get(eb)!] });
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.order[0] - y.order[0] || x.order[1] - y.order[1]);
  for (const { a, b } of candidates) {
    if (ab.has(a) || ba.has(b)) continue;
    ab.set(a, b);
    ba.set(b, a);
  }

  byKey((e) => `${e.node.type}\u0001${e.node.id}`);
  byKey((e) => e.node.id);
  return { ab, ba };
}

function wordsOf(e: Entry, cache: Map<Entry, Map<string, number>>): Map<string, number> {
  let bag = cache.get(e);
  if (bag === undefined) {
    bag = new Map();
    for (const w of clean(textOf(e.node).replace(/\u0000/g, ' ')).toLowerCase().split(' ')) {
      if (w !== '') bag.set(w, (bag.get(w) ?? 0) + 1);
    }
    cache.set(e, bag);
  }
  return bag;
}

/** Dice coefficient of two bags of words: 1 for the same words, 0 for none in common. */
function similarityOf(x: Map<string, number>, y: Map<string, number>): number {
  let nx = 0;
  let ny = 0;
  let common = 0;
  for (const n of x.values()) nx += n;
  for (const n of y.values()) ny += n;
  if (nx + ny === 0) return 0;
  for (const [w, n] of x) common += Math.min(n, y.get(w) ?? 0);
  return (2 * common) / (nx + ny);
}
