import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, cleanEnv, contentWith } from '../helpers/build.ts';
import { BAD_CASES } from '../helpers/content-trees.ts';

/** `npm run check`'s content step, on a copy of the valid fixture with the given bad fixtures added. */
function check(...overlays: string[]) {
  const [first = '', ...others] = overlays;
  const content = contentWith(join(BAD_CASES, first));
  for (const overlay of others) cpSync(join(BAD_CASES, overlay), content, { recursive: true });
  const started = performance.now();
  const run = spawnSync(process.execPath, ['scripts/check.ts'], {
    cwd: ROOT,
    env: cleanEnv({ TEIXIT_CONTENT: content }),
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { ...run, seconds: (performance.now() - started) / 1000 };
}

describe('npm run check on files made to stall or crash a parser', () => {
  test.each([
    [
      'mdx-slow-emphasis',
      '/content/values/mdx-slow-emphasis/ca.mdx error in (body): expected Markdown the checker can read within 3 s, found text that takes longer, such as long runs of * or _, or brackets or lists nested hundreds deep',
    ],
    [
      'yaml-alias-bomb',
      '/content/values/yaml-alias-bomb/entry.yaml:3 error in (YAML syntax): expected aliases (*name) that stand for at most 100 values in all, found aliases that multiply into more (an alias bomb); write the values out instead',
    ],
    [
      'yaml-slow',
      '/content/values/yaml-slow/entry.yaml error in (YAML syntax): expected YAML the checker can read within 3 s, found text that takes longer, such as thousands of keys or anchors',
    ],
  ])('refuses %s within 10 s with a message naming the file, and still reports the rest', (overlay, message) => {
    const run = check(overlay, 'unknown-reference');
    expect(run.seconds, run.stdout + run.stderr).toBeLessThan(10);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(message);
    expect(run.stdout).toContain('/content/programmes/prog/entry.yaml:1 error in territories[1]: expected the id of an existing territories entry');
    expect(run.stdout).toMatch(/content check: \d+ entries, 2 error\(s\)/);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});
