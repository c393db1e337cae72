// The benchmark's search figures, measured on the real search page in Chromium: what its first query
// transfers and how long queries take from submitting to their results on screen.
import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { urls } from '../../src/lib/urls.ts';
import { WORDS } from './synthetic-words.ts';

/** The commonest word of the English texts: the query with the largest index entry */
export const FIRST_QUERY = 'community';

export interface FirstQuery {
  /** Window width in CSS pixels: the filters are folded below 48rem and open above */
  width: number;
  /** Every Pagefind file the page fetched from opening until the results (and open filters) were shown */
  files: { path: string; bytes: number }[];
  kb: number;
  /** From submitting the query to its results on screen; Pagefind itself was loaded when the page opened */
  ms: number;
  status: string;
}

export interface SearchFigures {
  phone: FirstQuery;
  wide: FirstQuery;
  /** Twenty further queries on the phone-sized page, each from submitting to its results on screen */
  times: number[];
  medianMs: number;
  /** Misspelt queries, each from submitting to its corrected results on screen (the vocabulary loads on the first) */
  typos: { query: string; corrected: string; ms: number }[];
  typoMedianMs: number;
}

/**
 * Ten misspelt queries: long words of the site's own English vocabulary, the most frequent first, each
 * with two neighbouring letters swapped in its middle.
 */
function misspeltQueries(dist: string): string[] {
  const words = readFileSync(join(dist, urls.searchWords('en').slice(urls.root().length)), 'utf8')
    .split(/\s+/)
    .filter((word) => word.length >= 8 && /^[a-z]+$/.test(word));
  const step = Math.max(1, Math.floor(words.length / 10));
  return Array.from({ length: Math.min(10, words.length) }, (_, i) => {
    const word = words[i * step] as string;
    const at = Math.floor(word.length / 2);
    return word.slice(0, at - 1) + word[at] + word[at - 1] + word.slice(at + 1);
  }).filter((query, i) => query !== words[i * step]);
}

/** Single words, two-word queries and prefixes as typed, all from the texts' own vocabulary. */
function laterQueries(): string[] {
  const words = (WORDS.en.match(/[a-z]+(?= \d)/g) ?? []).filter((w) => w.length >= 6);
  const queries: string[] = [];
  for (let i = 0; queries.length < 20; i++) {
    const a = words[(i * 7 + 3) % words.length] as string;
    const b = words[(i * 13 + 11) % words.length] as string;
    queries.push(i % 3 === 0 ? a : i % 3 === 1 ? `${a} ${b}` : a.slice(0, 4));
  }
  return queries;
}

/** Bytes a server sends for a URL asked for as Chromium asks: status line, headers and (compressed) body. */
function bytesOnTheWire(url: string): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    get(url, { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } }, (response) => {
      let bytes = `HTTP/1.1 ${response.statusCode} ${response.statusMessage}\r\n\r\n`.length;
      for (let i = 0; i < response.rawHeaders.length; i += 2) {
        bytes += `${response.rawHeaders[i]}: ${response.rawHeaders[i + 1]}\r\n`.length;
      }
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolvePromise(bytes));
      response.on('error', reject);
    }).on('error', reject);
  });
}

/** Submits a query as a visitor pressing Enter would, and waits until the page has shown its results. */
export function submit(page: Page, query: string): Promise<number> {
  return page.evaluate(async (q) => {
    const list = document.querySelector('[data-search-results]')!;
    const input = document.querySelector<HTMLInputElement>('#search-query')!;
    const shown = new Promise<void>((resolve, reject) => {
      // The page marks the list busy while it searches and fetches the results' texts.
      const observer = new MutationObserver(() => {
        if (list.getAttribute('aria-busy') !== 'false') return;
        observer.disconnect();
        resolve();
      });
      observer.observe(list, { attributes: true, attributeFilter: ['aria-busy'] });
      setTimeout(() => {
        const status = document.querySelector('[data-search-status]')?.textContent;
        reject(new Error(`no results for "${q}" after 30 s (the page says: ${status})`));
      }, 30_000);
    });
    input.value = q;
    const started = performance.now();
    input.form!.requestSubmit();
    await shown;
    return performance.now() - started;
  }, query);
}

/** Opens the search page at a width, runs the first query and says what it fetched. */
async function firstQuery(context: BrowserContext, origin: string, width: number): Promise<{ page: Page; first: FirstQuery }> {
  const requested = new Set<string>();
  const record = (url: string) => {
    const path = new URL(url).pathname;
    if (path.startsWith('/pagefind/')) requested.add(path);
  };
  // The context sees the worker's requests too, but Playwright reports no size for a worker's own
  // script: each file is fetched again below, as Chromium asks for it, and its bytes counted.
  context.on('request', (request) => record(request.url()));
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 800 });
  await page.goto(`${origin}${urls.search('en')}`);
  await page.waitForSelector('[data-search-results][aria-busy="false"]', { state: 'attached' });
  const ms = await submit(page, FIRST_QUERY);
  // Open filters show each value's count for the results, from indexes fetched after the results.
  await page.waitForFunction(() => {
    const panel = document.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
    return !panel.open || document.querySelector('[data-search-facets] fieldset') !== null;
  });
  const files: FirstQuery['files'] = [];
  for (const path of requested) files.push({ path, bytes: await bytesOnTheWire(`${origin}${path}`) });
  const status = (await page.textContent('[data-search-status]')) ?? '';
  return { page, first: { width, files, kb: files.reduce((sum, f) => sum + f.bytes, 0) / 1024, ms, status } };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return ((sorted[Math.floor((sorted.length - 1) / 2)] as number) + (sorted[Math.ceil((sorted.length - 1) / 2)] as number)) / 2;
};

export async function measureSearch(dist: string): Promise<SearchFigures | string> {
  const { CHROMIUM, launchChromium, serveSite } = await import('./browser.ts');
  if (!CHROMIUM) {
    return 'SKIPPED: no Chromium at /usr/bin/chromium or CHROME_PATH (apt-get install -y chromium): no search figures.';
  }
  const { origin, server } = await serveSite(dist);
  const browser = await launchChromium();
  try {
    // Separate contexts: nothing cached or shared (Pagefind's shared worker included) between the two.
    const wideContext = await browser.newContext();
    const wide = (await firstQuery(wideContext, origin, 1280)).first;
    await wideContext.close();
    const phoneContext = await browser.newContext();
    const { page, first: phone } = await firstQuery(phoneContext, origin, 390);
    const times: number[] = [];
    for (const query of laterQueries()) times.push(await submit(page, query));
    const typos: SearchFigures['typos'] = [];
    for (const query of misspeltQueries(dist)) {
      const ms = await submit(page, query);
      const corrected = await page.evaluate(() => document.querySelector('[data-search-correction]:not([hidden]) strong')?.textContent ?? '');
      typos.push({ query, corrected, ms });
    }
    await phoneContext.close();
    return { phone, wide, times, medianMs: median(times), typos, typoMedianMs: median(typos.map((t) => t.ms)) };
  } finally {
    await browser.close();
    await server.stop();
  }
}
