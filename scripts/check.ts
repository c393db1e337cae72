// Checks all content against the model without building the site; exits non-zero on any error.
import { checkSite } from '../src/lib/site-check.ts';

const started = performance.now();
const { report, errors } = checkSite();
const seconds = ((performance.now() - started) / 1000).toFixed(2);
for (const line of report) console.log(line);
console.log(`checked in ${seconds} s`);
process.exitCode = errors > 0 ? 1 : 0;
