import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageInfo } from '../../src/lib/page-map.ts';

/**
 * Writes `_redirects` for the hosts that read one (Netlify, Cloudflare Pages): each address an entry had
 * before it had a slug, moved permanently to its page. Other hosts get the redirect page written there.
 */
export function writeRedirects(siteDir: string, base: string, pageMapFile: string): number {
  const pages = JSON.parse(readFileSync(pageMapFile, 'utf8')) as [string, PageInfo][];
  const under = (path: string) => `${base}${path.slice(1)}`;
  const lines = pages.flatMap(([path, page]) => (page.redirect ? [`${under(path)} ${under(page.redirect)} 301`] : []));
  writeFileSync(join(siteDir, '_redirects'), lines.length > 0 ? `${lines.join('\n')}\n` : '');
  return lines.length;
}
