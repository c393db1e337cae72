import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { close, createIndex } from 'pagefind';
import type { ViteDevServer } from 'vite';
import { contentDir } from '../lib/content-dir.ts';
import { searchRecords } from '../lib/dev-search.ts';
import { pageCards } from '../lib/page-map.ts';
import { checkSite, type SiteCheck } from '../lib/site-check.ts';
import { SITE_FILE_ENV, writeSiteFile } from '../lib/site-file.ts';
import type { CardSpec } from '../lib/social-card.ts';
import { renderCard } from './build/card-worker.ts';
import { writeSearchWords } from './build/search-words.ts';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.txt': 'text/plain; charset=utf-8',
};

/** Builds a search index from the content (no pages are rendered for it) into `dir`, with its vocabulary. */
async function indexContent(check: SiteCheck, dir: string, base: string): Promise<number> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(errors.join('; '));
  const records = searchRecords(check, base);
  for (const record of records) {
    const added = await index.addCustomRecord(record);
    if (added.errors.length > 0) throw new Error(added.errors.join('; '));
  }
  const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  writeSearchWords(dir);
  return records.length;
}

/**
 * What `npm run dev` adds to Astro's dev server so that it shows the whole site: the content checked on
 * start and after every change (its report in the terminal), social cards drawn on request, and a
 * search index built from the content on start and again, when a search asks for it, after content changed.
 */
export function serveDevExtras({ server, logger, siteFile, base }: { server: ViteDevServer; logger: AstroIntegrationLogger; siteFile: string; base: string }): void {
  const searchDir = join(siteFile.replace(/\.json$/, ''), 'search');
  let check: SiteCheck | undefined;
  let cards = new Map<string, CardSpec>();
  let indexing: Promise<unknown> | undefined;

  const recheck = () => {
    check = checkSite();
    for (const line of check.report) (check.errors > 0 ? logger.error : logger.info).call(logger, line);
    if (check.errors > 0) return;
    writeSiteFile(siteFile, check);
    process.env[SITE_FILE_ENV] = siteFile;
    cards = new Map(pageCards(check.pages).map((card) => [`${base}${card.file}`, card.spec]));
    indexing = undefined;
  };
  const searchIndex = () => {
    if (!check || check.errors > 0) return Promise.resolve();
    const checked = check;
    indexing ??= indexContent(checked, searchDir, base).then(
      (count) => logger.info(`search index: ${count} pages, from the content`),
      (error: Error) => logger.error(`search index: ${error.message}`),
    );
    return indexing;
  };
  recheck();
  if (check?.errors) throw new Error(`The content has ${check.errors} error(s), listed above. Run npm run check after fixing them.`);
  void searchIndex();

  const folder = contentDir();
  server.watcher.add(folder);
  let pending: NodeJS.Timeout | undefined;
  server.watcher.on('all', (_event, path) => {
    if (!normalize(path).startsWith(folder)) return;
    clearTimeout(pending);
    pending = setTimeout(recheck, 200);
  });
  server.httpServer?.once('close', () => {
    rmSync(siteFile.replace(/\.json$/, ''), { recursive: true, force: true });
    rmSync(siteFile, { force: true });
    void close();
  });

  const send = (res: ServerResponse, type: string, body: Buffer) => {
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  };
  server.middlewares.use((req, res, next) => {
    const path = decodeURI((req.url ?? '').split('?')[0] ?? '');
    const card = cards.get(path);
    if (card) {
      renderCard(card).then((png) => send(res, 'image/png', png), next);
      return;
    }
    const searchFile = path.startsWith(`${base}pagefind/`) || /\/search-words\.txt$/.test(path);
    if (!searchFile) return next();
    searchIndex().then(() => {
      const file = join(searchDir, path.slice(base.length));
      if (!file.startsWith(searchDir) || !existsSync(file)) return next();
      send(res, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
    }, next);
  });
}
