import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { COLLECTIONS } from '../schemas/collections.ts';
import type { Content } from './entry.ts';
import type { Lang } from './languages.ts';
import type { PageInfo, PageMap } from './page-map.ts';
import type { TranslationState } from './translation-status.ts';

/**
 * The checker's findings handed to Astro's build: every page with its route, and each entry's translation
 * states. The integration writes it before Astro reads the content, and names it in this variable, so that
 * routes, the sitemap and the pages use what the one check computed instead of working it out again.
 */
export const SITE_FILE_ENV = 'TEIXIT_SITE_FILE';

export interface SiteFile {
  pages: [string, PageInfo][];
  /** By `collection/id` */
  states: Record<string, Record<Lang, TranslationState>>;
}

let cached: { file: string; modified: number; pages: PageMap; states: SiteFile['states'] } | undefined;

/** The checked site, read once per change of the file (the dev server rewrites it when content changes). */
export function checkedSite(): { pages: PageMap; states: SiteFile['states'] } {
  const file = process.env[SITE_FILE_ENV];
  if (!file) throw new Error(`${SITE_FILE_ENV} is not set: the site is built by the Teixit integration in astro.config.mjs, which checks the content first`);
  const modified = statSync(file).mtimeMs;
  if (cached?.file !== file || cached.modified !== modified) {
    const data = JSON.parse(readFileSync(file, 'utf8')) as SiteFile;
    cached = { file, modified, pages: new Map(data.pages), states: data.states };
  }
  return cached;
}

/** Writes what Astro needs of a check that found no error. */
export function writeSiteFile(file: string, { pages, content }: { pages: PageMap; content: Content }): void {
  const states: SiteFile['states'] = {};
  for (const collection of COLLECTIONS) {
    for (const entry of content[collection].values()) states[`${collection}/${entry.id}`] = entry.states;
  }
  writeFileSync(file, JSON.stringify({ pages: [...pages], states } satisfies SiteFile));
}
