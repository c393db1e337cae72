import { describe, expect, test } from 'vitest';
import { COLLECTIONS } from '../../src/schemas/collections.ts';
import { LANGUAGES } from '../../src/lib/languages.ts';
import { collectionFromSlug, urls, withoutBase } from '../../src/lib/urls.ts';

describe('urls', () => {
  test('collection segments are localized', () => {
    expect(urls.collection('ca', 'methodologies')).toBe('/ca/metodologies/');
    expect(urls.collection('es', 'methodologies')).toBe('/es/metodologias/');
    expect(urls.collection('en', 'methodologies')).toBe('/en/methodologies/');
    expect(urls.collection('eu', 'methodologies')).toBe('/eu/metodologiak/');
  });

  test('entry and home paths end with a slash', () => {
    expect(urls.home('eu')).toBe('/eu/');
    expect(urls.entry('es', 'glossary', 'social-market')).toBe('/es/glosario/social-market/');
  });

  test('every localized segment maps back to its collection, and no two collections share one', () => {
    for (const lang of LANGUAGES) {
      const slugs = COLLECTIONS.map((c) => urls.collection(lang, c));
      expect(new Set(slugs).size).toBe(COLLECTIONS.length);
      for (const collection of COLLECTIONS) {
        const slug = urls.collection(lang, collection).split('/')[2] ?? '';
        expect(collectionFromSlug(lang, slug)).toBe(collection);
      }
    }
    expect(collectionFromSlug('ca', 'methodologies')).toBeUndefined();
  });

  test('absolute URLs resolve against the site and base-less paths are comparable', () => {
    expect(urls.absolute('/ca/', 'https://example.org')).toBe('https://example.org/ca/');
    expect(withoutBase('/ca/valors/')).toBe('/ca/valors/');
  });
});
