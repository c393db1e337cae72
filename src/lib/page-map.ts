import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import type { Content } from './entry.ts';
import { ui } from './i18n.ts';
import { DEFAULT_LANGUAGE, LANGUAGES, pickTextLanguage, type Lang } from './languages.ts';
import { pageCount } from './pagination.ts';
import { hasMoved } from './slugs.ts';
import { cardSpec, type CardSpec } from './social-card.ts';
import { urls, withoutBase } from './urls.ts';

/** A page of a section that is not an entry: a collection's index, or one of the site's tools. */
export type SectionView =
  | { kind: 'collection'; collection: CollectionName }
  | { kind: 'open-data' }
  | { kind: 'translation-status' }
  | { kind: 'search' }
  | { kind: 'finder' }
  | { kind: 'about' };

/** Which template makes a page, with what it needs to know: what each route's getStaticPaths passes as props. */
export type PageRoute =
  | { route: 'root' }
  | { route: 'not-found' }
  | { route: 'home' }
  | { route: 'section'; view: SectionView; page: number }
  | { route: 'entry'; collection: CollectionName; id: string }
  | { route: 'print'; view: 'card' | 'pack'; collection: 'methodologies' | 'guides'; id: string }
  /** An address an entry had before it had a slug: a page the build writes, pointing to `to` */
  | { route: 'redirect'; to: string };

export type RouteName = PageRoute['route'];

export interface PageInfo {
  lang: Lang;
  route: PageRoute;
  /** False for a page that shows another language's text: not indexed, no hreflang points to it */
  indexable: boolean;
  /** The real translations of this page, itself included, by language */
  alternates: { lang: Lang; path: string }[];
  /** The content files the page is made from (empty for pages made of interface text only) */
  sources: string[];
  /** Whether the page enters the search index: entries and texts do; the home, tools and the lists' later pages do not */
  searchable: boolean;
  /** The social card drawn for this page; pages without one share another page's card */
  card?: CardSpec;
  /** For an address an entry had before it had a slug: where its page is now */
  redirect?: string;
}

export type PageMap = Map<string, PageInfo>;

/** A section's name and introduction in `lang`: what its card and its search record say of it. */
export function sectionText(lang: Lang, view: SectionView): { name: string; intro: string } {
  const t = ui(lang);
  if (view.kind === 'collection') return t.collections[view.collection];
  const strings = { 'open-data': t.openData, 'translation-status': t.translationStatus, search: t.search, finder: t.finder, about: t.about }[view.kind];
  return { name: strings.title, intro: strings.intro };
}

const sectionCard = (lang: Lang, view: SectionView): CardSpec => cardSpec(lang, sectionText(lang, view).name, sectionText(lang, view).intro);

/** Every page of the site, with its route, its language facts and its card, computed once from the content alone. */
export function pageMap(content: Content): PageMap {
  const pages: PageMap = new Map();
  const add = (
    pathFor: (lang: Lang) => string,
    routeFor: (lang: Lang) => PageRoute,
    {
      translated = LANGUAGES,
      sourcesFor = () => [],
      searchable = true,
      cardFor,
    }: {
      translated?: readonly Lang[];
      sourcesFor?: (lang: Lang) => string[];
      searchable?: boolean;
      cardFor?: (lang: Lang) => CardSpec;
    } = {},
  ) => {
    const alternates = translated.map((lang) => ({ lang, path: pathFor(lang) }));
    for (const lang of LANGUAGES) {
      const indexable = translated.includes(lang);
      pages.set(pathFor(lang), {
        lang,
        route: routeFor(lang),
        indexable,
        alternates,
        sources: sourcesFor(lang),
        searchable: indexable && searchable,
        ...(cardFor && { card: cardFor(lang) }),
      });
    }
  };
  const root = { lang: DEFAULT_LANGUAGE, indexable: false, alternates: [], sources: [], searchable: false };
  pages.set(urls.root(), { ...root, route: { route: 'root' } });
  pages.set(`${urls.root()}404.html`, { ...root, route: { route: 'not-found' } });

  add(urls.home, () => ({ route: 'home' }), {
    searchable: false,
    cardFor: (lang) => cardSpec(lang, ui(lang).nav.home, ui(lang).site.tagline),
  });
  const section = (kind: Exclude<SectionView['kind'], 'collection'>, pathFor: (lang: Lang, page?: number) => string, count = 1) => {
    for (let page = 1; page <= count; page++) {
      add((lang) => pathFor(lang, page), () => ({ route: 'section', view: { kind }, page }), {
        searchable: kind === 'open-data' || kind === 'about',
        ...(page === 1 && { cardFor: (lang: Lang) => sectionCard(lang, { kind }) }),
      });
    }
  };
  section('open-data', urls.openData);
  section('about', urls.about);
  section('search', urls.search);
  section('finder', urls.finder, pageCount(content.methodologies.size));
  section('translation-status', urls.translationStatus, pageCount(COLLECTIONS.reduce((sum, c) => sum + content[c].size, 0)));
  add((lang) => `${urls.home(lang)}404.html`, () => ({ route: 'not-found' }), { translated: [] });

  for (const collection of COLLECTIONS) {
    const label = (lang: Lang) => ui(lang).collections[collection].name;
    for (let page = 1; page <= pageCount(content[collection].size); page++) {
      add((lang) => urls.collection(lang, collection, page), () => ({ route: 'section', view: { kind: 'collection', collection }, page }), {
        searchable: page === 1,
        ...(page === 1 && { cardFor: (lang: Lang) => sectionCard(lang, { kind: 'collection', collection }) }),
      });
    }
    for (const entry of content[collection].values()) {
      const translated = entry.languages;
      const sourcesFor = (lang: Lang) => [entry.factsFile, ...(entry.texts[lang] ? [entry.texts[lang].file] : [])];
      const cardFor = (lang: Lang) => {
        const shown = pickTextLanguage(lang, translated) ?? lang;
        return cardSpec(lang, label(lang), entry.texts[shown]?.data.title ?? entry.id, shown);
      };
      add((lang) => urls.entry(lang, collection, entry.id), () => ({ route: 'entry', collection, id: entry.id }), { translated, sourcesFor, cardFor });
      for (const lang of translated.filter((l) => hasMoved(collection, entry.id, l))) {
        const to = urls.entry(lang, collection, entry.id);
        pages.set(urls.entryById(lang, collection, entry.id), {
          lang,
          route: { route: 'redirect', to },
          indexable: false,
          alternates: [],
          sources: [],
          searchable: false,
          redirect: to,
        });
      }
      const print = { translated, sourcesFor, searchable: false };
      if (collection === 'methodologies') {
        add((lang) => urls.methodCard(lang, entry.id), () => ({ route: 'print', view: 'card', collection, id: entry.id }), print);
      }
      if (collection === 'guides') {
        add((lang) => urls.guidePack(lang, entry.id), () => ({ route: 'print', view: 'pack', collection, id: entry.id }), print);
      }
    }
  }
  return pages;
}

/** The pages one route makes, each with the segments of its path: what its getStaticPaths turns into params. */
export function pagesOfRoute<R extends RouteName>(pages: PageMap, route: R): { path: string; segments: string[]; page: PageInfo & { route: Extract<PageRoute, { route: R }> } }[] {
  const found = [];
  for (const [path, page] of pages) {
    if (page.route.route !== route) continue;
    const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
    found.push({ path, segments, page: page as PageInfo & { route: Extract<PageRoute, { route: R }> } });
  }
  return found;
}

/** The social cards to draw: one per page that has its own. */
export function pageCards(pages: PageMap): { file: string; spec: CardSpec }[] {
  return [...pages].flatMap(([path, page]) => (page.card ? [{ file: withoutBase(urls.card(path)).slice(1), spec: page.card }] : []));
}
