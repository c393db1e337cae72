import { describe, expect, test } from 'vitest';
import { entryLabel } from '../../src/lib/fact-rows.ts';
import { yearRange } from '../../src/lib/timeline.ts';
import type { Facts } from '../../src/schemas/model.ts';

const method = {
  participation: 'collaborate',
  duration: { min: 3, max: 8, unit: 'weeks' },
} as Facts<'methodologies'>;

describe('the label beside a link to an entry', () => {
  test('a method says its participation level and its duration', () => {
    expect(entryLabel('methodologies', method, 'ca')).toEqual({ kind: 'Metodologia', fact: 'Col·laborar, de 3 a 8 setmanes' });
    expect(entryLabel('methodologies', method, 'en')).toEqual({ kind: 'Methodology', fact: 'Collaborate, 3 to 8 weeks' });
  });

  test('an axis says its own kind, and a measure the years its actions run', () => {
    const measure = { kind: 'measure', actions: [{ id: 'a', years: [2017, 2018] }, { id: 'b', years: [2016, 2019] }] } as Facts<'axes'>;
    expect(entryLabel('axes', measure, 'es')).toEqual({ kind: 'Medida', fact: '2016–2019' });
    expect(entryLabel('axes', { kind: 'objective', actions: [] } as unknown as Facts<'axes'>, 'es')).toEqual({ kind: 'Objetivo' });
  });

  test('kinds of experiences, worksheets and territories tell entries of one collection apart', () => {
    expect(entryLabel('experiences', { kind: 'city-project' } as Facts<'experiences'>, 'en')).toEqual({
      kind: 'Experience',
      fact: 'Flagship city project',
    });
    expect(entryLabel('worksheets', { kind: 'checklist' } as Facts<'worksheets'>, 'eu').kind).toBe('Lan-fitxa');
    expect(entryLabel('territories', { kind: 'district' } as Facts<'territories'>, 'ca')).toEqual({ kind: 'Territori', fact: 'Districte' });
  });

  test('a programme says its years when a source gives them; a value says only what it is', () => {
    expect(entryLabel('programmes', { period: { start: 2016, end: 2019 } } as Facts<'programmes'>, 'ca').fact).toBe('2016–2019');
    expect(entryLabel('programmes', {} as Facts<'programmes'>, 'ca')).toEqual({ kind: 'Programa' });
    expect(entryLabel('values', {} as Facts<'values'>, 'eu')).toEqual({ kind: 'Balioa' });
  });
});

test('a span of years reads as a reader writes it', () => {
  expect(yearRange([2019, 2016, 2017])).toBe('2016–2019');
  expect(yearRange([2017])).toBe('2017');
});
