import { describe, expect, test } from 'vitest';
import { describeValue, formatIssue } from '../../src/lib/issues.ts';

describe('issues', () => {
  test('show line breaks, control characters and direction overrides as escapes, one issue to a line', () => {
    const message = formatIssue({ severity: 'error', file: 'a.mdx', field: '(body)', expected: 'x', found: '"\u001b[2J\n\u202egnp.exe"' });
    expect(message).toBe('a.mdx error in (body): expected x, found "\\u001b[2J\\u000a\\u202egnp.exe"');
  });

  test('shorten long texts without splitting a character', () => {
    expect(describeValue('😀'.repeat(70))).toBe(`"${'😀'.repeat(57)}..."`);
    expect(describeValue('Col·lectiu')).toBe('"Col·lectiu"');
  });
});
