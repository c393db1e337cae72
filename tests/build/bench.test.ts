import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { CHROMIUM } from '../../scripts/lib/browser.ts';
import { cleanEnv, ROOT } from '../helpers/build.ts';

const number = String.raw`\d+(?:\.\d+)?`;
// Search figures are "na" only when there is no Chromium to measure them with
const search = CHROMIUM ? number : `(?:${number}|na)`;
const BENCH_LINE = new RegExp(
  `^bench pages=\\d+ build_s=${number} peak_rss_mb=${number} dist_mb=${number} bytes_per_page=\\d+ article_gz=\\d+ finder_kb=${number} ` +
    `first_search_kb=${search} search_ms=${search} offline_mb=${number} words_gz_kb=${number} typo_ms=${search} edit_s=${number} load=${number}$`,
);

describe('the benchmark', () => {
  // A small real run: generated content, a cold build of the real site, search in Chromium, and a warm
  // rebuild after editing one entry. Its figures are printed for whoever reads the log, never asserted:
  // times depend on the machine.
  test('runs on about 200 pages and ends with its one-line summary', { timeout: 600_000 }, () => {
    const run = spawnSync('npm', ['run', '-s', 'bench', '--', '--pages', '200'], {
      cwd: ROOT,
      env: cleanEnv(),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output).toBe(0);
    const last = run.stdout.trimEnd().split('\n').at(-1) ?? '';
    console.log(last);
    expect(last).toMatch(BENCH_LINE);
  });
});
