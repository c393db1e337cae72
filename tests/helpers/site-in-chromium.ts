import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium, serveSite } from './browser.ts';

/**
 * Serves the suite's built site and opens Chromium around the tests of a describe block. Call it inside
 * the block; read `browser` and `origin` inside tests and hooks, once they have started.
 */
export function useSiteInChromium(): { readonly browser: Browser; readonly origin: string } {
  let browser: Browser | undefined;
  let site: Awaited<ReturnType<typeof serveSite>> | undefined;
  beforeAll(async () => {
    site = await serveSite(inject('siteDist'));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.server.stop();
  });
  return {
    get browser() {
      if (!browser) throw new Error('Chromium is not open yet: use it inside tests or hooks');
      return browser;
    },
    get origin() {
      if (!site) throw new Error('The site is not served yet: use it inside tests or hooks');
      return site.origin;
    },
  };
}
