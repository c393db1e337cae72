import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'astro';
import { chromium, type Browser } from 'playwright-core';
import { ROOT } from './build.ts';

/** Debian's Chromium, or the one CHROME_PATH names; browser tests are skipped without it. */
export const CHROMIUM = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path));

/** The flags every Chromium of the project runs with: the tests' and the Lighthouse audit's alike. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
}

/** Serves a built site with Astro's own preview server on a free local port. */
export async function serveSite(dist: string): Promise<{ origin: string; server: PreviewServer }> {
  const server = await preview({ root: ROOT, outDir: dist, server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
  return { origin: `http://127.0.0.1:${server.port}`, server };
}
