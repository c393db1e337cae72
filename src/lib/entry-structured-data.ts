import type { CollectionName } from '../schemas/collections.ts';
import { ui } from './i18n.ts';
import type { Lang } from './languages.ts';
import { breadcrumbList, definedTerm, howTo } from './structured-data.ts';
import { urls } from './urls.ts';
import type { Facts, Text } from '../schemas/model.ts';
import { PHASES } from '../schemas/vocabulary.ts';

interface EntryInput {
  lang: Lang;
  collection: CollectionName;
  entry: { id: string; facts: Facts<CollectionName> };
  text: Text<CollectionName>;
  /** The language the text is written in (another one on a fallback page) */
  textLang: Lang;
  absolute: (path: string) => string;
  /** Titles of methodologies, for a guide's steps */
  methodologyTitle?: (id: string) => string;
}

/** The schema.org blocks of an entry page: its breadcrumbs, and what the entry is. */
export function entryStructuredData(input: EntryInput): Record<string, unknown>[] {
  const { lang, collection, entry, text, textLang, absolute } = input;
  const t = ui(lang);
  const url = absolute(urls.entry(lang, collection, entry.id));
  const things = [
    breadcrumbList([
      { name: t.nav.home, url: absolute(urls.home(lang)) },
      { name: t.collections[collection].name, url: absolute(urls.collection(lang, collection)) },
      { name: text.title, url },
    ]),
  ];
  const common = { name: text.title, description: text.summary, url, inLanguage: textLang };
  if (collection === 'methodologies') {
    const method = text as Text<'methodologies'>;
    things.push(howTo({ ...common, steps: method.steps.map((s) => ({ name: s.title, text: s.text })), supplies: method.materials }));
  }
  if (collection === 'guides') {
    const facts = entry.facts as Facts<'guides'>;
    const title = input.methodologyTitle ?? ((id: string) => id);
    const steps = PHASES.filter((phase) => facts[phase].length > 0).map((phase) => ({
      name: t.vocab.phase[phase],
      text: facts[phase].map(title).join(', '),
    }));
    things.push(howTo({ ...common, steps }));
  }
  if (collection === 'glossary') {
    things.push(
      definedTerm({
        ...common,
        alternateNames: (text as Text<'glossary'>).aliases,
        termSet: { name: t.collections.glossary.name, url: absolute(urls.collection(lang, 'glossary')) },
      }),
    );
  }
  return things;
}
