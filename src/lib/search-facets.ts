import type { CollectionName } from '../schemas/collections.ts';
import { ui } from './i18n.ts';
import { AUTONYMS, pickTextLanguage, type Lang } from './languages.ts';
import type { EntryRef } from './relations.ts';
import type { Facts } from '../schemas/model.ts';
import type { DurationUnit } from '../schemas/vocabulary.ts';

/** The search filters, in the order the search page shows them. Their values come from the content. */
export const FACETS = [
  'collection',
  'phase',
  'participation',
  'groupSize',
  'duration',
  'programme',
  'axis',
  'value',
  'territory',
  'audience',
  'language',
] as const;
export type Facet = (typeof FACETS)[number];

/** The filter that finds every entry related to an entry of these collections, in the entry's own title. */
export const FACET_OF_COLLECTION: Partial<Record<CollectionName, Facet>> = {
  programmes: 'programme',
  axes: 'axis',
  values: 'value',
  territories: 'territory',
};

const GROUP_SIZE_BANDS = [
  ['small', 1, 10],
  ['medium', 11, 30],
  ['large', 31, 100],
  ['huge', 101, Number.POSITIVE_INFINITY],
] as const;

/** Rough working hours per unit, to compare durations written in different units. */
const HOURS: Record<DurationUnit, number> = { minutes: 1 / 60, hours: 1, days: 8, weeks: 40, months: 160 };
const DURATION_BANDS = [
  ['session', 0, 4],
  ['days', 4, 40],
  ['weeks', 40, 400],
  ['months', 400, Number.POSITIVE_INFINITY],
] as const;

const overlapping = <B extends readonly [string, number, number]>(bands: readonly B[], min: number, max: number) =>
  bands.filter(([, from, to]) => max >= from && min <= to).map(([band]) => band as B[0]);

export function groupSizeBands(size: { min: number; max: number }) {
  return overlapping(GROUP_SIZE_BANDS, size.min, size.max);
}

export function durationBands(duration: { min: number; max: number; unit: DurationUnit }) {
  const min = duration.min * HOURS[duration.unit];
  const max = duration.max * HOURS[duration.unit];
  // Bands include their upper bound only: a 4-hour method is a session, not a matter of days.
  return DURATION_BANDS.filter(([, from, to]) => max > from && min <= to).map(([band]) => band);
}

/** What the facets need to know about other entries: their titles, and an axis's or value's programmes. */
export interface FacetLookup {
  title(ref: EntryRef): string;
  programmesOf(ref: EntryRef): string[];
}

/**
 * The filter values of one entry's page in `lang`, as the search page shows them (in that language).
 * Derived from the entry's facts and relations: nothing is typed twice.
 */
export function entryFacets(
  entry: { collection: CollectionName; id: string; facts: Facts<CollectionName>; languages: readonly Lang[] },
  lang: Lang,
  lookup: FacetLookup,
): Partial<Record<Facet, string[]>> {
  const t = ui(lang);
  const f = entry.facts as Record<string, unknown>;
  const ids = (field: string): string[] => {
    const value = f[field];
    return value === undefined ? [] : ([] as string[]).concat(value as string | string[]);
  };
  const titles = (collection: CollectionName, list: string[]) => [...new Set(list.map((id) => lookup.title({ collection, id })))];
  const axes = entry.collection === 'axes' ? [] : ids('axes');
  const values = entry.collection === 'values' ? [] : ids('values');
  const programmes = new Set([
    ...(entry.collection === 'programmes' ? [entry.id] : []),
    ...ids('programme'),
    ...ids('programmes'),
    ...axes.flatMap((id) => lookup.programmesOf({ collection: 'axes', id })),
    ...values.flatMap((id) => lookup.programmesOf({ collection: 'values', id })),
  ]);
  const territories = entry.collection === 'territories' ? [entry.id] : ids('territories');

  const facets: Partial<Record<Facet, string[]>> = {
    collection: [t.collections[entry.collection].name],
    programme: titles('programmes', [...programmes]),
    axis: titles('axes', axes),
    value: titles('values', values),
    territory: titles('territories', territories),
    audience: (ids('audiences') as (keyof typeof t.vocab.audience)[]).map((a) => t.vocab.audience[a]),
    language: entry.languages.map((l) => AUTONYMS[l]),
  };
  if (entry.collection === 'methodologies') {
    const m = entry.facts as Facts<'methodologies'>;
    facets.phase = m.phases.map((p) => t.vocab.phase[p]);
    facets.participation = [t.vocab.participation[m.participation]];
    facets.groupSize = groupSizeBands(m.groupSize).map((b) => t.search.groupSizeBands[b]);
    facets.duration = durationBands(m.duration).map((b) => t.search.durationBands[b]);
  }
  if (entry.collection === 'guides') {
    const g = entry.facts as Facts<'guides'>;
    facets.phase = (['design', 'planning', 'execution', 'evaluation'] as const).filter((p) => g[p].length > 0).map((p) => t.vocab.phase[p]);
  }
  return Object.fromEntries(Object.entries(facets).filter(([, list]) => list.length > 0));
}

/** An entry as the facets read it: its facts and which languages it is written in. */
interface FacetEntry {
  collection: CollectionName;
  id: string;
  facts: Facts<CollectionName>;
  languages: readonly Lang[];
  texts: Partial<Record<Lang, { data: { title: string } }>>;
}

/** The search filters of an entry's page in `lang`, the related entries found with `get`, titled in that language. */
export function facetsAmong(get: (ref: EntryRef) => FacetEntry | undefined, entry: FacetEntry, lang: Lang): Partial<Record<Facet, string[]>> {
  return entryFacets(entry, lang, {
    title: (ref) => {
      const related = get(ref);
      const shown = related && pickTextLanguage(lang, related.languages);
      return (shown && related.texts[shown]?.data.title) || ref.id;
    },
    programmesOf: (ref) => {
      const facts = get(ref)?.facts as { programme?: string; programmes?: string[] } | undefined;
      return facts?.programme ? [facts.programme] : (facts?.programmes ?? []);
    },
  });
}
