import { describe, expect, test } from 'vitest';
import { CHROMIUM } from '../../scripts/lib/browser.ts';
import { useSiteInChromium } from '../helpers/site-in-chromium.ts';

describe.skipIf(!CHROMIUM)('the root page in Chromium', () => {
  const site = useSiteInChromium();

  test.each([
    ['es-ES', '/es/'],
    ['eu', '/eu/'],
    ['en-GB', '/en/'],
    ['fr-FR', '/ca/'],
  ])('sends a visitor whose browser prefers %s to %s', async (locale, path) => {
    const context = await site.browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto(`${site.origin}/`);
    await page.waitForURL(`${site.origin}${path}`);
    expect(await page.getAttribute('html', 'lang')).toBe(path.slice(1, 3));
    await context.close();
  });

  test('without JavaScript, stays and offers the four languages as links', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, locale: 'es-ES' });
    const page = await context.newPage();
    await page.goto(`${site.origin}/`);
    expect(new URL(page.url()).pathname).toBe('/');
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['/ca/', '/es/', '/en/', '/eu/']);
    await context.close();
  });
});
