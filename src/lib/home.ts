import type { EntryRef } from './relations.ts';

/** The home page's ways in by need: a practitioner's goal and the entry that answers it. */
export const WAYS_IN = [
  { key: 'mapAssets', to: { collection: 'methodologies', id: 'community-asset-mapping' } },
  { key: 'diagnose', to: { collection: 'methodologies', id: 'participatory-diagnosis' } },
  { key: 'socialMarket', to: { collection: 'guides', id: 'building-neighbourhood-social-market' } },
  { key: 'openFacility', to: { collection: 'guides', id: 'opening-civic-facility-to-associations' } },
  { key: 'gathering', to: { collection: 'guides', id: 'hosting-community-gathering' } },
  { key: 'evaluate', to: { collection: 'methodologies', id: 'participatory-evaluation' } },
] as const satisfies readonly { key: string; to: EntryRef }[];

/** How many recent changes the home page lists: a glance, the same length whatever the site's size. */
export const HOME_RECENT_CHANGES = 6;

/** The home lists the first programmes of their index; the index has the rest. */
export const HOME_PROGRAMMES = 12;

/** The letter a glossary term is filed under: its first letter, without accents, in capitals. */
export function initialOf(title: string): string {
  const first = title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}
