import { describe, expect, test } from 'vitest';
import {
  emptyAnswers,
  findMethods,
  guideSequence,
  judge,
  neighboursIn,
  readAnswers,
  withoutAnswer,
  writeAnswers,
  type FinderMethod,
} from '../../src/lib/finder.ts';

const method = (id: string, facts: Partial<FinderMethod> = {}): FinderMethod => ({
  id,
  purposes: ['generate-ideas'],
  phases: ['design'],
  participation: 'involve',
  groupSize: { min: 8, max: 30 },
  duration: { min: 2, max: 3, unit: 'hours' },
  format: ['in-person'],
  facilitation: 'some',
  ...facts,
});

const answers = (query: string) => readAnswers(new URLSearchParams(query)).answers;

describe('finder URL', () => {
  test('reads every key, keeps repeated values as alternatives and lists what it ignores', () => {
    const { answers: read, ignored } = readAnswers(
      new URLSearchParams('purpose=generate-ideas&phase=design&phase=planning&people=40&time=session&format=online&experience=none&participation=consult&colour=red&phase=later&people=many'),
    );
    expect(read).toEqual({
      purpose: ['generate-ideas'],
      phase: ['design', 'planning'],
      participation: ['consult'],
      people: 40,
      time: ['session'],
      format: ['online'],
      experience: ['none'],
    });
    expect(ignored).toEqual([
      { key: 'colour', value: 'red' },
      { key: 'phase', value: 'later' },
      { key: 'people', value: 'many' },
    ]);
  });

  test('writes answers in one stable order, so that reading them back gives the same answers', () => {
    const query = writeAnswers(answers('format=online&phase=planning&phase=design&people=12&purpose=plan-together'));
    expect(query).toBe('?purpose=plan-together&phase=design&phase=planning&people=12&format=online');
    expect(writeAnswers(answers(query.slice(1)))).toBe(query);
    expect(writeAnswers(emptyAnswers())).toBe('');
  });

  test('a zero or negative number of people is ignored', () => {
    expect(readAnswers(new URLSearchParams('people=0')).answers.people).toBeUndefined();
    expect(readAnswers(new URLSearchParams('people=-3')).ignored).toHaveLength(1);
  });
});

describe('finder matching', () => {
  test('a method fits when it meets every answer given', () => {
    const m = method('m');
    expect(judge(m, answers('purpose=generate-ideas&people=20&time=session&format=in-person&experience=some')).missed).toEqual([]);
    expect(judge(m, answers('people=40')).missed).toEqual(['people']);
    expect(judge(m, answers('people=8')).missed).toEqual([]);
    expect(judge(m, answers('people=30')).missed).toEqual([]);
    expect(judge(m, answers('participation=consult')).missed).toEqual(['participation']);
    expect(judge(m, answers('participation=consult&participation=involve')).missed).toEqual([]);
    expect(judge(m, answers('phase=evaluation&phase=design')).missed).toEqual([]);
    expect(judge(m, answers('format=online')).missed).toEqual(['format']);
  });

  test('its shortest duration must fit in the time the group has', () => {
    const weeks = method('w', { duration: { min: 3, max: 8, unit: 'weeks' } });
    expect(judge(weeks, answers('time=session')).missed).toEqual(['time']);
    expect(judge(weeks, answers('time=day')).missed).toEqual(['time']);
    expect(judge(weeks, answers('time=weeks')).missed).toEqual([]);
    const minutes = method('q', { duration: { min: 90, max: 120, unit: 'minutes' } });
    expect(judge(minutes, answers('time=session')).missed).toEqual([]);
    const months = method('mo', { duration: { min: 4, max: 9, unit: 'months' } });
    expect(judge(months, answers('time=weeks')).missed).toEqual(['time']);
    expect(judge(months, answers('time=months')).missed).toEqual([]);
  });

  test('its facilitation needs are at most the team’s experience', () => {
    const expert = method('e', { facilitation: 'experienced' });
    expect(judge(expert, answers('experience=some')).missed).toEqual(['experience']);
    expect(judge(method('n', { facilitation: 'none' }), answers('experience=none')).missed).toEqual([]);
    expect(judge(method('s'), answers('experience=experienced')).missed).toEqual([]);
  });

  test('no answer at all: every method fits', () => {
    expect(findMethods([method('a'), method('b')], emptyAnswers()).fitting).toHaveLength(2);
  });
});

describe('finder ranking', () => {
  test('a method whose main purpose is the one sought comes before one that only serves it', () => {
    const side = method('side', { purposes: ['share-knowledge', 'generate-ideas'] });
    const main = method('main', { purposes: ['generate-ideas'] });
    expect(findMethods([side, main], answers('purpose=generate-ideas')).fitting.map((v) => v.method.id)).toEqual(['main', 'side']);
  });

  test('a method the team can run with less experience comes first, other things equal', () => {
    const easy = method('zeta', { facilitation: 'none' });
    const hard = method('alpha', { facilitation: 'some' });
    expect(findMethods([hard, easy], answers('experience=some')).fitting.map((v) => v.method.id)).toEqual(['zeta', 'alpha']);
  });

  test('ties are broken by the order given, e.g. titles in the page language', () => {
    const byTitle = { a: 'Zeta', b: 'Alfa' } as Record<string, string>;
    const result = findMethods([method('a'), method('b')], emptyAnswers(), (x, y) => (byTitle[x.id] ?? '').localeCompare(byTitle[y.id] ?? ''));
    expect(result.fitting.map((v) => v.method.id)).toEqual(['b', 'a']);
  });

  test('when nothing fits, the nearest methods come with what each misses and the answer to relax', () => {
    const methods = [
      method('small', { groupSize: { min: 4, max: 12 } }),
      method('online', { format: ['online'], groupSize: { min: 4, max: 12 } }),
      method('far', { participation: 'empower', format: ['online'], groupSize: { min: 10, max: 100 } }),
    ];
    const result = findMethods(methods, answers('people=40&format=in-person&participation=involve'));
    expect(result.fitting).toEqual([]);
    expect(result.nearest.map((v) => [v.method.id, v.missed])).toEqual([
      ['small', ['people']],
      ['far', ['participation', 'format']],
      ['online', ['people', 'format']],
    ]);
    expect(result.relax).toBe('people');
    expect(findMethods(methods, withoutAnswer(answers('people=40&format=in-person&participation=involve'), 'people')).fitting.map((v) => v.method.id)).toEqual(['small']);
  });
});

describe('what comes before and after a method in the guides', () => {
  test('a guide’s methods in phase order, each once, give each method its neighbours', () => {
    const sequence = guideSequence({ design: ['a', 'b'], planning: ['b', 'c'], execution: [], evaluation: ['d'] });
    expect(sequence).toEqual(['a', 'b', 'c', 'd']);
    const sequences = new Map([
      ['guide-1', sequence],
      ['guide-2', ['c', 'x']],
    ]);
    expect(neighboursIn(sequences, 'c')).toEqual([
      { guide: 'guide-1', before: 'b', after: 'd' },
      { guide: 'guide-2', before: undefined, after: 'x' },
    ]);
    expect(neighboursIn(sequences, 'z')).toEqual([]);
  });
});

describe('the finder file', () => {
  test('encodes methods and guides compactly and decodes them unchanged', async () => {
    const { decodeFinderFile, encodeFinderFile } = await import('../../src/lib/finder-data.ts');
    const methods = [
      { ...method('a', { purposes: ['plan-together', 'share-knowledge'], format: ['online', 'hybrid'] }), url: '/ca/a/', title: 'A' },
      { ...method('b', { duration: { min: 3, max: 6, unit: 'months' }, facilitation: 'experienced' }), url: '/ca/b/', title: 'B' },
    ];
    const guides = [
      { title: 'G', url: '/ca/g/', phases: { design: ['b'], planning: ['a', 'missing'], execution: [], evaluation: [] } },
      { title: 'Lone', url: '/ca/l/', phases: { design: ['a'], planning: [], execution: [], evaluation: [] } },
    ];
    const file = encodeFinderFile(methods, guides);
    expect(file.methods[0]?.slice(3, 5)).toEqual([[4, 6], [0]]);
    const decoded = decodeFinderFile(JSON.parse(JSON.stringify(file)));
    expect(decoded.methods).toEqual(methods);
    // A guide with a single known method says nothing of before and after, so it is left out.
    expect(decoded.guides).toEqual([{ title: 'G', url: '/ca/g/', methods: ['b', 'a'] }]);
  });
});
