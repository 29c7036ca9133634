import { describe, it, expect } from 'vitest';
import * as legal from './index.js';

describe('legal index', () => {
  it('exports the public API and nothing internal', () => {
    expect(Object.keys(legal).sort()).toEqual(
      [
        'DOCUMENT_TYPES',
        'documentTypeName',
        'documentYear',
        'effectiveDate',
        'formatDocumentNumber',
        'parseCitations',
        'parseDocumentNumber',
        'parseEffective',
        'yearMatchesDate',
      ].sort(),
    );
    const result = legal.parseDocumentNumber('12127/KH-UBND');
    expect(result.ok && legal.formatDocumentNumber(result.value)).toBe('12127/KH-UBND');
  });
});
