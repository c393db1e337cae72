// Runs the whole suite and ends with one line: "N passed, N failed". Browser tests need Chromium:
// without it they are skipped with a plain explanation, except under CI=true, where that is a failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHROMIUM } from './lib/browser.ts';

const root = resolve(import.meta.dirname, '..');
const inCi = process.env.CI === 'true';

if (!CHROMIUM) {
  const how = 'Install it with: apt-get update && apt-get install -y chromium (or set CHROME_PATH to a Chromium binary).';
  if (inCi) {
    console.error(`No Chromium at /usr/bin/chromium or CHROME_PATH: CI must run the browser tests. ${how}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  console.warn(`\nNo Chromium found: the browser tests (tests/browser/) will be SKIPPED. ${how}\n`);
}

mkdirSync(join(root, '.build'), { recursive: true });
const report = join(root, '.build', 'test-report.json');
const run = spawnSync(
  'vitest',
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);

let summary = { numPassedTests: 0, numFailedTests: 1, numPendingTests: 0 };
try {
  summary = JSON.parse(readFileSync(report, 'utf8'));
} catch {
  console.error('vitest wrote no report: counting the run as one failure.');
}
const skipped = summary.numPendingTests > 0 ? `, ${summary.numPendingTests} skipped` : '';
console.log(`${summary.numPassedTests} passed, ${summary.numFailedTests} failed${skipped}`);
process.exit(run.status === 0 && summary.numFailedTests === 0 ? 0 : 1);
