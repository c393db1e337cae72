import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check-content.ts';
import { factRows } from '../../src/lib/fact-rows.ts';
import { pageMap } from '../../src/lib/page-map.ts';
import { PAGE_SIZE } from '../../src/lib/pagination.ts';
import { validTreeWith } from '../helpers/content-trees.ts';

const { content } = checkContent(validTreeWith());

describe('page map', () => {
  const pages = pageMap(content);

  test('a page whose language has no translation is not indexable and no alternate points to it', () => {
    const basque = pages.get('/eu/metodologiak/meth/');
    expect(basque?.indexable).toBe(false);
    expect(basque?.alternates.map((a) => a.lang)).toEqual(['ca', 'es', 'en']);
    expect(pages.get('/ca/metodologies/meth/')?.alternates.map((a) => a.path)).toEqual([
      '/ca/metodologies/meth/',
      '/es/metodologias/meth/',
      '/en/methodologies/meth/',
    ]);
  });

  test('fully translated entries and indexes are indexable in all four languages', () => {
    expect(pages.get('/eu/balioak/val/')?.indexable).toBe(true);
    expect(pages.get('/eu/balioak/')?.alternates).toHaveLength(4);
    expect(pages.get('/es/')?.lang).toBe('es');
  });
});

describe('list pages', () => {
  // The fixture's one value, copied until the values index needs a second page
  const tree = validTreeWith();
  const values = tree.collections.get('values') ?? [];
  const [value] = values;
  if (!value) throw new Error('fixture missing');
  for (let i = 1; i <= PAGE_SIZE; i++) values.push({ ...value, id: `copy-${i}` });
  const pages = pageMap(checkContent(tree).content);

  test('an index longer than a page gets numbered pages in every language, and no empty one', () => {
    expect(pages.get('/ca/valors/')?.indexable).toBe(true);
    expect(pages.get('/eu/balioak/2/')?.alternates.map((a) => a.path)).toEqual([
      '/ca/valors/2/',
      '/es/valores/2/',
      '/en/values/2/',
      '/eu/balioak/2/',
    ]);
    expect(pages.has('/ca/valors/3/')).toBe(false);
    expect(pages.has('/ca/metodologies/2/')).toBe(false);
  });

  test('the translation status has as many pages as every entry needs', () => {
    const entries = [...tree.collections.values()].reduce((sum, folders) => sum + folders.length, 0);
    const statusPages = [...pages.keys()].filter((path) => path.startsWith('/en/translation-status/'));
    expect(statusPages).toHaveLength(Math.ceil(entries / PAGE_SIZE));
    expect(pages.get('/en/translation-status/2/')?.searchable).toBe(false);
  });
});

describe('facts panel', () => {
  test('a methodology shows its facts in the page language', () => {
    const meth = content.methodologies.get('meth');
    if (!meth) throw new Error('fixture missing');
    const rows = factRows('methodologies', meth.facts, 'ca');
    expect(rows).toContainEqual({ label: 'Mida del grup', words: ['de 5 a 30 persones'] });
    expect(rows).toContainEqual({ label: 'Durada', words: ['de 2 a 3 hores'] });
    expect(rows).toContainEqual({ label: 'Fase', words: ['Disseny', 'Avaluació'] });
    expect(factRows('methodologies', meth.facts, 'en')).toContainEqual({ label: 'Participation level', words: ['Collaborate'] });
  });

  test('a measure is named by its number', () => {
    const measure = content.axes.get('measure');
    if (!measure) throw new Error('fixture missing');
    expect(factRows('axes', measure.facts, 'es')[0]).toEqual({ label: 'Tipo', words: ['Medida 29'] });
  });
});
