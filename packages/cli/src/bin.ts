#!/usr/bin/env node
import { localeOf } from './args.js';
import { guardStdout } from './output/stdout-guard.js';
import { run } from './run.js';

// A full disk or a closed pipe on stdout (`kehoach export … | head`) ends with a coded
// message and exit status 2, never a stack trace; a closed stderr is not reported anywhere.
const stdout = guardStdout(process.stdout);
process.stderr.on('error', () => undefined);

const argv = process.argv.slice(2);
const status = await run(argv);
process.exitCode = await stdout.finish(status, (message) => process.stderr.write(message), localeOf(argv));
