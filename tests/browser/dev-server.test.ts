import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM, launchChromium } from '../../scripts/lib/browser.ts';
import { ui } from '../../src/lib/i18n.ts';
import { urls } from '../../src/lib/urls.ts';
import { cleanEnv, ROOT } from '../helpers/build.ts';

async function freePort(): Promise<number> {
  const server = createServer().listen(0);
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

/** `npm run dev` as an editor runs it: Astro's dev server on the real content. */
describe('npm run dev', () => {
  let dev: ChildProcess | undefined;
  let origin = '';
  let output = '';

  beforeAll(async () => {
    const port = await freePort();
    origin = `http://localhost:${port}`;
    dev = spawn('astro', ['dev', '--port', String(port)], { cwd: ROOT, env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    dev.stdout?.on('data', (chunk) => (output += chunk));
    dev.stderr?.on('data', (chunk) => (output += chunk));
    for (let waited = 0; ; waited += 250) {
      if (dev.exitCode !== null) throw new Error(`the dev server stopped:\n${output}`);
      const ready = await fetch(`${origin}${urls.home('en')}`).then((res) => res.ok, () => false);
      if (ready) break;
      if (waited > 120_000) throw new Error(`the dev server did not answer in 2 minutes:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }, 180_000);
  afterAll(() => {
    dev?.kill();
  });

  test('reports the content check, as the build does', () => {
    expect(output).toMatch(/content check: \d+ entries, 0 error\(s\)/);
  });

  test('serves a page\'s social card, drawn on request', async () => {
    const res = await fetch(`${origin}${urls.card(urls.home('en'))}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const png = Buffer.from(await res.arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // The IHDR chunk: width and height, big-endian, after the signature and the chunk's header
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect((await fetch(`${origin}/cards/en/no-such-page.png`)).status).toBe(404);
  });

  test('serves a search index built from the content, in every language', { timeout: 120_000 }, async () => {
    const res = await fetch(`${origin}/pagefind/pagefind-entry.json`);
    expect(res.status).toBe(200);
    const entry = (await res.json()) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['ca', 'en', 'es', 'eu']);
    for (const { page_count } of Object.values(entry.languages)) expect(page_count).toBeGreaterThan(100);
    expect((await fetch(`${origin}${urls.searchWords('en')}`)).status).toBe(200);
  });

  test.skipIf(!CHROMIUM)('answers a search on the search page', { timeout: 120_000 }, async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${origin}${urls.search('en')}?q=${encodeURIComponent('community asset mapping')}`);
      await page.locator('.result').first().waitFor({ timeout: 90_000 });
      const titles = await page.locator('.result h3').allTextContents();
      expect(titles).toContain('Community asset mapping');
      expect(await page.locator('.result-collection').first().textContent()).toBe(ui('en').collections.methodologies.name);
    } finally {
      await browser.close();
    }
  });
});
