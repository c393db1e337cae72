import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check-content.ts';
import { contentDir } from '../../src/lib/content-dir.ts';
import { readContentTree } from '../../src/lib/content-files.ts';
import { LANGUAGES, type Lang } from '../../src/lib/languages.ts';
import { urls } from '../../src/lib/urls.ts';
import { ROOT } from '../helpers/build.ts';
import { CHROMIUM } from '../../scripts/lib/browser.ts';
import { useSiteInChromium } from '../helpers/site-in-chromium.ts';

const { content } = checkContent(readContentTree(contentDir(ROOT)));

/** The language in which an entry's text is longest: where a page is most likely to spill over. */
function longestLanguage(texts: Partial<Record<Lang, { raw: string }>>): Lang {
  return LANGUAGES.filter((lang) => texts[lang]).sort((a, b) => (texts[b]?.raw.length ?? 0) - (texts[a]?.raw.length ?? 0))[0] ?? 'ca';
}

async function printedPages(page: Page): Promise<number> {
  await page.evaluate(() => document.fonts.ready);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

describe.skipIf(!CHROMIUM)('printed on A4 in Chromium', () => {
  const site = useSiteInChromium();
  const pagesOf = async (path: string) => {
    const page = await site.browser.newPage();
    const response = await page.goto(`${site.origin}${path}`);
    // A missing page would print as a one-page 404
    expect([path, response?.status()]).toEqual([path, 200]);
    const count = await printedPages(page);
    await page.close();
    return count;
  };

  test('every worksheet prints on at most two pages, in its longest language', { timeout: 300_000 }, async () => {
    expect(content.worksheets.size).toBeGreaterThan(0);
    for (const sheet of content.worksheets.values()) {
      const path = urls.entry(longestLanguage(sheet.texts), 'worksheets', sheet.id);
      expect({ path, pages: await pagesOf(path) }).toEqual({ path, pages: expect.toBeOneOf([1, 2]) });
    }
  });

  test('every method card prints on one page, in its longest language', { timeout: 300_000 }, async () => {
    for (const method of content.methodologies.values()) {
      const path = urls.methodCard(longestLanguage(method.texts), method.id);
      expect({ path, pages: await pagesOf(path) }).toEqual({ path, pages: 1 });
    }
  });

  test('the longest method sheets print on at most four pages', { timeout: 120_000 }, async () => {
    const longest = [...content.methodologies.values()]
      .map((method) => ({ method, lang: longestLanguage(method.texts) }))
      .sort((a, b) => (b.method.texts[b.lang]?.raw.length ?? 0) - (a.method.texts[a.lang]?.raw.length ?? 0))
      .slice(0, 4);
    for (const { method, lang } of longest) {
      const path = urls.entry(lang, 'methodologies', method.id);
      expect({ path, pages: await pagesOf(path) }).toEqual({ path, pages: expect.toBeOneOf([1, 2, 3, 4]) });
    }
  });

  test('a guide pack prints the guide, then a card per method on its own pages', async () => {
    const guide = [...content.guides.values()][0];
    if (!guide) throw new Error('No guide to print');
    const page = await site.open(urls.guidePack('ca', guide.id));
    expect(await page.locator('.guide-pack').count()).toBe(1);
    const cards = await page.locator('.method-card').count();
    expect(cards).toBeGreaterThan(1);
    expect(await printedPages(page)).toBeGreaterThanOrEqual(cards + 1);
    await page.close();
  });

  test('printed lists keep their markers and the steps their numbers', async () => {
    const page = await site.open(urls.entry('ca', 'methodologies', [...content.methodologies.keys()][0] ?? ''));
    await page.emulateMedia({ media: 'print' });
    const style = await page.evaluate(() => {
      const item = document.querySelector('#when-to-use + ul li');
      const list = item?.parentElement;
      const step = document.querySelector('ol.steps > li');
      return {
        marker: item ? getComputedStyle(item).listStyleType : '',
        indent: list ? Number.parseFloat(getComputedStyle(list).paddingLeft) : 0,
        stepColour: step ? getComputedStyle(step, '::before').color : '',
        stepBackground: step ? getComputedStyle(step, '::before').backgroundColor : '',
      };
    });
    expect(style.marker).toBe('disc');
    expect(style.indent).toBeGreaterThan(10);
    expect(style.stepColour).toBe('rgb(0, 0, 0)');
    expect(style.stepBackground).toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });
});
