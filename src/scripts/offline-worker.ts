/// <reference lib="webworker" />
// The site's service worker, bundled by the build (src/integrations/build/offline-copy.ts) after every other file is
// written. It keeps nothing of a language until the visitor asks: then it downloads that language's
// manifest and every file it lists, with Workbox's precaching, and serves them from then on. Pages the
// visitor opens are kept as they are read, so they stay readable offline without asking.
import { ExpirationPlugin } from 'workbox-expiration';
import { PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { Route, Router } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { LANGUAGES, type Lang } from '../lib/languages.ts';
import { manifestFile, type FromWorker, type LanguageCopy, type ManifestReference, type OfflineManifest, type ToWorker, type WorkerReply } from '../lib/offline.ts';

declare const self: ServiceWorkerGlobalScope;

/**
 * Every language's manifest, with its revision: a deploy that changes any file changes this worker. The
 * build injects these references where Workbox would put its own precache entries.
 */
const references = new Map((self.__WB_MANIFEST as unknown as ManifestReference[]).map((reference) => [reference.lang, reference]));
const scope = self.registration.scope;
const base = new URL(scope).pathname;
const cacheName = (lang: Lang) => `teixit-offline-${lang}@${scope}`;
const VISITED = `teixit-visited@${scope}`;
/** Pages and their files kept as they are read, the oldest dropped first past this many */
const VISITED_MAX = 400;

interface Copy {
  controller: PrecacheController;
  route: PrecacheRoute;
  /** The revision of the manifest the copy was made from */
  revision: string;
}

const kept = new Map<Lang, Copy>();
/** Copies this worker downloaded when it was installed, put in use when it takes over */
const updates = new Map<Lang, Copy>();
const downloading = new Set<Lang>();

const router = new Router();

/**
 * Pages, with their styles, scripts and images, kept as they are read. The search index is not: a part of
 * it would find pages that are not there. An address's query (a search) does not make it another page.
 */
const visited = new Route(
  ({ url, sameOrigin }) =>
    sameOrigin && url.pathname.startsWith(base) && !/^(pagefind|offline|cards)\/|^sw\.js$/.test(url.pathname.slice(base.length)),
  new NetworkFirst({
    cacheName: VISITED,
    plugins: [
      new ExpirationPlugin({ maxEntries: VISITED_MAX }),
      {
        cacheKeyWillBeUsed: async ({ request }) => {
          const url = new URL(request.url);
          url.search = '';
          return url.href;
        },
      },
    ],
  }),
);

/** Kept copies answer first; anything else of the site is kept as it is read. */
let routes: Route[] = [];
function arrangeRoutes(): void {
  for (const route of routes) router.unregisterRoute(route);
  routes = [...[...kept.values()].map((copy) => copy.route), visited];
  for (const route of routes) router.registerRoute(route);
}
arrangeRoutes();
router.addCacheListener();

/**
 * Workbox's precaching downloads a file only during an `install` event, and otherwise treats a failed
 * download as a miss. A kept copy is downloaded on the visitor's request (a message), so the message
 * event is presented as an install: every file must arrive whole, or the copy fails.
 */
const asInstall = (event: ExtendableEvent): ExtendableEvent =>
  ({ type: 'install', waitUntil: (promise: Promise<unknown>) => event.waitUntil(promise) }) as unknown as ExtendableEvent;

function copyOf(lang: Lang, manifest: OfflineManifest, reference: ManifestReference, report?: (done: number) => void): Copy {
  const sizes = new Map<string, number>();
  let done = 0;
  const controller = new PrecacheController({
    cacheName: cacheName(lang),
    fallbackToNetwork: true,
    plugins: report
      ? [
          {
            cacheDidUpdate: async ({ request }) => {
              done += sizes.get(request.url) ?? 0;
              report(done);
            },
          },
        ]
      : [],
  });
  // The manifest is listed last: its being in the cache says that every file before it is there too.
  controller.addToCacheList([...manifest.entries, { url: reference.url, revision: reference.revision, integrity: reference.integrity }]);
  const keys = controller.getURLsToCacheKeys();
  for (const entry of manifest.entries) sizes.set(keys.get(new URL(entry.url, self.location.href).href) ?? '', entry.bytes);
  // A search is the search page whatever its query; a folder's address is its index.html.
  return { controller, route: new PrecacheRoute(controller, { ignoreURLParametersMatching: [/./], cleanURLs: false }), revision: reference.revision };
}

/** Downloads a language's current copy; files that did not change since a kept copy are not fetched again. */
async function download(lang: Lang, event: ExtendableEvent, report?: (done: number) => void): Promise<Copy> {
  const reference = references.get(lang);
  if (!reference) throw new Error(`No offline copy of ${lang}`);
  const response = await fetch(new Request(new URL(reference.url, self.location.href), { integrity: reference.integrity, cache: 'no-cache' }));
  if (!response.ok) throw new Error(`${reference.url}: ${response.status}`);
  const copy = copyOf(lang, (await response.json()) as OfflineManifest, reference, report);
  await copy.controller.install(asInstall(event));
  return copy;
}

/** The copies already kept, read back from the caches when the worker starts. */
async function restore(): Promise<void> {
  for (const lang of LANGUAGES) {
    const reference = references.get(lang);
    if (!reference || !(await caches.has(cacheName(lang)))) continue;
    const cache = await caches.open(cacheName(lang));
    const manifestUrl = new URL(reference.url, self.location.href);
    const found = (await cache.keys()).filter((request) => new URL(request.url).pathname === manifestUrl.pathname);
    // While a newer worker downloads the next copy, both manifests are there: each worker takes its own, or the one it replaces.
    const key = found.find((request) => new URL(request.url).searchParams.get('__WB_REVISION__') === reference.revision) ?? found[0];
    const manifest = key && (await cache.match(key));
    if (!key || !manifest) continue;
    const revision = new URL(key.url).searchParams.get('__WB_REVISION__') ?? '';
    kept.set(lang, copyOf(lang, (await manifest.json()) as OfflineManifest, { ...reference, revision }));
  }
  arrangeRoutes();
}
const ready = restore();

async function broadcast(message: FromWorker): Promise<void> {
  for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage(message);
}

function copies(): Partial<Record<Lang, LanguageCopy>> {
  return Object.fromEntries(
    [...references.values()].map((r) => [r.lang, { bytes: r.bytes, files: r.files, kept: kept.has(r.lang), downloading: downloading.has(r.lang) }]),
  );
}

async function keep(lang: Lang, event: ExtendableEvent): Promise<void> {
  const total = references.get(lang)?.bytes ?? 0;
  let last = 0;
  downloading.add(lang);
  try {
    const copy = await download(lang, event, (done) => {
      // Every percent is enough for a progress bar, and spares the pages a message per file.
      if (done - last < total / 100 && done < total) return;
      last = done;
      void broadcast({ type: 'progress', lang, done, total });
    });
    await copy.controller.activate(event);
    kept.set(lang, copy);
    arrangeRoutes();
  } finally {
    downloading.delete(lang);
  }
}

async function remove(lang: Lang): Promise<void> {
  kept.delete(lang);
  arrangeRoutes();
  await caches.delete(cacheName(lang));
}

self.addEventListener('message', (event) => {
  const message = event.data as ToWorker | { type: 'CACHE_URLS' };
  const reply = (answer: WorkerReply) => event.ports[0]?.postMessage(answer);
  const work = (async () => {
    await ready;
    if (message.type === 'keep') await keep(message.lang, event);
    else if (message.type === 'remove') await remove(message.lang);
    else if (message.type !== 'status') return;
    reply({ ok: true, copies: copies() });
  })().catch((error: unknown) => reply({ ok: false, error: String(error) }));
  event.waitUntil(work);
});

// A new deploy: the kept languages' new copies are downloaded before this worker takes over, so the
// visitor goes from one whole version to the next, never old pages with a new index.
self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      await ready;
      for (const [lang, copy] of kept) {
        if (copy.revision !== references.get(lang)?.revision) updates.set(lang, await download(lang, event));
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await ready;
      for (const [lang, copy] of updates) kept.set(lang, copy);
      // Each copy drops the files its version no longer lists.
      for (const copy of kept.values()) await copy.controller.activate(event);
      arrangeRoutes();
      await self.clients.claim();
      if (updates.size > 0) await broadcast({ type: 'updated', langs: [...updates.keys()] });
      updates.clear();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET') return;
  const answer = ready.then(() => router.handleRequest({ request: event.request, event }) ?? fetch(event.request));
  event.respondWith(answer);
});
