import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { runBuild, tempDir } from '../helpers/build.ts';
import { brokenLinks } from '../helpers/links.ts';

describe('links', () => {
  test('every internal link and fragment of the built site resolves', { timeout: 300_000 }, async () => {
    const dist = inject('siteDist');
    expect(await brokenLinks(dist)).toEqual([]);
  });

  test('a site built for a sub-path has no broken links under that sub-path', { timeout: 600_000 }, async () => {
    const root = tempDir('subpath');
    const build = runBuild(join(root, 'teixit'), { TEIXIT_BASE: '/teixit/' });
    expect(build.status, build.output).toBe(0);
    // The host's own root, which only points into the sub-path
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>host</title><a href="/teixit/">Teixit</a>');
    const broken = await brokenLinks(root);
    expect(broken).toEqual([]);
  });
});
