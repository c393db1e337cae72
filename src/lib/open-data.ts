import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import { LANGUAGES, type Lang } from './languages.ts';
import { CONTENT_LICENCE } from './licence.ts';
import { MODEL, type Facts, type Text } from '../schemas/model.ts';

/** A file of the data folder, with the size and hash the catalogues state of it. */
export interface DataFile {
  body: string;
  contentType: string;
  bytes: number;
  sha256: string;
}

/** What the exports need of an entry: its facts, and each translation's text and Markdown body. */
export interface ExportableEntry<C extends CollectionName = CollectionName> {
  id: string;
  facts: Facts<C>;
  texts: Partial<Record<Lang, { data: Text<C>; body: string }>>;
}

/**
 * One row of a dataset: the entry's language-neutral facts (relations as ids of other datasets' rows)
 * and its text in one language. Derived from the model's own schemas, so it cannot drift from them.
 */
function recordSchema(collection: CollectionName) {
  const text = MODEL[collection].text as unknown as z.ZodObject;
  return z.object({
    id: z.string(),
    language: z.enum(LANGUAGES),
    url: z.url(),
    facts: MODEL[collection].facts,
    text: text.omit({ translatedFrom: true }),
    body: z.string(),
  });
}

export type ExportRecord = z.output<ReturnType<typeof recordSchema>>;

const jsonSchemaOptions = { io: 'output', target: 'draft-2020-12' } as const;

/** The JSON Schema of one record, from which the CSV columns and their Table Schema are derived. */
export function recordJsonSchema(collection: CollectionName): Record<string, unknown> {
  const { $schema: _draft, ...schema } = z.toJSONSchema(recordSchema(collection), jsonSchemaOptions);
  return schema;
}

/** The JSON Schema of a dataset file (an array of records), generated from the zod schemas. */
export function datasetJsonSchema(collection: CollectionName, siteUrl: string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(z.array(recordSchema(collection)), jsonSchemaOptions),
    $id: new URL(`data/${collection}.schema.json`, siteUrl).href,
    title: `Teixit ${collection}`,
  };
}

/** The rows of a collection in a language: only entries really written in that language. */
export function datasetRows<C extends CollectionName>(
  collection: C,
  entries: readonly ExportableEntry<C>[],
  lang: Lang,
  urlOf: (id: string) => string,
): ExportRecord[] {
  const schema = recordSchema(collection);
  return entries
    .filter((entry) => entry.texts[lang])
    .map((entry) => {
      const translation = entry.texts[lang] as { data: Text<C>; body: string };
      const { translatedFrom: _fingerprint, ...text } = translation.data as Text<C> & { translatedFrom?: string };
      return schema.parse({
        id: entry.id,
        language: lang,
        url: urlOf(entry.id),
        facts: entry.facts,
        text,
        body: translation.body.trim(),
      });
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

export interface CatalogueDataset {
  collection: CollectionName;
  language: Lang;
  rows: number;
  json: string;
  csv: string;
  schema: string;
}

export function datasetFiles(collection: CollectionName, lang: Lang) {
  return {
    json: `data/${collection}.${lang}.json`,
    csv: `data/${collection}.${lang}.csv`,
    schema: `data/${collection}.schema.json`,
    tableSchema: `data/${collection}.tableschema.json`,
  };
}

/** The name of a collection's CSV in one language within the data package. */
export const resourceName = (collection: CollectionName, lang: Lang) => `${collection}-${lang}`;

/** The catalogue of every dataset, with its licence, language, row count and schema. */
export function catalogue(rowCounts: (collection: CollectionName, lang: Lang) => number, siteUrl: string) {
  const absolute = (path: string) => new URL(path, siteUrl).href;
  const datasets: CatalogueDataset[] = COLLECTIONS.flatMap((collection) =>
    LANGUAGES.map((language) => {
      const files = datasetFiles(collection, language);
      return {
        collection,
        language,
        rows: rowCounts(collection, language),
        json: absolute(files.json),
        csv: absolute(files.csv),
        schema: absolute(files.schema),
      };
    }),
  );
  return {
    title: 'Teixit open data',
    licence: CONTENT_LICENCE,
    languages: [...LANGUAGES],
    datasets,
  };
}
