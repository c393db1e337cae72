/** The site's languages, defined once. Everything else derives from this list. */
export const LANGUAGES = ['ca', 'es', 'en', 'eu'] as const;
export type Lang = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Lang = 'ca';

/** Each language's own name for itself: shown in the language switcher whatever the page language. */
export const AUTONYMS: Record<Lang, string> = {
  ca: 'Català',
  es: 'Español',
  en: 'English',
  eu: 'Euskara',
};

/**
 * Where a reader goes when an entry lacks their language: Basque readers in
 * Barakaldo and Barcelona read Spanish far more often than Catalan.
 */
export const FALLBACKS: Record<Lang, readonly Lang[]> = {
  ca: ['es', 'en', 'eu'],
  es: ['ca', 'en', 'eu'],
  en: ['es', 'ca', 'eu'],
  eu: ['es', 'ca', 'en'],
};

export function isLang(value: string): value is Lang {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The language a text is read in on a page of `lang`, given the languages the entry has. */
export function pickTextLanguage(lang: Lang, available: readonly Lang[]): Lang | undefined {
  if (available.includes(lang)) return lang;
  return FALLBACKS[lang].find((candidate) => available.includes(candidate));
}

/** Best language for a visitor from their browser's preference list (e.g. navigator.languages). */
export function negotiateLanguage(preferences: readonly string[]): Lang {
  for (const preference of preferences) {
    const primary = preference.toLowerCase().split('-')[0] ?? '';
    if (isLang(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}
