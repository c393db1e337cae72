import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MAX_FILE_BYTES, readContentTree, splitFrontMatter } from '../../src/lib/content-files.ts';

describe('splitFrontMatter', () => {
  test('finds the front matter after a byte order mark or blank lines, as Astro does, with the right lines', () => {
    expect(splitFrontMatter('\uFEFF---\ntitle: x\n---\nBody\n')).toEqual({ yaml: 'title: x\n', yamlStartLine: 2, body: 'Body\n', bodyStartLine: 4 });
    expect(splitFrontMatter('\n \n---  \ntitle: x\n---\t\nBody')).toEqual({ yaml: 'title: x\n', yamlStartLine: 4, body: 'Body', bodyStartLine: 6 });
    expect(splitFrontMatter('---\r\ntitle: x\r\n---\r\n\r\nBody\r\n')).toEqual({
      yaml: 'title: x\r\n',
      yamlStartLine: 2,
      body: '\r\nBody\r\n',
      bodyStartLine: 4,
    });
    expect(splitFrontMatter('---\n---\n')).toMatchObject({ yaml: '', body: '' });
  });

  test('closes the front matter only at a line of dashes', () => {
    expect(splitFrontMatter('---\ntitle: A long story ---\nsummary: x\n---\n')?.yaml).toBe('title: A long story ---\nsummary: x\n');
    expect(splitFrontMatter('title: x\n---\n')).toBeUndefined();
    expect(splitFrontMatter('---\ntitle: x\n')).toBeUndefined();
  });
});

describe('readContentTree', () => {
  const folder = () => {
    const root = mkdtempSync(join(tmpdir(), 'teixit-files-'));
    const entry = join(root, 'values', 'val');
    mkdirSync(join(entry, 'images'), { recursive: true });
    return { root, entry };
  };

  test('reads text without a byte order mark, leaves images, large files and other encodings unread, and checks image signatures', () => {
    const { root, entry } = folder();
    writeFileSync(join(entry, 'entry.yaml'), '\uFEFFprogrammes: [prog]\n');
    writeFileSync(join(entry, 'ca.mdx'), Buffer.concat([Buffer.from('---\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from('\n---\n')]));
    writeFileSync(join(entry, 'es.mdx'), 'x'.repeat(MAX_FILE_BYTES + 1));
    writeFileSync(join(entry, 'en.mdx'), 'x'.repeat(MAX_FILE_BYTES));
    writeFileSync(join(entry, 'map.png'), Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 'latin1'));
    writeFileSync(join(entry, 'photo.jpg'), '<!doctype html>');
    const [val] = readContentTree(root, root).collections.get('values') ?? [];
    expect(val?.facts).toEqual({ path: 'values/val/entry.yaml', text: 'programmes: [prog]\n' });
    expect(val?.files.get('ca.mdx')).toEqual({ path: 'values/val/ca.mdx', text: '', unread: { reason: 'not-utf8', line: 2 } });
    expect(val?.files.get('es.mdx')?.unread).toEqual({ reason: 'too-large', bytes: MAX_FILE_BYTES + 1 });
    expect(val?.files.get('en.mdx')?.text).toHaveLength(MAX_FILE_BYTES);
    expect(val?.files.get('map.png')).toEqual({ path: 'values/val/map.png', text: '' });
    expect(val?.files.get('photo.jpg')?.unread).toEqual({ reason: 'not-an-image', format: 'JPEG' });
    expect(val?.folders).toEqual(['images']);
  });
});
