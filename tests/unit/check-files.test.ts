import { describe, expect, test } from 'vitest';
import { intendedName } from '../../src/lib/check-files.ts';

describe('names the site would not read', () => {
  test.each([
    ['ca.md', 'ca.mdx'],
    ['ES.MDX', 'es.mdx'],
    ['en.markdown', 'en.mdx'],
    ['eu_ES.mdx', 'eu.mdx'],
    ['entry.yml', 'entry.yaml'],
    ['Entry.YAML', 'entry.yaml'],
    ['map.Png', 'map.png'],
    ['fr.mdx', undefined],
    ['notes.txt', undefined],
  ])('%s is meant to be %s', (name, intended) => {
    expect(intendedName(name)).toBe(intended);
  });
});
