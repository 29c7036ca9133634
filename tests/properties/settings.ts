/**
 * Property-test settings: a fixed seed and a modest number of runs in CI; the long run
 * (`node scripts/properties-long.mjs`) raises the runs and picks a fresh seed.
 */
export const PROPERTY_SEED = Number(process.env['KEHOACH_PROPERTY_SEED'] ?? 42);
export const PROPERTY_RUNS = Number(process.env['KEHOACH_PROPERTY_RUNS'] ?? 25);
export const settings = { seed: PROPERTY_SEED, numRuns: PROPERTY_RUNS };
