import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, runBuild, tempDir } from '../helpers/build.ts';

const copyOfValidContent = () => {
  const dir = join(tempDir('folder'), 'content');
  cpSync(join(ROOT, 'tests', 'fixtures', 'valid', 'content'), dir, { recursive: true });
  return dir;
};

describe('builds from another content folder', () => {
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
  });
});
