import { listedEntries, siteData, textFor } from './site.ts';
import { encodeFinderFile, type FinderFile, type ListedMethod } from '../lib/finder-data.ts';
import type { Lang } from '../lib/languages.ts';
import { urls } from '../lib/urls.ts';

const methods = new Map<Lang, Promise<ListedMethod[]>>();

/** Every method as the finder and its comparison table show it in `lang`, in the index's order; listed once per build. */
export function finderMethods(lang: Lang): Promise<ListedMethod[]> {
  if (!methods.has(lang)) {
    methods.set(
      lang,
      siteData().then((site) =>
        listedEntries(site, 'methodologies', lang).map(({ entry, text }) => ({
          ...entry.facts,
          id: entry.id,
          url: urls.entry(lang, 'methodologies', entry.id),
          title: text.data.title,
        })),
      ),
    );
  }
  return methods.get(lang) as Promise<ListedMethod[]>;
}

export async function finderFile(lang: Lang): Promise<FinderFile> {
  const site = await siteData();
  const guides = listedEntries(site, 'guides', lang).map(({ entry }) => ({
    title: textFor(entry, lang).data.title,
    url: urls.entry(lang, 'guides', entry.id),
    phases: entry.facts,
  }));
  return encodeFinderFile(await finderMethods(lang), guides);
}
