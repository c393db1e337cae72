import type { APIRoute, GetStaticPaths } from 'astro';
import { contentCacheKey, exportableEntries, siteData } from '../../data/site.ts';
import { COLLECTIONS, type CollectionName } from '../../lib/collections.ts';
import { LANGUAGES, type Lang } from '../../lib/languages.ts';
import { catalogue, datasetJsonSchema, datasetRows, toCsv } from '../../lib/open-data.ts';
import { urls } from '../../lib/urls.ts';

type Dataset =
  | { kind: 'json' | 'csv'; collection: CollectionName; lang: Lang }
  | { kind: 'schema'; collection: CollectionName }
  | { kind: 'catalogue' };

export const getStaticPaths = (async () => {
  const cacheKey = contentCacheKey(await siteData());
  const datasets: { params: { file: string }; props: Dataset }[] = [
    ...COLLECTIONS.flatMap((collection) => [
      ...LANGUAGES.flatMap((lang) =>
        (['json', 'csv'] as const).map((kind) => ({
          params: { file: `${collection}.${lang}.${kind}` },
          props: { kind, collection, lang } satisfies Dataset,
        })),
      ),
      { params: { file: `${collection}.schema.json` }, props: { kind: 'schema', collection } satisfies Dataset },
    ]),
    { params: { file: 'catalogue.json' }, props: { kind: 'catalogue' } satisfies Dataset },
  ];
  return datasets.map((dataset) => ({ ...dataset, cacheKey }));
}) satisfies GetStaticPaths;

const json = (value: unknown) =>
  new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });

export const GET: APIRoute = async ({ props, site }) => {
  const dataset = props as Dataset;
  const siteUrl = new URL(urls.root(), site).href;
  const entries = exportableEntries(await siteData());
  const rows = (collection: CollectionName, lang: Lang) =>
    datasetRows(collection, entries[collection], lang, (id) => new URL(urls.entry(lang, collection, id), site).href);
  switch (dataset.kind) {
    case 'json':
      return json(rows(dataset.collection, dataset.lang));
    case 'csv':
      return new Response(toCsv(rows(dataset.collection, dataset.lang)), {
        headers: { 'Content-Type': 'text/csv; charset=utf-8' },
      });
    case 'schema':
      return json(datasetJsonSchema(dataset.collection, siteUrl));
    case 'catalogue':
      return json(catalogue((collection, lang) => rows(collection, lang).length, siteUrl));
  }
};
