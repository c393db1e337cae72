import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check-content.ts';
import { contentDir } from '../../src/lib/content-dir.ts';
import { readContentTree } from '../../src/lib/content-files.ts';
import { LANGUAGES } from '../../src/lib/languages.ts';
import { ROOT } from '../helpers/build.ts';
import { PARTICIPATION_LEVELS, PHASES, PURPOSES } from '../../src/schemas/vocabulary.ts';

const { content } = checkContent(readContentTree(contentDir(ROOT)));
const methods = [...content.methodologies.values()];
const count = (keep: (facts: (typeof methods)[number]['facts']) => boolean) => methods.filter((m) => keep(m.facts)).length;

/** A finder is only as good as the choice behind it: the catalogue's breadth, counted from the facts. */
describe('the catalogue of methods', () => {
  test('has at least 30 methods, each written in every language', () => {
    expect(methods.length).toBeGreaterThanOrEqual(30);
    for (const method of methods) expect([method.id, LANGUAGES.filter((l) => method.texts[l])]).toEqual([method.id, [...LANGUAGES]]);
  });

  test.each(PURPOSES)('has at least 3 methods for the purpose %s', (purpose) => {
    expect(count((f) => f.purposes.includes(purpose))).toBeGreaterThanOrEqual(3);
  });

  test.each(PHASES)('has at least 6 methods for the %s phase', (phase) => {
    expect(count((f) => f.phases.includes(phase))).toBeGreaterThanOrEqual(6);
  });

  test.each(PARTICIPATION_LEVELS)('has at least 3 methods at the %s level', (level) => {
    expect(count((f) => f.participation === level)).toBeGreaterThanOrEqual(3);
  });

  test('has at least 5 methods that work fully online and 5 a team without facilitation experience can run', () => {
    expect(count((f) => f.format.includes('online'))).toBeGreaterThanOrEqual(5);
    expect(count((f) => f.facilitation === 'none')).toBeGreaterThanOrEqual(5);
  });

  test('covers group sizes from a handful of people to 200 or more', () => {
    expect(count((f) => f.groupSize.min <= 5)).toBeGreaterThan(0);
    expect(count((f) => f.groupSize.max >= 200)).toBeGreaterThan(0);
  });

  test('gives every method at least one worksheet, and every worksheet a method', () => {
    for (const method of methods) expect([method.id, method.facts.worksheets.length > 0]).toEqual([method.id, true]);
    const used = new Set(methods.flatMap((m) => m.facts.worksheets));
    for (const sheet of content.worksheets.keys()) expect([sheet, used.has(sheet)]).toEqual([sheet, true]);
    expect(content.worksheets.size).toBeGreaterThanOrEqual(25);
  });
});
