import { createHash } from 'node:crypto';
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { COLLECTIONS, textCollectionName, type CollectionName } from '../schemas/collections.ts';
import { LANGUAGES, pickTextLanguage, type Lang } from '../lib/languages.ts';
import { buildRelationIndex, groupByCollection, RELATED_SHOWN, type RelationIndex } from '../lib/relations.ts';
import type { ExperienceContext } from '../lib/fact-rows.ts';
import { combineHistories, type FileHistory } from '../lib/git-log.ts';
import { collatorFor } from '../lib/i18n.ts';
import { byOrderThenTitle, byTranslationNeed, letterPages } from '../lib/listing.ts';
import { initialOf } from '../lib/home.ts';
import { PAGE_SIZE } from '../lib/pagination.ts';
import { facetsAmong } from '../lib/search-facets.ts';
import type { TranslationState } from '../lib/translation-status.ts';
import type { Entry, EntryText } from '../lib/entry.ts';
import { checkedSite } from '../lib/site-file.ts';
import type { ExportableEntry } from '../lib/open-data.ts';
import { repositoryFromEnv } from '../lib/repository.ts';
import { registerSlugs } from '../lib/slugs.ts';
import { gitHistory } from '../lib/git-history.ts';
import type { Facts, Text } from '../schemas/model.ts';

/** A translation as pages use it: the one model's text, with the Astro entry that renders its body. */
export type Translation<C extends CollectionName = CollectionName> = EntryText<C> & RenderSource;

interface RenderSource {
  source: CollectionEntry<CollectionKey>;
}

/** An entry as pages use it: the one model (lib/entry.ts), its translations renderable. */
export type SiteEntry<C extends CollectionName = CollectionName> = Entry<C, RenderSource>;

export interface SiteData {
  entries: { [C in CollectionName]: SiteEntry<C>[] };
  get<C extends CollectionName>(ref: { collection: C; id: string }): SiteEntry<C> | undefined;
  relations: RelationIndex;
}

async function loadCollection<C extends CollectionName>(collection: C): Promise<SiteEntry<C>[]> {
  const [facts, texts] = await Promise.all([
    getCollection(collection as CollectionKey),
    getCollection(textCollectionName(collection) as CollectionKey),
  ]);
  // Computed by the content check, with git history, once for the whole build
  const { states } = checkedSite();
  const byId = new Map<string, SiteEntry<C>>();
  for (const entry of facts) {
    const key = `${collection}/${entry.id}`;
    const state = states[key];
    if (!state) throw new Error(`${key} is in Astro's content store but not in the checked content: restart the build`);
    byId.set(entry.id, {
      collection,
      id: entry.id,
      factsFile: entry.filePath ?? '',
      facts: entry.data as Facts<C>,
      texts: {},
      languages: [],
      states: state,
    });
  }
  for (const text of texts) {
    const [id, lang] = text.id.split('/') as [string, Lang];
    const entry = byId.get(id);
    if (entry) entry.texts[lang] = { lang, file: text.filePath ?? '', data: text.data as Text<C>, body: text.body ?? '', source: text };
  }
  for (const entry of byId.values()) entry.languages = LANGUAGES.filter((lang) => entry.texts[lang]);
  return [...byId.values()];
}

let loading: Promise<SiteData> | undefined;

/** All content with its relations, loaded and indexed once per build and shared by every page. */
export function siteData(): Promise<SiteData> {
  loading ??= (async () => {
    const lists = await Promise.all(COLLECTIONS.map((c) => loadCollection(c)));
    const entries = Object.fromEntries(COLLECTIONS.map((c, i) => [c, lists[i]])) as SiteData['entries'];
    const index = new Map<string, SiteEntry>();
    for (const list of lists) for (const entry of list) index.set(`${entry.collection}/${entry.id}`, entry);
    registerSlugs(index.values());
    return {
      entries,
      get: <C extends CollectionName>(ref: { collection: C; id: string }) =>
        index.get(`${ref.collection}/${ref.id}`) as SiteEntry<C> | undefined,
      relations: buildRelationIndex(index.values() as Iterable<SiteEntry & { facts: Record<string, unknown> }>),
    };
  })();
  return loading;
}

/** When a page of the entry in `lang` last changed, and who worked on it, from git. */
export function pageHistory(entry: SiteEntry, lang: Lang): FileHistory | undefined {
  const text = entry.texts[pickTextLanguage(lang, entry.languages) ?? lang];
  const history = gitHistory();
  return combineHistories([history.of(entry.factsFile), text ? history.of(text.file) : undefined]);
}

/** The translation a page in `lang` shows: its own, or the best fallback. */
export function textFor<C extends CollectionName>(entry: SiteEntry<C>, lang: Lang): Translation<C> {
  const shown = pickTextLanguage(lang, entry.languages);
  const text = shown && entry.texts[shown];
  if (!text) throw new Error(`${entry.collection}/${entry.id} has no text at all`);
  return text;
}

/** An entry as a list page shows it in some language: with the text that language shows. */
export interface ListedEntry<C extends CollectionName = CollectionName> {
  entry: SiteEntry<C>;
  text: Translation<C>;
}

const listings = new Map<string, ListedEntry[]>();

function listed<C extends CollectionName>(entries: SiteEntry<C>[], lang: Lang) {
  return entries.map((entry) => {
    const text = textFor(entry, lang);
    const order = (entry.facts as { order?: number }).order;
    return { entry, text, collection: entry.collection, title: text.data.title, order, states: entry.states };
  });
}

/** A collection's entries in the order its index shows them in `lang`, sorted once per build. */
export function listedEntries<C extends CollectionName>(site: SiteData, collection: C, lang: Lang): ListedEntry<C>[] {
  const key = `${collection}/${lang}`;
  if (!listings.has(key)) listings.set(key, byOrderThenTitle(listed(site.entries[collection], lang), collatorFor(lang)));
  return listings.get(key) as ListedEntry<C>[];
}

/** Every entry, those whose translations need most work first, as the translation status lists them. */
export function entriesByTranslationNeed(site: SiteData, lang: Lang): ListedEntry[] {
  const key = `translation-status/${lang}`;
  if (!listings.has(key)) {
    const all: SiteEntry[] = COLLECTIONS.flatMap((c): SiteEntry[] => site.entries[c]);
    listings.set(key, byTranslationNeed(listed(all, lang), collatorFor(lang)));
  }
  return listings.get(key) as ListedEntry[];
}

let summary: Record<Lang, Record<TranslationState, number>> | undefined;

/** How many entries are in each translation state, per language, counted once per build. */
export function translationCounts(site: SiteData): Record<Lang, Record<TranslationState, number>> {
  summary ??= Object.fromEntries(
    LANGUAGES.map((lang) => {
      const counts: Record<TranslationState, number> = { source: 0, current: 0, outdated: 0, missing: 0 };
      for (const c of COLLECTIONS) for (const entry of site.entries[c]) counts[entry.states[lang]]++;
      return [lang, counts];
    }),
  ) as Record<Lang, Record<TranslationState, number>>;
  return summary;
}

/** The content as the open-data exports take it: facts, and each translation's text and Markdown body. */
export function exportableEntries(site: SiteData): { [C in CollectionName]: ExportableEntry<C>[] } {
  const convert = <C extends CollectionName>(entry: SiteEntry<C>): ExportableEntry<C> => ({
    id: entry.id,
    facts: entry.facts,
    texts: Object.fromEntries(
      Object.entries(entry.texts).map(([lang, t]) => [lang, { data: t.data, body: t.body }]),
    ),
  });
  return Object.fromEntries(COLLECTIONS.map((c) => [c, site.entries[c].map(convert)])) as {
    [C in CollectionName]: ExportableEntry<C>[];
  };
}

/** The search filters of an entry's page in `lang`, with the titles of related entries in that language. */
export function facetsFor(site: SiteData, entry: SiteEntry, lang: Lang) {
  return facetsAmong((ref) => site.get(ref), entry, lang);
}

/** What an experience's facts panel shows of other entries: the action of its measures that names it, and the methods that draw on it. */
export function experienceContext(site: SiteData, experience: SiteEntry<'experiences'>, lang: Lang): ExperienceContext {
  const { action, axes } = experience.facts;
  const measure = axes
    .map((id) => site.get({ collection: 'axes', id }))
    .find((axis) => axis?.facts.actions.some((a) => a.id === action));
  const planned = measure?.facts.actions.find((a) => a.id === action);
  const text = measure && textFor(measure, lang);
  const methods = groupByCollection(site.relations.incoming(experience)).find(([c]) => c === 'methodologies')?.[1] ?? [];
  const planAction =
    planned && text
      ? { text: text.data.actions[planned.id] ?? planned.id, years: planned.years, lang: text.lang === lang ? undefined : text.lang }
      : undefined;
  return { planAction, methods: methods.slice(0, RELATED_SHOWN) };
}

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 22);

let sharedDigest: string | undefined;

/**
 * What every entry page may show of other entries (facts and front matter: titles, summaries, relations,
 * actions) and the settings pages read outside Astro's config. Computed once per build.
 */
function sharedKey(site: SiteData): string {
  sharedDigest ??= digest([
    COLLECTIONS.map((c) => site.entries[c].map((e) => [e.id, e.facts, Object.values(e.texts).map((t) => [t.lang, t.data])])),
    repositoryFromEnv() ?? null,
    gitHistory().shallow,
  ]);
  return sharedDigest;
}

/**
 * The key Astro's incremental build compares to reuse an entry page from the previous build: the shared
 * part above, the entry's own texts with their bodies, and the history of its files. Changing a body
 * re-renders that entry's pages only; changing anything other pages show re-renders them all.
 */
function entryCacheKey(site: SiteData, entry: SiteEntry): string {
  const history = gitHistory();
  const own = Object.values(entry.texts).map((t) => [t.lang, t.body, history.of(t.file) ?? null]);
  return `${sharedKey(site)}.${digest([own, history.of(entry.factsFile) ?? null])}`;
}

/** The cache key of a page the page map made for an entry (its own page, or a printable view of it). */
export function mappedEntryCacheKey(site: SiteData, ref: { collection: CollectionName; id: string }): string {
  const entry = site.get(ref);
  if (!entry) throw new Error(`${ref.collection}/${ref.id} is in the page map but not in Astro's content store`);
  return entryCacheKey(site, entry);
}

/**
 * The key of a page made from every entry's full text, such as an open-data export, and from anything
 * else it states that is not content (the open-data catalogues' dates and publisher).
 */
export function contentCacheKey(site: SiteData, beyondContent: unknown = null): string {
  const bodies = COLLECTIONS.map((c) => site.entries[c].map((e) => Object.values(e.texts).map((t) => t.body)));
  return `${sharedKey(site)}.${digest([bodies, beyondContent])}`;
}

const letters = new Map<Lang, [letter: string, page: number][]>();

/** The glossary's letters in `lang`, each with the index page it starts on, worked out once per build. */
export function glossaryLetters(site: SiteData, lang: Lang): [letter: string, page: number][] {
  if (!letters.has(lang)) letters.set(lang, letterPages(listedEntries(site, 'glossary', lang).map((item) => initialOf(item.text.data.title)), PAGE_SIZE));
  return letters.get(lang) as [letter: string, page: number][];
}
