/**
 * Whether an MDX text is plain Markdown, which renders the same as MDX or as Markdown: no component, no
 * expression, no import or export, no raw HTML or image syntax (those are where the two languages part,
 * and where MDX components take over), and no indented code (MDX has none; Markdown would make one).
 */
export function isPlainMarkdown(body: string): boolean {
  if (/[<>{}]/.test(body) || /!\[/.test(body)) return false;
  if (/^(import|export)\s/m.test(body)) return false;
  // A line indented by four spaces or a tab outside a list is code in Markdown and a paragraph in MDX
  const lines = body.split('\n');
  return lines.every((line, i) => {
    if (!/^( {4}|\t)/.test(line)) return true;
    const previous = lines.slice(0, i).reverse().find((l) => l.trim() !== '' && !/^( {4}|\t)/.test(l)) ?? '';
    return /^\s*([-*+]|\d+[.)])\s/.test(previous);
  });
}

/**
 * Site paths in rendered HTML placed under the base the site is served from: MDX texts do this with
 * their link component, texts rendered as Markdown here.
 */
export function underBase(html: string, base: string): string {
  if (base === '/') return html;
  return html.replace(/(<a\s[^>]*?href=")\/(?!\/)/g, `$1${base}`);
}
