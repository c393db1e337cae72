import type { CheckResult } from './check-content.ts';
import type { Entry } from './entry.ts';
import { ui } from './i18n.ts';
import type { Lang } from './languages.ts';
import { sectionText } from './page-map.ts';
import { facetsAmong } from './search-facets.ts';

/** A page as Pagefind's Node API takes it without its HTML (`addCustomRecord`). */
export interface SearchRecord {
  url: string;
  content: string;
  language: Lang;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Markdown and MDX reduced to the words a reader sees, near enough for a development index. */
export function plainText(mdx: string): string {
  return mdx
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_`>|~]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The search index's records made straight from the checked content, for the dev server: every page
 * the built index holds, with the same titles, summaries and filters, without rendering any page.
 */
export function searchRecords({ content, pages }: CheckResult, base: string): SearchRecord[] {
  const get = (ref: { collection: Entry['collection']; id: string }) => content[ref.collection].get(ref.id) as Entry | undefined;
  const records: SearchRecord[] = [];
  for (const [path, page] of pages) {
    if (!page.searchable) continue;
    const url = `${base}${path.slice(1)}`;
    const { route } = page;
    if (route.route === 'entry') {
      const entry = get(route);
      const text = entry?.texts[page.lang];
      if (!entry || !text) continue;
      const { title, summary } = text.data;
      records.push({
        url,
        language: page.lang,
        content: `${title}. ${summary} ${plainText(text.body)}`,
        meta: { title, summary, collection: ui(page.lang).collections[route.collection].name },
        filters: facetsAmong(get, entry, page.lang) as Record<string, string[]>,
      });
    } else if (route.route === 'section') {
      const { name, intro } = sectionText(page.lang, route.view);
      records.push({ url, language: page.lang, content: `${name}. ${intro}`, meta: { title: name }, filters: {} });
    }
  }
  return records;
}
