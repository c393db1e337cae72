import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content-dir.ts';

/**
 * Empties Astro's content store when the content folder is not the one it was filled from (the benchmark
 * and the tests build from temporary folders). The store remembers each entry with its file path and
 * keeps an unchanged entry as it was, so an identical file in a new folder would still point to the old
 * one, and the build would fail, or read the old folder, once that one is gone.
 */
export function contentFolderStore(): AstroIntegration {
  return {
    name: 'teixit:content-folder-store',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        // A preview serves built files: it neither reads the content nor may empty the store a later build reuses.
        if (command === 'preview') return;
        const marker = new URL('teixit-content-folder.txt', config.cacheDir);
        const folder = contentDir();
        const previous = existsSync(marker) ? readFileSync(marker, 'utf8') : undefined;
        if (previous === folder) return;
        // The build keeps its store in cacheDir, the dev server in .astro/
        for (const store of [new URL('data-store.json', config.cacheDir), new URL('.astro/data-store.json', config.root)]) {
          rmSync(store, { force: true });
        }
        mkdirSync(config.cacheDir, { recursive: true });
        writeFileSync(marker, folder);
        if (previous) logger.info(`content folder changed from ${previous} to ${folder}: the content store starts afresh`);
      },
    },
  };
}
