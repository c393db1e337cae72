import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { stagingFor } from '../../scripts/lib/output-tree.ts';
import { ROOT, contentWith, runBuild, tempDir } from '../helpers/build.ts';

describe('a build with bad content', () => {
  test('fails naming the file and field, and leaves the previous dist/ untouched', () => {
    const dist = join(tempDir('failed'), 'dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), 'the previous site');
    const content = contentWith(join(ROOT, 'tests', 'fixtures', 'bad', 'unknown-reference'));
    const folder = join(ROOT, '.build');
    const staged = () => new Set(existsSync(folder) ? readdirSync(folder) : []);
    const stagedBefore = staged();

    const run = runBuild(dist, { TEIXIT_CONTENT: content });

    expect(run.status).not.toBe(0);
    expect(run.output).toContain(
      'content/programmes/prog/entry.yaml:1 error in territories[1]: expected the id of an existing territories entry',
    );
    expect(run.output).toContain('The previous');
    expect(readdirSync(dist)).toEqual(['index.html']);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the previous site');
    // Nothing left behind but the folder the next build of this site starts from, and its record
    const kept = basename(stagingFor(ROOT, dist));
    expect([...staged()].filter((name) => !stagedBefore.has(name)).sort()).toEqual([kept, `${kept}.target`]);
    expect(readFileSync(join(folder, kept, 'index.html'), 'utf8')).toBe('the previous site');
  });

  // The check runs while Astro loads the content, whose own schema rejects this file first: the build
  // still ends with the checker's words, not the loader's.
  test('fails with the checker\'s report when Astro\'s loader rejects the file first', () => {
    const content = contentWith(join(ROOT, 'tests', 'fixtures', 'bad', 'missing-required-field'));
    const run = runBuild(join(tempDir('rejected'), 'dist'), { TEIXIT_CONTENT: content });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(
      'content/methodologies/meth/entry.yaml:1 error in participation: expected one of "inform", "consult", "involve", "collaborate", "empower", found nothing (the field is missing)',
    );
    expect(run.output).toContain('The content has 1 error(s), listed above.');
  });

  // The build checks the content in a child process (src/integrations/site-check-process.ts): its parser thread keeps the time limit there too
  test('fails within seconds on a text made to stall the parser, naming it', () => {
    const content = contentWith(join(ROOT, 'tests', 'fixtures', 'bad', 'mdx-slow-emphasis'));
    const started = performance.now();
    const run = runBuild(join(tempDir('stalled'), 'dist'), { TEIXIT_CONTENT: content });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(
      'content/values/mdx-slow-emphasis/ca.mdx error in (body): expected Markdown the checker can read within 3 s, found text that takes longer',
    );
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
