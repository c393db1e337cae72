import type { APIRoute } from 'astro';
import { finderFile } from '../../data/finder.ts';
import { LANGUAGES, type Lang } from '../../lib/languages.ts';

export function getStaticPaths() {
  return LANGUAGES.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await finderFile(params.lang as Lang)), { headers: { 'Content-Type': 'application/json' } });
