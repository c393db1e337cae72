import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check-content.ts';
import { readContentTree } from '../../src/lib/content-files.ts';
import { pickTextLanguage } from '../../src/lib/languages.ts';
import { pageMap } from '../../src/lib/page-map.ts';
import { ROOT, readPage, runBuild, tempDir } from '../helpers/build.ts';

const copyOfValidContent = () => {
  const dir = join(tempDir('folder'), 'content');
  cpSync(join(ROOT, 'tests', 'fixtures', 'valid', 'content'), dir, { recursive: true });
  return dir;
};

describe('builds from another content folder', () => {
  let built = '';
  // Astro's content store keeps an unchanged entry with the path it was first read from: without the
  // reset, the second build would look for its texts in the folder deleted in between.
  test('build from a new folder with the same files once the first folder is gone', { timeout: 300_000 }, () => {
    const first = copyOfValidContent();
    const before = runBuild(join(tempDir('folder-dist'), 'dist'), { TEIXIT_CONTENT: first });
    expect(before.status, before.output).toBe(0);
    rmSync(first, { recursive: true });

    const after = runBuild(join(tempDir('folder-dist'), 'dist'), { TEIXIT_CONTENT: copyOfValidContent() });
    expect(after.status, after.output).toBe(0);
    expect(after.output).toContain('the content store starts afresh');
    built = after.dist;
  });

  // The real content is translated into every language; the fixture's methodology has no Basque text.
  test('a page without its own translation says so, shows another language marked with lang, and is not indexed', () => {
    const fixture = join(ROOT, 'tests', 'fixtures', 'valid', 'content');
    const pages = pageMap(checkContent(readContentTree(fixture)).content);
    const fallback = [...pages].find(([, page]) => page.route.route === 'entry' && !page.indexable);
    if (!fallback || !built) throw new Error('The fixture has no untranslated page, or the build above failed.');
    const [path, page] = fallback;
    const html = readPage(built, path);
    const shown = pickTextLanguage(page.lang, page.alternates.map((a) => a.lang));
    expect(html).toContain(`<html lang="${page.lang}"`);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('rel="canonical"');
    expect(html).toMatch(new RegExp(`<h1 lang="${shown}"[ >]`));
    expect(html).toContain('class="notice"');
    expect(html).not.toContain('data-pagefind-body');
    expect(html).not.toMatch(new RegExp(`hreflang="${page.lang}" href="[^"]*${path}"`));
  });
});
