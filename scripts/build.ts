// Builds the whole site into a temporary folder (content check, pages, social cards, sitemap, search
// index) and replaces dist/ only when every step succeeded, so a failed build never leaves a half-written
// site behind. Prints how long each step took.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAGE_MAP_ENV } from '../src/integrations/checked-content.ts';
import { LANGUAGES } from '../src/lib/languages.ts';
import type { CheckOutcome } from './lib/check-for-build.ts';
import { buildSearchIndex } from './lib/search-index.ts';
import { writeOfflineCopies } from './lib/offline-copy.ts';
import { writeSearchWords } from './lib/search-words.ts';
import { copyCards, drawCards } from './lib/social-cards.ts';
import { writeHeaders } from './lib/write-headers.ts';
import { writeRedirects } from './lib/write-redirects.ts';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.TEIXIT_DIST ?? 'dist');
// Named after the target rather than the process: Astro writes its outDir into the bundle, and a path
// that changed from build to build would stop its incremental build from reusing any page.
const target = createHash('sha256').update(dist).digest('hex').slice(0, 12);
const staging = join(root, '.build', `dist-${target}`);
const retired = join(root, '.build', `retired-${target}`);
const pageMapFile = join(root, '.build', `pages-${process.pid}.json`);

let astro: ChildProcess | undefined;

function fail(message: string): never {
  astro?.kill();
  rmSync(staging, { recursive: true, force: true });
  rmSync(pageMapFile, { force: true });
  console.error(`Build failed: ${message}\nThe previous ${dist} is untouched.`);
  process.exit(1);
}

async function step<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    const result = await run();
    console.log(`${name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return result;
  } catch (error) {
    fail(`${name}: ${(error as Error).message}`);
  }
}

/**
 * Left alone, V8 lets Astro's heap grow to several GB before collecting it, although at 5,000 pages it
 * holds under 640 MB (a build capped there succeeds). A cap of 0.3 MB per page, at least 1.5 GB, keeps
 * the build within its memory budget and leaves ample room; a cap set by the caller wins.
 */
function astroNodeOptions(pages: number): string {
  const options = process.env.NODE_OPTIONS ?? '';
  if (options.includes('--max-old-space-size')) return options;
  return `${options} --max-old-space-size=${Math.max(1536, Math.ceil(pages * 0.3))}`.trim();
}

mkdirSync(join(root, '.build'), { recursive: true });
rmSync(retired, { recursive: true, force: true, maxRetries: 3 });

const cards = await step('content check', async () => {
  const check = fork(fileURLToPath(new URL('./lib/check-for-build.ts', import.meta.url)), [pageMapFile]);
  const outcome = await new Promise<CheckOutcome>((resolve, reject) => {
    check.once('message', (message) => resolve(message as CheckOutcome));
    check.once('exit', (code) => reject(new Error(`the content checker stopped (exit code ${code}) before reporting`)));
  });
  for (const message of outcome.messages) console.warn(message);
  if (outcome.errors > 0) throw new Error(`the content has ${outcome.errors} error(s), listed above; run npm run check after fixing them.`);
  return outcome.cards;
});

const drawing = step('social cards', async () => {
  const { drawn, cached } = await drawCards(cards);
  console.log(`social cards: ${drawn} drawn, ${cached} from the cache`);
});

await step('astro build', async () => {
  astro = spawn('astro', ['build', '--outDir', staging], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, [PAGE_MAP_ENV]: pageMapFile, NODE_OPTIONS: astroNodeOptions(cards.length) },
  });
  const [code] = (await once(astro, 'close')) as [number | null];
  if (code !== 0) throw new Error('astro build did not succeed (see the messages above).');
});
const base = (process.env.TEIXIT_BASE ?? '/').replace(/\/?$/, '/');
await step('redirects', () => console.log(`redirects: ${writeRedirects(staging, base, pageMapFile)} moved addresses`));
rmSync(pageMapFile, { force: true });

// Static hosts look for <folder>/404.html; Astro writes a dynamic 404 route as <lang>/404/index.html.
for (const lang of LANGUAGES) {
  renameSync(join(staging, lang, '404', 'index.html'), join(staging, lang, '404.html'));
  rmSync(join(staging, lang, '404'), { recursive: true });
}

await drawing;
await step('copy cards', () => copyCards(cards, staging));

await step('search index', async () => {
  const { languages } = await buildSearchIndex(staging);
  const counts = Object.entries(languages).map(([lang, pages]) => `${lang} ${pages}`);
  console.log(`search index: ${counts.join(', ')} pages`);
});

await step('search vocabulary', () => {
  const sizes = Object.entries(writeSearchWords(staging)).map(([lang, s]) => `${lang} ${s.words} words (${(s.gzipBytes / 1024).toFixed(1)} KB gzipped)`);
  console.log(`search vocabulary: ${sizes.join(', ')}`);
});

await step('security headers', () => writeHeaders(staging, base));

// Last: each language's offline copy lists the final files, the search index and vocabulary included.
await step('offline copies', async () => {
  const sizes = Object.entries(await writeOfflineCopies(staging)).map(([lang, s]) => `${lang} ${s.files} files, ${(s.bytes / 1024 / 1024).toFixed(1)} MB`);
  console.log(`offline copies: ${sizes.join('; ')}`);
});

if (existsSync(dist)) renameSync(dist, retired);
renameSync(staging, dist);
console.log(`site written to ${dist}`);
// The new site is in place: the old one is deleted by a detached process rather than making the build
// wait for thousands of files to be unlinked (the next build also clears it if it is still there).
spawn(process.execPath, ['-e', "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })", retired], {
  detached: true,
  stdio: 'ignore',
}).unref();
