import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { DataFactory, Writer, type Store } from 'n3';
import { describe, expect, inject, test } from 'vitest';
import { COLLECTIONS } from '../../src/schemas/collections.ts';
import { LANGUAGES } from '../../src/lib/languages.ts';
import { urls } from '../../src/lib/urls.ts';
import { ROOT } from '../helpers/build.ts';
import { catalogueRuleViolations } from '../helpers/dcat-rules.ts';
import { profileFaults } from '../helpers/frictionless.ts';
import { schemaOrgFaults } from '../helpers/schema-org.ts';
import { parseJsonLd, parseTurtle, shaclViolations } from '../helpers/shacl.ts';
import { packageRowFaults, type DataPackage } from '../helpers/table-check.ts';

/** The real site's open data against the standards' own files: DCAT-AP shapes, Data Package profiles. */

const dist = inject('siteDist');
const data = (path: string) => readFileSync(join(dist, 'data', path), 'utf8');
const { namedNode } = DataFactory;
const RDF_TYPE = namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type');
const DCAT = (term: string) => namedNode(`http://www.w3.org/ns/dcat#${term}`);

function htmlFiles(dir = dist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    if (item.isDirectory()) return item.name === 'pagefind' ? [] : htmlFiles(path);
    return item.name.endsWith('.html') ? [path] : [];
  });
}

const jsonLdBlocks = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1] ?? '') as Record<string, unknown>);

const canonical = (store: Store) =>
  // jsonld reads N-Quads given as text when told so, which its types do not say.
  jsonld.canonize(new Writer({ format: 'N-Quads' }).quadsToString(store.getQuads(null, null, null, null)) as unknown as jsonld.JsonLdDocument, {
    algorithm: 'URDNA2015',
    inputFormat: 'application/n-quads',
  } as jsonld.Options.Normalize);

describe('the DCAT-AP 3.0 catalogue', async () => {
  const turtle = parseTurtle(data('catalogue.ttl'));
  const fromJsonLd = await parseJsonLd(data('catalogue.jsonld'));

  test('has no violation of the DCAT-AP 3.0.0 shapes, in Turtle and in JSON-LD, which say the same', async () => {
    expect(await shaclViolations(turtle)).toEqual([]);
    expect(await shaclViolations(fromJsonLd)).toEqual([]);
    expect(await canonical(fromJsonLd)).toBe(await canonical(turtle));
  });

  test("meets the project's own rule: languages, licence, publisher, and what portals show", () => {
    expect(catalogueRuleViolations(turtle)).toEqual([]);
  });

  test('dates its last change as git does: the latest commit that touched the content', () => {
    // As the site's history reads git: the commits that changed content files, merges aside
    const git = spawnSync('git', ['log', '-1', '--no-merges', '--format=%cI', '--', 'content'], { cwd: ROOT, encoding: 'utf8' });
    const [catalogue] = turtle.getSubjects(RDF_TYPE, DCAT('Catalog'), null);
    if (!catalogue) throw new Error('no dcat:Catalog');
    const modified = turtle.getObjects(catalogue, namedNode('http://purl.org/dc/terms/modified'), null);
    expect(modified.map((date) => Date.parse(date.value))).toEqual([Date.parse(git.stdout.trim())]);
  });

  test('describes every collection as a dataset, with a distribution per language and format of the right size', () => {
    const datasets = turtle.getSubjects(RDF_TYPE, DCAT('Dataset'), null);
    const distributions = turtle.getSubjects(RDF_TYPE, DCAT('Distribution'), null);
    expect(datasets).toHaveLength(COLLECTIONS.length);
    expect(distributions).toHaveLength(COLLECTIONS.length * LANGUAGES.length * 2);
    for (const distribution of distributions) {
      const [url] = turtle.getObjects(distribution, DCAT('downloadURL'), null);
      const [size] = turtle.getObjects(distribution, DCAT('byteSize'), null);
      const file = join(dist, new URL(url?.value ?? '').pathname);
      expect(Number(size?.value), url?.value).toBe(statSync(file).size);
    }
  });
});

describe('the Frictionless data package', () => {
  const pkg = JSON.parse(data('datapackage.json')) as { resources: { name: string; path: string; bytes: number; schema: string }[] } satisfies DataPackage;

  test('validates against the Data Package 2.0 profile, and each Table Schema against its own', () => {
    expect(profileFaults('datapackage', pkg)).toEqual([]);
    for (const schema of new Set(pkg.resources.map((r) => r.schema))) expect(profileFaults('tableschema', JSON.parse(data(schema))), schema).toEqual([]);
    expect(pkg.resources).toHaveLength(COLLECTIONS.length * LANGUAGES.length);
    for (const resource of pkg.resources) expect(resource.bytes, resource.path).toBe(statSync(join(dist, 'data', resource.path)).size);
  });

  test('every row of every CSV matches its Table Schema: types, required fields, enums, keys', () => {
    const { faults, rows } = packageRowFaults(pkg, data);
    console.log(`data package: ${pkg.resources.length} resources, ${rows} rows checked, ${faults.length} faults`);
    expect(faults).toEqual([]);
    expect(rows).toBeGreaterThan(COLLECTIONS.length);
  });
});

describe('schema.org and the catalogue in every page', () => {
  const pages = htmlFiles();

  test('every JSON-LD block of every page has the properties search engines require of each type it uses', () => {
    const faults: string[] = [];
    const types = new Set<string>();
    for (const file of pages) {
      for (const block of jsonLdBlocks(readFileSync(file, 'utf8'))) {
        const found = schemaOrgFaults(block);
        for (const type of found.types) types.add(type);
        faults.push(...found.faults.map((fault) => `${file.slice(dist.length)} ${fault}`));
      }
    }
    expect(faults).toEqual([]);
    expect([...types]).toEqual(expect.arrayContaining(['DataCatalog', 'Dataset', 'DataDownload', 'DefinedTermSet', 'DefinedTerm', 'HowTo']));
  });

  test.each(LANGUAGES)('the %s open-data page is a DataCatalog of one Dataset per collection, whatever the entries', (lang) => {
    const html = readFileSync(join(dist, urls.openData(lang), 'index.html'), 'utf8');
    const [catalog] = jsonLdBlocks(html).filter((block) => block['@type'] === 'DataCatalog');
    const datasets = catalog?.dataset as { distribution: unknown[] }[];
    expect(datasets).toHaveLength(COLLECTIONS.length);
    for (const dataset of datasets) expect(dataset.distribution).toHaveLength(LANGUAGES.length * 2);
  });

  test.each(LANGUAGES)('the %s glossary list is a DefinedTermSet of DefinedTerms in that language or the one shown', (lang) => {
    const html = readFileSync(join(dist, urls.collection(lang, 'glossary'), 'index.html'), 'utf8');
    const [set] = jsonLdBlocks(html).filter((block) => block['@type'] === 'DefinedTermSet');
    const terms = set?.hasDefinedTerm as { '@type': string; inLanguage: string; inDefinedTermSet: string }[];
    expect(terms.length).toBeGreaterThan(0);
    for (const term of terms) expect(term).toMatchObject({ '@type': 'DefinedTerm', inDefinedTermSet: set?.url });
    expect(terms.some((term) => term.inLanguage === lang)).toBe(true);
  });

  test("every page's head announces the catalogue to harvesters, in JSON-LD and Turtle", () => {
    const missing = pages.filter((file) => {
      const head = readFileSync(file, 'utf8').split('</head>')[0] ?? '';
      // An old address that only redirects to a page is no page to harvest
      if (head.includes('http-equiv="refresh"')) return false;
      return !(
        head.includes(`<link rel="alternate" type="application/ld+json"`) &&
        head.includes(`href="${urls.file('data/catalogue.jsonld')}"`) &&
        head.includes(`href="${urls.file('data/catalogue.ttl')}"`)
      );
    });
    expect(missing).toEqual([]);
  });
});
