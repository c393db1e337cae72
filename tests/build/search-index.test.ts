import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { COLLECTIONS } from '../../src/schemas/collections.ts';
import { ui } from '../../src/lib/i18n.ts';
import { LANGUAGES } from '../../src/lib/languages.ts';
import { urls } from '../../src/lib/urls.ts';
import { ROOT } from '../helpers/build.ts';
import { indexedPages } from '../../src/integrations/build/pagefind-fragments.ts';

/** The real site, built once from content/ by the real build script (tests/global-setup.ts). */
const indexed = indexedPages(inject('siteDist'));

/** Every text the site's words come from: the content and the interface strings. */
function sourceText(): string {
  return [join(ROOT, 'content'), join(ROOT, 'src', 'i18n')]
    .flatMap((dir) => readdirSync(dir, { recursive: true, withFileTypes: true }))
    .filter((item) => item.isFile())
    .map((item) => readFileSync(join(item.parentPath, item.name), 'utf8'))
    .join('\n');
}

describe('the search index', () => {
  test('holds words as readers see them: no label glued to its value, no cell to the next', () => {
    // Markdown prints a typed apostrophe as a typographic one: both are the same word.
    const apostrophes = (text: string) => text.replace(/’/g, "'");
    const sources = apostrophes(sourceText());
    // A capital after a lower-case letter, or a letter against a digit, inside one indexed word is either
    // written so in the texts (CooperaSec) or two elements' texts that Pagefind joined for lack of a space.
    const glued = indexed.flatMap((page) =>
      page.content
        .split(/\s+/)
        .map((word) => word.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ''))
        .filter((word) => /\p{Ll}[.,:;)]?\p{Lu}|\p{L}\d|\d\p{L}/u.test(word) && !sources.includes(apostrophes(word)))
        .map((word) => `${page.url}: ${word}`),
    );
    expect(glued).toEqual([]);
  });

  test('finds a section by its name and intro but not by its list, and never the home page', () => {
    const byUrl = new Map(indexed.map((page) => [page.url, page]));
    for (const lang of LANGUAGES) {
      expect(byUrl.has(urls.home(lang))).toBe(false);
      for (const collection of COLLECTIONS) {
        const strings = ui(lang).collections[collection];
        const text = byUrl.get(urls.collection(lang, collection))?.content ?? '';
        expect(text.startsWith(strings.name), text).toBe(true);
        expect([strings.intro, `${strings.intro}.`].some((end) => text.endsWith(end)), `nothing beyond the heading and intro: ${text}`).toBe(true);
      }
    }
  });
});
