import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { stagingFor } from '../../scripts/lib/output-tree.ts';
import { ROOT, contentWith, runBuild, tempDir } from '../helpers/build.ts';

const filesOf = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((item) => item.isFile())
      .map((item) => [relative(dir, join(item.parentPath, item.name)), readFileSync(join(item.parentPath, item.name)).toString('base64')]),
  );

// npm run build builds into a copy of the previous site and keeps Astro's unchanged pages where they are
// (scripts/lib/output-tree.ts): after edits, and whatever an interrupted build left there, it must
// still make the very site a build from scratch makes.
test('a build into the previous site makes the same site as a build from scratch', { timeout: 600_000 }, () => {
  const content = contentWith(tempDir('no-overlay'));
  const dist = join(tempDir('kept'), 'dist');
  expect(runBuild(dist, { TEIXIT_CONTENT: content }).status).toBe(0);
  const unchanged = runBuild(dist, { TEIXIT_CONTENT: content });
  expect(unchanged.status, unchanged.output).toBe(0);
  expect(unchanged.output).toMatch(/output folder: the previous site, \d+ files as they were, 0 copied, 0 removed/);
  // Astro's word for a page it left where it was
  expect(unchanged.output).toContain('(cached)');

  appendFileSync(join(content, 'methodologies', 'meth', 'ca.mdx'), '\nA sentence added since.\n');
  // A translation withdrawn: its page falls back to another language, its card and search entry go
  rmSync(join(content, 'experiences', 'exp', 'eu.mdx'));
  const rebuilt = runBuild(dist, { TEIXIT_CONTENT: content });
  expect(rebuilt.status, rebuilt.output).toBe(0);

  // Left in the kept folder as by an interrupted build, and taken away before the next one starts
  writeFileSync(join(stagingFor(ROOT, dist), 'left-over.html'), 'half a page');
  expect(runBuild(dist, { TEIXIT_CONTENT: content }).status).toBe(0);

  const fresh = join(tempDir('fresh'), 'dist');
  expect(runBuild(fresh, { TEIXIT_CONTENT: content }).status).toBe(0);
  const [kept, scratch] = [filesOf(dist), filesOf(fresh)];
  expect(Object.keys(kept).sort()).toEqual(Object.keys(scratch).sort());
  expect(Object.keys(kept).filter((file) => kept[file] !== scratch[file])).toEqual([]);
});
