import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFile, mergePolicies } from '../../lib/security-headers.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    if (item.isDirectory()) return htmlFiles(path);
    return item.name.endsWith('.html') ? [path] : [];
  });
}

/** Writes `_headers` with the policy every page declares in its <meta>, plus the headers a <meta> cannot carry. */
export function writeHeaders(siteDir: string, base: string): void {
  const policies = new Set<string>();
  for (const file of htmlFiles(siteDir)) {
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1];
    if (!policy) throw new Error(`${file} has no Content-Security-Policy`);
    policies.add(policy);
  }
  writeFileSync(join(siteDir, '_headers'), headersFile(base, mergePolicies([...policies])));
}
