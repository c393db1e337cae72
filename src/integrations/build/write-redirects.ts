import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PageMap } from '../../lib/page-map.ts';
import { redirectPage } from '../../lib/redirect-page.ts';
import { pagePolicy } from './write-headers.ts';

/**
 * Writes, for each address an entry had before it had a slug, a page that sends readers to its new one,
 * and `_redirects` for the hosts that read one (Netlify, Cloudflare Pages), which move it permanently.
 * The pages carry the same Content-Security-Policy as the site's home page. Returns the pages' files; one
 * that a previous build left as it should be is not written again.
 */
export function writeRedirects(siteDir: string, { base, site, pages }: { base: string; site: string; pages: PageMap }): string[] {
  const under = (path: string) => `${base}${path.slice(1)}`;
  const policy = pagePolicy(join(siteDir, 'index.html'));
  if (!policy) throw new Error('the root page has no Content-Security-Policy to give the redirect pages');
  const lines: string[] = [];
  const files: string[] = [];
  for (const [path, page] of pages) {
    if (page.route.route !== 'redirect') continue;
    const to = under(page.route.to);
    const file = join(siteDir, path, 'index.html');
    const html = redirectPage({ lang: page.lang, to, absolute: new URL(to, site).href, policy });
    if (!existsSync(file) || readFileSync(file, 'utf8') !== html) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, html);
    }
    files.push(file);
    lines.push(`${under(path)} ${to} 301`);
  }
  writeFileSync(join(siteDir, '_redirects'), lines.length > 0 ? `${lines.join('\n')}\n` : '');
  return files;
}
