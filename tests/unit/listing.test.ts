import { describe, expect, test } from 'vitest';
import { collatorFor } from '../../src/lib/i18n.ts';
import { byOrderThenTitle, byTranslationNeed, letterPages, type Listable } from '../../src/lib/listing.ts';

const states = (eu: 'current' | 'outdated' | 'missing', es: 'current' | 'outdated' | 'missing' = 'current') =>
  ({ ca: 'source', es, en: 'current', eu }) as Listable['states'];
const item = (title: string, extra: Partial<Listable> = {}): Listable => ({
  collection: 'methodologies',
  title,
  states: states('current'),
  ...extra,
});

describe('list order', () => {
  test('collection indexes follow the editors’ order, then the alphabet of the page’s language', () => {
    const items = [item('Zeta'), item('Àgora'), item('Mapa', { order: -1 }), item('Banc')];
    expect(byOrderThenTitle(items, collatorFor('ca')).map((i) => i.title)).toEqual(['Mapa', 'Àgora', 'Banc', 'Zeta']);
  });

  test('the translation status lists the entries that need most work first', () => {
    const items = [
      item('Ben traduïda'),
      item('Falta en basc', { states: states('missing') }),
      item('Glossari', { collection: 'glossary', states: states('outdated', 'missing') }),
      item('Antiga en basc', { states: states('outdated') }),
    ];
    expect(byTranslationNeed(items, collatorFor('ca')).map((i) => i.title)).toEqual([
      'Glossari',
      'Antiga en basc',
      'Falta en basc',
      'Ben traduïda',
    ]);
  });
});

describe('letterPages', () => {
  test('gives the page where each initial first appears', () => {
    expect(letterPages(['A', 'A', 'B', 'C', 'C', 'C', 'D'], 3)).toEqual([
      ['A', 1],
      ['B', 1],
      ['C', 2],
      ['D', 3],
    ]);
  });
});
