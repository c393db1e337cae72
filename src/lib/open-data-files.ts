import { createHash } from 'node:crypto';
import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import { dataPackage } from './data-package.ts';
import { dcatGraph, type DcatInput } from './dcat.ts';
import { LANGUAGES, type Lang } from './languages.ts';
import { catalogue, datasetFiles, datasetJsonSchema, datasetRows, type DataFile, type ExportableEntry } from './open-data.ts';
import { toJsonLd, toTurtle } from './rdf.ts';
import { tableSchema, toCsv } from './table-schema.ts';
import { urls } from './urls.ts';

function dataFile(body: string, contentType: string): DataFile {
  return { body, contentType, bytes: Buffer.byteLength(body), sha256: createHash('sha256').update(body).digest('hex') };
}

const json = (value: unknown) => dataFile(`${JSON.stringify(value, null, 2)}\n`, 'application/json');

const CATALOGUES = ['data/catalogue.json', 'data/datapackage.json', 'data/catalogue.jsonld', 'data/catalogue.ttl'];

/** The path of every file the data folder has, whatever the content. */
export function openDataPaths(): string[] {
  return [
    ...COLLECTIONS.flatMap((collection) => {
      const { schema, tableSchema } = datasetFiles(collection, 'ca');
      return [...LANGUAGES.flatMap((lang) => [datasetFiles(collection, lang).json, datasetFiles(collection, lang).csv]), schema, tableSchema];
    }),
    ...CATALOGUES,
  ];
}

export interface OpenDataInput extends Omit<DcatInput, 'file'> {
  entries: { [C in CollectionName]: ExportableEntry<C>[] };
}

/**
 * Every file of the data folder, made together: the catalogues state the size of the very text each
 * dataset file is served with.
 */
export async function openDataFiles(input: OpenDataInput): Promise<Map<string, DataFile>> {
  const siteUrl = input.absolute(urls.root());
  const files = new Map<string, DataFile>();
  const rowCounts = new Map<string, number>();
  for (const collection of COLLECTIONS) {
    for (const lang of LANGUAGES) {
      const entryUrl = (id: string) => input.absolute(urls.entry(lang, collection, id));
      const rows = datasetRows(collection, input.entries[collection], lang, entryUrl);
      const paths = datasetFiles(collection, lang);
      files.set(paths.json, json(rows));
      files.set(paths.csv, dataFile(toCsv(collection, rows), 'text/csv; charset=utf-8'));
      rowCounts.set(paths.json, rows.length);
    }
    const paths = datasetFiles(collection, 'ca');
    files.set(paths.schema, json(datasetJsonSchema(collection, siteUrl)));
    files.set(paths.tableSchema, json(tableSchema(collection)));
  }
  const file = (path: string): DataFile => {
    const known = files.get(path);
    if (!known) throw new Error(`No data file ${path}`);
    return known;
  };
  const rows = (collection: CollectionName, lang: Lang) => rowCounts.get(datasetFiles(collection, lang).json) ?? 0;
  files.set('data/catalogue.json', json(catalogue(rows, siteUrl)));
  files.set('data/datapackage.json', json(dataPackage({ siteUrl, publisher: input.publisher, file })));
  const graph = dcatGraph({ ...input, file });
  files.set('data/catalogue.jsonld', dataFile(await toJsonLd(graph), 'application/ld+json'));
  files.set('data/catalogue.ttl', dataFile(await toTurtle(graph), 'text/turtle; charset=utf-8'));
  return files;
}
