/**
 * Source locators for `validate()`: where in `plan.ts` or `plan.json` a diagnostic points.
 * A separate entry, so that `validate()` itself never loads a parser.
 *
 * @example
 * import { tsPlanLocator, jsonLocator } from '@kehoach/validator/locate';
 *
 * @packageDocumentation
 */
export { jsonLocator } from './json-locator.js';
export { tsPlanLocator, type TsPlanLocator, type TsPlanLocatorOptions } from './ts-locator.js';
export { parseTypeScript, lineColumn, type EsNode, type ParseTypeScriptResult, type ParseTypeScriptOptions } from './parse-ts.js';
export { tsProgressLocator } from './progress-locator.js';
