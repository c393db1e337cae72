import { fork } from 'node:child_process';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { LANGUAGES } from '../lib/languages.ts';
import { contentErrorsMessage, sharePendingCheck } from '../lib/check-gate.ts';
import { checkedSite, SITE_FILE_ENV } from '../lib/site-file.ts';
import { CARDS_FOLDER } from '../lib/urls.ts';
import type { PageCard } from '../lib/social-card.ts';
import { FileDigests } from './build/file-digests.ts';
import { writeOfflineCopies } from './build/offline-copy.ts';
import { buildSearchIndex, SEARCH_FOLDER } from './build/search-index.ts';
import { writeSearchWords } from './build/search-words.ts';
import type { DrawerReport } from './build/card-process.ts';
import { keptOutputSince, sweepUnwritten } from './build/kept-output.ts';
import { copyCards } from './build/social-cards.ts';
import { writeHeaders } from './build/write-headers.ts';
import { writeRedirects } from './build/write-redirects.ts';
import type { SiteCheckOutcome } from './site-check-process.ts';

async function timed<T>(logger: AstroIntegrationLogger, name: string, run: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  logger.info(`${name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

/**
 * Draws the cards missing from the cache in a child process; resolves with how many it drew once it has
 * exited, so that the build's own CPU time counts the drawer's.
 */
function drawInChild(cards: PageCard[]): Promise<DrawerReport> {
  const child = fork(fileURLToPath(new URL('./build/card-process.ts', import.meta.url)));
  child.send(cards);
  let report: DrawerReport | undefined;
  child.once('message', (message) => (report = message as DrawerReport));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => (report ? resolve(report) : reject(new Error(`the card drawer stopped (exit code ${code}) before reporting`))));
  });
}

/**
 * Cards take more CPU than anything else on a large site: drawn from the end of the check on, beside
 * Astro's whole build, in a process of their own, and waited for at the end.
 */
function drawCards(logger: AstroIntegrationLogger, cards: PageCard[]): Promise<void> {
  const drawing = timed(logger, 'social cards', async () => {
    const { drawn, cached, cpuSeconds } = await drawInChild(cards);
    logger.info(`social cards: ${drawn} drawn, ${cached} from the cache, ${cpuSeconds.toFixed(1)} s of CPU`);
  });
  // Not left unhandled while Astro runs: awaited, and its error reported, when the build is done.
  drawing.catch(() => undefined);
  return drawing;
}

/** Checks the content in a child process, which writes the site file; resolves with its report and cards. */
function checkInChild(siteFile: string): Promise<SiteCheckOutcome> {
  const child = fork(fileURLToPath(new URL('./site-check-process.ts', import.meta.url)), [siteFile]);
  return new Promise((resolve, reject) => {
    child.once('message', (message) => resolve(message as SiteCheckOutcome));
    child.once('exit', (code) => reject(new Error(`the content checker stopped (exit code ${code}) before reporting`)));
  });
}

/**
 * Everything that makes the whole site, inside Astro's own build, so that `astro build`, `npm run build`
 * and the dev server give the same site: the content check before Astro reads the content, then social
 * cards (drawn beside Astro's build, in a child process), redirect pages, 404 files, the search index and its vocabulary,
 * the headers file and the offline copies, each step timed.
 */
export function teixitSite(): AstroIntegration {
  let cards: PageCard[] = [];
  let checking: Promise<SiteCheckOutcome> | undefined;
  let drawing: Promise<unknown> | undefined;
  let base = '/';
  let site = 'http://localhost:4321';
  const root = process.cwd();
  const siteFile = join(resolve(root, '.build'), `site-${process.pid}.json`);

  return {
    name: 'teixit:site',
    hooks: {
      'astro:config:setup': ({ logger, command, updateConfig }) => {
        if (command === 'preview') return;
        mkdirSync(join(root, '.build'), { recursive: true });
        // A dev server keeps checking as content changes (dev-server.ts); a build checks once, in a child process.
        if (command === 'dev') return;
        // Built into the previous site (scripts/build.ts), Astro keeps its unchanged pages where they are
        if (keptOutputSince() !== undefined) updateConfig({ vite: { build: { emptyOutDir: false } } });
        process.env[SITE_FILE_ENV] = siteFile;
        process.once('exit', () => rmSync(siteFile, { force: true }));
        // Checked on the other core while Astro sets itself up and loads the content, and waited for before
        // Astro builds a page: the routes read the site file the check writes.
        checking = timed(logger, 'content check', () => checkInChild(siteFile)).then((outcome) => {
          for (const line of outcome.report) (outcome.errors > 0 ? logger.error : logger.info).call(logger, line);
          if (outcome.errors === 0) drawing = drawCards(logger, (cards = outcome.cards));
          return outcome;
        });
        sharePendingCheck(checking);
        // Not left unhandled while Astro loads the content: awaited, and its error reported, when the build starts.
        checking.catch(() => undefined);
      },
      'astro:build:start': async () => {
        const errors = (await checking)?.errors ?? 0;
        if (errors > 0) throw new Error(contentErrorsMessage(errors));
      },
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
        site = config.site ?? site;
      },
      // Imported on demand: the dev server's extras load the checker and the card renderer, which a build runs elsewhere.
      'astro:server:setup': async ({ server, logger }) => (await import('./dev-server.ts')).serveDevExtras({ server, logger, siteFile, base }),
      'astro:build:done': async ({ dir, assets, logger }) => {
        const out = fileURLToPath(dir);
        const { pages } = checkedSite();
        const redirects = await timed(logger, 'redirects', () => {
          const files = writeRedirects(out, { base, site, pages });
          logger.info(`redirects: ${files.length} moved addresses`);
          return files;
        });
        const since = keptOutputSince();
        if (since !== undefined) {
          // Before any step that reads the site's files: the search index and the offline copies list them
          const unchanged = new Set([...[...assets.values()].flat().map((url) => fileURLToPath(url)), ...redirects]);
          await timed(logger, 'previous site', () => {
            const removed = sweepUnwritten(out, since, unchanged, [CARDS_FOLDER, SEARCH_FOLDER]);
            logger.info(`previous site: ${removed} files that Astro neither wrote nor kept, removed (the steps below make those still wanted)`);
          });
        }
        // Static hosts look for <folder>/404.html; Astro writes a dynamic 404 route as <lang>/404/index.html.
        for (const lang of LANGUAGES) {
          renameSync(join(out, lang, '404', 'index.html'), join(out, lang, '404.html'));
          rmSync(join(out, lang, '404'), { recursive: true });
        }
        const digests = FileDigests.load();
        const { kept } = await timed(logger, 'search index', async () => {
          const index = await buildSearchIndex(out, undefined, digests);
          const reused = index.reused.length > 0 ? ` (${index.reused.join(', ')} as the previous build left them)` : '';
          logger.info(`search index: ${Object.entries(index.languages).map(([lang, n]) => `${lang} ${n}`).join(', ')} pages${reused}`);
          return index;
        });
        await timed(logger, 'search vocabulary', () => {
          const sizes = Object.entries(writeSearchWords(out, kept)).map(([lang, s]) => `${lang} ${s.words} words (${(s.gzipBytes / 1024).toFixed(1)} KB gzipped)`);
          logger.info(`search vocabulary: ${sizes.join(', ')}`);
        });
        await timed(logger, 'security headers', () => writeHeaders(out, base));
        // Each language's offline copy lists the final files, the search index and vocabulary included.
        await timed(logger, 'offline copies', async () => {
          const sizes = Object.entries(await writeOfflineCopies(out, digests)).map(([lang, s]) => `${lang} ${s.files} files, ${(s.bytes / 1024 / 1024).toFixed(1)} MB`);
          logger.info(`offline copies: ${sizes.join('; ')}`);
          digests.save();
          logger.info(`file digests: ${digests.remembered} known, ${digests.computed} read and hashed`);
        });
        // Last, since every step above ran while the cards were still drawing; no offline copy holds them.
        await drawing;
        await timed(logger, 'copy cards', () => copyCards(cards, out));
      },
    },
  };
}
