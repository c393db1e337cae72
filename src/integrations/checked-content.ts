import { readFileSync } from 'node:fs';
import { checkContent, type CheckResult } from '../lib/check-content.ts';
import { readContentTree } from '../lib/content-files.ts';
import { contentDir } from '../lib/content-dir.ts';
import { pageMap, type PageInfo } from '../lib/page-map.ts';

/**
 * Set by scripts/build.ts, which checks the content before it starts Astro: the file holding the page
 * map it computed, so that Astro neither checks the content again nor recomputes the map.
 */
export const PAGE_MAP_ENV = 'TEIXIT_PAGE_MAP';

export const checkedByBuildScript = (): boolean => Boolean(process.env[PAGE_MAP_ENV]);

let checked: CheckResult | undefined;
let pages: Map<string, PageInfo> | undefined;

/** The content as the checker read it, once per process. */
export function checkedContent(): CheckResult {
  checked ??= checkContent(readContentTree(contentDir()));
  return checked;
}

/** Every content page of the site, from the build script's file or computed here. */
export function sitePages(): Map<string, PageInfo> {
  const file = process.env[PAGE_MAP_ENV];
  pages ??= file
    ? new Map(JSON.parse(readFileSync(file, 'utf8')) as [string, PageInfo][])
    : pageMap(checkedContent().content);
  return pages;
}
