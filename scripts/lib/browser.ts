import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'astro';
import { chromium, type Browser } from 'playwright-core';
import { ROOT } from './env.ts';

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

/**
 * The headers the site's own `_headers` file asks for. It holds one rule, for every path under the base,
 * so serving them on every response is what Netlify and Cloudflare Pages do with it.
 */
export function headersOf(dist: string): Record<string, string> {
  const file = join(dist, '_headers');
  if (!existsSync(file)) return {};
  const headers: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const header = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    if (header?.[1] && header[2]) headers[header[1]] = header[2];
  }
  return headers;
}

/**
 * Serves a built site with Astro's own preview server, with its `_headers`, on a free local port or on a
 * given one (a service worker belongs to its origin: a newer build must be served where the older was),
 * at the root or under the sub-path it was built for.
 */
export async function serveSite(dist: string, { port = 0, base = '/' } = {}): Promise<{ origin: string; server: PreviewServer }> {
  const server = await preview({
    root: ROOT,
    outDir: dist,
    base,
    server: { port, host: '127.0.0.1', headers: headersOf(dist) },
    logLevel: 'error',
  });
  if (port !== 0 && server.port !== port) throw new Error(`Port ${port} was taken: the site is served on ${server.port}`);
  return { origin: `http://127.0.0.1:${server.port}`, server };
}
