import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { indexedPages } from '../../src/integrations/build/pagefind-fragments.ts';
import { buildSearchIndex } from '../../src/integrations/build/search-index.ts';
import { writeSearchWords } from '../../src/integrations/build/search-words.ts';
import { LANGUAGES, type Lang } from '../../src/lib/languages.ts';
import { tempDir } from '../helpers/build.ts';

const WORDS: Record<Lang, string> = { ca: 'teixit comunitari', es: 'tejido comunitario', en: 'community fabric', eu: 'komunitate ehuna' };

/** A small built site: two searchable pages per language, saying `words` */
function siteSaying(words: Record<Lang, string>): string {
  const dir = tempDir('search-site');
  for (const lang of LANGUAGES) {
    for (const page of ['index.html', 'a/index.html']) {
      mkdirSync(join(dir, lang, page, '..'), { recursive: true });
      writeFileSync(join(dir, lang, page), `<!doctype html><html lang="${lang}"><head><title>${page}</title></head><body><main data-pagefind-body><h1>${page}</h1><p>${words[lang]} ${page}</p></main></body></html>`);
    }
  }
  return dir;
}

const filesOf = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((item) => item.isFile())
      .map((item) => [relative(dir, join(item.parentPath, item.name)), readFileSync(join(item.parentPath, item.name)).toString('base64')]),
  );

describe('search indexes kept between builds', () => {
  test('a language whose pages are unchanged takes its kept index and vocabulary; an edited one is indexed again', { timeout: 120_000 }, async () => {
    const cache = tempDir('search-cache');
    const first = await buildSearchIndex(siteSaying(WORDS), cache);
    expect(first.reused).toEqual([]);

    const edited = { ...WORDS, en: 'community zebra' };
    const site = siteSaying(edited);
    const second = await buildSearchIndex(site, cache);
    expect(second.reused).toEqual(['ca', 'es', 'eu']);
    expect(indexedPages(site, 'en').map((page) => page.content).join(' ')).toContain('zebra');
    writeSearchWords(site, second.kept);
    expect(readFileSync(join(site, 'en', 'search-words.txt'), 'utf8')).toContain('zebra');

    // The same files, to the byte, as an index made from scratch
    const fresh = siteSaying(edited);
    expect((await buildSearchIndex(fresh, tempDir('search-cache-empty'))).reused).toEqual([]);
    writeSearchWords(fresh);
    expect(filesOf(site)).toEqual(filesOf(fresh));
  });

  test('refuses a searchable page outside the language folders, which no language would index', async () => {
    const site = siteSaying(WORDS);
    writeFileSync(join(site, 'index.html'), '<!doctype html><html lang="ca"><body><main data-pagefind-body><p>arrel</p></main></body></html>');
    await expect(buildSearchIndex(site, tempDir('search-cache'))).rejects.toThrow(
      'index.html: a searchable page outside the language folders, which the search index does not read',
    );
  });
});
