import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import { spatialCoverage, temporalCoverage, type Period } from '../lib/coverage.ts';
import type { DcatDataset } from '../lib/dcat.ts';
import { latestDate } from '../lib/git-log.ts';
import { DEFAULT_LANGUAGE, type Lang } from '../lib/languages.ts';
import { openDataFiles } from '../lib/open-data-files.ts';
import type { DataFile } from '../lib/open-data.ts';
import { publisherFromEnv } from '../lib/publisher.ts';
import { repositoryFromEnv } from '../lib/repository.ts';
import { urls } from '../lib/urls.ts';
import { gitHistory } from '../lib/git-history.ts';
import { exportableEntries, textFor, type SiteData, type SiteEntry } from './site.ts';

/** When any file of these entries last changed, from git. */
function lastChange(entries: readonly SiteEntry[]): string | undefined {
  const history = gitHistory();
  const files = entries.flatMap((entry) => [entry.factsFile, ...Object.values(entry.texts).map((t) => t.source.filePath ?? '')]);
  return latestDate(files.map((file) => history.of(file)?.updated));
}

/** What the catalogues state beyond the entries themselves: dates from git and the build's settings. */
export function catalogueFacts(site: SiteData) {
  return {
    modified: latestDate(COLLECTIONS.map((c) => lastChange(site.entries[c]))),
    collections: Object.fromEntries(COLLECTIONS.map((c) => [c, lastChange(site.entries[c])])) as Record<CollectionName, string | undefined>,
    publisher: publisherFromEnv(),
    repository: repositoryFromEnv(),
  };
}

let files: Promise<Map<string, DataFile>> | undefined;

/** Every open-data file, made once per build from the content. */
export function siteOpenData(site: SiteData, origin: string | URL): Promise<Map<string, DataFile>> {
  files ??= (() => {
    const absolute = (path: string) => urls.absolute(path, origin);
    const facts = catalogueFacts(site);
    const territory = (id: string) => site.get({ collection: 'territories', id });
    const datasets: DcatDataset[] = COLLECTIONS.map((collection) => ({
      collection,
      modified: facts.collections[collection],
      temporal: temporalCoverage(collection, site.entries),
      spatial: spatialCoverage(collection, site.entries).map((id) => ({
        iri: absolute(urls.entry(DEFAULT_LANGUAGE, 'territories', id)),
        labels: Object.fromEntries(
          Object.entries(territory(id)?.texts ?? {}).map(([lang, text]) => [lang as Lang, text.data.title]),
        ),
      })),
    }));
    return openDataFiles({
      entries: exportableEntries(site),
      absolute,
      publisher: facts.publisher,
      repository: facts.repository,
      modified: facts.modified,
      datasets,
    });
  })();
  return files;
}

/** What a collection covers as a page in `lang` names it: its period, and its places by their titles. */
export function coverageIn(site: SiteData, lang: Lang) {
  return (collection: CollectionName): { temporal?: Period; places: string[] } => ({
    temporal: temporalCoverage(collection, site.entries),
    places: spatialCoverage(collection, site.entries).flatMap((id) => {
      const territory = site.get({ collection: 'territories', id });
      return territory ? [textFor(territory, lang).data.title] : [];
    }),
  });
}
