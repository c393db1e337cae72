import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, test } from 'vitest';
import { checkContent } from '../../src/lib/check-content.ts';
import { COLLECTIONS } from '../../src/schemas/collections.ts';
import { contentDir } from '../../src/lib/content-dir.ts';
import { readContentTree } from '../../src/lib/content-files.ts';
import { LANGUAGES } from '../../src/lib/languages.ts';
import { urls } from '../../src/lib/urls.ts';
import { ROOT, readPage } from '../helpers/build.ts';

/** The budget of one article: its HTML and the stylesheets it links, gzipped, as a first visit downloads them. */
const BUDGET = 15_000;

const dist = inject('siteDist');
const { content } = checkContent(readContentTree(contentDir(ROOT)));
const gzipped = (bytes: Buffer | string) => gzipSync(bytes).length;

describe('the weight of an entry page', () => {
  test(`every entry page in every language weighs at most ${BUDGET} bytes gzipped with its CSS`, () => {
    const over: string[] = [];
    let heaviest = { path: '', bytes: 0 };
    for (const lang of LANGUAGES) {
      for (const collection of COLLECTIONS) {
        for (const id of content[collection].keys()) {
          const path = urls.entry(lang, collection, id);
          const html = readPage(dist, path);
          const styles = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1] ?? '');
          const bytes = gzipped(html) + styles.reduce((sum, href) => sum + gzipped(readFileSync(join(dist, href))), 0);
          if (bytes > heaviest.bytes) heaviest = { path, bytes };
          if (bytes > BUDGET) over.push(`${path}: ${bytes} bytes`);
        }
      }
    }
    console.log(`heaviest entry page: ${heaviest.path}, ${heaviest.bytes} bytes gzipped with its CSS`);
    expect(over).toEqual([]);
  });
});
