import type { APIRoute } from 'astro';
import { siteData, textFor } from '../../data/site.ts';
import { renderCard } from '../../data/social-cards.ts';
import { COLLECTIONS } from '../../lib/collections.ts';
import { ui } from '../../lib/i18n.ts';
import { LANGUAGES } from '../../lib/languages.ts';
import type { CardSpec } from '../../lib/social-card.ts';
import { urls, withoutBase } from '../../lib/urls.ts';

/** The card of every page that has one, named after the page's own path. */
export async function getStaticPaths() {
  const site = await siteData();
  const card = (pagePath: string, spec: CardSpec) => ({ params: { card: withoutBase(pagePath).slice(1, -1) }, props: spec });
  return LANGUAGES.flatMap((lang) => {
    const t = ui(lang);
    const base = { siteName: t.site.name, tagline: t.site.tagline, lang };
    return [
      card(urls.home(lang), { ...base, label: t.nav.home, title: t.site.tagline }),
      card(urls.openData(lang), { ...base, label: t.openData.title, title: t.openData.intro }),
      card(urls.about(lang), { ...base, label: t.about.title, title: t.about.intro }),
      card(urls.search(lang), { ...base, label: t.search.title, title: t.search.intro }),
      card(urls.translationStatus(lang), { ...base, label: t.translationStatus.title, title: t.translationStatus.intro }),
      ...COLLECTIONS.flatMap((collection) => [
        card(urls.collection(lang, collection), {
          ...base,
          label: t.collections[collection].name,
          title: t.collections[collection].intro,
        }),
        ...site.entries[collection].map((entry) => {
          const text = textFor(entry, lang);
          return card(urls.entry(lang, collection, entry.id), {
            ...base,
            label: t.collections[collection].name,
            title: text.data.title,
            lang: text.lang,
          });
        }),
      ]),
    ];
  });
}

export const GET: APIRoute = async ({ props }) =>
  new Response(await renderCard(props as CardSpec), { headers: { 'Content-Type': 'image/png' } });
