import type { CheckedContent } from './check-content.ts';
import { COLLECTIONS } from './collections.ts';
import { LANGUAGES, type Lang } from './languages.ts';
import { pageCount } from './pagination.ts';
import { hasMoved } from './slugs.ts';
import { urls } from './urls.ts';

export interface PageInfo {
  lang: Lang;
  /** False for a page that shows another language's text: not indexed, no hreflang points to it */
  indexable: boolean;
  /** The real translations of this page, itself included, by language */
  alternates: { lang: Lang; path: string }[];
  /** The content files the page is made from (empty for pages made of interface text only) */
  sources: string[];
  /** Whether the page enters the search index: entries and texts do; the home, tools and the lists' later pages do not */
  searchable: boolean;
  /** For an address an entry had before it had a slug: where its page is now */
  redirect?: string;
}

/** Every content page of the site with its language facts, computed from the content alone. */
export function pageMap(content: CheckedContent): Map<string, PageInfo> {
  const pages = new Map<string, PageInfo>();
  const add = (
    pathFor: (lang: Lang) => string,
    translated: readonly Lang[],
    sourcesFor: (lang: Lang) => string[] = () => [],
    searchable = true,
  ) => {
    const alternates = translated.map((lang) => ({ lang, path: pathFor(lang) }));
    for (const lang of LANGUAGES) {
      const indexable = translated.includes(lang);
      pages.set(pathFor(lang), { lang, indexable, alternates, sources: sourcesFor(lang), searchable: indexable && searchable });
    }
  };
  add(urls.home, LANGUAGES, undefined, false);
  add(urls.openData, LANGUAGES);
  add(urls.about, LANGUAGES);
  const allEntries = COLLECTIONS.reduce((sum, c) => sum + content[c].size, 0);
  for (let page = 1; page <= pageCount(allEntries); page++) {
    add((lang) => urls.translationStatus(lang, page), LANGUAGES, undefined, false);
  }
  add(urls.search, LANGUAGES, undefined, false);
  for (let page = 1; page <= pageCount(content.methodologies.size); page++) {
    add((lang) => urls.finder(lang, page), LANGUAGES, undefined, false);
  }
  for (const collection of COLLECTIONS) {
    for (let page = 1; page <= pageCount(content[collection].size); page++) {
      add((lang) => urls.collection(lang, collection, page), LANGUAGES, undefined, page === 1);
    }
    for (const entry of content[collection].values()) {
      const translated = LANGUAGES.filter((lang) => entry.texts[lang]);
      const sources = (lang: Lang) => [entry.factsFile, ...(entry.texts[lang] ? [entry.texts[lang].file] : [])];
      add((lang) => urls.entry(lang, collection, entry.id), translated, sources);
      for (const lang of translated.filter((l) => hasMoved(collection, entry.id, l))) {
        const to = urls.entry(lang, collection, entry.id);
        pages.set(urls.entryById(lang, collection, entry.id), { lang, indexable: false, alternates: [], sources: [], searchable: false, redirect: to });
      }
      if (collection === 'methodologies') add((lang) => urls.methodCard(lang, entry.id), translated, sources, false);
      if (collection === 'guides') add((lang) => urls.guidePack(lang, entry.id), translated, sources, false);
    }
  }
  return pages;
}
