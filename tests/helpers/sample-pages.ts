import type { CheckedContent } from '../../src/lib/check-content.ts';
import { COLLECTIONS } from '../../src/lib/collections.ts';
import type { Lang } from '../../src/lib/languages.ts';
import { pageMap } from '../../src/lib/page-map.ts';
import { urls } from '../../src/lib/urls.ts';

export interface SamplePage {
  /** What the page is, for test names: "home", "methodologies entry", "fallback"... */
  kind: string;
  path: string;
}

/**
 * One page of every kind the site builds in `lang`: each template at least once, so a check over these
 * covers every layout, component and script that a page can carry.
 */
export function samplePages(content: CheckedContent, lang: Lang): SamplePage[] {
  const pages: SamplePage[] = [{ kind: 'home', path: urls.home(lang) }];
  for (const collection of COLLECTIONS) pages.push({ kind: `${collection} index`, path: urls.collection(lang, collection) });
  for (const collection of COLLECTIONS) {
    const entries = [...content[collection].values()].sort((a, b) => a.id.localeCompare(b.id));
    const entry = entries.find((e) => e.texts[lang]) ?? entries[0];
    if (entry) pages.push({ kind: `${collection} entry`, path: urls.entry(lang, collection, entry.id) });
  }
  pages.push(
    { kind: 'open data', path: urls.openData(lang) },
    { kind: 'translation status', path: urls.translationStatus(lang) },
    { kind: 'search', path: urls.search(lang) },
    { kind: 'finder', path: urls.finder(lang) },
    { kind: '404', path: `${urls.home(lang)}404.html` },
  );
  const fallback = fallbackPage(content, lang, new Set(pages.map((page) => page.path)));
  if (fallback) pages.push({ kind: 'fallback', path: fallback });
  return pages;
}

/** A page shown in another language for lack of a translation, not yet sampled, a methodology if any. */
function fallbackPage(content: CheckedContent, lang: Lang, sampled: Set<string>): string | undefined {
  const fallbacks = [...pageMap(content)]
    .filter(([path, page]) => page.lang === lang && !page.indexable && !page.redirect && !sampled.has(path))
    .map(([path]) => path);
  const methodologies = urls.collection(lang, 'methodologies');
  return fallbacks.find((path) => path.startsWith(methodologies)) ?? fallbacks[0];
}
