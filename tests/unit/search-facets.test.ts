import { describe, expect, test } from 'vitest';
import { durationBands, entryFacets, groupSizeBands } from '../../src/lib/search-facets.ts';
import type { Facts } from '../../src/schemas/model.ts';

describe('search facets', () => {
  test('group sizes and durations fall in every band their range overlaps', () => {
    expect(groupSizeBands({ min: 5, max: 30 })).toEqual(['small', 'medium']);
    expect(groupSizeBands({ min: 20, max: 200 })).toEqual(['medium', 'large', 'huge']);
    expect(durationBands({ min: 2, max: 4, unit: 'hours' })).toEqual(['session']);
    expect(durationBands({ min: 3, max: 8, unit: 'weeks' })).toEqual(['weeks']);
    expect(durationBands({ min: 1, max: 9, unit: 'months' })).toEqual(['weeks', 'months']);
  });

  test("a methodology's filters come from its facts and its relations, in the page's language", () => {
    const facts = {
      phases: ['design'],
      participation: 'collaborate',
      groupSize: { min: 8, max: 30 },
      duration: { min: 3, max: 8, unit: 'weeks' },
      format: ['in-person'],
      values: ['cooperation'],
      axes: ['ec-goal-connect'],
      related: [],
      experiences: [],
      territories: ['barcelona'],
      glossary: [],
      audiences: ['residents'],
      reviewed: '2026-11-23',
      sources: [],
    } as unknown as Facts<'methodologies'>;
    const facets = entryFacets(
      { collection: 'methodologies', id: 'm', facts, languages: ['ca', 'es'] },
      'es',
      {
        title: (ref) => `${ref.collection}:${ref.id}`,
        programmesOf: (ref) => (ref.id === 'ec-goal-connect' || ref.id === 'cooperation' ? ['energies-comunitaries'] : []),
      },
    );
    expect(facets).toEqual({
      collection: ['Metodologías'],
      programme: ['programmes:energies-comunitaries'],
      axis: ['axes:ec-goal-connect'],
      value: ['values:cooperation'],
      territory: ['territories:barcelona'],
      audience: ['Vecindario y ciudadanía'],
      language: ['Català', 'Español'],
      phase: ['Diseño'],
      participation: ['Colaborar'],
      groupSize: ['Hasta 10 personas', 'De 11 a 30 personas'],
      duration: ['Semanas'],
    });
  });
});
