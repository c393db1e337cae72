import type { z } from 'astro/zod';
import { LineCounter, isNode, parseDocument } from 'yaml';
import { COLLECTIONS, ENTRY_ID_PATTERN, isCollection, type CollectionName } from './collections.ts';
import { DEFAULT_LANGUAGE, LANGUAGES, isLang, type Lang } from './languages.ts';
import { FACTS_FILE, splitFrontMatter, type ContentFile, type ContentTree, type EntryFolder } from './content-files.ts';
import { describeValue, fieldPath, type ContentIssue } from './issues.ts';
import { checkMdxBody } from './check-mdx.ts';
import { ENTRY_IMAGE_PATTERN } from './mdx-components.ts';
import { pageMap } from './page-map.ts';
import { fingerprint, translationState } from './translation-status.ts';
import { describeZodIssues } from './zod-issues.ts';
import { MODEL, type Facts, type Text } from '../schemas/model.ts';

/** One entry as the checker understood it: its facts and the texts it has, by language. */
export interface CheckedEntry<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
  factsFile: string;
  facts: Facts<C>;
  texts: Partial<Record<Lang, CheckedText<C>>>;
}

export interface CheckedText<C extends CollectionName = CollectionName> {
  file: string;
  data: Text<C>;
  body: string;
  bodyStartLine: number;
  /** The file as written, for fingerprints */
  raw: string;
}

export type CheckedContent = { [C in CollectionName]: Map<string, CheckedEntry<C>> };

export interface CheckResult {
  /** Entries whose facts and default-language text are valid */
  content: CheckedContent;
  issues: ContentIssue[];
}

/** When a content file last changed, from git; the checker itself never runs git. */
export interface ContentHistory {
  updated?: (file: string) => string | undefined;
}

type LineFinder = (path: readonly PropertyKey[]) => number | undefined;
type Problem = Omit<ContentIssue, 'severity' | 'file'>;
type Report = (file: string, problem: Problem) => void;

interface ParsedYaml {
  data: unknown;
  lineOf: LineFinder;
}

function parseYaml(yaml: string, firstLine: number, report: (problem: Problem) => void): ParsedYaml | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      report({
        line: firstLine + lineCounter.linePos(error.pos[0]).line - 1,
        field: '(YAML syntax)',
        expected: 'valid YAML',
        found: error.message.split('\n')[0] ?? 'a syntax error',
      });
    }
    return undefined;
  }
  const lineOf: LineFinder = (path) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return firstLine + lineCounter.linePos(node.range[0]).line - 1;
    }
    return undefined;
  };
  return { data: doc.toJS() ?? {}, lineOf };
}

/** Parses YAML and validates it against a schema, reporting every field problem with its line. */
function validateYaml(
  file: ContentFile,
  yaml: string,
  firstLine: number,
  schema: z.ZodType,
  report: Report,
): { data: unknown; lineOf: LineFinder } | undefined {
  const parsed = parseYaml(yaml, firstLine, (problem) => report(file.path, problem));
  if (!parsed) return undefined;
  const result = schema.safeParse(parsed.data, { reportInput: true });
  if (result.success) return { data: result.data, lineOf: parsed.lineOf };
  for (const problem of describeZodIssues(result.error)) {
    report(file.path, {
      line: parsed.lineOf(problem.path),
      field: fieldPath(problem.path),
      expected: problem.expected,
      found: problem.found,
    });
  }
  return undefined;
}

/** Checks the translation files of one entry folder; every file is checked whatever the state of the facts. */
function checkTranslations<C extends CollectionName>(collection: C, folder: EntryFolder, report: Report) {
  const texts: Partial<Record<Lang, CheckedText<C>>> = {};
  for (const [name, file] of folder.files) {
    if (ENTRY_IMAGE_PATTERN.test(name)) continue;
    const lang = name.endsWith('.mdx') ? name.slice(0, -'.mdx'.length) : '';
    if (!isLang(lang)) {
      report(file.path, {
        field: '(file name)',
        expected: `${FACTS_FILE}, an image, or a translation named <language>.mdx with a language among ${LANGUAGES.join(', ')}`,
        found: `"${name}"`,
      });
      continue;
    }
    const split = splitFrontMatter(file.text);
    if (!split) {
      report(file.path, {
        line: 1,
        field: '(front matter)',
        expected: 'a front matter block opened and closed by --- lines',
        found: 'none',
      });
      continue;
    }
    const text = validateYaml(file, split.yaml, split.yamlStartLine, MODEL[collection].text, report);
    if (!text) continue;
    const data = text.data as Text<C>;
    if (lang === DEFAULT_LANGUAGE && data.translatedFrom) {
      report(file.path, {
        line: text.lineOf(['translatedFrom']),
        field: 'translatedFrom',
        expected: `no translatedFrom in the ${DEFAULT_LANGUAGE} text, which is the source of translations`,
        found: describeValue(data.translatedFrom),
      });
    }
    texts[lang] = { file: file.path, data, body: split.body, bodyStartLine: split.bodyStartLine, raw: file.text };
  }
  return texts;
}

function emptyContent(): CheckedContent {
  return Object.fromEntries(COLLECTIONS.map((c) => [c, new Map()])) as unknown as CheckedContent;
}

function folderPath(folder: EntryFolder): string {
  const anyFile = folder.facts ?? folder.files.values().next().value;
  return anyFile ? anyFile.path.replace(/[/\\][^/\\]+$/, '') : `content/${folder.collection}/${folder.id}`;
}

/**
 * Checks the whole content tree against the model and reports every problem at once.
 * Pure: it takes the files already read, so that tests can feed it fixtures.
 */
export function checkContent(tree: ContentTree, history: ContentHistory = {}): CheckResult {
  const issues: ContentIssue[] = [];
  const report: Report = (file, problem) => issues.push({ severity: 'error', file, ...problem });
  const content = emptyContent();
  const factLines = new Map<CheckedEntry, LineFinder>();
  const allTexts: { text: CheckedText; images: Set<string> }[] = [];
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
      const texts = checkTranslations(collection, folder, report);
      const images = new Set([...folder.files.keys()].filter((name) => ENTRY_IMAGE_PATTERN.test(name)));
      allTexts.push(...Object.values(texts).map((text) => ({ text, images })));
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
      const facts = validateYaml(folder.facts, folder.facts.text, 1, MODEL[collection].facts, report);
      if (!facts) continue;
      const entry: CheckedEntry = {
        collection,
        id: folder.id,
        factsFile: folder.facts.path,
        facts: facts.data as Facts<typeof collection>,
        texts,
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
  issues.push(...checkTranslationStates(content, history));
  const knownPaths = new Set(pageMap(content).keys());
  const glossaryIds = knownIds.get('glossary') ?? new Set<string>();
  for (const { text, images } of allTexts) {
    issues.push(...checkMdxBody(text.body, text.file, text.bodyStartLine, { knownPaths, glossaryIds, entryImages: images }));
  }
  return { content, issues };
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
      const worded = Object.keys(text.data.actions);
      for (const id of declared.filter((id) => !worded.includes(id))) {
        issues.push({
          severity: 'error',
          file: text.file,
          field: `actions.${id}`,
          expected: `the wording of action "${id}", declared in ${axis.factsFile}`,
          found: 'nothing (the field is missing)',
        });
      }
      for (const id of worded.filter((id) => !declared.includes(id))) {
        issues.push({
          severity: 'error',
          file: text.file,
          field: `actions.${id}`,
          expected: `only actions declared in ${axis.factsFile} (${declared.join(', ') || 'none'})`,
          found: `an undeclared action "${id}"`,
        });
      }
    }
  }
  return issues;
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
    const seen = new Set<string>();
    for (const part of sheet.facts.parts) {
      if (seen.has(part.id)) {
        issues.push({
          severity: 'error',
          file: sheet.factsFile,
          field: 'parts',
          expected: 'each part id once',
          found: `"${part.id}" twice`,
        });
      }
      seen.add(part.id);
    }
    for (const text of Object.values(sheet.texts)) {
      const worded = Object.keys(text.data.labels);
      for (const key of declared.filter((key) => !worded.includes(key))) {
        issues.push({
          severity: 'error',
          file: text.file,
          field: `labels.${key}`,
          expected: `the wording of "${key}", declared in ${sheet.factsFile}`,
          found: 'nothing (the field is missing)',
        });
      }
      for (const key of worded.filter((key) => !declared.includes(key))) {
        issues.push({
          severity: 'error',
          file: text.file,
          field: `labels.${key}`,
          expected: `only labels of parts declared in ${sheet.factsFile}`,
          found: `an undeclared label "${key}"`,
        });
      }
    }
  }
  return issues;
}

/** Outdated translations are warnings, not errors: the site still builds and says so on the page. */
function checkTranslationStates(content: CheckedContent, history: ContentHistory): ContentIssue[] {
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
      for (const lang of LANGUAGES) {
        const text = texts[lang];
        if (!text || translationState({ texts, updated }, lang) !== 'outdated') continue;
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
