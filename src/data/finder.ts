import { listedEntries, siteData, textFor } from './site.ts';
import { encodeFinderFile, type FinderFile, type ListedMethod } from '../lib/finder-data.ts';
import type { Lang } from '../lib/languages.ts';
import { urls } from '../lib/urls.ts';

/** Every method as the finder and its comparison table show it in `lang`, in the index's order. */
export async function finderMethods(lang: Lang): Promise<ListedMethod[]> {
  return listedEntries(await siteData(), 'methodologies', lang).map(({ entry, text }) => ({
    ...entry.facts,
    id: entry.id,
    url: urls.entry(lang, 'methodologies', entry.id),
    title: text.data.title,
  }));
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
