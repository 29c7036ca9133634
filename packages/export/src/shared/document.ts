import { documentTypeName, type Plan } from '@kehoach/core';

/** How the outputs name a document of a given type. */
export interface DocumentName {
  /** The type abbreviation the name comes from: `KH`, `QĐ`, `CTr`. */
  type: string;
  /** The type's name in running text: `Kế hoạch`, `Quyết định`, `Chương trình`; `Văn bản` for an unknown type. */
  name: string;
  /** The heading above the title: `KẾ HOẠCH`, `QUYẾT ĐỊNH`; the abbreviation itself for an unknown type. */
  heading: string;
  /** The name with the number, as a document is cited: `Kế hoạch 12127/KH-UBND`. */
  ref: string;
}

/**
 * The name of a plan's document by its type, so that a decision is a "Quyết định", a directive
 * a "Chỉ thị", a programme a "Chương trình" and a scheme an "Đề án" in every output, never a
 * "Kế hoạch" by default. The type is the plan's `type` (an abbreviation of Decree 30/2020/NĐ-CP,
 * Appendix III).
 *
 * @example
 * import { documentName } from '@kehoach/export';
 * documentName(plan); // { type: 'KH', name: 'Kế hoạch', heading: 'KẾ HOẠCH', ref: 'Kế hoạch 12127/KH-UBND' }
 */
export function documentName(plan: Pick<Plan, 'type' | 'number'>): DocumentName {
  const type = plan.type;
  const known = documentTypeName(type, 'administrative');
  const name = known?.vi ?? 'Văn bản';
  return { type, name, heading: known === undefined ? type : name.toUpperCase(), ref: `${name} ${plan.number}` };
}
