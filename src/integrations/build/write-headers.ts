import { closeSync, openSync, readdirSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFile, mergePolicies } from '../../lib/security-headers.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    if (item.isDirectory()) return htmlFiles(path);
    return item.name.endsWith('.html') ? [path] : [];
  });
}

const POLICY = /<meta http-equiv="content-security-policy" content="([^"]+)"/;
const HEAD_BYTES = 8192;

/** A page's policy, read from its first bytes where Astro puts it (a quarter of the time of reading it whole), else from all of it. */
export function pagePolicy(file: string): string | undefined {
  const head = Buffer.allocUnsafe(HEAD_BYTES);
  const fd = openSync(file, 'r');
  let length: number;
  try {
    length = readSync(fd, head, 0, HEAD_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  return POLICY.exec(head.toString('utf8', 0, length))?.[1] ?? POLICY.exec(readFileSync(file, 'utf8'))?.[1];
}

/** Writes `_headers` with the policy every page declares in its <meta>, plus the headers a <meta> cannot carry. */
export function writeHeaders(siteDir: string, base: string): void {
  const policies = new Set<string>();
  for (const file of htmlFiles(siteDir)) {
    const policy = pagePolicy(file);
    if (!policy) throw new Error(`${file} has no Content-Security-Policy`);
    policies.add(policy);
  }
  writeFileSync(join(siteDir, '_headers'), headersFile(base, mergePolicies([...policies])));
}
