// Every page registers the site's service worker (src/scripts/offline-worker.ts), which keeps the pages a
// visitor reads. This needs no Workbox: only the offline control, on the home and about pages, talks to the
// worker (site-worker.ts), so the other pages spare Workbox's bytes.

/**
 * Registers the worker once the page has loaded (as Workbox does), so that the page's own files come
 * first. On a first visit this page loaded before the worker existed: once the worker is active it is
 * asked to keep the page, with its styles and scripts.
 */
export function registerSiteWorker(url: string): void {
  const container = navigator.serviceWorker;
  if (!container) return;
  const firstVisit = !container.controller;
  const register = async () => {
    const registration = await container.register(url);
    if (!firstVisit) return;
    const keepThisPage = (worker: ServiceWorker) => {
      const own = (address: string) => new URL(address, location.href).origin === location.origin;
      const files = performance.getEntriesByType('resource').map((entry) => entry.name);
      worker.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: [location.href, ...files.filter(own)] } });
    };
    const worker = registration.installing ?? registration.waiting;
    if (!worker) {
      if (registration.active) keepThisPage(registration.active);
      return;
    }
    const onChange = () => {
      if (worker.state !== 'activated') return;
      worker.removeEventListener('statechange', onChange);
      keepThisPage(worker);
    };
    worker.addEventListener('statechange', onChange);
  };
  if (document.readyState === 'complete') void register();
  else addEventListener('load', () => void register(), { once: true });
}

/** Says on the page, in its language, that a new version of the kept copy of that language is in use. */
export function announceUpdates(notice: HTMLElement, lang: string): void {
  navigator.serviceWorker?.addEventListener('message', (event: MessageEvent) => {
    const message = event.data as { type?: string; langs?: string[] };
    if (message.type !== 'updated' || !message.langs?.includes(lang)) return;
    notice.hidden = false;
    notice.querySelector('button')?.addEventListener('click', () => location.reload());
  });
}
