import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check-content.ts';
import type { ContentTree } from '../../src/lib/content-files.ts';
import { openParseCache, type ParseCache } from '../../src/lib/parse-cache.ts';
import { BAD_CASES, validTreeWith } from '../helpers/content-trees.ts';

/** A cache kept in `dir` that counts the files parsed, as opposed to found in it. */
function countingCache(dir: string): { cache: ParseCache; parsed: () => number } {
  const cache = openParseCache(dir);
  let parsed = 0;
  return {
    cache: { get: cache.get, save: cache.save, set: (...args) => (parsed++, cache.set(...args)) },
    parsed: () => parsed,
  };
}

const withoutGlossaryTerm = (): ContentTree => {
  const tree = validTreeWith();
  tree.collections.set('glossary', (tree.collections.get('glossary') ?? []).filter((folder) => folder.id !== 'term'));
  return tree;
};

describe('parses kept between checks', () => {
  test('a second check parses nothing again and finds what a check without them finds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'teixit-parses-'));
    const first = countingCache(dir);
    const fresh = checkContent(validTreeWith(), { parseCache: first.cache });
    expect(first.parsed()).toBeGreaterThan(10);

    const second = countingCache(dir);
    const again = checkContent(validTreeWith(), { parseCache: second.cache });
    expect(second.parsed()).toBe(0);
    expect(again.issues).toEqual(fresh.issues);
    expect(again.issues).toEqual(checkContent(validTreeWith()).issues);
  });

  test('an edited text, and a text whose links or terms changed elsewhere, are checked again', () => {
    const dir = mkdtempSync(join(tmpdir(), 'teixit-parses-'));
    checkContent(validTreeWith(), { parseCache: openParseCache(dir) });

    const edited = countingCache(dir);
    const withBrokenLink = validTreeWith(join(BAD_CASES, 'mdx-broken-internal-link'));
    const { issues } = checkContent(withBrokenLink, { parseCache: edited.cache });
    expect(issues).toEqual(checkContent(validTreeWith(join(BAD_CASES, 'mdx-broken-internal-link'))).issues);
    expect(issues.map((issue) => issue.found).join('\n')).toContain('a broken internal link');

    // Removing the glossary term changes what every MDX text is checked against: they are parsed again
    const context = countingCache(dir);
    const removed = checkContent(withoutGlossaryTerm(), { parseCache: context.cache });
    expect(removed.issues).toEqual(checkContent(withoutGlossaryTerm()).issues);
    expect(removed.issues.some((issue) => issue.file.startsWith('content/values/val/') && issue.severity === 'error')).toBe(true);
  });

  test('a damaged file of kept parses costs a full check, not a wrong one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'teixit-parses-'));
    checkContent(validTreeWith(), { parseCache: openParseCache(dir) });
    const [file] = readdirSync(dir);
    writeFileSync(join(dir, file as string), 'not what was written');
    const damaged = countingCache(dir);
    expect(checkContent(validTreeWith(), { parseCache: damaged.cache }).issues).toEqual(checkContent(validTreeWith()).issues);
    expect(damaged.parsed()).toBeGreaterThan(10);
  });
});
