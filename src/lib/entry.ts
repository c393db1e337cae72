import type { CollectionName } from '../schemas/collections.ts';
import type { Facts, Text } from '../schemas/model.ts';
import type { Lang } from './languages.ts';
import type { TranslationState } from './translation-status.ts';

/**
 * The one model of an entry, as the checker reads it from content/ and every later step uses it: its
 * facts, its translations by language, and how current each translation is.
 */
export interface Entry<C extends CollectionName = CollectionName, Extra = unknown> {
  collection: C;
  id: string;
  /** entry.yaml, relative to the project root */
  factsFile: string;
  facts: Facts<C>;
  texts: Partial<Record<Lang, EntryText<C> & Extra>>;
  /** The languages it has a text in */
  languages: Lang[];
  /** Whether each language is the source, up to date, outdated or missing */
  states: Record<Lang, TranslationState>;
}

export interface EntryText<C extends CollectionName = CollectionName> {
  lang: Lang;
  /** The .mdx file, relative to the project root */
  file: string;
  data: Text<C>;
  body: string;
}

/** What the checker keeps of each text besides: where its body starts, for messages, and the file as written, for fingerprints. */
export interface SourceLines {
  bodyStartLine: number;
  raw: string;
}

/** Every valid entry, by collection and id; each step adds what it needs to the texts (`Extra`). */
export type Content<Extra = unknown> = { [C in CollectionName]: Map<string, Entry<C, Extra>> };
