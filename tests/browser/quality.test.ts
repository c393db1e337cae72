import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { COLLECTIONS } from '../../src/schemas/collections.ts';
import { checkSite } from '../../src/lib/site-check.ts';
import { ui } from '../../src/lib/i18n.ts';
import { LANGUAGES, type Lang } from '../../src/lib/languages.ts';
import { axeViolations, focused, tabStopsUntil, type PageRegions } from '../helpers/accessibility.ts';
import { ROOT } from '../helpers/build.ts';
import { CHROMIUM } from '../../scripts/lib/browser.ts';
import { monitorContext, resetMonitor, type PageMonitor } from '../helpers/page-monitor.ts';
import { samplePages, type SamplePage } from '../helpers/sample-pages.ts';
import { useSiteInChromium } from '../helpers/site-in-chromium.ts';

const { content, pages } = checkSite({ root: ROOT });

/** The search page is checked with a query, so its results and highlights are on the page too. */
function withSearchQuery(page: SamplePage, lang: Lang): SamplePage {
  if (page.kind !== 'search') return page;
  const text = COLLECTIONS.flatMap((collection) => [...content[collection].values()]).find((e) => e.texts[lang])?.texts[lang];
  if (!text) throw new Error(`No entry is written in ${lang}: nothing to search for.`);
  const query = text.data.title.split(/\s+/)[0] ?? '';
  return { kind: 'search with results', path: `${page.path}?q=${encodeURIComponent(query)}` };
}

const SAMPLE = LANGUAGES.flatMap((lang) => samplePages(pages, lang).map((page) => withSearchQuery(page, lang)));
const SCHEMES = ['light', 'dark'] as const;
const axeTotals = { runs: 0, violations: 0 };

describe.skipIf(!CHROMIUM)('sample pages of every kind, in all four languages, in Chromium', () => {
  const site = useSiteInChromium();
  // One context and tab for all the pages, visited one after another: a fresh context per page costs
  // more than the checks of a small page. The monitor and the cookie jar are emptied before each page.
  let context: BrowserContext;
  let page: Page;
  let monitor: PageMonitor;

  beforeAll(async () => {
    context = await site.browser.newContext();
    monitor = await monitorContext(context, site.origin);
    page = await context.newPage();
  });
  beforeEach(async () => {
    resetMonitor(monitor);
    await context?.clearCookies();
  });
  afterAll(() => {
    console.log(
      `axe (${SCHEMES.join(' and ')}): ${SAMPLE.length} pages, ${axeTotals.runs} runs, ${axeTotals.violations} violations`,
    );
  });

  test('the sample holds every kind of page, a fallback page included when the content has one', () => {
    const kinds = new Set(SAMPLE.map((sample) => sample.kind));
    const hasFallback = [...pages.values()].some((page) => page.route.route === 'entry' && !page.indexable);
    for (const kind of ['home', 'open data', 'translation status', 'search with results', 'finder', 'about', 'method card', 'guide pack', '404', ...(hasFallback ? ['fallback'] : [])]) {
      expect(kinds, kind).toContain(kind);
    }
  });

  test.for(SAMPLE)(
    '$path ($kind): no axe violation in light or dark, no CSP violation, no request elsewhere, no cookie',
    async ({ path }) => {
      await page.emulateMedia({ colorScheme: SCHEMES[0] });
      // Search loads its index after the page itself: wait until the network is quiet to see its results.
      const response = await page.goto(`${site.origin}${path}`, { waitUntil: path.includes('?') ? 'networkidle' : 'load' });
      expect(response?.status()).toBe(200);

      const violations: string[] = [];
      for (const colorScheme of SCHEMES) {
        await page.emulateMedia({ colorScheme });
        const found = await axeViolations(page);
        axeTotals.runs += 1;
        axeTotals.violations += found.length;
        violations.push(...found.map((violation) => `${colorScheme}: ${violation}`));
      }
      const cookies = (await context.cookies()).map((cookie) => cookie.name);

      expect({ violations, csp: monitor.cspViolations, foreign: monitor.foreignRequests, cookies }).toEqual({
        violations: [],
        csp: [],
        foreign: [],
        cookies: [],
      });
    },
  );
});

/** Keyboard paths are the layout's, the same on every page: a home and an entry in each language cover them. */
const KEYBOARD_PAGES = SAMPLE.filter((page) => page.kind === 'home' || page.kind === 'methodologies entry');

/** The parts of the layout a keyboard user passes through, found as assistive technology finds them. */
function layoutOf(lang: Lang) {
  const t = ui(lang);
  return {
    'skip link': 'a[href="#content"]',
    'main navigation': `nav[aria-label="${t.nav.main}"]`,
    'search field': 'header [role="search"]',
    'language switcher': `nav[aria-label="${t.nav.languages}"]`,
    content: '#content',
  } as const;
}

describe.skipIf(!CHROMIUM)('keyboard paths in Chromium', () => {
  const site = useSiteInChromium();

  describe.each(KEYBOARD_PAGES)('on $path', ({ path }) => {
    const layout = layoutOf(path.split('/')[1] as Lang);
    const regions: PageRegions = Object.entries(layout);

    test('Tab reaches the skip link first, shown on screen, and Enter moves focus to #content', async () => {
      const page = await site.open(path);
      await page.keyboard.press('Tab');
      expect(await focused(page, regions)).toMatchObject({ region: 'skip link', href: '#content' });
      const box = await page.locator(':focus').boundingBox();
      expect(box && box.y >= 0 && box.height > 0, 'the focused skip link is on screen').toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id), 'the focused element after Enter').toBe('content');
      await page.close();
    });

    test('every link of the main navigation and of the language switcher takes focus by Tab, visibly', async () => {
      const page = await site.open(path);
      const stops = await tabStopsUntil(page, regions, 'content');
      const hrefsIn = (selector: string) =>
        page.locator(`${selector} a`).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      const reached = (region: string) => stops.filter((stop) => stop.region === region).map((stop) => stop.href);
      expect(reached('main navigation')).toEqual(await hrefsIn(layout['main navigation']));
      expect(reached('language switcher')).toEqual(await hrefsIn(layout['language switcher']));
      expect(stops.filter((stop) => stop.outline === 'none')).toEqual([]);
      await page.close();
    });

    test('the header search field takes focus by Tab, visibly', async (context) => {
      const page = await site.open(path);
      if ((await page.locator(`${layout['search field']} input`).count()) === 0) {
        await page.close();
        context.skip('this build has no search field in the header');
      }
      const stops = await tabStopsUntil(page, regions, 'content');
      const fields = stops.filter((stop) => stop.region === 'search field' && stop.tag === 'input');
      expect(fields).toHaveLength(1);
      expect(fields[0]?.outline).not.toBe('none');
      await page.close();
    });
  });
});
