import { createHash } from 'node:crypto';
import { ui } from './i18n.ts';
import type { Lang } from './languages.ts';

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

/** Bump when the template or the encoding changes, so that cached cards are drawn again. */
const TEMPLATE_VERSION = 5;

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
  /** The card's file in the built site, e.g. cards/ca/metodologies/mapatge-d-actius-comunitaris.png */
  file: string;
  spec: CardSpec;
}

/** A card in `lang`'s interface: what kind of page (`label`) and its title, written in `titleLang`. */
export function cardSpec(lang: Lang, label: string, title: string, titleLang: Lang = lang): CardSpec {
  const t = ui(lang);
  return { siteName: t.site.name, tagline: t.site.tagline, label, title, lang: titleLang };
}
