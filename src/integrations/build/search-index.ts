import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { LANGUAGES, type Lang } from '../../lib/languages.ts';
import { FileDigests } from './file-digests.ts';
import { removeFilesExcept } from './kept-output.ts';
import { keepSearch, keptSearch, placeKept, SEARCH_CACHE_DIR } from './search-cache.ts';

export interface SearchIndexSummary {
  /** Pages indexed per language, as Pagefind's own catalogue reports them */
  languages: Record<string, number>;
  /** The languages whose index was kept from an earlier build of the same pages */
  reused: Lang[];
  /** Each language's kept search folder, where its vocabulary is kept too */
  kept: Record<Lang, string>;
}

interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

const ENTRY = 'pagefind-entry.json';

/** The site's folder of search files */
export const SEARCH_FOLDER = 'pagefind';

/** Indexes one language's pages into `outputPath`, a folder of its own. */
async function indexLanguage(siteDir: string, lang: Lang, outputPath: string): Promise<void> {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(errors.join('; '));
  try {
    const added = await index.addDirectory({ path: siteDir, glob: `${lang}/**/*.html` });
    if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  } finally {
    await close();
  }
}

/**
 * Indexes the built pages with Pagefind's Node API. Only pages whose <main> carries data-pagefind-body
 * are indexed, so pages that fall back to another language's text never enter that language's index.
 *
 * Each language is indexed by a Pagefind process of its own, one after the other: Pagefind keeps a
 * language's index apart from the others anyway, so together their files are those one process writes
 * for all four, but the largest process holds one language (at 5,000 pages, 450 MB instead of 1.2 GB, and
 * 13 s instead of 15). A language whose pages are as an earlier build left them takes that build's index
 * (search-cache.ts). Only Pagefind's catalogue of the languages is made here, from the four.
 */
export async function buildSearchIndex(siteDir: string, cacheDir = SEARCH_CACHE_DIR, digests = FileDigests.untracked()): Promise<SearchIndexSummary> {
  const outsideLanguages = readdirSync(siteDir).filter((file) => file.endsWith('.html') && readFileSync(join(siteDir, file), 'utf8').includes('data-pagefind-body'));
  if (outsideLanguages.length > 0) throw new Error(`${outsideLanguages.join(', ')}: a searchable page outside the language folders, which the search index does not read`);
  const outputPath = join(siteDir, SEARCH_FOLDER);
  const placed = new Set([join(outputPath, ENTRY)]);
  const merged: PagefindEntry['languages'] = {};
  const reused: Lang[] = [];
  const kept = {} as Record<Lang, string>;
  let catalogue: PagefindEntry | undefined;
  for (const lang of LANGUAGES) {
    const search = keptSearch(siteDir, lang, cacheDir, digests);
    if (search.kept) reused.push(lang);
    else await keepSearch(search.dir, lang, (folder) => indexLanguage(siteDir, lang, join(folder, 'pagefind')));
    for (const file of placeKept(join(search.dir, 'pagefind'), outputPath, (file) => file === ENTRY)) placed.add(file);
    catalogue = JSON.parse(readFileSync(join(search.dir, 'pagefind', ENTRY), 'utf8')) as PagefindEntry;
    Object.assign(merged, catalogue.languages);
    kept[lang] = search.dir;
  }
  if (!catalogue) throw new Error('no language to index');
  // In the order one Pagefind process writes them
  const languages = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => (a < b ? -1 : 1)));
  rmSync(join(outputPath, ENTRY), { force: true });
  writeFileSync(join(outputPath, ENTRY), JSON.stringify({ ...catalogue, languages }));
  // Built into the previous site, the folder may still hold files the new index no longer has
  removeFilesExcept(outputPath, (path) => placed.has(path));
  return { languages: Object.fromEntries(Object.entries(languages).map(([lang, l]) => [lang, l.page_count])), reused, kept };
}
