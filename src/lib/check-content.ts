import type { z } from 'astro/zod';
import { COLLECTIONS, ENTRY_ID_PATTERN, isCollection, type CollectionName } from '../schemas/collections.ts';
import { DEFAULT_LANGUAGE, LANGUAGES, isLang, type Lang } from './languages.ts';
import { FACTS_FILE, splitFrontMatter, type ContentFile, type ContentTree, type EntryFolder } from './content-files.ts';
import { folderProblem, unreadNameProblem, unreadProblem, unusedImageProblem } from './check-files.ts';
import { actionYearProblems, duplicateProblems, factProblems, territoryCycleProblems, type FactsOf } from './check-facts.ts';
import { describeValue, fieldPath, type ContentIssue, type Problem } from './issues.ts';
import { ENTRY_IMAGE_PATTERN } from './mdx-components.ts';
import { pageMap, type PageMap } from './page-map.ts';
import { lineKey } from './yaml-file.ts';
import type { ParseCache } from './parse-cache.ts';
import { PARSE_TIME_LIMIT_MS, openParser, type Parsed, type Parser } from './parser-thread.ts';
import { registerSlugs, suggestedSlug } from './slugs.ts';
import { checkTerminology, type TermRule } from './terminology.ts';
import { fingerprint, translationStates } from './translation-status.ts';
import { describeZodIssues, type FieldProblem } from './zod-issues.ts';
import { MODEL, type Facts, type Text } from '../schemas/model.ts';
import type { Content, Entry, EntryText, SourceLines } from './entry.ts';

type CheckedText<C extends CollectionName = CollectionName> = EntryText<C> & SourceLines;
type CheckedEntry<C extends CollectionName = CollectionName> = Entry<C, SourceLines>;

export interface CheckResult {
  /** Entries whose facts and default-language text are valid */
  content: Content<SourceLines>;
  issues: ContentIssue[];
  /** Every page the content makes, which links in the bodies were checked against */
  pages: PageMap;
}

/** When a content file last changed, from git; the checker itself never runs git. */
export interface ContentHistory {
  updated?: (file: string) => string | undefined;
}

export interface CheckOptions extends ContentHistory {
  /** How long parsing one file may take before it is refused (PARSE_TIME_LIMIT_MS) */
  parseTimeLimitMs?: number;
  /** Parses of earlier checks, and where this one's are kept (none: every file is parsed) */
  parseCache?: ParseCache;
}

type LineFinder = (path: readonly PropertyKey[]) => number | undefined;
type Report = (file: string, problem: Problem) => void;

interface Reader {
  parser: Parser;
  report: Report;
  limitSeconds: number;
}

/** The language of a translation file's name, `<language>.mdx`; undefined for any other name. */
function textLang(name: string): Lang | undefined {
  const lang = name.endsWith('.mdx') ? name.slice(0, -'.mdx'.length) : '';
  return isLang(lang) ? lang : undefined;
}

/** A file the parser thread gave up on: too slow, or the parser failed on it. */
function unparsed(field: string, what: 'YAML' | 'Markdown', parsed: Exclude<Parsed<unknown>, { value: unknown }>, limitSeconds: number): Problem {
  if ('error' in parsed) return { field, expected: `${what} the checker can read`, found: `an error while reading it: ${parsed.error}` };
  const slow =
    what === 'YAML'
      ? 'such as thousands of keys or anchors'
      : 'such as long runs of * or _, or brackets or lists nested hundreds deep';
  return { field, expected: `${what} the checker can read within ${limitSeconds} s`, found: `text that takes longer, ${slow}` };
}

/** Parses YAML in the parser thread and validates it against a schema, reporting every field problem with its line. */
function validateYaml(
  file: ContentFile,
  yaml: string,
  firstLine: number,
  schema: z.ZodType,
  { parser, report, limitSeconds }: Reader,
): { data: unknown; lineOf: LineFinder } | undefined {
  const parsed = parser.yaml(yaml, firstLine);
  if (!('value' in parsed)) {
    report(file.path, unparsed('(YAML syntax)', 'YAML', parsed, limitSeconds));
    return undefined;
  }
  if ('problems' in parsed.value) {
    for (const problem of parsed.value.problems) report(file.path, problem);
    return undefined;
  }
  const lines = new Map(parsed.value.lines);
  const lineOf: LineFinder = (path) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const line = lines.get(lineKey(path.slice(0, depth)));
      if (line !== undefined) return line;
    }
    return undefined;
  };
  const result = schema.safeParse(parsed.value.data, { reportInput: true });
  if (!result.success) {
    for (const problem of describeZodIssues(result.error)) reportField(file.path, lineOf, problem, report);
    return undefined;
  }
  return { data: result.data, lineOf };
}

function reportField(file: string, lineOf: LineFinder, problem: FieldProblem, report: Report) {
  report(file, { line: lineOf(problem.path), field: fieldPath(problem.path), expected: problem.expected, found: problem.found });
}

/** Checks the translation files of one entry folder; every file is checked whatever the state of the facts. */
function checkTranslations<C extends CollectionName>(collection: C, folder: EntryFolder, reader: Reader) {
  const { report } = reader;
  const texts: Partial<Record<Lang, CheckedText<C>>> = {};
  const names = new Set(folder.files.keys());
  for (const [name, file] of folder.files) {
    if (ENTRY_IMAGE_PATTERN.test(name)) {
      if (file.unread) report(file.path, unreadProblem(file.unread));
      continue;
    }
    const lang = textLang(name);
    if (!lang) {
      report(file.path, unreadNameProblem(name, names));
      continue;
    }
    if (file.unread) {
      report(file.path, unreadProblem(file.unread));
      continue;
    }
    const split = splitFrontMatter(file.text);
    if (!split) {
      report(file.path, {
        line: 1,
        field: '(front matter)',
        expected: 'a front matter block opened and closed by --- lines',
        // Old Mac editors end lines with CR alone, which neither this checker nor Astro takes for a line break
        found: file.text.includes('\r') && !file.text.includes('\n') ? 'none: its lines end in CR alone; save it with LF or CRLF line endings' : 'none',
      });
      continue;
    }
    const text = validateYaml(file, split.yaml, split.yamlStartLine, MODEL[collection].text, reader);
    if (!text) continue;
    for (const problem of duplicateProblems(text.data)) reportField(file.path, text.lineOf, problem, report);
    const data = text.data as Text<C>;
    if (lang === DEFAULT_LANGUAGE && data.translatedFrom) {
      report(file.path, {
        line: text.lineOf(['translatedFrom']),
        field: 'translatedFrom',
        expected: `no translatedFrom in the ${DEFAULT_LANGUAGE} text, which is the source of translations`,
        found: describeValue(data.translatedFrom),
      });
    }
    texts[lang] = { lang, file: file.path, data, body: split.body, bodyStartLine: split.bodyStartLine, raw: file.text };
  }
  return texts;
}

function emptyContent(): Content<SourceLines> {
  return Object.fromEntries(COLLECTIONS.map((c) => [c, new Map()])) as unknown as Content<SourceLines>;
}

function folderPath(folder: EntryFolder): string {
  const anyFile = folder.facts ?? folder.files.values().next().value;
  return anyFile ? anyFile.path.replace(/[/\\][^/\\]+$/, '') : `content/${folder.collection}/${folder.id}`;
}

/**
 * Checks the whole content tree against the model and reports every problem at once. It takes the
 * files already read, so that tests can feed it fixtures, and parses each in the parser thread under a
 * time limit (parser-thread.ts), yet it is synchronous: scripts, the build and Astro call it alike.
 */
export function checkContent(tree: ContentTree, options: CheckOptions = {}): CheckResult {
  const issues: ContentIssue[] = [];
  const report: Report = (file, problem) => issues.push({ severity: 'error', file, ...problem });
  const limitMs = options.parseTimeLimitMs ?? PARSE_TIME_LIMIT_MS;
  const reader: Reader = { parser: openParser(limitMs, options.parseCache), report, limitSeconds: limitMs / 1000 };
  const content = emptyContent();
  const factLines = new Map<CheckedEntry, LineFinder>();
  const folderTexts: { folder: EntryFolder; texts: CheckedText[]; images: Set<string> }[] = [];
  const knownIds = new Map(
    [...tree.collections].map(([collection, folders]) => [collection, new Set(folders.map((f) => f.id))]),
  );

  for (const stray of tree.strayFiles) {
    report(stray.path, {
      field: '(file)',
      expected: `a file inside content/<collection>/<id>/ (collections: ${COLLECTIONS.join(', ')})`,
      found: 'a file outside any entry folder',
    });
  }

  for (const [collection, folders] of tree.collections) {
    if (!isCollection(collection)) {
      report(folders[0] ? `${folderPath(folders[0])}/${FACTS_FILE}` : `content/${collection}`, {
        field: '(folder)',
        expected: `a collection folder: one of ${COLLECTIONS.join(', ')}`,
        found: `"${collection}"`,
      });
      continue;
    }
    for (const folder of folders) {
      const path = folderPath(folder);
      if (!ENTRY_ID_PATTERN.test(folder.id)) {
        report(path, {
          field: '(folder name)',
          expected: 'an entry id in lowercase-with-hyphens that is not just a number, e.g. community-asset-mapping',
          found: `"${folder.id}"`,
        });
        continue;
      }
      for (const name of folder.folders) report(`${path}/${name}`, folderProblem(name));
      const texts = checkTranslations(collection, folder, reader);
      const images = new Set([...folder.files.keys()].filter((name) => ENTRY_IMAGE_PATTERN.test(name)));
      folderTexts.push({ folder, texts: Object.values(texts), images });
      if (!folder.facts) {
        report(`${path}/${FACTS_FILE}`, {
          field: '(file)',
          expected: `the entry's facts in ${FACTS_FILE}, which every translation belongs to`,
          found: folder.files.size > 0 ? `no ${FACTS_FILE} beside ${[...folder.files.keys()].join(', ')}` : 'an empty folder',
        });
        continue;
      }
      if (!folder.files.has(`${DEFAULT_LANGUAGE}.mdx`)) {
        report(`${path}/${DEFAULT_LANGUAGE}.mdx`, {
          field: '(file)',
          expected: `the text in the default language (${DEFAULT_LANGUAGE}.mdx), which every translation is made from`,
          found: 'no such file',
        });
      }
      if (folder.facts.unread) {
        report(folder.facts.path, unreadProblem(folder.facts.unread));
        continue;
      }
      const facts = validateYaml(folder.facts, folder.facts.text, 1, MODEL[collection].facts, reader);
      if (!facts) continue;
      for (const problem of factProblems(collection, folder.id, facts.data)) {
        reportField(folder.facts.path, facts.lineOf, problem, report);
      }
      const entry: CheckedEntry = {
        collection,
        id: folder.id,
        factsFile: folder.facts.path,
        facts: facts.data as Facts<typeof collection>,
        texts,
        languages: LANGUAGES.filter((lang) => texts[lang]),
        // Set with the other translation checks, once git history is known
        states: {} as CheckedEntry['states'],
      };
      factLines.set(entry, facts.lineOf);
      if (texts[DEFAULT_LANGUAGE]) (content[collection] as Map<string, CheckedEntry>).set(folder.id, entry);
    }
  }

  issues.push(
    ...checkRelations(factLines, knownIds),
    ...checkActions(factLines.keys()),
    ...checkExperienceActions(factLines),
    ...checkWorksheetLabels(factLines.keys()),
  );
  issues.push(...checkAcrossEntries(factLines));
  issues.push(...checkTranslationStates(content, options), ...checkSlugs(content));
  issues.push(...checkTerms(content, folderTexts.flatMap(({ texts }) => texts)));
  registerSlugs(COLLECTIONS.flatMap((c) => [...content[c].values()]));
  const pages = pageMap(content);
  reader.parser.setContext(pages.keys(), knownIds.get('glossary') ?? []);
  for (const { folder, texts, images } of folderTexts) issues.push(...checkBodies(folder, texts, images, reader));
  options.parseCache?.save();
  return { content, issues, pages };
}

/**
 * The MDX bodies of one entry folder, once every page is known. An image none of them shows is a
 * warning, unless a text could not be checked and might be the one showing it.
 */
function checkBodies(folder: EntryFolder, texts: CheckedText[], images: Set<string>, { parser, limitSeconds }: Reader) {
  const issues: ContentIssue[] = [];
  const shown = new Set<string>();
  let allChecked = texts.length === [...folder.files.keys()].filter((name) => textLang(name)).length;
  for (const text of texts) {
    const checked = parser.mdx(text.body, text.bodyStartLine, images);
    if (!('value' in checked)) {
      issues.push({ severity: 'error', file: text.file, ...unparsed('(body)', 'Markdown', checked, limitSeconds) });
      allChecked = false;
      continue;
    }
    for (const problem of checked.value.problems) issues.push({ severity: 'error', file: text.file, ...problem });
    for (const image of checked.value.images) shown.add(image);
  }
  if (!allChecked) return issues;
  for (const [name, file] of folder.files) {
    if (images.has(name) && !shown.has(name)) issues.push({ severity: 'warning', file: file.path, ...unusedImageProblem(name) });
  }
  return issues;
}

/** Facts of one collection, as the cross-entry rules read them. */
function factsOf<C extends CollectionName>(factLines: Map<CheckedEntry, LineFinder>, collection: C): FactsOf<C>[] {
  return [...factLines.keys()]
    .filter((entry): entry is CheckedEntry<C> => entry.collection === collection)
    .map((entry) => ({ id: entry.id, file: entry.factsFile, facts: entry.facts }));
}

function checkAcrossEntries(factLines: Map<CheckedEntry, LineFinder>): ContentIssue[] {
  const lineOf = new Map([...factLines].map(([entry, finder]) => [entry.factsFile, finder]));
  const programmes = new Map(factsOf(factLines, 'programmes').map((programme) => [programme.id, programme]));
  return [
    ...actionYearProblems(factsOf(factLines, 'axes'), programmes),
    ...territoryCycleProblems(factsOf(factLines, 'territories')),
  ].map((problem) => ({
    severity: 'error',
    file: problem.file,
    line: lineOf.get(problem.file)?.(problem.path),
    field: fieldPath(problem.path),
    expected: problem.expected,
    found: problem.found,
  }));
}

/** Relations are checked for every entry whose facts are valid, even where its texts are not. */
function checkRelations(factLines: Map<CheckedEntry, LineFinder>, knownIds: Map<string, Set<string>>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const [entry, lineOf] of factLines) {
    const refs: Record<string, CollectionName> = MODEL[entry.collection].refs;
    const facts = entry.facts as Record<string, unknown>;
    for (const [field, target] of Object.entries(refs)) {
      const value = facts[field];
      const ids = value === undefined ? [] : Array.isArray(value) ? (value as string[]) : [value as string];
      ids.forEach((id, index) => {
        if (knownIds.get(target)?.has(id)) return;
        const path = Array.isArray(value) ? [field, index] : [field];
        issues.push({
          severity: 'error',
          file: entry.factsFile,
          line: lineOf(path),
          field: fieldPath(path),
          expected: `the id of an existing ${target} entry (a folder under content/${target}/)`,
          found: `"${id}"`,
        });
      });
    }
  }
  return issues;
}

/** A measure's actions are declared with their years in entry.yaml and worded in each translation. */
function checkActions(entries: Iterable<CheckedEntry>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    if (entry.collection !== 'axes') continue;
    const axis = entry as CheckedEntry<'axes'>;
    const declared = axis.facts.actions.map((action) => action.id);
    for (const text of Object.values(axis.texts)) {
      issues.push(
        ...wordedAsDeclared(text.file, 'actions', declared, Object.keys(text.data.actions), {
          missing: (id) => `the wording of action "${id}", declared in ${axis.factsFile}`,
          extra: `only actions declared in ${axis.factsFile} (${declared.join(', ') || 'none'})`,
          found: (id) => `an undeclared action "${id}"`,
        }),
      );
    }
  }
  return issues;
}

/**
 * Keys a translation must word, declared in entry.yaml (an axis's actions, a worksheet's parts): every
 * declared key, and nothing else.
 */
function wordedAsDeclared(
  file: string,
  field: string,
  declared: readonly string[],
  worded: readonly string[],
  say: { missing: (key: string) => string; extra: string; found: (key: string) => string },
): ContentIssue[] {
  return [
    ...declared
      .filter((key) => !worded.includes(key))
      .map((key): ContentIssue => ({ severity: 'error', file, field: `${field}.${key}`, expected: say.missing(key), found: 'nothing (the field is missing)' })),
    ...worded
      .filter((key) => !declared.includes(key))
      .map((key): ContentIssue => ({ severity: 'error', file, field: `${field}.${key}`, expected: say.extra, found: say.found(key) })),
  ];
}

/** The action that names an experience is one its measures declare. */
function checkExperienceActions(factLines: Map<CheckedEntry, LineFinder>): ContentIssue[] {
  const actionsOf = new Map<string, string[]>();
  for (const entry of factLines.keys()) {
    if (entry.collection === 'axes') actionsOf.set(entry.id, (entry as CheckedEntry<'axes'>).facts.actions.map((a) => a.id));
  }
  const issues: ContentIssue[] = [];
  for (const [entry, lineOf] of factLines) {
    if (entry.collection !== 'experiences') continue;
    const { action, axes } = (entry as CheckedEntry<'experiences'>).facts;
    const declared = axes.flatMap((id) => actionsOf.get(id) ?? []);
    if (action === undefined || declared.includes(action)) continue;
    issues.push({
      severity: 'error',
      file: entry.factsFile,
      line: lineOf(['action']),
      field: 'action',
      expected: `the id of an action of its axes (${declared.join(', ') || 'they declare none'})`,
      found: `"${action}"`,
    });
  }
  return issues;
}

/** The label keys a worksheet's translations must word: every part, and every option and column of a part. */
export function worksheetLabelKeys(parts: Facts<'worksheets'>['parts']): string[] {
  return parts.flatMap((part) => [
    part.id,
    ...('options' in part ? part.options : 'columns' in part ? part.columns : []).map((sub) => `${part.id}.${sub}`),
  ]);
}

/** A worksheet's parts are declared in entry.yaml and worded in each translation's labels. */
function checkWorksheetLabels(entries: Iterable<CheckedEntry>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    if (entry.collection !== 'worksheets') continue;
    const sheet = entry as CheckedEntry<'worksheets'>;
    const declared = worksheetLabelKeys(sheet.facts.parts);
    for (const text of Object.values(sheet.texts)) {
      issues.push(
        ...wordedAsDeclared(text.file, 'labels', declared, Object.keys(text.data.labels), {
          missing: (key) => `the wording of "${key}", declared in ${sheet.factsFile}`,
          extra: `only labels of parts declared in ${sheet.factsFile}`,
          found: (key) => `an undeclared label "${key}"`,
        }),
      );
    }
  }
  return issues;
}

/** The glossary is the termbase: no text uses a variant its terms say to avoid in that language. */
function checkTerms(content: Content<SourceLines>, texts: readonly CheckedText[]): ContentIssue[] {
  const rules: TermRule[] = [...content.glossary.values()].flatMap((term) =>
    (Object.entries(term.texts) as [Lang, CheckedText<'glossary'>][]).map(([lang, text]) => ({
      lang,
      preferred: text.data.title,
      avoid: text.data.avoid,
      allowIn: text.data.allowIn,
      file: text.file,
    })),
  );
  const languageOf = (file: string) => file.replace(/^.*[/\\]/, '').replace(/\.mdx$/, '') as Lang;
  return checkTerminology(
    rules.filter((rule) => rule.avoid.length > 0),
    texts.map((text) => ({ file: text.file, lang: languageOf(text.file), raw: text.raw })),
  );
}

/**
 * Every translation has its own slug, unique in its section and language, and never another entry's id,
 * whose old address redirects to that entry.
 */
function checkSlugs(content: Content<SourceLines>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const collection of COLLECTIONS) {
    const entries = [...content[collection].values()];
    const ids = new Map(entries.map((entry) => [entry.id, entry.factsFile]));
    for (const lang of LANGUAGES) {
      const taken = new Map<string, string>();
      for (const entry of entries) {
        const text = (entry.texts as Partial<Record<Lang, CheckedText>>)[lang];
        if (!text) continue;
        const data = text.data as { slug?: string; title: string };
        if (!data.slug) {
          issues.push({
            severity: 'error',
            file: text.file,
            field: 'slug',
            expected: `the page's address in ${lang}, made from its title: slug: "${suggestedSlug(lang, entry.id, data.title)}" (npm run slugs writes it)`,
            found: 'nothing (the field is missing)',
          });
          continue;
        }
        const other = taken.get(data.slug) ?? (ids.has(data.slug) && data.slug !== entry.id ? ids.get(data.slug) : undefined);
        if (other) {
          issues.push({
            severity: 'error',
            file: text.file,
            field: 'slug',
            expected: `an address of its own in its section and language, not the slug or old id of ${other}`,
            found: `"${data.slug}"`,
          });
        }
        taken.set(data.slug, text.file);
      }
    }
  }
  return issues;
}

/**
 * Each entry's translation states, computed here once for the whole build. Outdated translations are
 * warnings, not errors: the site still builds and says so on the page.
 */
function checkTranslationStates(content: Content<SourceLines>, history: ContentHistory): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const collection of COLLECTIONS) {
    for (const entry of content[collection].values()) {
      const texts = entry.texts as Partial<Record<Lang, CheckedText>>;
      const source = texts[DEFAULT_LANGUAGE];
      if (!source) continue;
      const updated = (lang: Lang) => {
        const file = texts[lang]?.file;
        return file ? history.updated?.(file) : undefined;
      };
      entry.states = translationStates({ texts, updated });
      for (const lang of LANGUAGES) {
        const text = texts[lang];
        if (!text || entry.states[lang] !== 'outdated') continue;
        const recorded = (text.data as { translatedFrom?: string }).translatedFrom;
        issues.push({
          severity: 'warning',
          file: text.file,
          field: 'translatedFrom',
          expected: `a translation of the current ${DEFAULT_LANGUAGE}.mdx (fingerprint "${fingerprint(source)}"); update it, then run npm run translated -- ${text.file}`,
          found: recorded
            ? `a translation of an earlier text (fingerprint "${recorded}")`
            : `a translation older than the last change of ${source.file}`,
        });
      }
    }
  }
  return issues;
}
