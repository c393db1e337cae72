import type { Lang } from './languages.ts';

/**
 * The offline copy of a language: what the build lists in its precache manifest, and what the page and
 * the service worker (src/scripts/offline-worker.ts) say to each other about it.
 */

/** The service worker, at the site's root so that its scope is the whole site (Pagefind's worker included). */
export const WORKER_FILE = 'sw.js';

/** A language's precache manifest, relative to the site's root (and to the service worker). */
export const manifestFile = (lang: Lang): string => `offline/${lang}.json`;

/**
 * The files of a language's offline copy, as globs relative to the site's root: every page and file of the
 * language (printable cards, worksheets, DOCX, feed, finder data, vocabulary), its open data, the scripts,
 * styles and images every page shares, and its part of the search index. Social cards are left out: they
 * are for other sites' previews, and no page shows them.
 */
export function offlineFiles(lang: Lang): string[] {
  return [
    `${lang}/**/*`,
    '_astro/**/*',
    'favicon.svg',
    'manifest.webmanifest',
    `data/*.${lang}.*`,
    'data/*.schema.json',
    'data/catalogue.json',
    'pagefind/pagefind.js',
    'pagefind/pagefind-entry.json',
    `pagefind/wasm.${lang}.pagefind`,
    `pagefind/pagefind.${lang}_*.pf_meta`,
    `pagefind/index/${lang}_*`,
    `pagefind/fragment/${lang}_*`,
    `pagefind/filter/${lang}_*`,
  ];
}

/** A page is kept under its folder's address, the one links use, rather than as …/index.html. */
export function pageUrl(file: string): string {
  return file === 'index.html' ? './' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** One file of a manifest, as Workbox's precaching takes it, with its size for the progress bar. */
export interface OfflineEntry {
  url: string;
  /** A hash of the content; null where the file name already carries one */
  revision: string | null;
  /** Subresource integrity: a file changed by a newer deploy mid-download fails instead of mixing versions */
  integrity: string;
  bytes: number;
}

/** A language's manifest file. */
export interface OfflineManifest {
  lang: Lang;
  bytes: number;
  entries: OfflineEntry[];
}

/** What the service worker carries about each language's manifest (injected by workbox-build). */
export interface ManifestReference {
  url: string;
  revision: string;
  integrity: string;
  lang: Lang;
  bytes: number;
  files: number;
}

export interface LanguageCopy {
  bytes: number;
  files: number;
  kept: boolean;
  downloading: boolean;
}

export type ToWorker = { type: 'status' } | { type: 'keep'; lang: Lang } | { type: 'remove'; lang: Lang };

export type FromWorker =
  | { type: 'progress'; lang: Lang; done: number; total: number }
  /** A new deploy's copy of these languages is complete and in use */
  | { type: 'updated'; langs: Lang[] };

export type WorkerReply = { ok: true; copies: Partial<Record<Lang, LanguageCopy>> } | { ok: false; error: string };

/** A size in the page's language: "4.2 MB". */
export function formatSize(bytes: number, lang: Lang): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : [Math.max(1, Math.round(bytes / 1024)), 'kilobyte'];
  return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}
