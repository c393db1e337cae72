import { describe, expect, test } from 'vitest';
import { headersFile, mergePolicies } from '../../src/lib/security-headers.ts';

describe('security headers', () => {
  test('merging pages keeps each directive once, with every page hash', () => {
    expect(
      mergePolicies([
        "default-src 'self'; script-src 'self' 'sha256-a'",
        "default-src 'self'; script-src 'self' 'sha256-b'; style-src 'self'",
      ]),
    ).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'");
  });

  test('the _headers file forbids framing and sets the other protections under the base', () => {
    const file = headersFile('/teixit/', "default-src 'self'");
    expect(file.split('\n')[0]).toBe('/teixit/*');
    expect(file).toContain("Content-Security-Policy: default-src 'self'; frame-ancestors 'none'");
    expect(file).toContain('X-Content-Type-Options: nosniff');
    expect(file).toContain('Referrer-Policy: strict-origin-when-cross-origin');
    expect(file).toMatch(/Permissions-Policy: camera=\(\)/);
  });
});
