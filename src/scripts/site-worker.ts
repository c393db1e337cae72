import { Workbox } from 'workbox-window';
import type { FromWorker } from '../lib/offline.ts';

let worker: Workbox | undefined;

/**
 * The site's service worker as the offline control talks to it, registered once per page; undefined where
 * the browser has none. Every page also registers it, without Workbox (register-worker.ts): the same
 * registration, which keeps the pages a visitor reads, and a whole language when they ask
 * (src/scripts/offline-worker.ts).
 */
export function siteWorker(url: string): Workbox | undefined {
  if (!('serviceWorker' in navigator)) return undefined;
  if (worker) return worker;
  worker = new Workbox(url);
  void worker.register();
  return worker;
}

/**
 * Messages every page hears from whichever worker is in use. They are read from the browser itself:
 * Workbox's own message event only passes on those of workers it saw installed from this page.
 */
export function onWorkerMessage(listener: (message: FromWorker) => void): void {
  navigator.serviceWorker?.addEventListener('message', (event: MessageEvent) => listener(event.data as FromWorker));
}
