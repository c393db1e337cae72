import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { getManifest, injectManifest, type ManifestEntry } from 'workbox-build';
import { LANGUAGES, type Lang } from '../../lib/languages.ts';
import { FileDigests } from './file-digests.ts';
import { WORKER_FILE, manifestFile, offlineFiles, pageUrl, type ManifestReference, type OfflineEntry, type OfflineManifest } from '../../lib/offline.ts';

const root = resolve(import.meta.dirname, '..', '..', '..');

export interface OfflineCopySize {
  files: number;
  bytes: number;
}

/** Workbox hands each file's size to the transforms, and drops it from the manifest after them. */
type SizedEntry = ManifestEntry & { size: number };

const byUrl = <T extends { url: string }>(a: T, b: T) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);

/**
 * Writes each language's precache manifest (offline/<lang>.json) from the final files, and the service
 * worker that downloads one on request (sw.js), with the manifests' revisions injected into it. Run last,
 * when every file of the site is written: a file written after it would be missing from the copies.
 */
export async function writeOfflineCopies(siteDir: string, digests = FileDigests.untracked()): Promise<Record<Lang, OfflineCopySize>> {
  const integrity = (url: string) => `sha256-${digests.of(siteDir, join(siteDir, url)).toString('base64')}`;
  const sizes = {} as Record<Lang, OfflineCopySize>;
  for (const lang of LANGUAGES) {
    const { manifestEntries, size, warnings } = await getManifest({
      globDirectory: siteDir,
      globPatterns: offlineFiles(lang),
      // The open data of a language can outgrow Workbox's default limit of 2 MB a file.
      maximumFileSizeToCacheInBytes: 256 * 1024 * 1024,
      // Names that carry a hash of their content need no revision.
      dontCacheBustURLsMatching: /^(_astro\/|pagefind\/(index|fragment|filter)\/|pagefind\/pagefind\.[^/]+\.pf_meta$)/,
      manifestTransforms: [
        async (entries) => ({
          manifest: (entries as SizedEntry[])
            .map((entry) => ({ ...entry, url: pageUrl(entry.url), integrity: integrity(entry.url), bytes: entry.size }))
            .sort(byUrl),
        }),
      ],
    });
    if (warnings.length > 0) throw new Error(warnings.join('; '));
    const manifest: OfflineManifest = { lang, bytes: size, entries: manifestEntries as OfflineEntry[] };
    const file = join(siteDir, manifestFile(lang));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(manifest));
    sizes[lang] = { files: manifest.entries.length, bytes: size };
  }

  // The worker is bundled apart from Astro's scripts: it must live at a fixed address at the site's root.
  const source = join(root, '.build', `offline-worker-${process.pid}.js`);
  try {
    await build({
      entryPoints: [join(root, 'src', 'scripts', 'offline-worker.ts')],
      outfile: source,
      bundle: true,
      format: 'iife',
      target: 'es2022',
      minify: true,
      // Workbox logs its decisions only outside production.
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    });
    const { warnings } = await injectManifest({
      swSrc: source,
      swDest: join(siteDir, WORKER_FILE),
      globDirectory: siteDir,
      globPatterns: LANGUAGES.map(manifestFile),
      manifestTransforms: [
        async (entries) => {
          const references = (entries as SizedEntry[])
            .map((entry): ManifestReference => {
              const lang = LANGUAGES.find((l) => manifestFile(l) === entry.url) as Lang;
              return { url: entry.url, revision: entry.revision ?? '', integrity: integrity(entry.url), lang, ...sizes[lang] };
            })
            .sort(byUrl);
          // Workbox injects whatever the transform returns; the worker reads these references, not precache entries.
          return { manifest: references as unknown as SizedEntry[] };
        },
      ],
    });
    if (warnings.length > 0) throw new Error(warnings.join('; '));
  } finally {
    rmSync(source, { force: true });
  }
  return sizes;
}
