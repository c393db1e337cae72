import { describe, expect, test } from 'vitest';
import { COMMIT_MARK, combineHistories, parseGitLog } from '../../src/lib/git-log.ts';

const log = [
  `${COMMIT_MARK}2026-03-02T10:00:00+01:00\u001fAina`,
  '',
  'content/values/cooperation/es.mdx',
  'content/values/cooperation/ca.mdx',
  `${COMMIT_MARK}2026-01-15T09:00:00+01:00\u001fJon`,
  '',
  'content/values/cooperation/ca.mdx',
  'content/values/cooperation/entry.yaml',
].join('\n');

describe('git history', () => {
  const files = parseGitLog(log);

  test('a file was updated by its newest commit and created by its oldest', () => {
    expect(files.get('content/values/cooperation/ca.mdx')).toEqual({
      created: '2026-01-15T09:00:00+01:00',
      updated: '2026-03-02T10:00:00+01:00',
      contributors: ['Aina', 'Jon'],
    });
  });

  test('a page combines its files: the latest change and everyone who worked on them', () => {
    const page = combineHistories([
      files.get('content/values/cooperation/entry.yaml'),
      files.get('content/values/cooperation/es.mdx'),
      undefined,
    ]);
    expect(page).toEqual({
      created: '2026-01-15T09:00:00+01:00',
      updated: '2026-03-02T10:00:00+01:00',
      contributors: ['Jon', 'Aina'],
    });
    expect(combineHistories([undefined])).toBeUndefined();
  });
});
