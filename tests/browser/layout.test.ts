import { describe, expect, test } from 'vitest';
import { LANGUAGES } from '../../src/lib/languages.ts';
import { urls } from '../../src/lib/urls.ts';
import { CHROMIUM } from '../../scripts/lib/browser.ts';
import { useSiteInChromium } from '../helpers/site-in-chromium.ts';

const pagesIn = (lang: (typeof LANGUAGES)[number]) => [
  urls.home(lang),
  urls.entry(lang, 'methodologies', 'community-asset-mapping'),
  urls.entry(lang, 'programmes', 'ess-impulse-plan-territories'),
  urls.entry(lang, 'guides', 'coproducing-district-ess-strategy'),
  urls.collection(lang, 'glossary'),
  urls.search(lang),
  urls.openData(lang),
  urls.translationStatus(lang),
];

describe.skipIf(!CHROMIUM)('layout and reading in Chromium', () => {
  const site = useSiteInChromium();

  test.each(LANGUAGES)('no page scrolls sideways at 320 px wide (%s)', async (lang) => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
    const overflowing: string[] = [];
    for (const path of pagesIn(lang)) {
      await page.goto(`${site.origin}${path}`);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (wide > 0) overflowing.push(`${path} (${wide}px)`);
    }
    expect(overflowing).toEqual([]);
    await page.close();
  });

  test('the dark scheme, once chosen, is remembered without cookies and applies before the page paints', async () => {
    const context = await site.browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${site.origin}${urls.home('ca')}`);
    const toggle = page.locator('[data-scheme-toggle]');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.dataset.scheme)).toBe('dark');
    // The scheme must be set while the head is parsed, before the body exists.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') (window as unknown as { schemeAtParse?: string }).schemeAtParse = document.documentElement.dataset.scheme;
      });
    });
    await page.goto(`${site.origin}${urls.collection('ca', 'values')}`);
    expect(await page.evaluate(() => (window as unknown as { schemeAtParse?: string }).schemeAtParse)).toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(20, 20, 18)');
    expect(await page.locator('[data-scheme-toggle]').getAttribute('aria-pressed')).toBe('true');
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  test('a method sheet prints as a handout: no navigation, facts kept, steps unbroken, other sites’ addresses shown', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}${urls.entry('en', 'methodologies', 'community-asset-mapping')}`);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const external = document.createElement('a');
      external.href = 'https://example.org/source';
      document.querySelector('main p')?.append(external);
      return {
        header: getComputedStyle(document.querySelector('.site-header')!).display,
        facts: getComputedStyle(document.querySelector('.facts')!).display,
        stepBreak: getComputedStyle(document.querySelector('ol.steps > li')!).breakInside,
        externalTarget: getComputedStyle(external, '::after').content,
        internalTarget: getComputedStyle(document.querySelector('main a[href^="/"]')!, '::after').content,
      };
    });
    expect(printed.header).toBe('none');
    expect(printed.facts).not.toBe('none');
    expect(printed.stepBreak).toBe('avoid');
    expect(printed.externalTarget).toMatch(/^" <" attr\(href\) ">"|^" <.+>"$/);
    expect(printed.internalTarget).toBe('none');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await page.close();
  });
});
