import { lstatSync, readdirSync, rmdirSync, unlinkSync, type BigIntStats } from 'node:fs';
import { join, sep } from 'node:path';

/**
 * Set by `npm run build` (scripts/build.ts) when it builds into a folder that already holds the previous
 * site: the file system's clock, in nanoseconds, just before Astro started. Astro then keeps that folder
 * rather than emptying it, and the build removes what it did not write again.
 */
export const KEPT_OUTPUT_ENV = 'TEIXIT_KEPT_OUTPUT_SINCE';

/** When this build started writing into a kept output folder, or undefined when its folder began empty. */
export function keptOutputSince(): bigint | undefined {
  const since = process.env[KEPT_OUTPUT_ENV];
  return since ? BigInt(since) : undefined;
}

/** Removes every file under `dir` that `keep` refuses, then the folders left empty. Returns how many files went. */
export function removeFilesExcept(dir: string, keep: (path: string, stats: BigIntStats) => boolean): number {
  let removed = 0;
  const folders: string[] = [];
  for (const item of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(item.parentPath, item.name);
    if (item.isDirectory()) folders.push(path);
    else if (!keep(path, lstatSync(path, { bigint: true }))) {
      unlinkSync(path);
      removed++;
    }
  }
  // Deepest first, so that a folder whose folders all went goes too
  for (const folder of folders.sort((a, b) => b.length - a.length)) {
    if (readdirSync(folder).length === 0) rmdirSync(folder);
  }
  return removed;
}

/**
 * Removes from a kept output folder every file this build neither wrote nor kept: a file whose change
 * time is older than `since` was left by an earlier build, and belongs to this one only if Astro kept it
 * as the unchanged output of one of its routes (`unchanged`). A removed entry's pages or redirect, an old
 * bundle, a public file no longer there all go. `ownFolders` are left to the steps that fill them (the
 * cards, the search index), which remove what they no longer hold.
 */
export function sweepUnwritten(dir: string, since: bigint, unchanged: ReadonlySet<string>, ownFolders: readonly string[]): number {
  const owned = ownFolders.map((folder) => join(dir, folder) + sep);
  return removeFilesExcept(dir, (path, stats) => stats.ctimeNs >= since || unchanged.has(path) || owned.some((folder) => path.startsWith(folder)));
}
