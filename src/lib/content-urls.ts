/**
 * Addresses written in content, read as a browser on one of the site's pages would read them: it drops
 * tabs and line breaks anywhere and spaces or control characters around, takes `\` for `/`, and
 * resolves `//host/...` against the page's scheme. Checking the raw text instead would let
 * `java&#9;script:` or `/\evil.example/` through.
 */

const PAGE = new URL('https://teixit.invalid/ca/valors/cooperation/');

/** The schemes a link may use; every other scheme (javascript:, data:, file:...) is refused. */
export const LINK_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'] as const;

export type ContentUrl =
  /** On the site itself: a path, a relative address or a fragment */
  | { kind: 'site'; path: string }
  | { kind: 'other-origin'; origin: string }
  | { kind: 'scheme'; scheme: string }
  | { kind: 'invalid' };

export function readUrl(url: string): ContentUrl {
  let resolved: URL;
  try {
    resolved = new URL(url, PAGE);
  } catch {
    return { kind: 'invalid' };
  }
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') return { kind: 'scheme', scheme: resolved.protocol };
  if (resolved.origin !== PAGE.origin) return { kind: 'other-origin', origin: resolved.origin };
  return { kind: 'site', path: resolved.pathname };
}

/** A link may leave the site, but only with a scheme that navigates: no script, data or file. */
export function isSafeLink(url: ContentUrl): boolean {
  return url.kind !== 'invalid' && (url.kind !== 'scheme' || (LINK_SCHEMES as readonly string[]).includes(url.scheme));
}

/** A path written from the site's root (`/ca/...`), which must name a page; `//host` and `/\host` are other sites. */
export function isRootPath(raw: string, url: ContentUrl): url is Extract<ContentUrl, { kind: 'site' }> {
  return url.kind === 'site' && /^[\u0000-\u0020]*\//.test(raw);
}
