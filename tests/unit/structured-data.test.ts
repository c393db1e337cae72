import { describe, expect, test } from 'vitest';
import { COLLECTIONS } from '../../src/schemas/collections.ts';
import { LANGUAGES } from '../../src/lib/languages.ts';
import { glossaryTermSet, openDataCatalog } from '../../src/lib/page-structured-data.ts';
import { urls } from '../../src/lib/urls.ts';
import { schemaOrgFaults } from '../helpers/schema-org.ts';

const absolute = (path: string) => urls.absolute(path, 'https://example.org');

describe('schema.org of the open-data page and the glossary list', () => {
  const catalog = openDataCatalog({
    lang: 'es',
    absolute,
    coverage: (collection) => (collection === 'programmes' ? { temporal: { start: 2016 }, places: ['Barcelona'] } : { places: [] }),
  });
  const datasets = catalog.dataset as Record<string, unknown>[];

  test('a DataCatalog of one Dataset per collection, each with a download per language and format', () => {
    expect(schemaOrgFaults(catalog).faults).toEqual([]);
    expect(datasets).toHaveLength(COLLECTIONS.length);
    for (const dataset of datasets) expect(dataset.distribution).toHaveLength(LANGUAGES.length * 2);
    expect(datasets[0]).toMatchObject({
      name: 'Programas',
      url: 'https://example.org/es/programas/',
      temporalCoverage: '2016/..',
      spatialCoverage: [{ '@type': 'Place', name: 'Barcelona' }],
    });
    expect((datasets[0]?.distribution as unknown[])[1]).toEqual({
      '@type': 'DataDownload',
      contentUrl: 'https://example.org/data/programmes.ca.csv',
      encodingFormat: 'text/csv',
      inLanguage: 'ca',
    });
  });

  test('the glossary list is a DefinedTermSet whose terms name it', () => {
    const set = glossaryTermSet({ lang: 'eu', absolute, terms: [{ id: 'coproduction', title: 'Koprodukzioa', textLang: 'eu' }] });
    expect(schemaOrgFaults(set).faults).toEqual([]);
    expect(set.hasDefinedTerm).toEqual([
      {
        '@type': 'DefinedTerm',
        name: 'Koprodukzioa',
        url: 'https://example.org/eu/glosarioa/coproduction/',
        inLanguage: 'eu',
        inDefinedTermSet: 'https://example.org/eu/glosarioa/',
      },
    ]);
  });

  test('the check of required properties fails on a missing one, a short description or a type without a rule', () => {
    const broken = structuredClone(catalog) as { dataset: Record<string, unknown>[] };
    delete broken.dataset[0]?.description;
    if (broken.dataset[1]) broken.dataset[1].description = 'Too short.';
    const term = { '@context': 'https://schema.org', '@type': 'DefinedTerm', name: 'x' };
    expect(schemaOrgFaults(broken).faults).toEqual([
      '$.dataset[0]: Dataset without description',
      '$.dataset[0]: a Dataset description of 0 characters (50 to 5000)',
      '$.dataset[1]: a Dataset description of 10 characters (50 to 5000)',
    ]);
    expect(schemaOrgFaults(term).faults).toEqual(['$: DefinedTerm without inDefinedTermSet']);
    expect(schemaOrgFaults({ '@type': 'Recipe', name: 'soup' }).faults).toEqual(['$: Recipe has no rule of required properties']);
  });
});
