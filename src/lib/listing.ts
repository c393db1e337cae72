import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import { LANGUAGES, type Lang } from './languages.ts';
import type { TranslationState } from './translation-status.ts';

/** What the list pages need to know about an entry to order it. */
export interface Listable {
  collection: CollectionName;
  title: string;
  /** An editor-given position within the collection (programmes, axes), before the alphabet */
  order?: number;
  states: Record<Lang, TranslationState>;
}

/** A collection index: by the editors' order where there is one, then alphabetically in the page's language. */
export function byOrderThenTitle<T extends Listable>(items: readonly T[], collator: Intl.Collator): T[] {
  return [...items].sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || collator.compare(a.title, b.title));
}

const needsWork = (item: Listable) => LANGUAGES.filter((lang) => item.states[lang] === 'outdated' || item.states[lang] === 'missing').length;

/** The translation status: the entries that need most work first, then by collection and title. */
export function byTranslationNeed<T extends Listable>(items: readonly T[], collator: Intl.Collator): T[] {
  return [...items].sort(
    (a, b) =>
      needsWork(b) - needsWork(a) ||
      COLLECTIONS.indexOf(a.collection) - COLLECTIONS.indexOf(b.collection) ||
      collator.compare(a.title, b.title),
  );
}

/**
 * For an A–Z list split into pages of `size`, the page on which each initial first appears, so that
 * the letter links can reach every page from any page.
 */
export function letterPages(initials: readonly string[], size: number): [letter: string, page: number][] {
  const first = new Map<string, number>();
  initials.forEach((letter, index) => {
    if (!first.has(letter)) first.set(letter, Math.floor(index / size) + 1);
  });
  return [...first];
}
