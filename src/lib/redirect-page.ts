import { ui } from './i18n.ts';
import type { Lang } from './languages.ts';

// Attributes are double-quoted, so a policy's single quotes stay as written (the headers file reads them back).
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char);

/**
 * The page left at an address an entry had before it had a slug: it sends readers and crawlers to the
 * page's new address. Written by the build as plain HTML, since it shows nothing a template would add.
 */
export function redirectPage({ lang, to, absolute, policy }: { lang: Lang; to: string; absolute: string; policy: string }): string {
  const t = ui(lang);
  return `<!DOCTYPE html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="content-security-policy" content="${escapeHtml(policy)}">
    <title>${escapeHtml(t.moved.title)}</title>
    <meta http-equiv="refresh" content="0; url=${escapeHtml(to)}">
    <meta name="robots" content="noindex">
    <link rel="canonical" href="${escapeHtml(absolute)}">
  </head>
  <body>
    <main>
      <p>${escapeHtml(t.moved.text)} <a href="${escapeHtml(to)}">${escapeHtml(absolute)}</a></p>
    </main>
  </body>
</html>
`;
}
