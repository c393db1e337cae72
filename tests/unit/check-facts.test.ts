import { describe, expect, test } from 'vitest';
import { actionYearProblems, duplicateProblems, factProblems, territoryCycleProblems, type FactsOf } from '../../src/lib/check-facts.ts';

const territory = (id: string, parent?: string): FactsOf<'territories'> => ({
  id,
  file: `${id}.yaml`,
  facts: { kind: 'district', parent, code: '1', order: 0 },
});

describe('rules between facts', () => {
  test('a range may be a single value, and only a maximum below its minimum is refused', () => {
    const facts = (min: number, max: number) => ({ groupSize: { min, max }, duration: { min: 1.5, max: 1.5, unit: 'hours' } });
    expect(factProblems('methodologies', 'm', facts(4, 4))).toEqual([]);
    expect(factProblems('methodologies', 'm', facts(4, 3))).toEqual([
      { path: ['groupSize', 'max'], expected: 'at least groupSize.min (4)', found: '3' },
    ]);
    expect(factProblems('programmes', 'p', { period: { start: 2016 } })).toEqual([]);
  });

  test('an open-ended period takes any later year, and no earlier one', () => {
    const programmes = new Map([['p', { id: 'p', file: 'p.yaml', facts: { territories: ['c'], period: { start: 2016 }, audiences: [], glossary: [], order: 0, sources: [] } }]]);
    const axis = (years: number[]): FactsOf<'axes'> => ({
      id: 'a',
      file: 'a.yaml',
      facts: { programme: 'p', kind: 'measure', order: 0, actions: [{ id: 'x', years }], glossary: [], sources: [] },
    });
    expect(actionYearProblems([axis([2016, 2040])], programmes)).toEqual([]);
    expect(actionYearProblems([axis([2015])], programmes)).toEqual([
      { file: 'a.yaml', path: ['actions', 0, 'years', 0], expected: 'a year within the period of programme "p" (from 2016, in p.yaml)', found: '2015' },
    ]);
  });

  test('a cycle of parents is reported for each territory in it, and a chain into a cycle is not', () => {
    const problems = territoryCycleProblems([territory('a', 'b'), territory('b', 'c'), territory('c', 'a'), territory('d', 'a'), territory('e')]);
    expect(problems.map((p) => `${p.file}: ${p.found}`)).toEqual([
      'a.yaml: "b", whose parents lead back to it (a → b → c → a)',
      'b.yaml: "c", whose parents lead back to it (b → c → a → b)',
      'c.yaml: "a", whose parents lead back to it (c → a → b → c)',
    ]);
  });

  test('lists of equal-looking but different items are fine', () => {
    expect(duplicateProblems({ years: [2016, 2017], tips: ['A', 'a'], steps: [{ title: 'A', text: 'x' }, { title: 'A', text: 'y' }] })).toEqual([]);
  });
});
