/**
 * @internal zod, as bundled into `@kehoach/core`: the validator's build imports it from here,
 * so a command loads one copy of zod, from one file, instead of zod's many modules twice.
 *
 * @packageDocumentation
 */
export { z } from 'zod';
