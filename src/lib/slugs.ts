import slugify from '@sindresorhus/slugify';
import type { CollectionName } from '../schemas/collections.ts';
import type { Lang } from './languages.ts';

export { SLUG_PATTERN } from '../schemas/common.ts';

/** The slug a title gives, transliterated to ASCII (à→a, ç→c, l·l→ll, ñ→n). */
export function slugFromTitle(title: string): string {
  return slugify(title);
}

/**
 * The slug the tools write for a new translation: made from its title, except in English, where the
 * entry's id (short English words) already is one and its published address stays as it was.
 */
export function suggestedSlug(lang: Lang, id: string, title: string): string {
  return lang === 'en' ? id : slugFromTitle(title);
}

/** What slugs are known from: each entry's translations and the slug each carries in its front matter. */
export interface SluggedEntry {
  collection: CollectionName;
  id: string;
  texts: Partial<Record<Lang, { data: { slug?: string } }>>;
}

const slugs = new Map<string, string>();
const ids = new Map<string, string>();
const keyOf = (collection: CollectionName, id: string, lang: Lang) => `${collection}/${id}/${lang}`;

/**
 * Records the slug of every translation of the content just read (forgetting any read before), for the URL module. Kept here rather than passed
 * to every caller because every link to an entry, wherever it is drawn, must use the same address.
 */
export function registerSlugs(entries: Iterable<SluggedEntry>): void {
  slugs.clear();
  ids.clear();
  for (const entry of entries) {
    for (const [lang, text] of Object.entries(entry.texts) as [Lang, { data: { slug?: string } }][]) {
      if (!text.data.slug) continue;
      slugs.set(keyOf(entry.collection, entry.id, lang), text.data.slug);
      ids.set(keyOf(entry.collection, text.data.slug, lang), entry.id);
    }
  }
}

/** An entry's address segment in a language: its translation's slug, or its id where it has no text in it. */
export function slugOf(collection: CollectionName, id: string, lang: Lang): string {
  return slugs.get(keyOf(collection, id, lang)) ?? id;
}

/** The entry whose page in a language is at `slug` (its id where it has no text in that language). */
export function idOfSlug(collection: CollectionName, slug: string, lang: Lang): string {
  return ids.get(keyOf(collection, slug, lang)) ?? slug;
}

/** Whether an entry's page in a language lives at a slug other than its id, whose address then redirects. */
export function hasMoved(collection: CollectionName, id: string, lang: Lang): boolean {
  return slugOf(collection, id, lang) !== id;
}
