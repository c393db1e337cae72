import damerauLevenshtein from 'talisman/metrics/damerau-levenshtein.js';

/**
 * Spelling correction of search queries against the site's own words in a language: the vocabulary the
 * build writes beside each language's pages (src/integrations/build/search-words.ts) and the search page loads only
 * when a query has a word it cannot confirm.
 */

/** A word as the search compares it: accents, case and the Catalan middle dot never count as slips. */
export function normalizeWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/·/g, '').toLowerCase();
}

/** The words of a text as Pagefind splits them (letters and digits; "col·lectiu" stays one word). */
const WORD = /[\p{L}\p{M}\p{N}·]+/gu;

export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** How many slips (insertion, deletion, substitution, swapped neighbours) a word of the query may have. */
export function slipsAllowed(word: string): number {
  const length = normalizeWord(word).length;
  return length <= 4 ? 0 : length <= 7 ? 1 : 2;
}

/** Frequency classes: how often a word occurs in a language's indexed pages, by powers of two. */
export const FREQUENCY_CLASSES = 8;

export interface WordCount {
  /** The word as written most often (lower case, with its accents) */
  word: string;
  count: number;
  /** Whether it is in a title or a summary: the words people search by */
  named: boolean;
}

/** Words too short to be a correction, or with digits (years, codes), are left out. */
const listable = (word: string) => normalizeWord(word).length >= 4 && !/\p{N}/u.test(word);

/**
 * The vocabulary file: one line per frequency class, the most frequent first, each line the class's words
 * in alphabetical order separated by spaces. Only words of a title or a summary and words that occur more
 * than once are kept: a word written once in a body is more often a slip of its own than a search.
 * A title's or summary's words count as one class more frequent.
 */
export function writeVocabulary(words: Iterable<WordCount>): string {
  const classes: string[][] = Array.from({ length: FREQUENCY_CLASSES }, () => []);
  for (const { word, count, named } of words) {
    if (!listable(word) || (!named && count < 2)) continue;
    // A word written once is listed only for being named, so the least frequent class starts at 1 (or 2 unnamed).
    const rank = Math.min(FREQUENCY_CLASSES - 1, Math.floor(Math.log2(count)) + (named ? 1 : 0) - 1);
    classes[FREQUENCY_CLASSES - 1 - rank]?.push(word);
  }
  return classes.map((line) => line.sort().join(' ')).join('\n');
}

export interface Vocabulary {
  /** Normalized words in code-unit order, for prefix look-ups */
  sorted: string[];
  /** Each normalized word's written form and frequency class (higher is more frequent) */
  words: Map<string, { word: string; rank: number }>;
  /** Normalized words by length, for the candidates of a correction */
  byLength: Map<number, string[]>;
}

export function readVocabulary(text: string): Vocabulary {
  const words = new Map<string, { word: string; rank: number }>();
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    const rank = lines.length - 1 - index;
    for (const word of line.split(' ').filter(Boolean)) {
      const key = normalizeWord(word);
      if (!words.has(key)) words.set(key, { word, rank });
    }
  });
  const sorted = [...words.keys()].sort();
  const byLength = new Map<number, string[]>();
  for (const key of sorted) {
    const same = byLength.get(key.length);
    if (same) same.push(key);
    else byLength.set(key.length, [key]);
  }
  return { sorted, words, byLength };
}

/** Whether a word is a word of the vocabulary or the start of one. */
export function startsAWord(vocabulary: Vocabulary, word: string): boolean {
  const key = normalizeWord(word);
  const { sorted } = vocabulary;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] as string) < key) low = mid + 1;
    else high = mid;
  }
  return sorted[low]?.startsWith(key) ?? false;
}

/**
 * The nearest words of the vocabulary within the slips a word allows: fewest slips first, then the most
 * frequent, then alphabetical, so the same query is always corrected the same way.
 */
export function nearestWords(vocabulary: Vocabulary, word: string, limit = 3): string[] {
  const key = normalizeWord(word);
  const slips = slipsAllowed(word);
  if (slips === 0) return [];
  const found: { word: string; distance: number; rank: number }[] = [];
  for (let length = key.length - slips; length <= key.length + slips; length++) {
    for (const candidate of vocabulary.byLength.get(length) ?? []) {
      const distance = damerauLevenshtein.limited(slips, key, candidate);
      if (distance === Infinity) continue;
      const entry = vocabulary.words.get(candidate);
      if (entry) found.push({ word: entry.word, distance, rank: entry.rank });
    }
  }
  return found
    .sort((a, b) => a.distance - b.distance || b.rank - a.rank || (a.word < b.word ? -1 : 1))
    .slice(0, limit)
    .map((f) => f.word);
}

/** One way of correcting a query: the new text and the words that changed. */
export interface Correction {
  query: string;
  changed: { from: string; to: string }[];
}

/**
 * The corrections of a query to try, best first. A word is kept as typed when it is short, when `known`
 * says the index has it (or a word it starts), or when no word of the vocabulary is near enough; every
 * other word is replaced by one of its nearest words. With no word to correct there is nothing to try.
 */
export function corrections(query: string, vocabulary: Vocabulary, known: (word: string) => boolean, tries = 4): Correction[] {
  const words = [...query.matchAll(WORD)];
  const options = words.map((match) => {
    const word = match[0];
    if (slipsAllowed(word) === 0 || known(word) || startsAWord(vocabulary, word)) return [];
    return nearestWords(vocabulary, word);
  });
  if (options.every((o) => o.length === 0)) return [];
  // The best correction takes every word's nearest; each further one changes a single word to its next.
  const choices: number[][] = [options.map(() => 0)];
  options.forEach((o, i) => {
    for (let next = 1; next < o.length; next++) choices.push(options.map((_, j) => (j === i ? next : 0)));
  });
  return choices.slice(0, tries).map((choice) => {
    let text = '';
    let from = 0;
    const changed: Correction['changed'] = [];
    words.forEach((match, i) => {
      const replacement = options[i]?.[choice[i] as number];
      text += query.slice(from, match.index) + (replacement ?? match[0]);
      from = match.index + match[0].length;
      if (replacement) changed.push({ from: match[0], to: replacement });
    });
    return { query: text + query.slice(from), changed };
  });
}
