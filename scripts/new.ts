// Scaffolds content: a new entry with every field present and explained, or a translation to start.
//   npm run new                                   (asks)
//   npm run new -- <collection> <id> [--lang ca]
//   npm run new -- --translate <collection>/<id> --lang <lang>
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { z } from 'astro/zod';
import { parseDocument } from 'yaml';
import { COLLECTIONS, ENTRY_ID_PATTERN, isCollection, type CollectionName } from '../src/schemas/collections.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { splitFrontMatter, FACTS_FILE } from '../src/lib/content-files.ts';
import { DEFAULT_LANGUAGE, LANGUAGES, isLang, type Lang } from '../src/lib/languages.ts';
import { explainedYaml, translationStarter } from '../src/lib/scaffold.ts';
import { MODEL } from '../src/schemas/model.ts';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { translate: { type: 'string' }, lang: { type: 'string' } },
});

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

async function ask(question: string): Promise<string> {
  if (!process.stdin.isTTY) fail(`Missing argument: ${question}\nUsage: npm run new -- <collection> <id> [--lang ca]`);
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = (await rl.question(`${question} `)).trim();
  rl.close();
  return answer;
}

const today = new Date().toISOString().slice(0, 10);
const schemaOf = (type: z.ZodType) => z.toJSONSchema(type, { io: 'input', unrepresentable: 'any' }) as Parameters<typeof explainedYaml>[0];
const show = (path: string) => relative(process.cwd(), path);

async function newTranslation(target: string, lang: string) {
  const [collection = '', id = ''] = target.split('/');
  if (!isLang(lang) || lang === DEFAULT_LANGUAGE) fail(`--lang must be one of ${LANGUAGES.filter((l) => l !== DEFAULT_LANGUAGE).join(', ')}`);
  const folder = join(contentDir(), collection, id);
  const sourceFile = join(folder, `${DEFAULT_LANGUAGE}.mdx`);
  if (!existsSync(sourceFile)) fail(`No entry ${collection}/${id}: ${show(sourceFile)} does not exist.`);
  const file = join(folder, `${lang}.mdx`);
  if (existsSync(file)) fail(`${show(file)} exists already; edit it instead.`);
  const split = splitFrontMatter(readFileSync(sourceFile, 'utf8'));
  if (!split) fail(`${show(sourceFile)} has no front matter.`);
  const data = parseDocument(split.yaml).toJS() as Record<string, unknown>;
  writeFileSync(file, translationStarter({ data, body: split.body }));
  console.log(`Wrote ${show(file)}: the ${DEFAULT_LANGUAGE} text to translate, marked as made from the current source.`);
  console.log('Translate every text field and the body, then run npm run check.');
}

async function newEntry(collectionArg: string | undefined, idArg: string | undefined, langArg: string | undefined) {
  const collection = collectionArg ?? (await ask(`Collection (${COLLECTIONS.join(', ')})?`));
  if (!isCollection(collection)) fail(`Unknown collection "${collection}": one of ${COLLECTIONS.join(', ')}.`);
  const id = idArg ?? (await ask('Id (lowercase words joined by hyphens, e.g. community-asset-mapping)?'));
  if (!ENTRY_ID_PATTERN.test(id)) fail(`"${id}" is not an id: lowercase words joined by hyphens.`);
  const lang = (langArg ?? DEFAULT_LANGUAGE) as Lang;
  if (!isLang(lang)) fail(`Unknown language "${lang}": one of ${LANGUAGES.join(', ')}.`);
  const folder = join(contentDir(), collection, id);
  if (existsSync(folder)) fail(`${show(folder)} exists already.`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, FACTS_FILE), header(collection) + explainedYaml(schemaOf(MODEL[collection].facts), today));
  const languages = lang === DEFAULT_LANGUAGE ? [lang] : [DEFAULT_LANGUAGE, lang];
  for (const language of languages) {
    const text = explainedYaml(schemaOf(MODEL[collection].text), today, ['translatedFrom']);
    const body = "{/* The body, in Markdown: headings start at ##. This comment line may stay or go. */}\n";
    writeFileSync(join(folder, `${language}.mdx`), `---\n${text}---\n\n${body}`);
  }
  console.log(`Wrote ${show(folder)}/: ${FACTS_FILE} and ${languages.map((l) => `${l}.mdx`).join(', ')}.`);
  console.log('Replace every empty value, then run npm run check until it reports no error.');
}

function header(collection: CollectionName): string {
  return `# Facts of a ${collection} entry: written once, in no particular language.\n# Every field is explained above it. See CONTRIBUTING.md.\n\n`;
}

if (options.translate) await newTranslation(options.translate, options.lang ?? (await ask(`Language (${LANGUAGES.join(', ')})?`)));
else await newEntry(positionals[0], positionals[1], options.lang);
