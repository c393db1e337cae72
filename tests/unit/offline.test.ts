import { describe, expect, test } from 'vitest';
import { LANGUAGES } from '../../src/lib/languages.ts';
import { formatSize, manifestFile, offlineFiles, pageUrl } from '../../src/lib/offline.ts';

describe('the offline copy of a language', () => {
  test('lists its own pages, the shared files and its part of the search index, never another language or the social cards', () => {
    for (const lang of LANGUAGES) {
      const files = offlineFiles(lang);
      expect(files).toContain(`${lang}/**/*`);
      expect(files).toContain(`pagefind/wasm.${lang}.pagefind`);
      expect(files.some((glob) => glob.startsWith('cards'))).toBe(false);
      // Another language's folder, open data (x.es.json), index files (es_…) or engine (wasm.es.…)
      const of = (other: string) => (glob: string) => glob.startsWith(`${other}/`) || new RegExp(`[./]${other}[._]`).test(glob);
      for (const other of LANGUAGES.filter((l) => l !== lang)) expect(files.filter(of(other))).toEqual([]);
      expect(files.filter(of(lang)).length).toBeGreaterThan(5);
      expect(manifestFile(lang)).toBe(`offline/${lang}.json`);
    }
  });

  test('keeps a page under the address links use', () => {
    expect(pageUrl('ca/glossari/coproduction/index.html')).toBe('ca/glossari/coproduction/');
    expect(pageUrl('ca/index.html')).toBe('ca/');
    expect(pageUrl('ca/404.html')).toBe('ca/404.html');
    expect(pageUrl('ca/fitxes-de-treball/x.docx')).toBe('ca/fitxes-de-treball/x.docx');
  });

  test('says its size in the language of the page', () => {
    expect(formatSize(5_911_885, 'en')).toBe('5.6 MB');
    expect(formatSize(5_911_885, 'ca')).toBe('5,6 MB');
    expect(formatSize(300, 'en')).toBe('1 kB');
  });
});
