import { describe, expect, test } from 'vitest';
import { DEFAULT_LANGUAGE, FALLBACKS, LANGUAGES, isLang, negotiateLanguage, pickTextLanguage } from '../../src/lib/languages.ts';

describe('languages', () => {
  test('Catalan is the default and one of the four languages', () => {
    expect(LANGUAGES).toEqual(['ca', 'es', 'en', 'eu']);
    expect(DEFAULT_LANGUAGE).toBe('ca');
  });

  test('every language falls back to each other language exactly once', () => {
    for (const lang of LANGUAGES) {
      expect([lang, ...FALLBACKS[lang]].sort()).toEqual([...LANGUAGES].sort());
    }
  });

  test('a page shows its own language when the entry has it, else the first fallback it has', () => {
    expect(pickTextLanguage('eu', ['ca', 'es', 'en', 'eu'])).toBe('eu');
    expect(pickTextLanguage('eu', ['ca', 'es', 'en'])).toBe('es');
    expect(pickTextLanguage('en', ['ca'])).toBe('ca');
    expect(pickTextLanguage('es', [])).toBeUndefined();
  });

  test('negotiates a visitor language from browser preferences, region tags included', () => {
    expect(negotiateLanguage(['eu-ES', 'es'])).toBe('eu');
    expect(negotiateLanguage(['fr-FR', 'en-GB'])).toBe('en');
    expect(negotiateLanguage(['de'])).toBe('ca');
    expect(negotiateLanguage([])).toBe('ca');
  });

  test('recognises only the site languages', () => {
    expect(isLang('es')).toBe(true);
    expect(isLang('fr')).toBe(false);
  });
});
