import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { CollectionName } from '../../src/schemas/collections.ts';
import { LANGUAGES, type Lang } from '../../src/lib/languages.ts';
import { urls } from '../../src/lib/urls.ts';
import { submit } from '../../scripts/lib/bench-search.ts';
import { CHROMIUM } from '../../scripts/lib/browser.ts';
import { useSiteInChromium } from '../helpers/site-in-chromium.ts';

/** Queries with one or two slips in their long words, and the entry each is looking for. */
const MISSPELT: Record<Lang, [query: string, collection: CollectionName, id: string][]> = {
  ca: [
    ['particiapcio juvenil', 'methodologies', 'youth-participation-forum'],
    ['diagnosi particpativa', 'methodologies', 'participatory-diagnosis'],
    ['mapatge de xarxse', 'methodologies', 'network-mapping'],
    ['coprodiccio', 'glossary', 'coproduction'],
    ['apoderamnet', 'glossary', 'empowerment'],
    ['intercoperacio', 'glossary', 'intercooperation'],
    ['cohesio socail', 'glossary', 'social-cohesion'],
    ['mercat soical', 'glossary', 'social-market'],
    ['avaluacio partcipatvia', 'methodologies', 'participatory-evaluation'],
    ['butleti veinal', 'methodologies', 'community-newsletter'],
    ['mapatge d actius comunitraris', 'methodologies', 'community-asset-mapping'],
    ['accio comunitaira', 'glossary', 'community-action'],
    ['cooperacio entre agnets', 'values', 'cooperation'],
    ['histroia del barri', 'methodologies', 'neighbourhood-history-timeline'],
  ],
  es: [
    ['diagnostico partcipativo', 'methodologies', 'participatory-diagnosis'],
    ['mapeo de rdees', 'methodologies', 'network-mapping'],
    ['coproducion', 'glossary', 'coproduction'],
    ['empodreamineto', 'glossary', 'empowerment'],
    ['intercooperacin', 'glossary', 'intercooperation'],
    ['cohesion scoial', 'glossary', 'social-cohesion'],
    ['mercado socail', 'glossary', 'social-market'],
    ['evaluacion particpativa', 'methodologies', 'participatory-evaluation'],
    ['boletin vecnial', 'methodologies', 'community-newsletter'],
    ['mapeo de activos comunitrios', 'methodologies', 'community-asset-mapping'],
    ['foro de participacoin juvenil', 'methodologies', 'youth-participation-forum'],
    ['accion comunitaira', 'glossary', 'community-action'],
    ['cooperacion entre agnetes', 'values', 'cooperation'],
  ],
  en: [
    ['particpatory diagnosis', 'methodologies', 'participatory-diagnosis'],
    ['netwrok mapping', 'methodologies', 'network-mapping'],
    ['coprodcution', 'glossary', 'coproduction'],
    ['empowermnet', 'glossary', 'empowerment'],
    ['intercoperatoin', 'glossary', 'intercooperation'],
    ['social cohesoin', 'glossary', 'social-cohesion'],
    ['socail market', 'glossary', 'social-market'],
    ['participatroy evalaution', 'methodologies', 'participatory-evaluation'],
    ['comunity newsletter', 'methodologies', 'community-newsletter'],
    ['community asset mapipng', 'methodologies', 'community-asset-mapping'],
    ['youth partcipation forum', 'methodologies', 'youth-participation-forum'],
    ['neighbourhod history timeline', 'methodologies', 'neighbourhood-history-timeline'],
    ['cooperation betwen community agents', 'values', 'cooperation'],
  ],
  eu: [
    ['diagnostiko parte-hartzaliea', 'methodologies', 'participatory-diagnosis'],
    ['sareen mapaktea', 'methodologies', 'network-mapping'],
    ['koprodukzoia', 'glossary', 'coproduction'],
    ['ahalduntzae', 'glossary', 'empowerment'],
    ['interkooperazoia', 'glossary', 'intercooperation'],
    ['gizarte-kohesoia', 'glossary', 'social-cohesion'],
    ['merkatu sozilaa', 'glossary', 'social-market'],
    ['ebaluazoi parte-hartzailea', 'methodologies', 'participatory-evaluation'],
    ['auzoko buletian', 'methodologies', 'community-newsletter'],
    ['komunitate-aktiboen mapakta', 'methodologies', 'community-asset-mapping'],
    ['gazteen parte-hartze forao', 'methodologies', 'youth-participation-forum'],
    ['ekintza komunitarioaa', 'glossary', 'community-action'],
    ['auzoaren histroiaren denbora-lerroa', 'methodologies', 'neighbourhood-history-timeline'],
  ],
};

/** Correctly spelt queries: whole words, words without their accents, starts of words, rare words. */
const SPELT: Record<Lang, string[]> = {
  ca: ['participació', 'mercat social', 'coproduccio', 'diagnosi participativa', 'partic', 'col·lectiu', 'comunitàries', 'world cafe', 'veïnat xarxes'],
  es: ['participación', 'mercado social', 'coproduccion', 'diagnóstico participativo', 'partic', 'colectivos', 'comunitarias', 'world cafe', 'vecindario redes'],
  en: ['participation', 'social market', 'coproduction', 'participatory diagnosis', 'partic', 'collective', 'neighbourhoods', 'world cafe', 'residents networks'],
  eu: ['parte-hartzea', 'merkatu soziala', 'koprodukzioa', 'diagnostiko parte-hartzailea', 'parte', 'kolektiboak', 'komunitarioak', 'world cafe', 'auzotarrak sareak'],
};

/** The first results the page shows, as page addresses. */
const shownUrls = (page: Page) =>
  page.locator('.result h3 a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));

/** What Pagefind alone finds for a query, on the same page and build: the count and the first ten pages. */
function pagefindAlone(page: Page, query: string): Promise<{ count: number; urls: string[] }> {
  // A script in a string: vitest would rewrite an import() written in a function passed to the page.
  return page.evaluate(`(async () => {
    const pagefind = await import(${JSON.stringify(`${urls.root()}pagefind/pagefind.js`)});
    await pagefind.options({ baseUrl: ${JSON.stringify(urls.root())}, excerptLength: 24 });
    const found = await pagefind.search(${JSON.stringify(query)}, { filters: {} });
    const data = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
    return { count: found.results.length, urls: data.map((d) => new URL(d.url, location.href).pathname) };
  })()`);
}

describe.skipIf(!CHROMIUM)('search forgives typing mistakes', () => {
  const site = useSiteInChromium();
  const correction = (page: Page) => page.locator('[data-search-correction]');

  test('at least 90% of misspelt queries, in every language, find their entry in the first 8 results', { timeout: 180_000 }, async () => {
    const misses: string[] = [];
    let total = 0;
    const times: number[] = [];
    for (const lang of LANGUAGES) {
      const page = await site.open(urls.search(lang));
      await page.waitForSelector('[data-search-results][aria-busy="false"]', { state: 'attached' });
      for (const [query, collection, id] of MISSPELT[lang]) {
        total++;
        times.push(await submit(page, query));
        const found = (await shownUrls(page)).slice(0, 8);
        const shown = (await correction(page).isVisible()) ? await correction(page).locator('strong').textContent() : '(no correction)';
        if (!found.includes(urls.entry(lang, collection, id))) misses.push(`${lang} "${query}" -> ${shown}: ${found.join(' ')}`);
      }
      await page.close();
    }
    const sorted = times.sort((a, b) => a - b);
    console.log(`misspelt queries: ${total - misses.length}/${total} found; submit to corrected results: median ${sorted[sorted.length >> 1]?.toFixed(0)} ms, slowest ${sorted.at(-1)?.toFixed(0)} ms`);
    if (misses.length > 0) console.log(`missed:\n${misses.join('\n')}`);
    expect((total - misses.length) / total, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  test.each(LANGUAGES)('in %s, correctly spelt queries give exactly what Pagefind alone gives', { timeout: 60_000 }, async (lang) => {
    const page = await site.open(urls.search(lang));
    await page.waitForSelector('[data-search-results][aria-busy="false"]', { state: 'attached' });
    for (const query of SPELT[lang]) {
      await submit(page, query);
      const alone = await pagefindAlone(page, query);
      expect(await correction(page).isVisible(), query).toBe(false);
      expect(alone.count, `${query}: Pagefind finds something`).toBeGreaterThan(0);
      expect(await page.locator('[data-search-status]').textContent(), query).toContain(String(alone.count));
      expect(await shownUrls(page), query).toEqual(alone.urls);
    }
    await page.close();
  });

  test('the page says what it corrected, keeps the query as typed one click away, and loads the vocabulary only then', async () => {
    const page = await site.browser.newPage();
    const vocabulary: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/search-words.txt')) vocabulary.push(request.url());
    });
    await page.goto(`${site.origin}${urls.search('en')}?q=participation`);
    await page.locator('.result').first().waitFor();
    expect(vocabulary).toEqual([]);
    await submit(page, 'particiaption');
    expect(vocabulary).toEqual([`${site.origin}${urls.searchWords('en')}`]);
    expect(await correction(page).textContent()).toBe('Showing results for participation. Search instead for particiaption');
    expect(new URL(page.url()).searchParams.get('q')).toBe('particiaption');
    await correction(page).getByRole('link', { name: 'particiaption' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('exact')).toBe('1');
    await expect.poll(() => correction(page).isVisible()).toBe(false);
    expect(await page.inputValue('#search-query')).toBe('particiaption');
    // The exact search is what Pagefind alone makes of the slip.
    await page.waitForSelector('[data-search-results][aria-busy="false"]', { state: 'attached' });
    expect(await shownUrls(page)).toEqual((await pagefindAlone(page, 'particiaption')).urls);
    await page.goBack();
    await expect.poll(() => correction(page).isVisible()).toBe(true);
    await page.close();
  });
});
