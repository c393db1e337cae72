import { createServer } from 'node:net';
import { check, LinkState } from 'linkinator';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Serves a folder with linkinator, crawls it from its index.html and returns every broken internal link
 * or fragment. Links to other origins are not followed: the site makes no such requests.
 */
export async function brokenLinks(folder: string): Promise<string[]> {
  const port = await freePort();
  const own = new RegExp(`^https?://(localhost|127\\.0\\.0\\.1):${port}(/|$)`);
  const result = await check({
    path: folder,
    port,
    recurse: true,
    checkFragments: true,
    concurrency: 50,
    // The local server now and then resets a kept-alive connection under this load (ECONNRESET):
    // such a link is fetched again before it counts as broken. A missing page answers 404, never this.
    retryErrors: true,
    retryErrorsCount: 3,
    retryErrorsJitter: 200,
    linksToSkip: async (link) => /^https?:/.test(link) && !own.test(link),
  });
  return result.links
    .filter((link) => link.state === LinkState.BROKEN)
    .map((link) => `${link.url} (status ${link.status || String((link.failureDetails?.[0] as Error | undefined)?.cause)}) on ${link.parent}`);
}
