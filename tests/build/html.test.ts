import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { LANGUAGES } from '../../src/lib/languages.ts';
import { checkSite } from '../../src/lib/site-check.ts';
import { urls } from '../../src/lib/urls.ts';
import { ROOT, readPage } from '../helpers/build.ts';
import {
  builtPages,
  formatHtmlError,
  htmlErrors,
  inlineScriptsOutsideCsp,
  pageCsp,
  pageOutline,
  repeatedLabels,
  type PageOutline,
} from '../helpers/quality.ts';

/** The real site, built once by tests/global-setup.ts. */
const dist = inject('siteDist');
const { pages: contentPages } = checkSite({ root: ROOT });
const builtFiles = builtPages(dist);
/** Every page, redirects to moved addresses aside (they have a test of their own) */
const pages = builtFiles.filter((page) => !contentPages.get(page.path)?.redirect);
const errorPages = new Set([`${urls.root()}404.html`, ...LANGUAGES.map((lang) => `${urls.home(lang)}404.html`)]);

const outlines = new Map<string, PageOutline>();
const outlineOf = async (page: { path: string; file: string }) => {
  const known = outlines.get(page.path);
  if (known) return known;
  const outline = await pageOutline(readFileSync(page.file, 'utf8'));
  outlines.set(page.path, outline);
  return outline;
};

describe('the HTML of every built page', () => {
  test('the build has the pages this file expects: content pages, a root language chooser and 404s', () => {
    const expected = [...contentPages.keys()].sort((a, b) => a.localeCompare(b));
    expect(builtFiles.map((page) => page.path)).toEqual(expected);
  });

  test('html-validate (recommended rules) finds no error on any page', { timeout: 180_000 }, async () => {
    const errors = (await Promise.all(pages.map((page) => htmlErrors(page.file, page.path)))).flat();
    const pagesWithErrors = new Set(errors.map((error) => error.page)).size;
    console.log(`html-validate: ${pages.length} pages checked, ${errors.length} errors on ${pagesWithErrors} pages`);
    expect(errors.map(formatHtmlError)).toEqual([]);
  });

  test('every page has exactly one h1, a language, a title and a description', async () => {
    const faults: string[] = [];
    for (const page of pages) {
      const outline = await outlineOf(page);
      if (outline.h1Count !== 1) faults.push(`${page.path}: ${outline.h1Count} h1 elements`);
      if (!outline.lang) faults.push(`${page.path}: no <html lang>`);
      if (!outline.title) faults.push(`${page.path}: empty or missing <title>`);
      if (!outline.description?.trim()) faults.push(`${page.path}: empty or missing meta description`);
    }
    console.log(`page outlines: ${pages.length} pages checked, ${faults.length} faults`);
    expect(faults).toEqual([]);
  });

  test('no heading, caption or label of any page repeats the label before it ("X: X: …")', async () => {
    const faults: string[] = [];
    for (const page of pages) {
      for (const text of await repeatedLabels(readFileSync(page.file, 'utf8'))) faults.push(`${page.path}: ${text}`);
    }
    expect(faults).toEqual([]);
  });

  test('indexable content pages have a canonical link to themselves and are not marked noindex', async () => {
    const faults: string[] = [];
    for (const page of pages.filter((p) => contentPages.get(p.path)?.indexable)) {
      const outline = await outlineOf(page);
      const canonicalPath = outline.canonical ? new URL(outline.canonical).pathname : null;
      if (canonicalPath !== page.path) faults.push(`${page.path}: canonical is ${outline.canonical}`);
      if (outline.noindex) faults.push(`${page.path}: marked noindex`);
    }
    expect(faults).toEqual([]);
  });

  test('fallback and 404 pages are marked noindex and have no canonical link', async () => {
    const fallback = (path: string) => contentPages.get(path)?.route.route === 'entry' && contentPages.get(path)?.indexable === false;
    const unindexed = pages.filter((p) => errorPages.has(p.path) || fallback(p.path));
    // The real content is translated into every language: its fallback pages are checked on the fixture (content-folder.test.ts).
    expect(unindexed.length).toBeGreaterThanOrEqual(errorPages.size);
    const faults: string[] = [];
    for (const page of unindexed) {
      const outline = await outlineOf(page);
      if (!outline.noindex) faults.push(`${page.path}: not marked noindex`);
      if (outline.canonical) faults.push(`${page.path}: has a canonical link ${outline.canonical}`);
    }
    expect(faults).toEqual([]);
  });

  test('an address an entry had before its slug redirects to its page: noindex, canonical to the page', async () => {
    const moved = [...contentPages].filter(([, page]) => page.redirect);
    expect(moved.length).toBeGreaterThan(0);
    const faults: string[] = [];
    for (const [path, page] of moved) {
      const html = readPage(dist, path);
      if (!html.includes(`<meta http-equiv="refresh" content="0; url=${page.redirect}">`)) faults.push(`${path}: no refresh to ${page.redirect}`);
      if (!html.includes('<meta name="robots" content="noindex">')) faults.push(`${path}: not noindex`);
      if (!new RegExp(`<link rel="canonical" href="[^"]*${page.redirect}">`).test(html)) faults.push(`${path}: no canonical to ${page.redirect}`);
    }
    expect(faults).toEqual([]);
    const redirects = readFileSync(join(dist, '_redirects'), 'utf8').trim().split('\n');
    expect(redirects).toEqual(moved.map(([path, page]) => `${path} ${page.redirect} 301`));
  });

  test('the root language chooser is indexable without a canonical link: it is the x-default of the homes', async () => {
    const root = pages.find((page) => page.path === urls.root());
    if (!root) throw new Error('The build has no root page.');
    const outline = await outlineOf(root);
    expect(outline.noindex).toBe(false);
    expect(outline.canonical).toBeNull();
    expect(readFileSync(root.file, 'utf8')).toMatch(/<link rel="alternate" hreflang="x-default"/);
  });

  test('every page has a Content-Security-Policy that lists each of its inline scripts by hash', async () => {
    const faults: string[] = [];
    for (const page of pages) {
      const html = readFileSync(page.file, 'utf8');
      if (!(await pageCsp(html))) faults.push(`${page.path}: no Content-Security-Policy meta`);
      for (const script of await inlineScriptsOutsideCsp(html)) faults.push(`${page.path}: inline script not in its CSP: ${script}`);
    }
    expect(faults).toEqual([]);
  });
});
