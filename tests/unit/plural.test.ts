import { describe, expect, test } from 'vitest';
import { ui } from '../../src/lib/i18n.ts';
import { LANGUAGES } from '../../src/lib/languages.ts';
import { plural, type PluralForms } from '../../src/lib/plural.ts';

/** Every interface phrase with a count, found in the strings themselves, by its path. */
function countPhrases(value: unknown, path = ''): [string, unknown][] {
  if (typeof value === 'string') return value.includes('{count}') ? [[path, value]] : [];
  if (value && typeof value === 'object') {
    if ('other' in value) return [[path, value]];
    return Object.entries(value).flatMap(([key, child]) => countPhrases(child, path ? `${path}.${key}` : key));
  }
  return [];
}

describe('plural-correct interface strings', () => {
  const expected = {
    ca: ['1 entrada', '2 entrades', '0 entrades'],
    es: ['1 entrada', '2 entradas', '0 entradas'],
    en: ['1 entry', '2 entries', '0 entries'],
    eu: ['sarrera 1', '2 sarrera', '0 sarrera'],
  } as const;

  test.each(LANGUAGES)('counts follow the plural rules of %s', (lang) => {
    const forms = ui(lang).home.entries;
    expect([1, 2, 0].map((n) => plural(lang, n, forms))).toEqual(expected[lang]);
    expect(plural(lang, 1, ui(lang).search.results)).not.toBe(plural(lang, 2, ui(lang).search.results).replace('2', '1'));
  });

  test.each(LANGUAGES)('every phrase with a count in %s has its plural forms (a page number and "and N more" aside)', (lang) => {
    const bare = countPhrases(ui(lang))
      .filter(([, value]) => typeof value === 'string')
      .map(([path]) => path);
    expect(bare).toEqual(['entry.andMore', 'pagination.page']);
    for (const [path, forms] of countPhrases(ui(lang)).filter(([, value]) => typeof value !== 'string')) {
      expect([path, Object.keys(forms as PluralForms).sort()]).toEqual([path, ['one', 'other']]);
    }
  });
});
