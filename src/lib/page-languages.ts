import { LANGUAGES, type Lang } from './languages.ts';

export interface LanguageLink {
  lang: Lang;
  href: string;
  translated: boolean;
}

/** One page's address in every language, marking where the language has a real translation. */
export function languageLinks(hrefFor: (lang: Lang) => string, translated: readonly Lang[] = LANGUAGES): LanguageLink[] {
  return LANGUAGES.map((lang) => ({ lang, href: hrefFor(lang), translated: translated.includes(lang) }));
}
