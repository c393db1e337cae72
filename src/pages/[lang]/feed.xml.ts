import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { pageHistory, siteData } from '../../data/site.ts';
import { COLLECTIONS } from '../../schemas/collections.ts';
import { recentChanges } from '../../lib/recent-changes.ts';
import { ui } from '../../lib/i18n.ts';
import { LANGUAGES, type Lang } from '../../lib/languages.ts';
import { urls } from '../../lib/urls.ts';

export function getStaticPaths() {
  return LANGUAGES.map((lang) => ({ params: { lang } }));
}

/** New and changed entries written in the feed's language, newest first. */
export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Lang;
  const t = ui(lang);
  const data = await siteData();
  const changes = recentChanges(
    COLLECTIONS.flatMap((collection) =>
      data.entries[collection]
        .filter((entry) => entry.texts[lang])
        .map((entry) => ({ entry, updated: pageHistory(entry, lang)?.updated })),
    ),
  );
  return rss({
    title: `${t.site.name} (${lang})`,
    description: t.site.description,
    site: new URL(urls.home(lang), site),
    customData: `<language>${lang}</language>`,
    items: changes.map(({ entry, updated }) => {
      const text = entry.texts[lang]!.data;
      return {
        title: text.title,
        description: text.summary,
        link: urls.entry(lang, entry.collection, entry.id),
        pubDate: new Date(updated),
        categories: [t.collections[entry.collection].name],
      };
    }),
  });
};
