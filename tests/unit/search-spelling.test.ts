import { describe, expect, test } from 'vitest';
import { corrections, nearestWords, normalizeWord, readVocabulary, slipsAllowed, startsAWord, wordsOf, writeVocabulary } from '../../src/lib/spelling.ts';

const vocabulary = readVocabulary(
  writeVocabulary([
    { word: 'participació', count: 40, named: true },
    { word: 'participatiu', count: 12, named: false },
    { word: 'comunitat', count: 30, named: true },
    { word: 'comunitari', count: 3, named: false },
    { word: 'col·lectiu', count: 5, named: false },
    { word: 'mercat', count: 9, named: true },
    { word: 'mercats', count: 2, named: false },
    { word: 'diagnosi', count: 6, named: true },
    { word: 'rareword', count: 1, named: false },
    { word: 'any2024', count: 9, named: false },
    { word: 'per', count: 99, named: false },
  ]),
);
const none = () => false;

describe('spelling correction', () => {
  test('accents, case and the middle dot are not slips', () => {
    expect(normalizeWord('Participació')).toBe('participacio');
    expect(normalizeWord('COL·LECTIU')).toBe('collectiu');
    expect(wordsOf("l'acció col·lectiu, 2024")).toEqual(['l', 'acció', 'col·lectiu', '2024']);
    expect(corrections('PARTICIPACIO Comunitat', vocabulary, none)).toEqual([]);
  });

  test('short words are never corrected; 5 to 7 letters allow one slip, longer words two', () => {
    expect([slipsAllowed('merc'), slipsAllowed('mercà'), slipsAllowed('mercats'), slipsAllowed('diagnosi')]).toEqual([0, 1, 1, 2]);
    expect(nearestWords(vocabulary, 'mrecat')).toEqual(['mercat']);
    expect(nearestWords(vocabulary, 'mrecta')).toEqual([]);
    expect(nearestWords(vocabulary, 'dgainosi')).toEqual(['diagnosi']);
    expect(nearestWords(vocabulary, 'dgainoi')).toEqual([]);
    expect(corrections('pre', vocabulary, none)).toEqual([]);
  });

  test('insertion, deletion, substitution and swapped neighbours each count as one slip', () => {
    for (const typo of ['comunnitat', 'comuntat', 'comunitet', 'cmounitat']) expect(nearestWords(vocabulary, typo)[0], typo).toBe('comunitat');
  });

  test('fewest slips first, then the more frequent word', () => {
    // "mercat" and "mercats" are both one slip from "mercatz"; the more frequent comes first.
    expect(nearestWords(vocabulary, 'mercatz')).toEqual(['mercat', 'mercats']);
  });

  test('a known word, or the start of one, is kept; only the others change', () => {
    expect(startsAWord(vocabulary, 'particip')).toBe(true);
    expect(startsAWord(vocabulary, 'collect')).toBe(true);
    expect(startsAWord(vocabulary, 'particiapcio')).toBe(false);
    const [best] = corrections('particiapcio comunitat', vocabulary, none);
    expect(best).toEqual({ query: 'participació comunitat', changed: [{ from: 'particiapcio', to: 'participació' }] });
    // Words the index confirms (here, a word pruned from the vocabulary) are never changed.
    expect(corrections('rareword', vocabulary, (word) => word === 'rareword')).toEqual([]);
  });

  test("the vocabulary keeps named words and repeated ones, not a body's one-off words or words with digits", () => {
    expect(startsAWord(vocabulary, 'rareword')).toBe(false);
    expect(startsAWord(vocabulary, 'any2024')).toBe(false);
    expect(startsAWord(vocabulary, 'per')).toBe(false);
    expect(vocabulary.words.get('collectiu')?.word).toBe('col·lectiu');
  });

  test('further corrections change one word to its next nearest', () => {
    expect(corrections('mercatz', vocabulary, none).map((c) => c.query)).toEqual(['mercat', 'mercats']);
  });
});
