// Builds the whole site with `astro build` into a folder of its own (the Teixit integration checks the
// content, then adds cards, redirects, the search index, headers and offline copies, timing each step)
// and replaces dist/ only when every step succeeded, so a failed build never leaves a half-written site.
// That folder is kept between builds, holding the previous site (scripts/lib/output-tree.ts).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { KEPT_OUTPUT_ENV } from '../src/integrations/build/kept-output.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { LANGUAGES } from '../src/lib/languages.ts';
import {
  awaitFollower,
  dropOrphanedStagings,
  fileClock,
  followInBackground,
  mirrorTree,
  recordedAlike,
  recordStaging,
  stagingFor,
} from './lib/output-tree.ts';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.TEIXIT_DIST ?? 'dist');
// Named after the target rather than the process: Astro writes its outDir into the bundle, and a path
// that changed from build to build would stop its incremental build from reusing any page.
const staging = stagingFor(root, dist);
const retired = staging.replace(/dist-(?=[0-9a-f]+$)/, 'retired-');

/** Entry folders, counted without reading them: enough to size the heap. */
function entryCount(): number {
  const dir = contentDir(root);
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true })
    .filter((item) => item.isDirectory())
    .reduce((sum, collection) => sum + readdirSync(join(dir, collection.name)).length, 0);
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
dropOrphanedStagings(root);
// Left by a build interrupted while it swapped the folders
rmSync(retired, { recursive: true, force: true, maxRetries: 3 });
const started = performance.now();
await awaitFollower(staging);
// The kept folder is checked against the current site all the same: a failed or interrupted build may
// have left it otherwise, and Astro trusts every unchanged page it finds there.
const kept = existsSync(dist);
const mirror = mirrorTree(dist, staging, recordedAlike(staging, dist));
const since = await fileClock(staging);
// From here, a file that neither the site nor the kept folder changes again is the same in both; so it
// stays after this build, whose previous site becomes the kept folder, and after a failed one. (Not
// recorded before a first build: another build would take the folder for one whose site is gone.)
if (kept) {
  recordStaging(staging, dist, since);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`output folder: the previous site, ${mirror.same} files as they were, ${mirror.copied} copied, ${mirror.removed} removed, in ${seconds} s`);
}
const astro = spawn('astro', ['build', '--outDir', staging], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_OPTIONS: astroNodeOptions(entryCount() * LANGUAGES.length),
    // Astro's bundler (rolldown) allocates with mimalloc, which by default keeps freed pages for a while:
    // at 5,000 pages its arena still held 312 MB once bundling was over, with Pagefind and the cards yet to
    // run beside it. Returned at once, 188 MB: Astro's process 140 MB smaller for the rest of the build, no slower.
    MIMALLOC_PURGE_DELAY: process.env.MIMALLOC_PURGE_DELAY ?? '0',
    ...(kept ? { [KEPT_OUTPUT_ENV]: String(since) } : {}),
  },
});
const [code] = (await once(astro, 'close')) as [number | null];
if (code !== 0) {
  console.error(`Build failed: astro build did not succeed (see the messages above).\nThe previous ${dist} is untouched.`);
  process.exit(1);
}
// The previous site becomes the folder the next build starts from
if (existsSync(dist)) renameSync(dist, retired);
renameSync(staging, dist);
if (existsSync(retired)) renameSync(retired, staging);
else recordStaging(staging, dist, since);
console.log(`site written to ${dist} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
followInBackground(dist, staging);
