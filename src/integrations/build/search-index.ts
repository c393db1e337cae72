import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { LANGUAGES } from '../../lib/languages.ts';

export interface SearchIndexSummary {
  /** Pages indexed per language, as Pagefind's own catalogue reports them */
  languages: Record<string, number>;
}

interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

/**
 * Indexes the built pages with Pagefind's Node API. Only pages whose <main> carries data-pagefind-body
 * are indexed, so pages that fall back to another language's text never enter that language's index.
 *
 * Each language is indexed in a Pagefind process of its own, one after the other, into the same folder:
 * Pagefind keeps a language's index apart from the others anyway, so the files are the same as one
 * process writes for all four, but the largest process holds one language (at 5,000 pages, 450 MB
 * instead of 1.2 GB, and 13 s instead of 15). Only the catalogue that lists the languages is written by
 * each process for its own: the four are merged.
 */
export async function buildSearchIndex(siteDir: string): Promise<SearchIndexSummary> {
  const outsideLanguages = readdirSync(siteDir).filter((file) => file.endsWith('.html') && readFileSync(join(siteDir, file), 'utf8').includes('data-pagefind-body'));
  if (outsideLanguages.length > 0) throw new Error(`${outsideLanguages.join(', ')}: a searchable page outside the language folders, which the search index does not read`);
  const outputPath = join(siteDir, 'pagefind');
  const entryFile = join(outputPath, 'pagefind-entry.json');
  let merged: PagefindEntry | undefined;
  for (const lang of LANGUAGES) {
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
    const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as PagefindEntry;
    merged = { ...entry, languages: { ...merged?.languages, ...entry.languages } };
  }
  if (!merged) throw new Error('no language to index');
  // In the order one Pagefind process writes them
  const languages = Object.fromEntries(Object.entries(merged.languages).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(entryFile, JSON.stringify({ ...merged, languages }));
  return { languages: Object.fromEntries(Object.entries(languages).map(([lang, l]) => [lang, l.page_count])) };
}
