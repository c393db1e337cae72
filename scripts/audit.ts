// Lighthouse on a few pages of the built site, with mobile settings, in Debian's Chromium: prints the
// four category scores per page. It asserts nothing: the tests hold the limits, this shows the figures.
// Audits dist/ (or the folder TEIXIT_DIST names, as the build script does): run `npm run build` first.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { urls } from '../src/lib/urls.ts';
import { CHROMIUM, CHROMIUM_ARGS, serveSite } from './lib/browser.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.TEIXIT_DIST ?? 'dist');
const built = (path: string) => existsSync(join(dist, path, 'index.html'));

if (!built(urls.root())) {
  console.error(`No built site in ${dist}: run npm run build first.`);
  process.exit(1);
}
if (!CHROMIUM) {
  console.error('No Chromium at /usr/bin/chromium or CHROME_PATH. Install it with: apt-get install -y chromium');
  process.exit(1);
}

// The search page when the build has one; the methodologies index, another page of lists, otherwise.
const search = urls.search('ca');
const pages = [
  urls.home('ca'),
  urls.entry('ca', 'methodologies', 'community-asset-mapping'),
  built(search) ? search : urls.collection('ca', 'methodologies'),
];

const site = await serveSite(dist);
const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS], logLevel: 'silent' });
const rows: string[][] = [];
try {
  for (const path of pages) {
    // Lighthouse's default settings are its mobile ones (emulated phone screen, throttled network and CPU).
    const result = await lighthouse(`${site.origin}${path}`, {
      port: chrome.port,
      logLevel: 'error',
      formFactor: 'mobile',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const score = (id: string) => {
      const value = result.lhr.categories[id]?.score;
      return value === null || value === undefined ? 'n/a' : String(Math.round(value * 100));
    };
    rows.push([path, ...CATEGORIES.map(score)]);
    const warnings = result.lhr.runWarnings;
    if (warnings.length > 0) console.warn(`${path}: ${warnings.join(' ')}`);
  }
} finally {
  chrome.kill();
  await site.server.stop();
}

const header = ['page', ...CATEGORIES];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
console.log(`\nLighthouse (mobile) on ${dist}\n`);
console.log(line(header));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const row of rows) console.log(line(row));
