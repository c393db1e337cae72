import { createHash } from 'node:crypto';

/** The Content-Security-Policy source that allows one inline script with exactly this text. */
export function cspHash(script: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(script).digest('base64')}`;
}
