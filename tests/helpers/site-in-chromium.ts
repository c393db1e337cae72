import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium, serveSite } from '../../scripts/lib/browser.ts';

export interface SiteInChromium {
  readonly browser: Browser;
  readonly origin: string;
  /** A new tab on a path of the site */
  open(path: string): Promise<Page>;
}

/**
 * Serves the suite's built site and opens Chromium around the tests of a describe block. Call it inside
 * the block; use it inside tests and hooks, once they have started.
 */
export function useSiteInChromium(): SiteInChromium {
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
    async open(path) {
      const page = await this.browser.newPage();
      await page.goto(`${this.origin}${path}`);
      return page;
    },
  };
}
