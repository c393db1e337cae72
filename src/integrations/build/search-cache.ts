import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { codeDigest } from '../../lib/code-digest.ts';
import type { Lang } from '../../lib/languages.ts';
import type { FileDigests } from './file-digests.ts';
import { placeFile } from './place-file.ts';

/**
 * Each language's search (its Pagefind index and its vocabulary) kept between builds, under a digest of
 * the pages it is made from and of the code that makes it: a build after an edit in one language indexes
 * that language again and takes the other three as they were. Pagefind has no incremental mode, and at
 * 5,000 pages indexing took a third of such a build.
 */

/** Where builds keep each language's search */
export const SEARCH_CACHE_DIR = join(import.meta.dirname, '..', '..', '..', 'node_modules', '.cache', 'teixit-search');

/** This folder's code, the vocabulary's, and the locked dependencies (Pagefind's version among them) */
let code: string | undefined;
const searchCode = () => (code ??= codeDigest(['src/integrations/build', 'src/lib/spelling.ts']));

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile())
    .map((item) => join(item.parentPath, item.name))
    .sort();
}

/** The folder of `cacheDir` that holds, or will hold, `lang`'s search for the pages of `siteDir` as they are now */
export function keptSearch(siteDir: string, lang: Lang, cacheDir: string, digests: FileDigests): { dir: string; kept: boolean } {
  const hash = createHash('sha256').update(searchCode()).update(lang);
  for (const file of filesUnder(join(siteDir, lang))) {
    if (file.endsWith('.html')) hash.update(relative(siteDir, file)).update('\0').update(digests.of(siteDir, file));
  }
  const dir = join(cacheDir, `${lang}-${hash.digest('hex').slice(0, 24)}`);
  return { dir, kept: existsSync(dir) };
}

/** Makes `lang`'s search in a folder of its own with `make`, then keeps it as `dir`; drops what the language had kept before. */
export async function keepSearch(dir: string, lang: Lang, make: (folder: string) => Promise<void>): Promise<void> {
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  await make(partial);
  const cacheDir = dirname(dir);
  for (const other of readdirSync(cacheDir)) {
    if (other.startsWith(`${lang}-`) && !other.includes('.partial-')) rmSync(join(cacheDir, other), { recursive: true, force: true });
  }
  // Renamed whole, so that a build stopped halfway never leaves half a language to be taken as kept
  renameSync(partial, dir);
}

/** Puts the files of a kept folder into the site (see place-file.ts); returns where. */
export function placeKept(dir: string, target: string, skip: (file: string) => boolean = () => false): string[] {
  const placed: string[] = [];
  for (const file of filesUnder(dir)) {
    const name = relative(dir, file);
    if (skip(name)) continue;
    placeFile(file, join(target, name));
    placed.push(join(target, name));
  }
  return placed;
}
