/**
 * Security headers for hosts that read a `_headers` file (Netlify, Cloudflare Pages). Pages also carry
 * their Content-Security-Policy in a <meta> element, for every other host; the header adds what a
 * <meta> cannot say (frame-ancestors) and the other protections.
 */

/** Joins the policies of all pages into one: the same directives, with every page's hashes allowed. */
export function mergePolicies(policies: readonly string[]): string {
  const directives = new Map<string, string[]>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const known = directives.get(name) ?? [];
      for (const source of sources) if (!known.includes(source)) known.push(source);
      directives.set(name, known);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
} as const;

/** The `_headers` file: one rule for every path of the site under its base. */
export function headersFile(base: string, pagePolicy: string): string {
  const policy = `${pagePolicy}; frame-ancestors 'none'`;
  const lines = [`${base}*`, `  Content-Security-Policy: ${policy}`];
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) lines.push(`  ${name}: ${value}`);
  return `${lines.join('\n')}\n`;
}
