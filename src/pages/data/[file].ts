import type { APIRoute, GetStaticPaths } from 'astro';
import { catalogueFacts, siteOpenData } from '../../data/open-data.ts';
import { contentCacheKey, siteData } from '../../data/site.ts';
import { openDataPaths } from '../../lib/open-data-files.ts';

export const getStaticPaths = (async () => {
  const site = await siteData();
  const cacheKey = contentCacheKey(site, catalogueFacts(site));
  return openDataPaths().map((path) => ({ params: { file: path.replace(/^data\//, '') }, cacheKey }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site, url }) => {
  const file = (await siteOpenData(await siteData(), site ?? url)).get(`data/${params.file}`);
  if (!file) throw new Error(`No open-data file data/${params.file}`);
  return new Response(file.body, { headers: { 'Content-Type': file.contentType } });
};
