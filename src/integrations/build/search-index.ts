import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

export interface SearchIndexSummary {
  pages: number;
  /** Pages indexed per language, as Pagefind's own catalogue reports them */
  languages: Record<string, number>;
}

/**
 * Indexes the built pages with Pagefind's Node API. Only pages whose <main> carries data-pagefind-body
 * are indexed, so pages that fall back to another language's text never enter that language's index.
 */
export async function buildSearchIndex(siteDir: string): Promise<SearchIndexSummary> {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(errors.join('; '));
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    const outputPath = join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const languages = Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count]));
    return { pages: added.page_count, languages };
  } finally {
    await close();
  }
}
