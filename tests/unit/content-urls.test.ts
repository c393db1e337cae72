import { describe, expect, test } from 'vitest';
import { isRootPath, isSafeLink, readUrl } from '../../src/lib/content-urls.ts';

describe('addresses written in content, read as a browser reads them', () => {
  test.each([
    ['https://example.org/a.png', 'https://example.org'],
    ['//example.org/a.png', 'https://example.org'],
    ['/\\example.org/a.png', 'https://example.org'],
    ['\\\\example.org/a.png', 'https://example.org'],
    [' \t//example.org/a.png', 'https://example.org'],
    ['/\t/example.org/a.png', 'https://example.org'],
    ['HTTP://EXAMPLE.ORG:8080/a.png', 'http://example.org:8080'],
    ['https://teixit.invalid@example.org/a.png', 'https://example.org'],
  ])('%j is on another origin', (url, origin) => {
    expect(readUrl(url)).toEqual({ kind: 'other-origin', origin });
  });

  test.each(['photo.png', './photo.png', '../other/photo.png', '/ca/valors/cooperation/', '#steps', '?page=2', ''])(
    '%j stays on the site',
    (url) => {
      expect(readUrl(url).kind).toBe('site');
    },
  );

  test.each([
    ['javascript:alert(1)', 'javascript:'],
    ['JaVaScRiPt:alert(1)', 'javascript:'],
    ['java\tscript:alert(1)', 'javascript:'],
    ['java\nscript:alert(1)', 'javascript:'],
    ['\u0001 javascript:alert(1)', 'javascript:'],
    ['vbscript:msgbox(1)', 'vbscript:'],
    ['data:image/svg+xml,<svg/>', 'data:'],
    ['file:///etc/passwd', 'file:'],
    ['blob:https://example.org/x', 'blob:'],
    ['mailto:someone@example.org', 'mailto:'],
  ])('%j has the scheme %s', (url, scheme) => {
    expect(readUrl(url)).toEqual({ kind: 'scheme', scheme });
  });

  test('a link may use http, https, mailto: and tel:, and nothing that runs or loads instead', () => {
    const safe = ['https://example.org/', 'http://example.org/', 'mailto:a@example.org', 'tel:+34900000000', '/ca/', 'x/'];
    const unsafe = ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'ftp://example.org/', 'http://[::1'];
    expect(safe.filter((url) => !isSafeLink(readUrl(url)))).toEqual([]);
    expect(unsafe.filter((url) => isSafeLink(readUrl(url)))).toEqual([]);
  });

  test('only a path from the root of this site must name one of its pages', () => {
    const rooted = (url: string) => isRootPath(url, readUrl(url));
    expect(rooted('/ca/valors/cooperation/')).toBe(true);
    expect(rooted('  /ca/')).toBe(true);
    expect(['//example.org/', '/\\example.org/', '../cooperation/', 'https://example.org/'].filter(rooted)).toEqual([]);
  });
});
