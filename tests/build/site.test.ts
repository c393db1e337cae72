import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { COLLECTIONS } from '../../src/schemas/collections.ts';
import { LANGUAGES } from '../../src/lib/languages.ts';
import { checkSite } from '../../src/lib/site-check.ts';
import { PAGE_SIZE } from '../../src/lib/pagination.ts';
import { fill, ui } from '../../src/lib/i18n.ts';
import { urls } from '../../src/lib/urls.ts';
import { ROOT, readPage } from '../helpers/build.ts';

/** The real site, built once from content/ by the real build script (tests/global-setup.ts). */
const build = { dist: inject('siteDist') };
const { content, pages } = checkSite({ root: ROOT });

describe('the built site', () => {
  test('has a home, a 404 and every collection index in each language', () => {
    for (const lang of LANGUAGES) {
      expect(readPage(build.dist, urls.home(lang))).toContain(`<html lang="${lang}"`);
      expect(readPage(build.dist, `/${lang}/404.html`)).toContain(`<html lang="${lang}"`);
      for (const collection of COLLECTIONS) {
        expect(readPage(build.dist, urls.collection(lang, collection))).toContain(`<html lang="${lang}"`);
      }
    }
  });

  test('the translation status is split into pages that together list every entry once, most work first', () => {
    const entries = COLLECTIONS.reduce((sum, c) => sum + content[c].size, 0);
    const count = Math.ceil(entries / PAGE_SIZE);
    expect(count).toBeGreaterThan(1);
    const rows: string[][] = [];
    for (let page = 1; page <= count; page++) {
      const html = readPage(build.dist, urls.translationStatus('en', page));
      const body = html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>'));
      const pageRows = body.split('<tr>').slice(1);
      expect(pageRows.length).toBeLessThanOrEqual(PAGE_SIZE);
      rows.push(...pageRows.map((row) => [/href="([^"]+)"/.exec(row)?.[1] ?? '', row]));
      expect(html).toContain(`aria-label="Page ${page} of ${count}" aria-current="page"`);
      if (page < count) expect(html).toContain(`rel="next" href="${urls.translationStatus('en', page + 1)}"`);
    }
    expect(new Set(rows.map(([href]) => href)).size).toBe(entries);
    const work = (row: string) => (row.match(/state-(outdated|missing)/g) ?? []).length;
    const needs = rows.map(([, row]) => work(row ?? ''));
    expect(needs).toEqual([...needs].sort((a, b) => b - a));
    expect(needs[0]).toBe(Math.max(...needs));
  });

  test('has a page for every entry in every language, and nothing else under the languages', () => {
    const built = new Set<string>();
    const walk = (dir: string, path: string) => {
      for (const name of readdirSync(dir, { withFileTypes: true })) {
        if (name.isDirectory()) walk(join(dir, name.name), `${path}${name.name}/`);
        else if (name.name === 'index.html') built.add(path);
      }
    };
    for (const lang of LANGUAGES) walk(join(build.dist, lang), `/${lang}/`);
    expect([...built].sort()).toEqual([...pages.keys()].filter((path) => path !== urls.root() && path.endsWith('/')).sort());
  });

  test('a list of relations says beside each link what the entry is, and for a method its participation and duration', () => {
    const t = ui('en');
    const html = readPage(build.dist, urls.entry('en', 'methodologies', 'time-bank'));
    const relations = html.slice(html.indexOf('<section class="relations"'), html.indexOf('</section>', html.indexOf('<section class="relations"')));
    const items = [...relations.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1] ?? '');
    expect(items.length).toBeGreaterThan(10);
    for (const item of items) expect(item, item).toMatch(/^<span class="kind">[^<]+<\/span> <a /);
    const methods = items.filter((item) => item.startsWith(`<span class="kind">${t.vocab.entryType.methodologies}</span>`));
    expect(methods.length).toBeGreaterThan(0);
    for (const item of methods) {
      const id = /href="[^"]*\/([^/"]+)\/"/.exec(item)?.[1] ?? '';
      const facts = content.methodologies.get(id)?.facts;
      if (!facts) throw new Error(`${id} is not a methodology`);
      const duration = fill(t.entry.durationValue, { ...facts.duration, unit: t.vocab.durationUnit[facts.duration.unit] });
      expect(item).toContain(`<span class="fact">${t.vocab.participation[facts.participation]}, ${duration}</span>`);
    }
  });

  test('an experience page says first what the plan asks of it and which methods use it, then the limits of its source once', () => {
    for (const lang of LANGUAGES) {
      const t = ui(lang);
      const html = readPage(build.dist, urls.entry(lang, 'experiences', 'can-pico'));
      const panel = html.slice(html.indexOf('<dl class="facts">'), html.indexOf('</dl>', html.indexOf('<dl class="facts">')));
      const action = content.axes.get('ess-measure-31')?.texts[lang]?.data.actions['city-flagship-projects'] ?? '';
      expect(action).not.toBe('');
      expect(panel).toContain(`<dt>${t.entry.planAction}</dt> <dd>${action.replaceAll("'", '&#39;')}</dd>`);
      expect(panel).toContain('2016–2019');
      expect(panel).toContain(`href="${urls.entry(lang, 'axes', 'ess-measure-31')}"`);
      expect(panel).toContain(`href="${urls.entry(lang, 'methodologies', 'ess-initiative-support')}"`);
      const limits = t.entry.namedOnly.replaceAll("'", '&#39;');
      expect(html.split(limits)).toHaveLength(2);
      expect(html.indexOf(limits)).toBeGreaterThan(html.indexOf('</dl>'));
      expect(html.indexOf(limits)).toBeLessThan(html.indexOf('<h2', html.indexOf('</dl>')));
    }
  });

  test('a method links each worksheet its materials name, and each worksheet lists the methods it serves', () => {
    let pairs = 0;
    for (const method of content.methodologies.values()) {
      for (const id of method.facts.worksheets) {
        for (const lang of LANGUAGES) {
          const methodPage = readPage(build.dist, urls.entry(lang, 'methodologies', method.id));
          const materials = methodPage.slice(methodPage.indexOf('id="materials"'), methodPage.indexOf('id="steps"'));
          expect(materials, `${method.id} → ${id} (${lang})`).toContain(`href="${urls.entry(lang, 'worksheets', id)}"`);
          const sheetPage = readPage(build.dist, urls.entry(lang, 'worksheets', id));
          const referring = sheetPage.slice(sheetPage.lastIndexOf('<section class="relations"'));
          expect(referring, `${id} ← ${method.id} (${lang})`).toContain(`href="${urls.entry(lang, 'methodologies', method.id)}"`);
          pairs++;
        }
      }
    }
    expect(pairs).toBeGreaterThan(0);
  });

  test('the sitemap lists exactly the indexable pages, with alternates only to real translations', () => {
    const sitemap = readFileSync(join(build.dist, 'sitemap-0.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname).sort();
    const indexable = [...pages].filter(([, p]) => p.indexable).map(([path]) => path).sort();
    expect(listed).toEqual(indexable);
    // The root language chooser is the homes' x-default (html.test.ts), not a page of the sitemap
    for (const [path, page] of pages) {
      if (page.indexable || page.route.route === 'root') continue;
      expect(sitemap).not.toContain(`${path}"`);
    }
  });

  test('the search index has one language per site language, holding exactly its searchable pages', () => {
    const entry = JSON.parse(readFileSync(join(build.dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    for (const lang of LANGUAGES) {
      const expected = [...pages.values()].filter((p) => p.lang === lang && p.searchable).length;
      expect(entry.languages[lang]?.page_count, lang).toBe(expected);
    }
  });

  test('the root page links to the four languages without JavaScript', () => {
    const root = readPage(build.dist, '/');
    for (const lang of LANGUAGES) expect(root).toContain(`href="${urls.home(lang)}"`);
  });

  test('every page carries a strict Content-Security-Policy without unsafe-inline', () => {
    for (const path of ['/', urls.home('ca'), urls.collection('en', 'values')]) {
      const html = readPage(build.dist, path);
      expect(html).toMatch(/http-equiv="content-security-policy" content="default-src 'self'/);
      expect(html).not.toContain('unsafe-inline');
    }
  });


  test('a _headers file carries the pages\' policy plus frame-ancestors and the other protections', () => {
    const headers = readFileSync(join(build.dist, '_headers'), 'utf8');
    const page = /content-security-policy" content="([^"]+)"/.exec(readPage(build.dist, urls.home('ca')))?.[1] ?? '';
    const scriptHashes = page.match(/'sha256-[^']+'/g) ?? [];
    expect(headers).toMatch(/^\/\*$/m);
    expect(headers).toContain("frame-ancestors 'none'");
    for (const hash of scriptHashes) expect(headers).toContain(hash);
    for (const name of ['X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']) expect(headers).toContain(`${name}:`);
    expect(headers).not.toContain('unsafe-inline');
  });

  test("a figure in content is served as AVIF and WebP with its alt text", () => {
    const html = readPage(build.dist, urls.entry('es', 'guides', 'coproducing-district-ess-strategy'));
    expect(html).toMatch(/<source srcset="[^"]+\.avif 480w, [^"]+\.avif 960w" type="image\/avif"/);
    expect(html).toMatch(/<source srcset="[^"]+\.webp 480w[^"]*" type="image\/webp"/);
    expect(html).toMatch(/<img [^>]*alt="Cuatro círculos numerados/);
  });
});
