import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { runBuild, tempDir } from '../helpers/build.ts';

/** Every file under `dir`, as paths relative to it, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

const builds: string[] = [];
afterAll(() => {
  for (const dist of builds) rmSync(dirname(dist), { recursive: true, force: true });
});

// A reviewer compares a pull request's build with main's: only real changes should differ, so two
// builds of the same commit must be identical to the byte (no dates, random ids or unordered output).
test('two builds of the same commit are byte-identical', { timeout: 300_000 }, () => {
  for (const name of ['first', 'second']) {
    const build = runBuild(join(tempDir(`determinism-${name}`), 'dist'));
    builds.push(build.dist);
    expect(build.status, build.output).toBe(0);
  }
  const [first = '', second = ''] = builds;
  const files = filesUnder(first);
  const secondFiles = filesUnder(second);
  const inFirst = new Set(files);
  const inSecond = new Set(secondFiles);
  const differing = [
    ...files.filter((file) => !inSecond.has(file)).map((file) => `${file} (only in the first build)`),
    ...secondFiles.filter((file) => !inFirst.has(file)).map((file) => `${file} (only in the second build)`),
    ...files.filter((file) => inSecond.has(file) && !readFileSync(join(first, file)).equals(readFileSync(join(second, file)))),
  ];
  console.log(`determinism: ${files.length} files compared, ${differing.length} differ`);
  expect(differing, 'files that differ between two builds of the same commit').toEqual([]);
});
