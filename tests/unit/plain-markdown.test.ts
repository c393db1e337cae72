import { describe, expect, test } from 'vitest';
import { isPlainMarkdown, underBase } from '../../src/lib/plain-markdown.ts';

describe('plain Markdown texts, rendered without an MDX module', () => {
  test('headings, lists, emphasis, links and nested list paragraphs are plain', () => {
    expect(isPlainMarkdown('## Steps\n\n1. **Invite** the [group](/en/values/care/).\n\n    More about it.\n- *one*\n')).toBe(true);
  });

  test('components, expressions, raw HTML, images, imports and indented code are not', () => {
    for (const body of [
      '<Figure src="a.png" alt="A" />',
      'Some {1 + 1} text',
      'A <br> break',
      '![A map](./map.png)',
      'import X from "./x.mdx"\n\nText',
      'Text\n\n    code in Markdown, a paragraph in MDX',
    ]) {
      expect(isPlainMarkdown(body), body).toBe(false);
    }
  });

  test('site paths in links go under the base; other addresses and non-links stay as written', () => {
    const html = '<p><a href="/ca/valors/cura/">cura</a> <a href="//cdn.example/x">x</a> <a href="https://example.org/">e</a> <img src="/x.png"></p>';
    expect(underBase(html, '/teixit/')).toBe(
      '<p><a href="/teixit/ca/valors/cura/">cura</a> <a href="//cdn.example/x">x</a> <a href="https://example.org/">e</a> <img src="/x.png"></p>',
    );
    expect(underBase(html, '/')).toBe(html);
  });
});
