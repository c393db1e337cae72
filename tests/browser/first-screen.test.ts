import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check-content.ts';
import type { Entry } from '../../src/lib/entry.ts';
import { COLLECTIONS } from '../../src/schemas/collections.ts';
import { contentDir } from '../../src/lib/content-dir.ts';
import { readContentTree } from '../../src/lib/content-files.ts';
import { ui } from '../../src/lib/i18n.ts';
import { LANGUAGES, type Lang } from '../../src/lib/languages.ts';
import { urls } from '../../src/lib/urls.ts';
import { ROOT } from '../helpers/build.ts';
import { CHROMIUM } from '../../scripts/lib/browser.ts';
import { useSiteInChromium } from '../helpers/site-in-chromium.ts';

const { content } = checkContent(readContentTree(contentDir(ROOT)));

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };

/** How long an entry's lead is in a language: its title and summary push its facts down. */
const leadLength = (entry: Entry, lang: Lang) => {
  const text = entry.texts[lang] ?? entry.texts.ca;
  return (text?.data.title.length ?? 0) * 3 + (text?.data.summary.length ?? 0);
};

/**
 * Every methodology in every language, and of every other collection in every language its first entry
 * and the one whose title and summary are longest: where the first screen is most likely to fill up.
 */
const PAGES = LANGUAGES.flatMap((lang) =>
  COLLECTIONS.flatMap((collection) => {
    const entries = [...content[collection].values()].sort((a, b) => a.id.localeCompare(b.id));
    const longest = [...entries].sort((a, b) => leadLength(b, lang) - leadLength(a, lang))[0];
    const chosen = collection === 'methodologies' ? entries : [...new Set([entries[0], longest])];
    return chosen.flatMap((entry) => (entry ? [{ collection, path: urls.entry(lang, collection, entry.id) }] : []));
  }),
);

/** Where an element starts, in CSS pixels from the top of the page, or null when the page has none. */
const topOf = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const element = document.querySelector(selector);
    return element ? Math.round(element.getBoundingClientRect().top + scrollY) : null;
  }, selector);

describe.skipIf(!CHROMIUM)('the first screen of an entry in Chromium', () => {
  const site = useSiteInChromium();

  test('the sample holds every methodology in all four languages and two entries of every other collection', () => {
    expect(PAGES.filter((p) => p.collection === 'methodologies')).toHaveLength(content.methodologies.size * LANGUAGES.length);
    for (const collection of COLLECTIONS) expect(PAGES.some((p) => p.collection === collection), collection).toBe(true);
  });

  test('on a 390 × 844 phone, the title starts within the first 200 px', async () => {
    const page = await site.browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
    const late: string[] = [];
    for (const { path } of PAGES) {
      await page.goto(`${site.origin}${path}`);
      const top = await topOf(page, 'h1');
      if (top === null || top > 200) late.push(`${path}: title at ${top} px`);
    }
    expect(late).toEqual([]);
    await page.close();
  });

  test('on a 1280 × 800 laptop, the facts panel starts on the first screen', async () => {
    const page = await site.browser.newPage({ viewport: LAPTOP });
    const late: string[] = [];
    let panels = 0;
    for (const { collection, path } of PAGES) {
      await page.goto(`${site.origin}${path}`);
      const top = await topOf(page, '.facts');
      // Values and glossary terms have no facts to show; every other entry must.
      if (top === null && (collection === 'values' || collection === 'glossary')) continue;
      panels += 1;
      if (top === null || top >= LAPTOP.height) late.push(`${path}: facts at ${top} px`);
    }
    expect(late).toEqual([]);
    expect(panels).toBeGreaterThan(content.methodologies.size * LANGUAGES.length);
    await page.close();
  });
});

describe.skipIf(!CHROMIUM)('the contents of an entry in Chromium', () => {
  const site = useSiteInChromium();
  const method = urls.entry('ca', 'methodologies', 'community-asset-mapping');
  const box = (page: Page, selector: string) =>
    page.evaluate((selector) => {
      const rect = document.querySelector(selector)?.getBoundingClientRect();
      return rect ? { top: Math.round(rect.top), left: Math.round(rect.left), right: Math.round(rect.right) } : null;
    }, selector);

  test('from 1,100 px they sit beside the text, stay in view and mark the section being read', async () => {
    const page = await site.browser.newPage({ viewport: LAPTOP });
    await page.goto(`${site.origin}${method}`);
    const [toc, title, text] = [await box(page, '.toc'), await box(page, 'h1'), await box(page, '#steps')];
    expect(toc && title && text && toc.left > Math.max(title.right, text.right)).toBe(true);
    expect(toc?.top).toBeLessThan(LAPTOP.height / 2);

    await page.evaluate(() => document.getElementById('steps')?.scrollIntoView());
    await page.mouse.wheel(0, 200);
    await expect.poll(() => page.locator('.toc [aria-current]').getAttribute('href')).toBe('#steps');
    const scrolled = await box(page, '.toc');
    expect(scrolled && scrolled.top >= 0 && scrolled.top < 100, 'the contents stay at the top of the window').toBe(true);
    // Reading line up to a marked section of the text keeps the text's width comfortable.
    expect(text && text.right - text.left).toBeLessThanOrEqual(42 * 17 + 1);
    await page.close();
  });

  test('below 1,100 px they come after the facts, above the text', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1024, height: 768 } });
    await page.goto(`${site.origin}${method}`);
    const [facts, toc, text] = [await topOf(page, '.facts'), await topOf(page, '.toc'), await topOf(page, '#purpose')];
    expect(facts !== null && toc !== null && text !== null && facts < toc && toc < text).toBe(true);
    await page.close();
  });
});

describe.skipIf(!CHROMIUM)('the header on a phone in Chromium', () => {
  const site = useSiteInChromium();
  const lang = 'eu';
  const t = ui(lang);
  const path = urls.entry(lang, 'methodologies', 'community-asset-mapping');
  let noScript: Awaited<ReturnType<typeof site.browser.newContext>>;

  beforeAll(async () => {
    noScript = await site.browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, javaScriptEnabled: false });
  });
  afterAll(() => noScript?.close());

  test('folds the navigation into one control that opens without JavaScript', async () => {
    const page = await noScript.newPage();
    await page.goto(`${site.origin}${path}`);
    const firstLink = page.locator(`nav[aria-label="${t.nav.main}"] a`).first();
    expect(await firstLink.isVisible()).toBe(false);
    const menu = page.getByText(t.nav.menu, { exact: true });
    expect(await menu.isVisible()).toBe(true);
    await menu.click();
    expect(await firstLink.isVisible()).toBe(true);
    expect(await page.locator(`nav[aria-label="${t.nav.languages}"] a`).first().isVisible()).toBe(true);
    await page.close();
  });

  test('keeps search on screen, and opens the menu by keyboard', async () => {
    const page = await noScript.newPage();
    await page.goto(`${site.origin}${path}`);
    expect(await page.locator('header [role="search"] input').isVisible()).toBe(true);
    const visited: string[] = [];
    for (let i = 0; i < 6 && !visited.includes('summary'); i++) {
      await page.keyboard.press('Tab');
      visited.push(await page.evaluate(() => document.activeElement?.tagName.toLowerCase() ?? ''));
    }
    expect(visited).toContain('input');
    expect(visited.at(-1)).toBe('summary');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.activeElement?.closest('nav')?.getAttribute('aria-label'));
    expect(next).toBe(t.nav.languages);
    await page.close();
  });

  test('speaks of the "/" key only where a mouse suggests a keyboard', async () => {
    const phone = await site.browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
    await phone.goto(`${site.origin}${path}`);
    expect(await phone.locator('#site-search').getAttribute('placeholder')).toBe(t.search.label);
    await phone.close();
    const laptop = await site.browser.newPage({ viewport: LAPTOP });
    await laptop.goto(`${site.origin}${path}`);
    await expect.poll(() => laptop.locator('#site-search').getAttribute('placeholder')).toBe(t.search.shortcut);
    await laptop.close();
  });

  test('at 1280 px shows the navigation and the languages in the header, without the menu button', async () => {
    const page = await site.browser.newPage({ viewport: LAPTOP });
    await page.goto(`${site.origin}${path}`);
    expect(await page.getByText(t.nav.menu, { exact: true }).isVisible()).toBe(false);
    const links = page.locator(`nav[aria-label="${t.nav.main}"] a`);
    expect(await links.count()).toBe(COLLECTIONS.length);
    for (const link of await links.all()) expect(await link.isVisible()).toBe(true);
    const header = await page.locator('.site-header').boundingBox();
    expect(header && header.height).toBeLessThan(130);
    await page.close();
  });
});
