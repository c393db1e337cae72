import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import sharp from 'sharp';
import { describe, expect, inject, test } from 'vitest';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/collections.ts';
import { LANGUAGES } from '../../src/lib/languages.ts';
import { MODEL } from '../../src/schemas/model.ts';

const dist = inject('siteDist');
const readJson = (path: string) => JSON.parse(readFileSync(join(dist, path), 'utf8'));
type Row = { id: string; language: string; facts: Record<string, unknown> };

function htmlFiles(dir = dist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    if (item.isDirectory()) return item.name === 'pagefind' ? [] : htmlFiles(path);
    return item.name.endsWith('.html') ? [path] : [];
  });
}

describe('open data', () => {
  const catalogue = readJson('data/catalogue.json') as {
    licence: { id: string };
    datasets: { collection: CollectionName; language: string; rows: number; json: string; csv: string; schema: string }[];
  };

  test('the catalogue lists every collection in every language, under the licence', () => {
    expect(catalogue.licence.id).toBe('CC-BY-SA-4.0');
    expect(catalogue.datasets).toHaveLength(COLLECTIONS.length * LANGUAGES.length);
  });

  test.each(COLLECTIONS)('every %s export validates against its JSON Schema, in every language', (collection) => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(readJson(`data/${collection}.schema.json`));
    for (const lang of LANGUAGES) {
      const rows = readJson(`data/${collection}.${lang}.json`);
      expect(validate(rows), `${collection}.${lang}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  test('CSV files have the same rows as their JSON, and the catalogue counts them right', () => {
    for (const dataset of catalogue.datasets) {
      const json = readJson(`data/${dataset.collection}.${dataset.language}.json`) as Row[];
      const csv = parseCsv(readFileSync(join(dist, `data/${dataset.collection}.${dataset.language}.csv`), 'utf8'), {
        columns: true,
      }) as { id: string }[];
      expect(csv.map((r) => r.id)).toEqual(json.map((r) => r.id));
      expect(dataset.rows).toBe(json.length);
    }
  });

  test('every relation id in the exports resolves to a row of the collection it points to', () => {
    const ids = Object.fromEntries(
      COLLECTIONS.map((c) => [c, new Set((readJson(`data/${c}.ca.json`) as Row[]).map((r) => r.id))]),
    ) as Record<CollectionName, Set<string>>;
    let checked = 0;
    for (const collection of COLLECTIONS) {
      const refs: Record<string, CollectionName> = MODEL[collection].refs;
      for (const lang of LANGUAGES) {
        for (const row of readJson(`data/${collection}.${lang}.json`) as Row[]) {
          for (const [field, target] of Object.entries(refs)) {
            const value = row.facts[field];
            for (const id of value === undefined ? [] : ([] as string[]).concat(value as string | string[])) {
              expect(ids[target].has(id), `${collection}/${row.id} ${field} → ${target}/${id}`).toBe(true);
              checked++;
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('structured data, feeds and cards', () => {
  const pages = htmlFiles();

  test('every JSON-LD block on every page parses and has a schema.org type', () => {
    let blocks = 0;
    const types = new Set<string>();
    for (const file of pages) {
      for (const match of readFileSync(file, 'utf8').matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)) {
        const thing = JSON.parse(match[1] ?? '');
        expect(thing['@context']).toBe('https://schema.org');
        types.add(thing['@type']);
        blocks++;
      }
    }
    expect(blocks).toBeGreaterThan(pages.length / 2);
    expect([...types].sort()).toEqual(['BreadcrumbList', 'DataCatalog', 'DefinedTerm', 'DefinedTermSet', 'HowTo', 'WebSite']);
  });

  test('a methodology is a HowTo with its numbered steps', () => {
    const html = readFileSync(join(dist, 'en', 'methodologies', 'community-asset-mapping', 'index.html'), 'utf8');
    const howTo = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)]
      .map((m) => JSON.parse(m[1] ?? ''))
      .find((thing) => thing['@type'] === 'HowTo');
    expect(howTo.step.length).toBeGreaterThanOrEqual(3);
    expect(howTo.step[0]).toMatchObject({ '@type': 'HowToStep', position: 1 });
  });

  test.each(LANGUAGES)('the %s feed is valid RSS with items that link to pages of the site', (lang) => {
    const xml = readFileSync(join(dist, lang, 'feed.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser().parse(xml);
    expect(feed.rss.channel.language).toBe(lang);
    const items = [].concat(feed.rss.channel.item ?? []) as { link: string }[];
    for (const item of items) {
      const path = new URL(item.link).pathname;
      expect(readFileSync(join(dist, path, 'index.html'), 'utf8')).toContain(`<html lang="${lang}"`);
    }
  });

  test('every page with an og:image points to a 1200×630 PNG that exists', async () => {
    const checked = new Set<string>();
    let withImage = 0;
    let shown = 0;
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      // An old address that redirects is not a page other sites preview
      if (html.includes('http-equiv="refresh"')) continue;
      shown++;
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
      if (!image) continue;
      withImage++;
      const path = join(dist, new URL(image).pathname);
      if (checked.has(path)) continue;
      checked.add(path);
      expect(existsSync(path), image).toBe(true);
      if (checked.size > 40) continue;
      const meta = await sharp(path).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    }
    // Later list pages and printable views share the card of the page they belong to.
    expect(withImage).toBeGreaterThan(shown * 0.9);
    expect(checked.size).toBeGreaterThan(shown * 0.5);
  });

  test('robots.txt points to the sitemap, and the manifest and favicon exist', () => {
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
    expect(JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8')).name).toBe('Teixit');
    expect(readFileSync(join(dist, 'favicon.svg'), 'utf8')).toContain('<svg');
  });
});
