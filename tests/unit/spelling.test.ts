import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/build.ts';

/** cspell with the project's config: each language's files against that language's dictionary. */
function cspell(...files: string[]) {
  const run = spawnSync('npx', ['cspell', '--no-progress', '--no-summary', ...files], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('spelling in four languages', () => {
  test('no content or interface text has a word its language’s dictionary or the reviewed word lists lack', { timeout: 180_000 }, () => {
    const run = cspell();
    expect(run.output).toBe('');
    expect(run.status).toBe(0);
  });

  test.each([
    ['ca', 'tests/fixtures/spelling/planted/ca.mdx:6:25 - Unknown word (metodologìa)'],
    ['es', 'tests/fixtures/spelling/planted/es.mdx:6:23 - Unknown word (metodolojía)'],
    ['en', 'tests/fixtures/spelling/planted/en.mdx:6:21 - Unknown word (neighborhood)'],
    ['eu', 'tests/fixtures/spelling/planted/eu.mdx:6:12 - Unknown word (komunitatae)'],
  ])('a planted misspelling in %s is reported with its file, line and column', (lang, message) => {
    const run = cspell(`tests/fixtures/spelling/planted/${lang}.mdx`);
    expect(run.status).toBe(1);
    expect(run.output).toContain(message);
  });
});
