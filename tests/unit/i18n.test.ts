import { describe, expect, test } from 'vitest';
import { collatorFor, fill, labelled, ui } from '../../src/lib/i18n.ts';
import { LANGUAGES } from '../../src/lib/languages.ts';

function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
  }
  return [[path, value]];
}

describe('interface strings', () => {
  test('every language has every string, none empty, with the same placeholders as Catalan', () => {
    const catalan = new Map(leaves(ui('ca')));
    for (const lang of LANGUAGES) {
      const strings = leaves(ui(lang));
      expect(strings.map(([path]) => path)).toEqual([...catalan.keys()]);
      for (const [path, value] of strings) {
        expect(typeof value, `${lang} ${path}`).toBe('string');
        expect((value as string).trim(), `${lang} ${path}`).not.toBe('');
        const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
        expect(placeholders(value as string), `${lang} ${path}`).toEqual(placeholders(catalan.get(path) as string));
      }
    }
  });

  test('fill replaces placeholders and refuses a missing value', () => {
    expect(fill('de {min} a {max} persones', { min: 5, max: 30 })).toBe('de 5 a 30 persones');
    expect(() => fill('{count} entrades', {})).toThrow('No value for {count}');
  });

  test('labelled names a thing by its kind once, even when its title already starts with the kind', () => {
    expect(labelled('Mesura 29', 'foment sociocomunitari')).toBe('Mesura 29: foment sociocomunitari');
    expect(labelled('Mesura 29', 'Mesura 29: foment sociocomunitari')).toBe('Mesura 29: foment sociocomunitari');
    expect(labelled('29. neurria', '29. neurria: ESSa auzoetan')).toBe('29. neurria: ESSa auzoetan');
    expect(labelled('Measure 29', 'measure 29 – the ESS')).toBe('measure 29 – the ESS');
    // Another number is another label, not a repetition.
    expect(labelled('Measure 2', 'Measure 29: the ESS')).toBe('Measure 2: Measure 29: the ESS');
  });

  test('sorting follows each language: accented letters sort with their base letter', () => {
    const words = ['Zona', 'Àrea', 'Barri'];
    expect(words.sort(collatorFor('ca').compare)).toEqual(['Àrea', 'Barri', 'Zona']);
  });
});
