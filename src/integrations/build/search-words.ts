import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LANGUAGES, type Lang } from '../../lib/languages.ts';
import { normalizeWord, wordsOf, writeVocabulary, type WordCount } from '../../lib/spelling.ts';
import { withoutBase, urls } from '../../lib/urls.ts';
import { indexedPages, type IndexedPage } from './pagefind-fragments.ts';

export interface VocabularySize {
  words: number;
  bytes: number;
  /** What a host sends with gzip */
  gzipBytes: number;
}

const VOCABULARY = 'search-words.txt';

/**
 * Writes each language's vocabulary for the search page's spelling correction, from exactly what Pagefind
 * indexed: its fragments hold each page's text, title and summary. Run after the index is written. With
 * `kept` (from buildSearchIndex), a language's vocabulary is kept with its index, and taken from there
 * when the index was.
 */
export function writeSearchWords(siteDir: string, kept?: Record<Lang, string>): Record<Lang, VocabularySize> {
  const sizes = {} as Record<Lang, VocabularySize>;
  for (const lang of LANGUAGES) {
    const keptFile = kept && join(kept[lang], VOCABULARY);
    const wasKept = keptFile !== undefined && existsSync(keptFile);
    const text = wasKept ? readFileSync(keptFile, 'utf8') : vocabularyOf(indexedPages(siteDir, lang));
    if (keptFile && !wasKept) writeFileSync(keptFile, text);
    const file = join(siteDir, withoutBase(urls.searchWords(lang)).slice(1));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    sizes[lang] = { words: text.split(/\s+/).filter(Boolean).length, bytes: Buffer.byteLength(text), gzipBytes: gzipSync(text).length };
  }
  return sizes;
}

/** One language's vocabulary, from its indexed pages */
function vocabularyOf(pages: IndexedPage[]): string {
  // Per normalized word: how often each written form occurs, and whether a title or summary has it.
  const counts = new Map<string, { forms: Map<string, number>; count: number; named: boolean }>();
  const add = (word: string, named: boolean) => {
    const key = normalizeWord(word);
    const entry = counts.get(key) ?? { forms: new Map(), count: 0, named: false };
    const form = word.toLowerCase();
    entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
    entry.count++;
    entry.named ||= named;
    counts.set(key, entry);
  };
  for (const page of pages) {
    for (const word of wordsOf(page.content)) add(word, false);
    for (const word of wordsOf(`${page.meta.title ?? ''} ${page.meta.summary ?? ''}`)) {
      const entry = counts.get(normalizeWord(word));
      if (entry) entry.named = true;
    }
  }
  const words: WordCount[] = [...counts.values()].map(({ forms, count, named }) => ({
    // The commonest written form, the first in alphabetical order on a tie
    word: [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0],
    count,
    named,
  }));
  return writeVocabulary(words);
}
