import { createHash } from 'node:crypto';
import type { CheckedContent } from './check-content.ts';
import { COLLECTIONS } from './collections.ts';
import { ui } from './i18n.ts';
import { LANGUAGES, pickTextLanguage } from './languages.ts';
import { urls, withoutBase } from './urls.ts';

/** What a social card shows: the page title, what kind of page it is, and the site. */
export interface CardSpec {
  title: string;
  label: string;
  siteName: string;
  tagline: string;
  /** The language the title is written in */
  lang: string;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Bump when the template changes, so that cached cards are drawn again. */
const TEMPLATE_VERSION = 4;

/** A card's cache key: the same inputs always give the same image. */
export function cardKey(spec: CardSpec): string {
  return createHash('sha256').update(JSON.stringify([TEMPLATE_VERSION, spec])).digest('hex').slice(0, 24);
}

/** Long titles get a smaller type size so that they fit in three lines. */
function titleSize(title: string): number {
  if (title.length <= 40) return 72;
  if (title.length <= 80) return 58;
  return 46;
}

type Node = { type: string; props: Record<string, unknown> & { children?: unknown } };

const h = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

/** The card as an element tree for satori: plain objects, no JSX needed. */
export function cardTree(spec: CardSpec): Node {
  return h(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      background: '#fdfcf8',
      color: '#1d1d1b',
      fontFamily: 'Atkinson Hyperlegible',
    },
    [
      h('div', { width: 24, height: CARD_HEIGHT, background: '#8a3b12' }),
      h(
        'div',
        {
          // satori sizes boxes without their padding
          width: CARD_WIDTH - 24 - 2 * 72,
          height: CARD_HEIGHT - 2 * 56,
          margin: '56px 72px',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
        },
        [
          h('div', { fontSize: 30, color: '#8a3b12', fontWeight: 700, letterSpacing: 2 }, spec.label.toUpperCase()),
          h('div', { fontSize: titleSize(spec.title), fontWeight: 700, lineHeight: 1.15, display: 'flex' }, spec.title),
          h('div', { display: 'flex', flexDirection: 'column', fontSize: 26, color: '#4a4a46' }, [
            h('div', { fontWeight: 700, color: '#1d1d1b', fontSize: 36 }, spec.siteName),
            h('div', {}, spec.tagline),
          ]),
        ],
      ),
    ],
  );
}

export interface PageCard {
  /** The card's file in the built site, e.g. cards/ca/metodologies/community-asset-mapping.png */
  file: string;
  spec: CardSpec;
}

/** The card of every page that has one (list pages after the first share the first page's card). */
export function pageCards(content: CheckedContent): PageCard[] {
  const card = (pagePath: string, spec: CardSpec): PageCard => ({ file: withoutBase(urls.card(pagePath)).slice(1), spec });
  return LANGUAGES.flatMap((lang) => {
    const t = ui(lang);
    const base = { siteName: t.site.name, tagline: t.site.tagline, lang };
    return [
      card(urls.home(lang), { ...base, label: t.nav.home, title: t.site.tagline }),
      card(urls.openData(lang), { ...base, label: t.openData.title, title: t.openData.intro }),
      card(urls.about(lang), { ...base, label: t.about.title, title: t.about.intro }),
      card(urls.search(lang), { ...base, label: t.search.title, title: t.search.intro }),
      card(urls.finder(lang), { ...base, label: t.finder.title, title: t.finder.intro }),
      card(urls.translationStatus(lang), { ...base, label: t.translationStatus.title, title: t.translationStatus.intro }),
      ...COLLECTIONS.flatMap((collection) => {
        const label = t.collections[collection].name;
        return [
          card(urls.collection(lang, collection), { ...base, label, title: t.collections[collection].intro }),
          ...[...content[collection].values()].map((entry) => {
            const shown = pickTextLanguage(lang, LANGUAGES.filter((l) => entry.texts[l])) ?? lang;
            const title = entry.texts[shown]?.data.title ?? entry.id;
            return card(urls.entry(lang, collection, entry.id), { ...base, label, title, lang: shown });
          }),
        ];
      }),
    ];
  });
}
