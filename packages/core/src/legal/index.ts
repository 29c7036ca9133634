/**
 * Document numbers ("số, ký hiệu") and legal references.
 */
export type {
  DocumentFamily,
  DocumentNumber,
  DocumentNumberProblem,
  DocumentNumberProblemCode,
  DocumentTypeName,
  ParseDocumentNumberResult,
} from './types.js';
export { DOCUMENT_TYPES, documentTypeName, type DocumentTypeInfo } from './document-types.js';
export { parseDocumentNumber, type ParseDocumentNumberOptions } from './parse-document-number.js';
export { formatDocumentNumber } from './format-document-number.js';
export { documentYear, yearMatchesDate, type LegalRefInput } from './legal-ref.js';
export { parseCitations, type Citation, type LegalRole } from './citation.js';
export { parseEffective, effectiveDate } from './effective.js';
