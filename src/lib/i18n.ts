import ca from '../i18n/ca.ts';
import en from '../i18n/en.ts';
import es from '../i18n/es.ts';
import eu from '../i18n/eu.ts';
import type { UiStrings } from '../i18n/types.ts';
import type { Lang } from './languages.ts';

const STRINGS: Record<Lang, UiStrings> = { ca, es, en, eu };

export function ui(lang: Lang): UiStrings {
  return STRINGS[lang];
}

/** Fills `{name}` placeholders; a placeholder without a value is a bug, so it throws. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for {${name}} in "${template}"`);
    return String(value);
  });
}

/**
 * A name introduced by the label of its kind ("Measure 29: …"), unless the name already begins with that
 * label: editors often write it into titles ("Measure 29: the ESS in …"), and "Measure 29: Measure 29: …"
 * reads as a mistake.
 */
export function labelled(label: string, name: string): string {
  const plain = (text: string) => text.normalize('NFC').trim().toLocaleLowerCase();
  const [start, prefix] = [plain(name), plain(label)];
  // "Measure 2" is not the start of "Measure 29": the label must end where a word ends.
  const repeats = start.startsWith(prefix) && !/^[\p{L}\p{N}]/u.test(start.slice(prefix.length));
  return repeats ? name : `${label}: ${name}`;
}

/** Sorts by a text in the language's own alphabetical order (l·l, ç, accents). */
export function collatorFor(lang: Lang): Intl.Collator {
  return new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
}
