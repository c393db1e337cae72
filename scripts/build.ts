// Builds the whole site into a temporary folder (pages, sitemap, search index) and replaces dist/
// only when every step succeeded, so a failed build never leaves a half-written site behind.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LANGUAGES } from '../src/lib/languages.ts';
import { buildSearchIndex } from './lib/search-index.ts';
import { writeHeaders } from './lib/write-headers.ts';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.TEIXIT_DIST ?? 'dist');
const staging = join(root, '.build', `dist-${process.pid}`);
const retired = join(root, '.build', `retired-${process.pid}`);

function fail(message: string): never {
  rmSync(staging, { recursive: true, force: true });
  console.error(`Build failed: ${message}\nThe previous ${dist} is untouched.`);
  process.exit(1);
}

mkdirSync(join(root, '.build'), { recursive: true });
const astro = spawnSync('astro', ['build', '--outDir', staging], { cwd: root, stdio: 'inherit', shell: false });
if (astro.status !== 0) fail('astro build did not succeed (see the messages above).');

// Static hosts look for <folder>/404.html; Astro writes a dynamic 404 route as <lang>/404/index.html.
for (const lang of LANGUAGES) {
  renameSync(join(staging, lang, '404', 'index.html'), join(staging, lang, '404.html'));
  rmSync(join(staging, lang, '404'), { recursive: true });
}

try {
  const { languages } = await buildSearchIndex(staging);
  const counts = Object.entries(languages).map(([lang, pages]) => `${lang} ${pages}`);
  console.log(`search index: ${counts.join(', ')} pages`);
} catch (error) {
  fail(`search index: ${(error as Error).message}`);
}

try {
  writeHeaders(staging, (process.env.TEIXIT_BASE ?? '/').replace(/\/?$/, '/'));
} catch (error) {
  fail(`security headers: ${(error as Error).message}`);
}

if (existsSync(dist)) renameSync(dist, retired);
renameSync(staging, dist);
rmSync(retired, { recursive: true, force: true });
console.log(`site written to ${dist}`);
