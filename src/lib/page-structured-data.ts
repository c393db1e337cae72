import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import type { Period } from './coverage.ts';
import { FORMATS } from './eu-vocabularies.ts';
import { ui } from './i18n.ts';
import { LANGUAGES, type Lang } from './languages.ts';
import { CONTENT_LICENCE } from './licence.ts';
import { datasetFiles } from './open-data.ts';
import { dataCatalog, definedTermSet } from './structured-data.ts';
import { urls } from './urls.ts';

/** schema.org descriptions of the open-data page and the glossary's list, from the same facts as the page. */

const interval = (period: Period) => `${period.start}/${period.end ?? '..'}`;

/** The open data as a DataCatalog: one Dataset per collection, whatever the number of entries. */
export function openDataCatalog(input: {
  lang: Lang;
  absolute: (path: string) => string;
  coverage: (collection: CollectionName) => { temporal?: Period; places: string[] };
}) {
  const t = ui(input.lang);
  return dataCatalog({
    name: t.openData.catalogueTitle,
    description: t.openData.catalogueDescription,
    url: input.absolute(urls.openData(input.lang)),
    inLanguage: input.lang,
    license: CONTENT_LICENCE.url,
    datasets: COLLECTIONS.map((collection) => {
      const { temporal, places } = input.coverage(collection);
      return {
        name: t.collections[collection].name,
        description: t.openData.datasets[collection].description,
        url: input.absolute(urls.collection(input.lang, collection)),
        keywords: t.openData.datasets[collection].keywords.split(',').map((keyword) => keyword.trim()),
        inLanguage: LANGUAGES,
        ...(temporal && { temporalCoverage: interval(temporal) }),
        places,
        distributions: LANGUAGES.flatMap((lang) =>
          (['json', 'csv'] as const).map((format) => ({
            contentUrl: input.absolute(urls.file(datasetFiles(collection, lang)[format])),
            encodingFormat: FORMATS[format].mediaType,
            inLanguage: lang,
          })),
        ),
      };
    }),
  });
}

/** A page of the glossary's list as the DefinedTermSet its terms belong to. */
export function glossaryTermSet(input: {
  lang: Lang;
  absolute: (path: string) => string;
  terms: readonly { id: string; title: string; textLang: Lang }[];
}) {
  const t = ui(input.lang);
  return definedTermSet({
    name: t.collections.glossary.name,
    description: t.collections.glossary.intro,
    url: input.absolute(urls.collection(input.lang, 'glossary')),
    inLanguage: input.lang,
    terms: input.terms.map((term) => ({
      name: term.title,
      url: input.absolute(urls.entry(input.lang, 'glossary', term.id)),
      inLanguage: term.textLang,
    })),
  });
}
