// Marks translations as made from the current default-language text, by recording its fingerprint:
//   npm run translated -- content/values/cooperation/es.mdx [more files...]
//   npm run translated -- --all   (every translation: only right after translating everything anew)
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseDocument } from 'yaml';
import { readContentTree, splitFrontMatter } from '../src/lib/content-files.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { DEFAULT_LANGUAGE, isLang } from '../src/lib/languages.ts';
import { suggestedSlug } from '../src/lib/slugs.ts';
import { fingerprint } from '../src/lib/translation-status.ts';

function sourceOf(file: string) {
  const split = splitFrontMatter(readFileSync(file, 'utf8'));
  if (!split) throw new Error(`${file}: no front matter`);
  return { split, data: parseDocument(split.yaml).toJS() as Record<string, unknown> };
}

function stamp(file: string): string {
  const lang = basename(file, '.mdx');
  if (!isLang(lang) || lang === DEFAULT_LANGUAGE) throw new Error(`${file}: not a translation (<language>.mdx other than ${DEFAULT_LANGUAGE})`);
  const source = sourceOf(join(dirname(file), `${DEFAULT_LANGUAGE}.mdx`));
  const print = fingerprint({ data: source.data, body: source.split.body });
  const text = readFileSync(file, 'utf8');
  const split = splitFrontMatter(text);
  if (!split) throw new Error(`${file}: no front matter`);
  const doc = parseDocument(split.yaml);
  doc.set('translatedFrom', print);
  // A translation gets its own address the first time it is stamped, from its own title.
  const title = doc.get('title');
  if (!doc.has('slug') && typeof title === 'string') doc.set('slug', suggestedSlug(lang, basename(dirname(file)), title));
  writeFileSync(file, `---\n${doc.toString({ lineWidth: 0 })}---\n${split.body}`);
  return print;
}

const args = process.argv.slice(2);
const files =
  args[0] === '--all'
    ? [...readContentTree(contentDir()).collections.values()].flatMap((folders) =>
        folders.flatMap((folder) =>
          [...folder.files.values()]
            .map((f) => f.path)
            .filter((path) => path.endsWith('.mdx') && !path.endsWith(`${DEFAULT_LANGUAGE}.mdx`)),
        ),
      )
    : args;
if (files.length === 0) {
  console.error('Name the translation files to mark as up to date, or --all.');
  process.exit(2);
}
for (const file of files) console.log(`${file}: made from ${DEFAULT_LANGUAGE} text ${stamp(file)}`);
