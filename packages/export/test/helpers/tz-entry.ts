// Entry of the bundle the time-zone test runs in child processes.
export * from '../../src/index.js';
export { parsePlan } from '@kehoach/core';
