import type { CollectionName } from '../schemas/collections.ts';
import { ui } from './i18n.ts';
import { isLang, type Lang } from './languages.ts';
import { slugOf } from './slugs.ts';
import { WORKER_FILE } from './offline.ts';
import { writeState, type SearchState } from './search-state.ts';

/**
 * The one module that builds the site's URLs. Every path ends with a slash and
 * starts with the configured base, so the site can live under a sub-path.
 */

const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** The site's folder of social card images */
export const CARDS_FOLDER = 'cards';

function under(...segments: string[]): string {
  return BASE + segments.map((s) => `${encodeURIComponent(s)}/`).join('');
}

const numbered = (page: number): string[] => (page > 1 ? [String(page)] : []);

export const urls = {
  root: (): string => BASE,
  home: (lang: Lang): string => under(lang),
  /** A collection's index; its later pages are numbered */
  collection: (lang: Lang, collection: CollectionName, page = 1): string =>
    under(lang, ui(lang).collections[collection].slug, ...numbered(page)),
  /** An entry's page, at its translation's slug */
  entry: (lang: Lang, collection: CollectionName, id: string): string =>
    under(lang, ui(lang).collections[collection].slug, slugOf(collection, id, lang)),
  /** Where an entry's page was before pages had slugs of their own: its id */
  entryById: (lang: Lang, collection: CollectionName, id: string): string => under(lang, ui(lang).collections[collection].slug, id),
  /** A worksheet that is a template to adapt, as an editable Word document */
  worksheetDocx: (lang: Lang, id: string): string =>
    `${under(lang, ui(lang).collections.worksheets.slug)}${encodeURIComponent(slugOf('worksheets', id, lang))}.docx`,
  /** A method's one-page card to print */
  methodCard: (lang: Lang, id: string): string =>
    under(lang, ui(lang).collections.methodologies.slug, slugOf('methodologies', id, lang), ui(lang).print.cardSlug),
  /** A guide followed by the cards of its methods, to print as one pack */
  guidePack: (lang: Lang, id: string): string =>
    under(lang, ui(lang).collections.guides.slug, slugOf('guides', id, lang), ui(lang).print.packSlug),
  about: (lang: Lang): string => under(lang, ui(lang).about.slug),
  /** Where the about page offers to keep the language on the device */
  offline: (lang: Lang): string => `${under(lang, ui(lang).about.slug)}#${ui(lang).offline.anchor}`,
  /** The service worker, at the site's root so that it serves the whole site */
  serviceWorker: (): string => `${BASE}${WORKER_FILE}`,
  search: (lang: Lang): string => under(lang, ui(lang).search.slug),
  /** The search page opened on a given query and filters */
  searchWith: (lang: Lang, state: SearchState): string => `${under(lang, ui(lang).search.slug)}${writeState(state)}`,
  /** The method finder; its later pages continue the comparison of methods shown without JavaScript */
  finder: (lang: Lang, page = 1): string => under(lang, ui(lang).finder.slug, ...numbered(page)),
  /** A language's vocabulary, which the search page loads to correct a query's slips */
  searchWords: (lang: Lang): string => `${BASE}${lang}/search-words.txt`,
  /** The facts of every method, which the finder loads when it runs */
  finderData: (lang: Lang): string => `${BASE}${lang}/finder.json`,
  translationStatus: (lang: Lang, page = 1): string => under(lang, ui(lang).translationStatus.slug, ...numbered(page)),
  feed: (lang: Lang): string => `${BASE}${lang}/feed.xml`,
  openData: (lang: Lang): string => under(lang, ui(lang).openData.slug),
  /** The social card image of a page, named after the page's path */
  card: (pagePath: string): string => `${BASE}${CARDS_FOLDER}/${withoutBase(pagePath).slice(1, -1)}.png`,
  /** A file of the site (an open-data export, the catalogue), not a page */
  file: (path: string): string => `${BASE}${path}`,
  /** Any site path (as produced above) resolved against the site's origin. */
  absolute: (path: string, site: string | URL): string => new URL(path, site).href,
};

/** The collection whose localized URL segment is `slug` in `lang`, if any. */
export function collectionFromSlug(lang: Lang, slug: string): CollectionName | undefined {
  const entries = Object.entries(ui(lang).collections) as [CollectionName, { slug: string }][];
  return entries.find(([, c]) => c.slug === slug)?.[0];
}

/** A path written in content as a site path (/ca/valors/...) placed under the base the site is served from. */
export function withBase(path: string): string {
  return path.startsWith('/') && !path.startsWith('//') ? `${BASE}${path.slice(1)}` : path;
}

/** The language of a page from its path, whatever base the site is served under. */
export function langOfPath(path: string): Lang | undefined {
  const first = withoutBase(path).split('/')[1] ?? '';
  return isLang(first) ? first : undefined;
}

/** Strips the base, so a path can be compared whatever sub-path the site is served from. */
export function withoutBase(path: string): string {
  return path.startsWith(BASE) ? `/${path.slice(BASE.length)}` : path;
}
