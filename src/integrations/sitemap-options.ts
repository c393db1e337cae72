import type { SitemapOptions } from '@astrojs/sitemap';
import { combineHistories } from '../lib/git-log.ts';
import { gitHistory } from '../lib/git-history.ts';
import { checkedSite } from '../lib/site-file.ts';

/**
 * The sitemap lists only real translations, each with hreflang links to its other real translations and
 * its last change from git; pages that fall back to another language's text, and the 404 pages, are left out.
 */
export function sitemapOptions(site: string, base: string): SitemapOptions {
  const basePath = base.replace(/\/?$/, '/');
  // Read when the sitemap is written, at the end of the build (not when the config is loaded), and once.
  let pages: ReturnType<typeof checkedSite>['pages'] | undefined;
  const pageOf = (url: string) => (pages ??= checkedSite().pages).get(`/${new URL(url).pathname.slice(basePath.length)}`);
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
