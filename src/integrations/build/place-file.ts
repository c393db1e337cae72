import { copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Puts a file the build keeps between builds (a card, a language's search index) into the site: as a
 * hard link where the file system allows it, which costs nothing however large the site, else as a copy.
 * A kept file is never written again in place (each is written aside and renamed), so a link never
 * changes under a built site.
 */
export function placeFile(kept: string, target: string): void {
  // Already there: the site was built into the previous one (scripts/lib/output-tree.ts)
  if (existsSync(target) && sameInode(kept, target)) return;
  mkdirSync(dirname(target), { recursive: true });
  // Never write through an older link: that would change the kept file
  rmSync(target, { force: true });
  try {
    linkSync(kept, target);
  } catch {
    copyFileSync(kept, target);
  }
}

function sameInode(a: string, b: string): boolean {
  const [x, y] = [lstatSync(a), lstatSync(b)];
  return x.ino === y.ino && x.dev === y.dev;
}
