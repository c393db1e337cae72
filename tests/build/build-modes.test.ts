import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { afterAll, expect, inject, test } from 'vitest';
import { runAstroBuild, tempDir } from '../helpers/build.ts';

/** Every file under `dir`, as paths relative to it, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** The real site, built once by the build script (tests/global-setup.ts). */
const scripted = inject('siteDist');
let plain = '';
afterAll(() => {
  if (plain) rmSync(dirname(plain), { recursive: true, force: true });
});

// A reviewer compares a pull request's build with main's: only real changes should differ, so two
// builds of the same commit must be identical to the byte (no dates, random ids or unordered output).
// The second is plain `astro build`, which a host may run instead of npm run build: it must make the
// whole site, search index, cards, headers, redirects and offline copies included.
test('npm run build and plain astro build of the same commit are byte-identical', { timeout: 300_000 }, () => {
  const build = runAstroBuild(join(tempDir('astro-build'), 'dist'));
  plain = build.dist;
  expect(build.status, build.output).toBe(0);
  const files = filesUnder(scripted);
  const plainFiles = filesUnder(plain);
  const inScripted = new Set(files);
  const inPlain = new Set(plainFiles);
  const differing = [
    ...files.filter((file) => !inPlain.has(file)).map((file) => `${file} (only in npm run build's)`),
    ...plainFiles.filter((file) => !inScripted.has(file)).map((file) => `${file} (only in astro build's)`),
    ...files.filter((file) => inPlain.has(file) && !readFileSync(join(scripted, file)).equals(readFileSync(join(plain, file)))),
  ];
  console.log(`npm run build vs astro build: ${files.length} files compared, ${differing.length} differ`);
  for (const part of ['_headers', '_redirects', 'sw.js', 'pagefind/pagefind-entry.json', 'en/search-words.txt', 'en/404.html', 'cards/en.png']) {
    expect(inPlain, part).toContain(part);
  }
  expect(differing, 'files that differ between the two builds').toEqual([]);
});
