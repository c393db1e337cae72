import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check-content.ts';
import { COLLECTIONS } from '../../src/schemas/collections.ts';
import { contentDir } from '../../src/lib/content-dir.ts';
import { readContentTree } from '../../src/lib/content-files.ts';
import { ui } from '../../src/lib/i18n.ts';
import { plural } from '../../src/lib/plural.ts';
import { LANGUAGES, type Lang } from '../../src/lib/languages.ts';
import { urls } from '../../src/lib/urls.ts';
import { ROOT } from '../helpers/build.ts';
import { CHROMIUM } from '../../scripts/lib/browser.ts';
import { useSiteInChromium } from '../helpers/site-in-chromium.ts';

const { content } = checkContent(readContentTree(contentDir(ROOT)));
const titleOf = (collection: 'glossary' | 'values', id: string, lang: Lang) => {
  const text = content[collection].get(id)?.texts[lang];
  if (!text) throw new Error(`${collection}/${id} has no ${lang} text`);
  return text.data.title;
};
/** Search loads its index on first use: give the page time before failing. */
const POLL = { timeout: 10_000 };
const withoutAccents = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const glossaryIn = (lang: Lang) => [...content.glossary.values()].filter((entry) => entry.texts[lang]).length;

describe.skipIf(!CHROMIUM)('search in Chromium', () => {
  const site = useSiteInChromium();
  const status = (page: Page) => page.locator('[data-search-status]');
  const resultTitles = (page: Page) => page.locator('.result h3').allTextContents();


  describe.each(LANGUAGES)('in %s', (lang) => {
    const t = ui(lang);

    test('a query typed without accents finds the accented title', async () => {
      for (const [collection, id] of [['values', 'cooperation'], ['glossary', 'coproduction']] as const) {
        const title = titleOf(collection, id, lang);
        const page = await site.open(`${urls.search(lang)}?q=${encodeURIComponent(withoutAccents(title).toLowerCase())}`);
        await page.locator('.result').first().waitFor();
        expect(await resultTitles(page)).toContain(title);
        await page.close();
      }
    });

    test('filters alone list every matching entry, and the count is announced', async () => {
      const glossary = t.collections.glossary.name;
      const page = await site.open(`${urls.search(lang)}?collection=${encodeURIComponent(glossary)}`);
      const expected = glossaryIn(lang);
      await expect.poll(() => status(page).textContent(), POLL).toBe(plural(lang, expected, t.search.results));
      expect(await status(page).getAttribute('aria-live')).toBe('polite');
      // Results come a few at a time, each batch behind a button; the list is busy while a batch loads
      const idle = page.locator('[data-search-results][aria-busy="false"]');
      await idle.waitFor({ state: 'attached' });
      for (let shown = await page.locator('.result').count(); shown < expected; shown = await page.locator('.result').count()) {
        await page.locator('.more button').click();
        await expect.poll(() => page.locator('.result').count(), POLL).toBeGreaterThan(shown);
        await idle.waitFor({ state: 'attached' });
        // The keyboard goes on from the first of the new results
        await expect.poll(() => page.evaluate((n) => document.activeElement === document.querySelectorAll('.result h3 a')[n], shown), POLL).toBe(true);
      }
      expect(await page.locator('.result').count()).toBe(expected);
      expect(await page.locator('.more').count()).toBe(0);
      await page.close();
    });

    test('a query and filters combine, and the state survives reload, back and forward', async () => {
      const page = await site.open(urls.search(lang));
      await page.fill('#search-query', withoutAccents(titleOf('glossary', 'coproduction', lang)).toLowerCase());
      await page.press('#search-query', 'Enter');
      await page.locator('.result').first().waitFor();
      const unfiltered = (await resultTitles(page)).length;
      await page.getByRole('checkbox', { name: new RegExp(`^${t.collections.glossary.name}`) }).check();
      await expect.poll(() => new URL(page.url()).searchParams.get('collection'), POLL).toBe(t.collections.glossary.name);
      await expect.poll(() => page.locator('.result-collection').allTextContents(), POLL).toSatisfy(
        (labels: string[]) => labels.length > 0 && labels.length <= unfiltered && labels.every((l) => l === t.collections.glossary.name),
      );
      const filteredUrl = page.url();
      expect(await page.locator('.chip').first().textContent()).toContain(t.collections.glossary.name);

      await page.reload();
      await page.locator('.result').first().waitFor();
      expect(await page.getByRole('checkbox', { name: new RegExp(`^${t.collections.glossary.name}`) }).isChecked()).toBe(true);

      await page.goBack();
      await expect.poll(() => new URL(page.url()).searchParams.get('collection'), POLL).toBeNull();
      await page.goForward();
      await expect.poll(() => page.url(), POLL).toBe(filteredUrl);

      await page.locator('.chip').first().click();
      await expect.poll(() => new URL(page.url()).searchParams.get('collection'), POLL).toBeNull();
      await page.close();
    });

    test('from any page, "/" and the keyboard alone lead to a result', async () => {
      const page = await site.open(urls.collection(lang, 'values'));
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
      await page.keyboard.type(withoutAccents(titleOf('values', 'cooperation', lang)).toLowerCase());
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === urls.search(lang));
      await page.locator('.result a').first().waitFor();
      let reached = '';
      for (let i = 0; i < 200 && !reached.includes('/'); i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => (document.activeElement?.closest('.result') ? (document.activeElement as HTMLAnchorElement).href : ''));
      }
      expect(reached).not.toBe('');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.href === reached);
      await page.close();
    });
  });

  test.each([390, 1280])('at %i px the page does not shift while the engine and the results load', async (width) => {
    const context = await site.browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const scope = window as unknown as { layoutShift: number };
      scope.layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) scope.layoutShift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${site.origin}${urls.search('en')}?q=community`);
    await expect.poll(() => page.locator('.result').count(), POLL).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    const shift = await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
    console.log(`search page at ${width} px: cumulative layout shift ${shift.toFixed(4)}`);
    expect(shift).toBeLessThan(0.01);
    await context.close();
  });

  test('on a phone the first results need no filter index; opening the filters fetches them and shows counts', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    const filterIndexes: string[] = [];
    context.on('request', (request) => {
      if (request.url().includes('/pagefind/filter/')) filterIndexes.push(request.url());
    });
    await page.goto(`${site.origin}${urls.search('en')}?q=community`);
    await expect.poll(() => page.locator('.result').count(), POLL).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    expect(filterIndexes).toEqual([]);
    await page.locator('[data-search-filters] summary').click();
    const collections = page.locator('[data-search-facets] fieldset').first().locator('label');
    await expect.poll(() => collections.count(), POLL).toBeGreaterThan(1);
    expect(filterIndexes.length).toBeGreaterThan(0);
    // The counts are of the results (all entries, and perhaps a section page, which has no collection),
    // not of every page on the site.
    const results = Number(/\d+/.exec((await status(page).textContent()) ?? '')?.[0]);
    const counted = (await collections.allTextContents()).reduce((sum, label) => sum + Number(/\((\d+)\)$/.exec(label)?.[1]), 0);
    expect(counted).toBeLessThanOrEqual(results);
    expect(counted).toBeGreaterThanOrEqual(results - COLLECTIONS.length);
    await context.close();
  });

  test("a chosen filter's other values count what each would add, not zero", async () => {
    const t = ui('en');
    const methodologiesCount = async (path: string) => {
      const page = await site.open(path);
      const label = page.locator('[data-search-facets] label', { hasText: new RegExp(`^${t.collections.methodologies.name} \\(`) });
      await label.waitFor(POLL);
      const count = Number(/\((\d+)\)$/.exec((await label.textContent()) ?? '')?.[1]);
      await page.close();
      return count;
    };
    const glossary = encodeURIComponent(t.collections.glossary.name);
    const methodologies = [...content.methodologies.values()].filter((entry) => entry.texts.en).length;
    expect(await methodologiesCount(`${urls.search('en')}?collection=${glossary}`)).toBe(methodologies);
    const alone = await methodologiesCount(`${urls.search('en')}?q=community`);
    expect(alone).toBeGreaterThan(0);
    expect(await methodologiesCount(`${urls.search('en')}?q=community&collection=${glossary}`)).toBe(alone);
  });

  test('nothing of the search is downloaded on other pages', async () => {
    const page = await site.browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${site.origin}${urls.home('ca')}`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await page.close();
  });

  test('without JavaScript the search page says so and offers the collections', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}${urls.search('es')}`);
    await expect.poll(() => page.locator('[data-search-nojs]').isVisible(), POLL).toBe(true);
    expect(await page.locator('[data-search-nojs] a').count()).toBe(COLLECTIONS.length);
    await context.close();
  });
});

