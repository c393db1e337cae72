import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import { DATA_THEME_SCHEME, EU_LANGUAGES, FORMATS, themesOf, type DataFormat } from './eu-vocabularies.ts';
import { fill, ui } from './i18n.ts';
import { AUTONYMS, LANGUAGES, type Lang } from './languages.ts';
import { CONTENT_LICENCE } from './licence.ts';
import { datasetFiles } from './open-data.ts';
import type { Publisher } from './publisher.ts';
import type { Repository } from './repository.ts';
import { urls } from './urls.ts';

/**
 * The DCAT-AP 3.0 catalogue as JSON-LD nodes, in the terms of dcat-ap.context.json: one dataset per
 * collection, one distribution per language and format. The shapes check the class of every object, so
 * the vocabularies' own IRIs (languages, licence, themes, media types) are described with their classes.
 */

type Node = Record<string, unknown>;

export interface DataFileFacts {
  bytes: number;
}

export interface DcatDataset {
  collection: CollectionName;
  /** When an entry of the collection last changed, from git */
  modified?: string;
  temporal?: { start: number; end?: number };
  spatial: { iri: string; labels: Partial<Record<Lang, string>> }[];
}

export interface DcatInput {
  absolute: (path: string) => string;
  publisher: Publisher;
  repository?: Repository;
  modified?: string;
  datasets: DcatDataset[];
  file: (path: string) => DataFileFacts;
}

const inEveryLanguage = (text: (lang: Lang) => string) => Object.fromEntries(LANGUAGES.map((lang) => [lang, text(lang)]));
const keywords = (list: string) => list.split(',').map((keyword) => keyword.trim());
const typed = (type: string) => (iri: string) => ({ '@id': iri, '@type': type });
const unique = (nodes: Node[]) => [...new Map(nodes.map((node) => [node['@id'], node])).values()];

/** Where the catalogue is published: its IRI, and the base of every node it mints. */
export const catalogueIri = (absolute: (path: string) => string) => absolute(urls.file('data/catalogue.jsonld'));

function distribution(input: DcatInput, collection: CollectionName, lang: Lang, format: DataFormat) {
  const files = datasetFiles(collection, lang);
  const path = format === 'json' ? files.json : files.csv;
  const url = input.absolute(urls.file(path));
  const { label, iana, fileType } = FORMATS[format];
  const node: Node = {
    '@id': `${catalogueIri(input.absolute)}#${collection}.${lang}.${format}`,
    '@type': 'Distribution',
    title: inEveryLanguage((l) =>
      fill(ui(l).openData.distribution, { dataset: ui(l).collections[collection].name, language: AUTONYMS[lang], format: label }),
    ),
    accessURL: url,
    downloadURL: url,
    mediaType: iana,
    format: fileType,
    byteSize: String(input.file(path).bytes),
    license: CONTENT_LICENCE.eu,
    language: EU_LANGUAGES[lang],
    conformsTo: input.absolute(urls.file(format === 'json' ? files.schema : files.tableSchema)),
  };
  const described = [
    typed('Resource')(url),
    typed('MediaType')(iana),
    typed('MediaTypeOrExtent')(fileType),
    typed('Standard')(node.conformsTo as string),
  ];
  return { node, described };
}

function dataset(input: DcatInput, facts: DcatDataset, contact: string | undefined) {
  const { collection } = facts;
  const base = catalogueIri(input.absolute);
  const distributions = LANGUAGES.flatMap((lang) => (['json', 'csv'] as const).map((f) => distribution(input, collection, lang, f)));
  const landingPages = LANGUAGES.map((lang) => input.absolute(urls.collection(lang, collection)));
  const themes = themesOf(collection);
  const node: Node = {
    '@id': `${base}#${collection}`,
    '@type': 'Dataset',
    identifier: collection,
    title: inEveryLanguage((lang) => ui(lang).collections[collection].name),
    description: inEveryLanguage((lang) => ui(lang).openData.datasets[collection].description),
    keyword: Object.fromEntries(LANGUAGES.map((lang) => [lang, keywords(ui(lang).openData.datasets[collection].keywords)])),
    theme: themes.map((theme) => theme.iri),
    language: LANGUAGES.map((lang) => EU_LANGUAGES[lang]),
    publisher: `${base}#publisher`,
    ...(contact && { contactPoint: contact }),
    landingPage: landingPages,
    ...(facts.modified && { modified: facts.modified }),
    ...(facts.temporal && {
      temporal: {
        '@type': 'PeriodOfTime',
        startDate: String(facts.temporal.start),
        ...(facts.temporal.end !== undefined && { endDate: String(facts.temporal.end) }),
      },
    }),
    ...(facts.spatial.length > 0 && { spatial: facts.spatial.map((place) => place.iri) }),
    distribution: distributions.map((d) => d.node['@id']),
  };
  const described = [
    ...distributions.flatMap((d) => d.described),
    ...landingPages.map(typed('Document')),
    ...themes.map((theme) => ({
      '@id': theme.iri,
      '@type': 'Concept',
      prefLabel: { en: theme.label },
      inScheme: DATA_THEME_SCHEME.iri,
    })),
    ...facts.spatial.map((place) => ({ '@id': place.iri, '@type': 'Location', prefLabel: place.labels })),
  ];
  return { nodes: [node, ...distributions.map((d) => d.node)], described };
}

/** Every node of the catalogue: the catalogue, its datasets and distributions, then what they point to. */
export function dcatGraph(input: DcatInput): Node[] {
  const base = catalogueIri(input.absolute);
  const home = input.absolute(urls.root());
  const contact = input.repository && {
    '@id': `${base}#contact`,
    '@type': 'Kind',
    fn: input.publisher.name,
    hasURL: `${input.repository.url}/issues`,
  };
  const byCollection = new Map(input.datasets.map((facts) => [facts.collection, facts]));
  const datasets = COLLECTIONS.map((collection) =>
    dataset(input, byCollection.get(collection) ?? { collection, spatial: [] }, contact ? contact['@id'] : undefined),
  );
  const catalogue: Node = {
    '@id': base,
    '@type': 'Catalog',
    title: inEveryLanguage((lang) => ui(lang).openData.catalogueTitle),
    description: inEveryLanguage((lang) => ui(lang).openData.catalogueDescription),
    keyword: Object.fromEntries(LANGUAGES.map((lang) => [lang, keywords(ui(lang).openData.keywords)])),
    homepage: home,
    publisher: `${base}#publisher`,
    language: LANGUAGES.map((lang) => EU_LANGUAGES[lang]),
    license: CONTENT_LICENCE.eu,
    ...(input.modified && { modified: input.modified }),
    themeTaxonomy: DATA_THEME_SCHEME.iri,
    dataset: datasets.map((d) => d.nodes[0]?.['@id']),
  };
  return [
    catalogue,
    { '@id': `${base}#publisher`, '@type': 'Agent', name: input.publisher.name, homepage: home },
    ...(contact ? [contact] : []),
    ...datasets.flatMap((d) => d.nodes),
    ...unique([
      typed('Document')(home),
      ...LANGUAGES.map((lang) => typed('LinguisticSystem')(EU_LANGUAGES[lang])),
      typed('LicenseDocument')(CONTENT_LICENCE.eu),
      { '@id': DATA_THEME_SCHEME.iri, '@type': 'ConceptScheme', title: { en: DATA_THEME_SCHEME.title } },
      ...datasets.flatMap((d) => d.described),
    ]),
  ];
}
