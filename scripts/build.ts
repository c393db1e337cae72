// Builds the whole site with `astro build` into a temporary folder (the Teixit integration checks the
// content, then adds cards, redirects, the search index, headers and offline copies, timing each step)
// and replaces dist/ only when every step succeeded, so a failed build never leaves a half-written site.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentDir } from '../src/lib/content-dir.ts';
import { LANGUAGES } from '../src/lib/languages.ts';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.TEIXIT_DIST ?? 'dist');
// Named after the target rather than the process: Astro writes its outDir into the bundle, and a path
// that changed from build to build would stop its incremental build from reusing any page.
const target = createHash('sha256').update(dist).digest('hex').slice(0, 12);
const staging = join(root, '.build', `dist-${target}`);
const retired = join(root, '.build', `retired-${target}`);

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
rmSync(retired, { recursive: true, force: true, maxRetries: 3 });
const started = performance.now();
const astro = spawn('astro', ['build', '--outDir', staging], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_OPTIONS: astroNodeOptions(entryCount() * LANGUAGES.length) },
});
const [code] = (await once(astro, 'close')) as [number | null];
if (code !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`Build failed: astro build did not succeed (see the messages above).\nThe previous ${dist} is untouched.`);
  process.exit(1);
}

if (existsSync(dist)) renameSync(dist, retired);
renameSync(staging, dist);
console.log(`site written to ${dist} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
// The new site is in place: the old one is deleted by a detached process rather than making the build
// wait for thousands of files to be unlinked (the next build also clears it if it is still there).
spawn(process.execPath, ['-e', "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })", retired], {
  detached: true,
  stdio: 'ignore',
}).unref();
