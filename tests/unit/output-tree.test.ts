import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { removeFilesExcept, sweepUnwritten } from '../../src/integrations/build/kept-output.ts';
import { dropOrphanedStagings, fileClock, mirrorTree, recordedAlike, recordStaging } from '../../scripts/lib/output-tree.ts';

const temp = (name: string) => mkdtempSync(join(tmpdir(), `teixit-${name}-`));

function tree(dir: string, files: Record<string, string>): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const filesOf = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((item) => item.isFile())
      .map((item) => [relative(dir, join(item.parentPath, item.name)), readFileSync(join(item.parentPath, item.name), 'utf8')]),
  );

describe('the kept output folder', () => {
  test('is made the same as the site: what differs or is missing is copied, what the site lacks removed', () => {
    const site = tree(temp('site'), { 'index.html': 'home', 'ca/a/index.html': 'a', 'ca/b/index.html': 'b', 'x/index.html': 'x' });
    const kept = tree(temp('kept'), { 'index.html': 'home', 'ca/a/index.html': 'old a', 'gone/index.html': 'gone', x: 'a file where the site has a folder' });

    const report = mirrorTree(site, kept);

    expect(filesOf(kept)).toEqual(filesOf(site));
    expect(existsSync(join(kept, 'gone'))).toBe(false);
    expect(report).toEqual({ same: 1, copied: 3, removed: 2 });
    // Copies, not links: a build writing into the kept folder leaves the site as it is
    writeFileSync(join(kept, 'ca/b/index.html'), 'rewritten');
    expect(readFileSync(join(site, 'ca/b/index.html'), 'utf8')).toBe('b');
  });

  test('is emptied when there is no site yet', () => {
    const kept = tree(temp('kept'), { 'index.html': 'left by a failed build' });
    mirrorTree(join(temp('none'), 'dist'), kept);
    expect(readdirSync(kept)).toEqual([]);
  });

  test('trusts files untouched on both sides since they were last alike, and still sees a change with its date set back', async () => {
    const site = tree(temp('site'), { 'a.html': 'aaaa', 'b.html': 'bbbb' });
    const kept = temp('kept');
    mirrorTree(site, kept);
    const alike = await fileClock(join(temp('clock'), 'kept'));

    // Same size, other bytes, and a modification time from before: only the change time gives it away
    const old = statSync(join(kept, 'b.html')).mtime;
    writeFileSync(join(kept, 'b.html'), 'BBBB');
    utimesSync(join(kept, 'b.html'), old, old);

    expect(mirrorTree(site, kept, alike)).toEqual({ same: 1, copied: 1, removed: 0 });
    expect(readFileSync(join(kept, 'b.html'), 'utf8')).toBe('bbbb');
  });

  test('is dropped, with its record, once its site is gone', () => {
    const root = temp('root');
    const dist = tree(temp('dist'), { 'index.html': 'home' });
    const staging = join(root, '.build', 'dist-0123456789ab');
    const orphan = join(root, '.build', 'dist-ba9876543210');
    tree(staging, { 'index.html': 'home' });
    tree(orphan, { 'index.html': 'home' });
    recordStaging(staging, dist, 5n);
    recordStaging(orphan, join(temp('removed'), 'dist'), 5n);

    dropOrphanedStagings(root);

    expect(readdirSync(join(root, '.build')).sort()).toEqual(['dist-0123456789ab', 'dist-0123456789ab.target']);
    expect(recordedAlike(staging, dist)).toBe(5n);
    expect(recordedAlike(staging, join(temp('other'), 'dist'))).toBeUndefined();
  });
});

describe('a build into the previous site', () => {
  test('removes what it neither wrote nor kept, and leaves the folders other steps fill', async () => {
    const out = tree(temp('out'), {
      'ca/kept/index.html': 'unchanged page Astro kept',
      'ca/removed/index.html': 'an entry since deleted',
      '_astro/old.css': 'an old bundle',
      'cards/ca/a.png': 'a card',
    });
    const since = await fileClock(join(temp('clock'), 'out'));
    tree(out, { 'ca/new/index.html': 'written by this build' });

    const removed = sweepUnwritten(out, since, new Set([join(out, 'ca/kept/index.html')]), ['cards']);

    expect(removed).toBe(2);
    expect(Object.keys(filesOf(out)).sort()).toEqual(['ca/kept/index.html', 'ca/new/index.html', 'cards/ca/a.png']);
    expect(existsSync(join(out, '_astro'))).toBe(false);
  });

  test('a step removes from its own folder the files it no longer holds', () => {
    const folder = tree(temp('cards'), { 'ca/a.png': 'a', 'ca/b.png': 'b', 'es/c.png': 'c' });
    expect(removeFilesExcept(folder, (path) => path === join(folder, 'ca/a.png'))).toBe(2);
    expect(Object.keys(filesOf(folder))).toEqual(['ca/a.png']);
    expect(readdirSync(folder)).toEqual(['ca']);
  });
});
