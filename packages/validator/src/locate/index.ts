/**
 * Source locators for `validate()`: where in `plan.ts` or `plan.json` a diagnostic points.
 * A separate entry, so that ts-morph is never loaded by `validate()` itself.
 *
 * @example
 * import { tsPlanLocator, jsonLocator } from '@kehoach/validator/locate';
 *
 * @packageDocumentation
 */
export { jsonLocator } from './json-locator.js';
export { tsPlanLocator, type TsPlanLocator, type TsPlanLocatorOptions } from './ts-locator.js';
