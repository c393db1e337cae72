import type { BrowserContext } from 'playwright-core';

/**
 * What a browser context saw while its pages loaded: Content-Security-Policy violations and requests to
 * any origin other than the site's own. The arrays fill in as events arrive.
 */
export interface PageMonitor {
  cspViolations: string[];
  foreignRequests: string[];
}

/** The name of the function the pages call to report a violation to the test (see monitorContext). */
const REPORT_BINDING = '__teixitReportCspViolation';

/**
 * Watches every page of `context`. Violations are caught two independent ways, so one going quiet (a
 * reworded console message, a listener that did not run) cannot hide a violation: the DOM's
 * securitypolicyviolation event, forwarded through a binding (which survives navigations and is not
 * subject to the page's CSP), and Chromium's console message. Requests to other origins are recorded
 * and aborted, so a test never depends on the network.
 */
export async function monitorContext(context: BrowserContext, origin: string): Promise<PageMonitor> {
  const monitor: PageMonitor = { cspViolations: [], foreignRequests: [] };
  await context.exposeBinding(REPORT_BINDING, (_source, violation: string) => {
    monitor.cspViolations.push(`securitypolicyviolation: ${violation}`);
  });
  await context.addInitScript((binding: string) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as Record<string, (violation: string) => void>)[binding];
      report?.(`${event.effectiveDirective} blocked ${event.blockedURI} in ${event.documentURI}`);
    });
  }, REPORT_BINDING);
  context.on('console', (message) => {
    if (/content security policy/i.test(message.text())) monitor.cspViolations.push(`console: ${message.text()}`);
  });
  const isForeign = (url: URL) => /^(https?|wss?):$/.test(url.protocol) && url.origin !== origin;
  context.on('request', (request) => {
    if (isForeign(new URL(request.url()))) monitor.foreignRequests.push(request.url());
  });
  await context.route(isForeign, (route) => route.abort('blockedbyclient'));
  return monitor;
}

/** Forgets what the monitor saw, so the next page's check starts clean in the same context. */
export function resetMonitor(monitor: PageMonitor): void {
  monitor.cspViolations.length = 0;
  monitor.foreignRequests.length = 0;
}
