import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check-content.ts';
import { contentDir } from '../../src/lib/content-dir.ts';
import { readContentTree } from '../../src/lib/content-files.ts';
import { findMethods, readAnswers, writeAnswers } from '../../src/lib/finder.ts';
import { fill, ui } from '../../src/lib/i18n.ts';
import { LANGUAGES, pickTextLanguage, type Lang } from '../../src/lib/languages.ts';
import { PAGE_SIZE } from '../../src/lib/pagination.ts';
import { urls } from '../../src/lib/urls.ts';
import { ROOT } from '../helpers/build.ts';
import { CHROMIUM } from '../../scripts/lib/browser.ts';
import { useSiteInChromium } from '../helpers/site-in-chromium.ts';

const { content } = checkContent(readContentTree(contentDir(ROOT)));
const methods = [...content.methodologies.values()].map((entry) => ({ id: entry.id, ...entry.facts }));
const titleIn = (id: string, lang: Lang) => {
  const texts = content.methodologies.get(id)?.texts ?? {};
  const shown = pickTextLanguage(lang, LANGUAGES.filter((l) => texts[l]));
  return (shown && texts[shown]?.data.title) ?? id;
};
/** Finder situations written as a professional would put them, each with at least one method that fits. */
const SITUATIONS = [
  'purpose=understand-the-territory&people=15',
  'phase=evaluation&participation=collaborate',
  'time=session&experience=some',
  'format=in-person&purpose=manage-shared-spaces&phase=planning&phase=execution',
];
const POLL = { timeout: 10_000 };

describe.skipIf(!CHROMIUM)('method finder in Chromium', () => {
  const site = useSiteInChromium();

  test.each(LANGUAGES)('every home page links to the finder (%s)', async (lang) => {
    const page = await site.open(urls.home(lang));
    await page.locator(`a[href="${urls.finder(lang)}"]`).first().click();
    await page.waitForURL(`**${urls.finder(lang)}`);
    expect(await page.locator('h1').textContent()).toBe(ui(lang).finder.title);
    await page.close();
  });

  test.each(SITUATIONS)('a finder URL lists first a method that fits it: %s', async (query) => {
    const answers = readAnswers(new URLSearchParams(query)).answers;
    const expected = findMethods(methods, answers).fitting.map((v) => v.method.id);
    expect(expected.length).toBeGreaterThan(0);
    for (const lang of ['ca', 'eu'] as const) {
      const page = await site.open(`${urls.finder(lang)}?${query}`);
      const first = page.locator('.finder-result h3 a').first();
      await first.waitFor(POLL);
      const fitting = new Set(expected.map((id) => titleIn(id, lang)));
      expect(fitting.has((await first.textContent()) ?? '')).toBe(true);
      expect(await page.locator('.finder-result').count()).toBe(Math.min(12, expected.length));
      await page.close();
    }
  });

  test('answers chosen in the form go into the URL, and the URL ticks them again', async () => {
    const page = await site.open(urls.finder('es'));
    await page.locator('.finder-result').first().waitFor(POLL);
    await page.locator('input[name="purpose"][value="generate-ideas"]').check();
    await page.locator('input[name="format"][value="online"]').check();
    await page.locator('input[name="people"]').fill('25');
    await page.locator('[data-finder-form] button[type="submit"]').click();
    const query = '?purpose=generate-ideas&people=25&format=online';
    await expect.poll(() => page.evaluate(() => location.search), POLL).toBe(query);
    expect(writeAnswers(readAnswers(new URLSearchParams(query)).answers)).toBe(query);
    await page.reload();
    await page.locator('.finder-result, [data-finder-output] h3').first().waitFor(POLL);
    expect(await page.locator('input[name="purpose"][value="generate-ideas"]').isChecked()).toBe(true);
    expect(await page.locator('input[name="format"][value="online"]').isChecked()).toBe(true);
    expect(await page.locator('input[name="people"]').inputValue()).toBe('25');
    await page.close();
  });

  test('an unsatisfiable situation says so, names the answer to relax and shows the nearest methods', async () => {
    const t = ui('en').finder;
    const page = await site.open(`${urls.finder('en')}?people=100000&time=session&experience=none&colour=blue`);
    await expect.poll(() => page.locator('[data-finder-status]').textContent(), POLL).toBe(t.noneFit);
    expect(await page.locator('.finder-result').count()).toBeGreaterThan(0);
    expect(await page.locator('.finder-misses').first().textContent()).toContain('100000');
    expect(await page.locator('[data-finder-output]').textContent()).toContain(fill(t.ignored, { items: 'colour=blue' }));
    const relax = page.locator('[data-finder-output] p a').first();
    expect(await relax.getAttribute('href')).not.toContain('people=100000');
    await page.close();
  });

  test('without JavaScript the page compares every method, a list page at a time', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}${urls.finder('ca')}`);
    expect(await page.locator('.compare tbody tr').count()).toBe(Math.min(PAGE_SIZE, methods.length));
    expect(await page.locator('.finder-results').isVisible()).toBe(false);
    expect(await page.locator('.compare thead th').count()).toBe(8);
    await context.close();
  });
});
