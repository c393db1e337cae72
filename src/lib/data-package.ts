import { COLLECTIONS } from '../schemas/collections.ts';
import { ui } from './i18n.ts';
import { AUTONYMS, LANGUAGES } from './languages.ts';
import { CONTENT_LICENCE } from './licence.ts';
import { datasetFiles, resourceName, type DataFile } from './open-data.ts';
import type { Publisher } from './publisher.ts';

/** Paths in the package are relative to it: the whole data folder can be downloaded and read offline. */
const inDataFolder = (path: string) => path.replace(/^data\//, '');

/**
 * The Frictionless Data Package (2.0) of every CSV: one tabular resource per collection and language,
 * each with its size, hash and the Table Schema of its collection. Written in English, as the schemas are.
 */
export function dataPackage(input: { siteUrl: string; publisher: Publisher; file: (path: string) => DataFile }) {
  const en = ui('en');
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'teixit',
    title: en.openData.catalogueTitle,
    description: en.openData.catalogueDescription,
    homepage: input.siteUrl,
    keywords: en.openData.keywords.split(',').map((keyword) => keyword.trim()),
    licenses: [{ name: CONTENT_LICENCE.id, path: CONTENT_LICENCE.url, title: CONTENT_LICENCE.title }],
    contributors: [{ title: input.publisher.name, path: input.siteUrl, roles: ['publisher'] }],
    resources: COLLECTIONS.flatMap((collection) =>
      LANGUAGES.map((lang) => {
        const files = datasetFiles(collection, lang);
        const csv = input.file(files.csv);
        return {
          name: resourceName(collection, lang),
          type: 'table',
          path: inDataFolder(files.csv),
          title: `${en.collections[collection].name} (${AUTONYMS[lang]})`,
          description: en.openData.datasets[collection].description,
          format: 'csv',
          mediatype: 'text/csv',
          encoding: 'utf-8',
          bytes: csv.bytes,
          hash: `sha256:${csv.sha256}`,
          dialect: {
            $schema: 'https://datapackage.org/profiles/2.0/tabledialect.json',
            header: true,
            delimiter: ',',
            lineTerminator: '\n',
            quoteChar: '"',
            doubleQuote: true,
          },
          schema: inDataFolder(files.tableSchema),
        };
      }),
    ),
  };
}
