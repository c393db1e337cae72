// Writes the slug of every translation that has none, made from its title, just after its title line:
//   npm run slugs
// A slug, once written, is the page's address and stays when the title changes; edit it by hand only
// for a page nobody has linked to yet.
import { writeFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { readContentTree, splitFrontMatter } from '../src/lib/content-files.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { isLang } from '../src/lib/languages.ts';
import { suggestedSlug } from '../src/lib/slugs.ts';

let written = 0;
for (const folders of readContentTree(contentDir()).collections.values()) {
  for (const folder of folders) {
    for (const [name, file] of folder.files) {
      const lang = name.replace(/\.mdx$/, '');
      const split = name.endsWith('.mdx') && isLang(lang) ? splitFrontMatter(file.text) : undefined;
      if (!split || !isLang(lang)) continue;
      const data = parseDocument(split.yaml).toJS() as { slug?: unknown; title?: unknown } | null;
      if (!data || data.slug || typeof data.title !== 'string') continue;
      const lines = file.text.split('\n');
      const title = lines.findIndex((line, i) => i > 0 && /^title:/.test(line));
      if (title === -1) continue;
      lines.splice(title + 1, 0, `slug: ${JSON.stringify(suggestedSlug(lang, folder.id, data.title))}`);
      writeFileSync(file.path, lines.join('\n'));
      written++;
    }
  }
}
console.log(`slugs: ${written} written`);
