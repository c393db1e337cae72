import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { SearchRecord } from '../../lib/dev-search.ts';

/** One page as Pagefind stored it for showing results: what a record gives it, under the language of its index file. */
export type IndexedPage = Omit<SearchRecord, 'language'> & { language: string };

/** Pagefind's signature before the JSON of each (gzipped) fragment file. */
const SIGNATURE = 'pagefind_dcd';

/** Every page in a built site's search index, or in one language's, read from Pagefind's fragment files. */
export function indexedPages(dist: string, lang?: string): IndexedPage[] {
  const dir = join(dist, 'pagefind', 'fragment');
  return readdirSync(dir)
    .filter((file) => !lang || file.startsWith(`${lang}_`))
    .sort()
    .map((file) => {
    const bytes = gunzipSync(readFileSync(join(dir, file)));
    if (bytes.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error(`${file}: not a Pagefind fragment`);
    const page = JSON.parse(bytes.subarray(SIGNATURE.length).toString('utf8')) as Omit<IndexedPage, 'language'>;
    return { language: file.slice(0, file.indexOf('_')), ...page };
  });
}
