import type { SitemapOptions } from '@astrojs/sitemap';
import { checkContent } from '../lib/check-content.ts';
import { readContentTree } from '../lib/content-files.ts';
import { contentDir } from '../lib/content-dir.ts';
import { combineHistories } from '../lib/git-log.ts';
import { pageMap } from '../lib/page-map.ts';
import { gitHistory } from '../data/git-history.ts';

/**
 * The sitemap lists only real translations, each with hreflang links to its other real translations and
 * its last change from git; pages that fall back to another language's text, and the 404 pages, are left out.
 */
export function sitemapOptions(site: string, base: string): SitemapOptions {
  const pages = pageMap(checkContent(readContentTree(contentDir())).content);
  const basePath = base.replace(/\/?$/, '/');
  const pageOf = (url: string) => pages.get(`/${new URL(url).pathname.slice(basePath.length)}`);
  const absolute = (path: string) => new URL(`${basePath}${path.slice(1)}`, site).href;
  return {
    filter: (url) => pageOf(url)?.indexable ?? false,
    serialize: (item) => {
      const page = pageOf(item.url);
      if (!page) return item;
      const updated = combineHistories(page.sources.map((file) => gitHistory().of(file)))?.updated;
      return {
        ...item,
        ...(updated && { lastmod: updated }),
        links: page.alternates.map((alt) => ({ lang: alt.lang, url: absolute(alt.path) })),
      };
    },
  };
}
