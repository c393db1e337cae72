import { describe, expect, test } from 'vitest';
import { openParser } from '../../src/lib/parser-thread.ts';

describe('the parser thread', () => {
  test('gives up on a text that outlasts the limit twice, soon after, and parses the next text with a new thread', () => {
    const parser = openParser(500);
    parser.setContext(['/ca/'], []);
    expect(parser.mdx('A [link](/ca/).', 1, [])).toMatchObject({ value: { problems: [] } });
    const started = performance.now();
    expect(parser.mdx('*a'.repeat(40_000), 1, [])).toEqual({ timedOut: true, attempts: 2 });
    // A second attempt, on a thread of its own, so that a stall of the machine alone never fails a file
    const waited = performance.now() - started;
    expect(waited).toBeGreaterThanOrEqual(2 * 500);
    expect(waited).toBeLessThan(4000);
    // The new thread has the context too: the link is still known
    expect(parser.mdx('A [link](/ca/).', 1, [])).toMatchObject({ value: { problems: [] } });
    expect(parser.yaml('a: 1', 1)).toEqual({ value: { data: { a: 1 }, lines: [['[]', 1], ['["a"]', 1]] } });
  });

  test('sends each check its own pages, on the thread the checks share', () => {
    const first = openParser();
    const second = openParser();
    first.setContext(['/ca/'], []);
    second.setContext(['/es/'], []);
    const broken = (parser: typeof first) =>
      (parser.mdx('[a](/ca/) [b](/es/)', 1, []) as { value: { problems: { found: string }[] } }).value.problems.map((p) => p.found);
    expect(broken(first)).toEqual(['a broken internal link "/es/"']);
    expect(broken(second)).toEqual(['a broken internal link "/ca/"']);
  });
});
