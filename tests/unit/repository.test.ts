import { describe, expect, test } from 'vitest';
import { editUrl, newFileUrl, repositoryFromEnv } from '../../src/lib/repository.ts';

describe('repository links', () => {
  test('are off until a repository is configured', () => {
    expect(repositoryFromEnv({})).toBeUndefined();
    expect(repositoryFromEnv({ TEIXIT_REPOSITORY: ' ' })).toBeUndefined();
  });

  test('edit the page language file on the configured branch', () => {
    const repo = repositoryFromEnv({ TEIXIT_REPOSITORY: 'https://git.example/org/teixit/', TEIXIT_BRANCH: 'live' });
    expect(repo).toEqual({ url: 'https://git.example/org/teixit', branch: 'live' });
    if (!repo) throw new Error('unreachable');
    expect(editUrl(repo, 'content/values/cooperation/es.mdx')).toBe(
      'https://git.example/org/teixit/edit/live/content/values/cooperation/es.mdx',
    );
    expect(newFileUrl(repo, 'content/values/cooperation', 'eu.mdx', '---\ntitle: x\n---\n')).toBe(
      'https://git.example/org/teixit/new/live/content/values/cooperation?filename=eu.mdx&value=---%0Atitle%3A+x%0A---%0A',
    );
  });
});
