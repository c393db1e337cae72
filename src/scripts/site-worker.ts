import { Workbox } from 'workbox-window';
import type { FromWorker } from '../lib/offline.ts';

let worker: Workbox | undefined;

/**
 * The site's service worker, registered once per page; undefined where the browser has none. It keeps the
 * pages a visitor reads, and a whole language when they ask (src/scripts/offline-worker.ts).
 */
export function siteWorker(url: string): Workbox | undefined {
  if (!('serviceWorker' in navigator)) return undefined;
  if (worker) return worker;
  const registered = new Workbox(url);
  // On a first visit this page loaded before the worker did: it is kept now, with its styles and scripts.
  registered.addEventListener('activated', (event) => {
    if (event.isUpdate) return;
    const own = (address: string) => new URL(address, location.href).origin === location.origin;
    const files = performance.getEntriesByType('resource').map((entry) => entry.name);
    void registered.messageSW({ type: 'CACHE_URLS', payload: { urlsToCache: [location.href, ...files.filter(own)] } });
  });
  void registered.register();
  worker = registered;
  return worker;
}

/**
 * Messages every page hears from whichever worker is in use. They are read from the browser itself:
 * Workbox's own message event only passes on those of workers it saw installed from this page.
 */
export function onWorkerMessage(listener: (message: FromWorker) => void): void {
  navigator.serviceWorker?.addEventListener('message', (event: MessageEvent) => listener(event.data as FromWorker));
}

/** Says on the page, in its language, that a new version of the kept copy of that language is in use. */
export function announceUpdates(notice: HTMLElement, lang: string): void {
  onWorkerMessage((message) => {
    if (message.type !== 'updated' || !message.langs.some((l) => l === lang)) return;
    notice.hidden = false;
    notice.querySelector('button')?.addEventListener('click', () => location.reload());
  });
}
