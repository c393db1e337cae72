import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { COLLECTIONS } from '../../src/lib/collections.ts';
import { ui } from '../../src/lib/i18n.ts';
import { urls } from '../../src/lib/urls.ts';
import { CHROMIUM } from '../helpers/browser.ts';
import { useSiteInChromium } from '../helpers/site-in-chromium.ts';

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };

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
