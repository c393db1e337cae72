import type { Lang } from '../../src/lib/languages.ts';
import type { PageInfo, PageMap } from '../../src/lib/page-map.ts';

export interface SamplePage {
  /** What the page is, for test names: "home", "methodologies entry", "fallback"... */
  kind: string;
  path: string;
}

/** What kind of template a page is, for picking one page of each from the page map. */
function kindOf(page: PageInfo): string | undefined {
  const { route } = page;
  switch (route.route) {
    case 'home':
      return 'home';
    case 'not-found':
      return '404';
    case 'section':
      if (route.page > 1) return undefined;
      return route.view.kind === 'collection' ? `${route.view.collection} index` : route.view.kind.replace('-', ' ');
    case 'entry':
      return page.indexable ? `${route.collection} entry` : 'fallback';
    case 'print':
      return route.view === 'card' ? 'method card' : 'guide pack';
    default:
      return undefined;
  }
}

/**
 * One page of every kind the site builds in `lang`, from the page map: each template at least once, so a
 * check over these covers every layout, component and script that a page can carry. Among entries of a
 * kind the one with the first id is taken, and a fallback is a methodology where there is one.
 */
export function samplePages(pages: PageMap, lang: Lang): SamplePage[] {
  const sampled = new Map<string, { path: string; rank: string }>();
  for (const [path, page] of pages) {
    const kind = page.lang === lang ? kindOf(page) : undefined;
    if (!kind) continue;
    const rank = `${page.route.route === 'entry' && kind === 'fallback' && page.route.collection !== 'methodologies' ? 1 : 0}${'id' in page.route ? page.route.id : ''}`;
    const current = sampled.get(kind);
    if (!current || rank < current.rank) sampled.set(kind, { path, rank });
  }
  return [...sampled].map(([kind, { path }]) => ({ kind, path }));
}
