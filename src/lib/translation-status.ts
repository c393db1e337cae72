import { createHash } from 'node:crypto';
import { DEFAULT_LANGUAGE, LANGUAGES, type Lang } from './languages.ts';

/** What a translation is made from: the default-language text's fields and its Markdown body. */
export interface SourceText {
  data: Record<string, unknown>;
  body: string;
}

export type TranslationState = 'source' | 'current' | 'outdated' | 'missing';

const isEmpty = (value: unknown) =>
  value === undefined || (typeof value === 'object' && value !== null && Object.keys(value).length === 0);

/**
 * The same value with every object's keys in order and empty lists or groups left out, so that
 * neither field order in YAML nor a schema default (aliases: []) changes the fingerprint.
 */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, child]) => !isEmpty(child))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, child]) => [key, canonical(child)]),
    );
  }
  return value;
}

/**
 * A short fingerprint of a default-language text. A translation records the fingerprint of the text it
 * was made from (`translatedFrom`); when the source changes, the fingerprints differ and the
 * translation is outdated. Formatting of the file (YAML layout, trailing spaces) does not count.
 */
export function fingerprint(source: SourceText): string {
  // A translation has its own slug and its own termbase entries: neither is part of what is translated.
  const { translatedFrom: _ignored, slug: _slug, avoid: _avoid, allowIn: _allowIn, ...fields } = source.data;
  const body = source.body.replace(/\r\n/g, '\n').replace(/[ \t]+$/gm, '').trim();
  const text = `${JSON.stringify(canonical(fields))}\n${body}`;
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

export interface StatusInput {
  /** The entry's texts by language, as checked */
  texts: Partial<Record<Lang, SourceText>>;
  /** When each language's file last changed, from git, for translations that record no fingerprint */
  updated?: (lang: Lang) => string | undefined;
}

/** The state of one language of an entry: from the fingerprint it records, else from git's dates. */
export function translationState(input: StatusInput, lang: Lang): TranslationState {
  if (lang === DEFAULT_LANGUAGE) return 'source';
  const text = input.texts[lang];
  const source = input.texts[DEFAULT_LANGUAGE];
  if (!text) return 'missing';
  if (!source) return 'current';
  const recorded = text.data.translatedFrom;
  if (typeof recorded === 'string') return recorded === fingerprint(source) ? 'current' : 'outdated';
  const sourceChanged = input.updated?.(DEFAULT_LANGUAGE);
  const translationChanged = input.updated?.(lang);
  return sourceChanged && translationChanged && sourceChanged > translationChanged ? 'outdated' : 'current';
}

export function translationStates(input: StatusInput): Record<Lang, TranslationState> {
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, translationState(input, lang)])) as Record<Lang, TranslationState>;
}
