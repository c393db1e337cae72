import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { LANGUAGES } from '../../src/lib/languages.ts';
import { urls } from '../../src/lib/urls.ts';
import { tempDir } from '../helpers/build.ts';
import { CHROMIUM, launchChromium, serveSite } from '../../scripts/lib/browser.ts';
import { brokenLinks } from '../helpers/links.ts';
import { monitorContext, type PageMonitor } from '../helpers/page-monitor.ts';
import { htmlErrors, inlineScriptsOutsideCsp, repeatedLabels, repeatsLabel } from '../helpers/quality.ts';

/**
 * Each quality check of the real site, shown to catch its fault on copies of real built pages: a check
 * that passes the site but would also pass the fault proves nothing.
 */

const siteDist = inject('siteDist');
const ENTRY = urls.entry('ca', 'methodologies', 'community-asset-mapping');
const fileOf = (dist: string, path: string) => join(dist, path.endsWith('/') ? `${path}index.html` : path);

/** A temp folder holding copies of the given built pages at their own paths, with the styles and scripts they load. */
function copyOfPages(...paths: string[]): string {
  const dist = join(tempDir('faults'), 'dist');
  if (existsSync(join(siteDist, '_astro'))) cpSync(join(siteDist, '_astro'), join(dist, '_astro'), { recursive: true });
  for (const path of paths) {
    mkdirSync(dirname(fileOf(dist, path)), { recursive: true });
    cpSync(fileOf(siteDist, path), fileOf(dist, path));
  }
  return dist;
}

/** Rewrites one copied page, failing if `find` is not in it: a fault that was never planted proves nothing. */
function plant(dist: string, path: string, find: string | RegExp, replacement: string): void {
  const html = readFileSync(fileOf(dist, path), 'utf8');
  const changed = html.replace(find, replacement);
  if (changed === html) throw new Error(`${String(find)} is not in ${path}: the fault was not planted.`);
  writeFileSync(fileOf(dist, path), changed);
}

const folders: string[] = [];
const folder = (dist: string) => (folders.push(dirname(dist)), dist);
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('the link check', () => {
  test('reports a dead internal link, and nothing on the same pages without it', async () => {
    // The root page links only to the four homes and the data catalogue: with stand-ins for them and the
    // catalogue's files, the folder has no dead link.
    const dist = folder(copyOfPages(urls.root(), urls.file('data/catalogue.jsonld'), urls.file('data/catalogue.ttl')));
    for (const lang of LANGUAGES) {
      mkdirSync(join(dist, lang));
      writeFileSync(join(dist, lang, 'index.html'), `<!DOCTYPE html><html lang="${lang}"><title>${lang}</title></html>`);
    }
    expect(await brokenLinks(dist)).toEqual([]);

    plant(dist, urls.root(), `href="${urls.home('eu')}" hreflang="eu" data-lang`, 'href="/eus/" hreflang="eu" data-lang');
    const broken = await brokenLinks(dist);
    expect(broken).toHaveLength(1);
    expect(broken[0]).toMatch(/\/eus\/ \(status 404\)/);
  });
});

describe('html-validate', () => {
  test('reports an image without alt text, and nothing on the same page without it', async () => {
    const dist = folder(copyOfPages(ENTRY));
    expect(await htmlErrors(fileOf(dist, ENTRY), ENTRY)).toEqual([]);

    plant(dist, ENTRY, /(<main id="content"[^>]*>)/, '$1<img src="/favicon.svg" width="16" height="16">');
    const errors = await htmlErrors(fileOf(dist, ENTRY), ENTRY);
    expect(errors.map((error) => error.rule)).toEqual(['wcag/h37']);
  });
});

describe('the repeated-label check', () => {
  test('finds a caption that repeats its measure label, and nothing on the same page without it', async () => {
    const programme = urls.entry('en', 'programmes', 'ess-impulse-plan-territories');
    const html = readFileSync(fileOf(siteDist, programme), 'utf8');
    expect(await repeatedLabels(html)).toEqual([]);

    const planted = html.replace(/<caption>Measure 29: /, '<caption>Measure 29: Measure 29: ');
    expect(planted).not.toBe(html);
    expect(await repeatedLabels(planted)).toEqual([expect.stringMatching(/^Measure 29: Measure 29: /)]);
  });

  test('tells a repeated label from a longer one and from a colon inside a title', () => {
    expect(repeatsLabel('Targeta: Targeta: Mapatge')).toBe(true);
    expect(repeatsLabel('29. neurria: 29. neurria: ESSa')).toBe(true);
    expect(repeatsLabel('Measure 2: Measure 29: the ESS')).toBe(false);
    expect(repeatsLabel('Pla d’impuls de l’ESS 2016–2019: territorialització i acció comunitària')).toBe(false);
  });
});

/** An inline script that marks the page when it runs, so the browser test can tell it was refused. */
const INLINE_SCRIPT = '<script>document.documentElement.dataset.injected = "ran"</script>';

describe('the Content-Security-Policy check', () => {
  test('finds an inline script whose hash the page\'s policy does not list', async () => {
    const dist = folder(copyOfPages(ENTRY));
    expect(await inlineScriptsOutsideCsp(readFileSync(fileOf(dist, ENTRY), 'utf8'))).toEqual([]);

    plant(dist, ENTRY, '</main>', `${INLINE_SCRIPT}</main>`);
    const outside = await inlineScriptsOutsideCsp(readFileSync(fileOf(dist, ENTRY), 'utf8'));
    expect(outside).toEqual(['document.documentElement.dataset.injected = "ran"']);
  });
});

describe.skipIf(!CHROMIUM)('the browser monitor, in Chromium', () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveSite>>;
  const INLINE = `${urls.home('ca')}inline-script.html`;
  const FOREIGN = `${urls.home('ca')}foreign-image.html`;

  beforeAll(async () => {
    const dist = folder(copyOfPages(ENTRY));
    cpSync(fileOf(dist, ENTRY), fileOf(dist, INLINE));
    plant(dist, INLINE, '</main>', `${INLINE_SCRIPT}</main>`);
    cpSync(fileOf(dist, ENTRY), fileOf(dist, FOREIGN));
    plant(dist, FOREIGN, '</main>', '<img src="https://example.org/x.png" alt=""></main>');
    site = await serveSite(dist);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.server.stop();
  });

  /** Loads one page of the temp folder in a fresh context and returns what the monitor saw. */
  const visit = async (path: string): Promise<{ monitor: PageMonitor; injectedRan: boolean }> => {
    const context = await browser.newContext();
    const monitor = await monitorContext(context, site.origin);
    const page = await context.newPage();
    await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
    // Violation reports are delivered as tasks after the load: give them a moment to arrive.
    await page.waitForTimeout(200);
    const injectedRan = (await page.evaluate(() => document.documentElement.dataset.injected)) === 'ran';
    await context.close();
    return { monitor, injectedRan };
  };

  test('sees nothing on an unchanged copy of the page', async () => {
    const { monitor } = await visit(ENTRY);
    expect(monitor).toEqual({ cspViolations: [], foreignRequests: [] });
  });

  test('reports the CSP violation of an inline script, which the policy keeps from running', async () => {
    const { monitor, injectedRan } = await visit(INLINE);
    expect(injectedRan).toBe(false);
    expect(monitor.cspViolations).toContainEqual(expect.stringMatching(/^securitypolicyviolation: script-src-elem blocked inline/));
    expect(monitor.cspViolations).toContainEqual(expect.stringMatching(/^console: .*Content Security Policy/));
    expect(monitor.foreignRequests).toEqual([]);
  });

  test('reports a request to another origin', async () => {
    const { monitor } = await visit(FOREIGN);
    expect(monitor.foreignRequests).toEqual(['https://example.org/x.png']);
  });
});
