import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { writeOfflineCopies } from '../../src/integrations/build/offline-copy.ts';
import { buildSearchIndex } from '../../src/integrations/build/search-index.ts';
import { writeSearchWords } from '../../src/integrations/build/search-words.ts';
import { ui } from '../../src/lib/i18n.ts';
import { LANGUAGES, type Lang } from '../../src/lib/languages.ts';
import { formatSize, manifestFile, type OfflineManifest } from '../../src/lib/offline.ts';
import { urls } from '../../src/lib/urls.ts';
import { CHROMIUM, launchChromium, serveSite } from '../../scripts/lib/browser.ts';
import { runBuild, tempDir } from '../helpers/build.ts';

type Served = Awaited<ReturnType<typeof serveSite>>;

/** Every cache of the origin, with the paths it holds. */
const cached = (page: Page): Promise<Record<string, string[]>> =>
  page.evaluate(async () => {
    const names = await caches.keys();
    const entries = await Promise.all(
      names.map(async (name) => [name, (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname)] as const),
    );
    return Object.fromEntries(entries);
  });

const visitedPaths = async (page: Page) => Object.entries(await cached(page)).filter(([name]) => name.startsWith('teixit-visited')).flatMap(([, paths]) => paths);

/** The page's title once it is open, or the error that stopped it. */
async function titleOf(context: BrowserContext, address: string): Promise<string> {
  const page = await context.newPage();
  try {
    await page.goto(address, { timeout: 15_000 });
    return await page.title();
  } catch (error) {
    return `failed: ${(error as Error).message.split('\n')[0]}`;
  } finally {
    await page.close();
  }
}

const titled = (text: string) => `${text} · ${ui('en').site.name}`;

describe.skipIf(!CHROMIUM)('the site offline', () => {
  const dist = inject('siteDist');
  let browser: Browser;
  let served: Served | undefined;
  let origin = '';
  const stopServer = async () => {
    await served?.server.stop();
    served = undefined;
  };

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await stopServer();
  });

  test('pages already read stay readable offline without keeping anything, and nothing else is stored', { timeout: 120_000 }, async () => {
    served = await serveSite(dist);
    origin = served.origin;
    const context = await browser.newContext();
    const first = await context.newPage();
    const read = [urls.entry('en', 'glossary', 'coproduction'), urls.entry('en', 'methodologies', 'world-cafe')];
    // The first page loads before the worker exists: it is kept once the worker is running.
    await first.goto(`${origin}${read[0]}`);
    await first.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => visitedPaths(first), { timeout: 15_000 }).toContain(read[0]);
    await first.goto(`${origin}${read[1]}`);
    await expect.poll(() => visitedPaths(first), { timeout: 15_000 }).toContain(read[1]);

    const caches = await cached(first);
    expect(Object.keys(caches).every((name) => name.startsWith('teixit-visited')), Object.keys(caches).join(', ')).toBe(true);
    const kept = await visitedPaths(first);
    const pages = kept.filter((path) => path.endsWith('/'));
    expect(pages.sort()).toEqual([...read].sort());
    expect(kept.filter((path) => !path.endsWith('/') && !path.startsWith('/_astro/') && path !== '/favicon.svg' && path !== '/manifest.webmanifest')).toEqual([]);

    await stopServer();
    await context.setOffline(true);
    expect(await titleOf(context, `${origin}${read[0]}`)).toBe(titled('Coproduction'));
    expect(await titleOf(context, `${origin}${read[1]}`)).toBe(titled('World Café'));
    expect(await titleOf(context, `${origin}${urls.entry('en', 'glossary', 'empowerment')}`)).toMatch(/^failed/);
    await context.close();
  });

  describe('a kept language', () => {
    let context: BrowserContext;
    beforeAll(async () => {
      context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    });
    afterAll(async () => {
      await context?.close();
    });

    test('is downloaded alone, from its home or about page, showing its size first and its progress', { timeout: 240_000 }, async () => {
      served = await serveSite(dist, { port: Number(new URL(origin).port) });
      for (const lang of LANGUAGES) {
        const t = ui(lang).offline;
        const page = await context.newPage();
        await page.goto(`${origin}${lang === 'ca' || lang === 'eu' ? urls.home(lang) : urls.about(lang)}`);
        const manifest = JSON.parse(readFileSync(join(dist, manifestFile(lang)), 'utf8')) as OfflineManifest;
        const size = page.locator('[data-offline-size]');
        await expect.poll(() => size.textContent(), { timeout: 15_000 }).toMatch(/\d/);
        // The same figure as the manifest's, in the browser's own wording of the language (its decimal sign may differ from Node's)
        const shown = Number(/\d+(?:[.,]\d)?/.exec((await size.textContent()) ?? '')?.[0].replace(',', '.'));
        expect(shown).toBe(Number(/\d+(?:[.,]\d)?/.exec(formatSize(manifest.bytes, lang))?.[0].replace(',', '.')));
        const keep = page.getByRole('button', { name: t.keep });
        const progress = page.locator('[data-offline-progress]');
        await keep.click();
        await progress.waitFor({ state: 'visible' });
        const status = page.locator('[data-offline-status]');
        // A browser may stop a busy worker mid-download (this machine is shared): the page says so, and a
        // second press goes on from the files already there, as a visitor would.
        await expect
          .poll(async () => {
            const said = await status.textContent();
            if (said === t.failed) await keep.click();
            return said;
          }, { timeout: 120_000, interval: 1000 })
          .toBe(t.kept);
        expect(await keep.isVisible()).toBe(false);
        expect(await page.getByRole('button', { name: t.remove }).isVisible()).toBe(true);
        const offline = Object.entries(await cached(page)).filter(([name]) => name.startsWith('teixit-offline-'));
        // One more language each time, and each holds its manifest's files and the manifest itself.
        expect(offline.map(([name]) => name.slice('teixit-offline-'.length, 'teixit-offline-'.length + 2)).sort()).toEqual(
          LANGUAGES.slice(0, LANGUAGES.indexOf(lang) + 1).sort(),
        );
        const paths = offline.find(([name]) => name.startsWith(`teixit-offline-${lang}`))?.[1] ?? [];
        expect(paths.length).toBe(manifest.entries.length + 1);
        expect(paths.filter((path) => path.startsWith('/cards/') || /^\/(ca|es|en|eu)\//.test(path) && !path.startsWith(`/${lang}/`))).toEqual([]);
        await page.close();
      }
    });

    test.each(LANGUAGES)('in %s opens with the network off: a method, its printable card, a search with filters, an unvisited glossary term', { timeout: 60_000 }, async (lang) => {
      const t = ui(lang);
      await stopServer();
      await context.setOffline(true);
      const method = await context.newPage();
      await method.goto(`${origin}${urls.entry(lang, 'methodologies', 'world-cafe')}`);
      expect(await method.locator('h1').textContent()).toContain('World Café');
      await method.goto(`${origin}${urls.methodCard(lang, 'world-cafe')}`);
      expect(await method.locator('h1').count()).toBeGreaterThan(0);
      await method.close();

      const search = await context.newPage();
      await search.goto(`${origin}${urls.searchWith(lang, { query: 'world cafe', filters: { collection: [t.collections.methodologies.name] } })}`);
      await search.locator('.result').first().waitFor({ timeout: 15_000 });
      expect(await search.locator('.result h3 a').first().getAttribute('href')).toContain(urls.entry(lang, 'methodologies', 'world-cafe'));
      expect(new Set(await search.locator('.result-collection').allTextContents())).toEqual(new Set([t.collections.methodologies.name]));
      // The filters (open on a wide screen) have their counts, from indexes fetched offline
      await expect.poll(() => search.locator('[data-search-facets] fieldset').count(), { timeout: 15_000 }).toBeGreaterThan(1);
      expect(await search.getByRole('checkbox', { name: new RegExp(`^${t.collections.methodologies.name}`) }).isChecked()).toBe(true);
      await search.close();

      const term = await context.newPage();
      await term.goto(`${origin}${urls.entry(lang, 'glossary', 'empowerment')}`);
      expect(await term.title()).toMatch(/ · Teixit$/);
      await term.close();
    });

    test('takes a new deploy as one version: the new pages with the new index, and says so', { timeout: 240_000 }, async () => {
      // A newer build: one page gains a word, and the steps after Astro run again on the result.
      const newer = join(tempDir('newer-build'), 'dist');
      cpSync(dist, newer, { recursive: true });
      rmSync(join(newer, 'pagefind'), { recursive: true });
      const changed = join(newer, urls.entry('en', 'glossary', 'coproduction').slice(1), 'index.html');
      writeFileSync(changed, readFileSync(changed, 'utf8').replace('</main>', '<p>Zephyrine gardens.</p></main>'));
      await buildSearchIndex(newer, tempDir('newer-search-cache'));
      writeSearchWords(newer);
      await writeOfflineCopies(newer);
      try {
        await context.setOffline(false);
        served = await serveSite(newer, { port: Number(new URL(origin).port) });
        const page = await context.newPage();
        await page.goto(`${origin}${urls.home('en')}`);
        // The browser finds the new worker, which downloads each kept language's new copy before taking over.
        await page.locator('[data-offline-notice]').waitFor({ state: 'visible', timeout: 120_000 });
        expect(await page.locator('[data-offline-notice]').textContent()).toContain(ui('en').offline.updated);
        await stopServer();
        await context.setOffline(true);
        await page.goto(`${origin}${urls.entry('en', 'glossary', 'coproduction')}`);
        expect(await page.locator('main').textContent()).toContain('Zephyrine gardens.');
        await page.goto(`${origin}${urls.search('en')}?q=zephyrine`);
        await page.locator('.result').first().waitFor({ timeout: 15_000 });
        expect(await page.locator('.result h3 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname))).toEqual([
          urls.entry('en', 'glossary', 'coproduction'),
        ]);
        // The old version's files are gone from the copies: only the new manifests' files are left.
        const offline = Object.entries(await cached(page)).filter(([name]) => name.startsWith('teixit-offline-'));
        for (const lang of LANGUAGES) {
          const manifest = JSON.parse(readFileSync(join(newer, manifestFile(lang)), 'utf8')) as OfflineManifest;
          expect(offline.find(([name]) => name.startsWith(`teixit-offline-${lang}`))?.[1].length).toBe(manifest.entries.length + 1);
        }
        expect(await titleOf(context, `${origin}${urls.entry('ca', 'glossary', 'empowerment')}`)).toMatch(/ · Teixit$/);
        await page.close();
      } finally {
        rmSync(join(newer, '..'), { recursive: true, force: true });
      }
    });

    test('can be removed again', { timeout: 60_000 }, async () => {
      await context.setOffline(false);
      served = await serveSite(dist, { port: Number(new URL(origin).port) });
      const page = await context.newPage();
      await page.goto(`${origin}${urls.about('es')}`);
      const t = ui('es').offline;
      await page.getByRole('button', { name: t.remove }).click();
      await expect.poll(() => page.locator('[data-offline-status]').textContent(), { timeout: 15_000 }).toBe(t.removed);
      expect(Object.keys(await cached(page)).some((name) => name.startsWith('teixit-offline-es'))).toBe(false);
      expect(await page.getByRole('button', { name: t.keep }).isVisible()).toBe(true);
      await page.close();
    });
  });
  test('works the same under a sub-path', { timeout: 600_000 }, async () => {
    const root = tempDir('offline-subpath');
    const build = runBuild(join(root, 'dist'), { TEIXIT_BASE: '/teixit/' });
    expect(build.status, build.output).toBe(0);
    const site = await serveSite(build.dist, { base: '/teixit/' });
    let serving = true;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(`${site.origin}/teixit/en/about/`);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(`${site.origin}/teixit/`);
      await page.getByRole('button', { name: ui('en').offline.keep }).click();
      await expect.poll(() => page.locator('[data-offline-status]').textContent(), { timeout: 120_000 }).toBe(ui('en').offline.kept);
      await site.server.stop();
      serving = false;
      await context.setOffline(true);
      expect(await titleOf(context, `${site.origin}/teixit/en/glossary/empowerment/`)).toBe(titled('Empowerment'));
      await page.goto(`${site.origin}/teixit/en/search/?q=particiaption`);
      await page.locator('.result').first().waitFor({ timeout: 15_000 });
      expect(await page.locator('[data-search-correction] strong').textContent()).toBe('participation');
    } finally {
      await context.close();
      if (serving) await site.server.stop();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
