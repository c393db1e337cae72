import { LineCounter, parseDocument, isNode } from 'yaml';
import { COLLECTIONS, ENTRY_ID_PATTERN, isCollection, type CollectionName } from './collections.ts';
import { DEFAULT_LANGUAGE, LANGUAGES, isLang, type Lang } from './languages.ts';
import { FACTS_FILE, splitFrontMatter, type ContentTree } from './content-files.ts';
import { describeValue, fieldPath, type ContentIssue } from './issues.ts';
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
  content: CheckedContent;
  issues: ContentIssue[];
}

type LineFinder = (path: readonly PropertyKey[]) => number | undefined;

interface ParsedYaml {
  data: unknown;
  lineOf: LineFinder;
}

function parseYaml(
  yaml: string,
  firstLine: number,
  report: (issue: Omit<ContentIssue, 'severity' | 'file'>) => void,
): ParsedYaml | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const at = lineCounter.linePos(error.pos[0]);
      report({
        line: firstLine + at.line - 1,
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

function emptyContent(): CheckedContent {
  return Object.fromEntries(COLLECTIONS.map((c) => [c, new Map()])) as unknown as CheckedContent;
}

/**
 * Checks the whole content tree against the model and reports every problem at once.
 * Pure: it takes the files already read, so that tests can feed it fixtures.
 */
export function checkContent(tree: ContentTree): CheckResult {
  const issues: ContentIssue[] = [];
  const content = emptyContent();
  const factLines = new Map<CheckedEntry, LineFinder>();
  const knownIds = new Map<string, Set<string>>(
    [...tree.collections].map(([collection, folders]) => [collection, new Set(folders.map((f) => f.id))]),
  );
  const error = (file: string, issue: Omit<ContentIssue, 'severity' | 'file'>) =>
    issues.push({ severity: 'error', file, ...issue });

  for (const stray of tree.strayFiles) {
    error(stray.path, {
      field: '(file)',
      expected: `a file inside content/<collection>/<id>/ (collections: ${COLLECTIONS.join(', ')})`,
      found: 'a file outside any entry folder',
    });
  }

  for (const [collection, folders] of tree.collections) {
    if (!isCollection(collection)) {
      const first = folders[0]?.facts ?? folders[0]?.files.values().next().value;
      error(first?.path ?? `content/${collection}`, {
        field: '(folder)',
        expected: `a collection folder: one of ${COLLECTIONS.join(', ')}`,
        found: `"${collection}"`,
      });
      continue;
    }
    const model = MODEL[collection];
    for (const folder of folders) {
      const anyFile = folder.facts ?? folder.files.values().next().value;
      const folderPath = anyFile ? anyFile.path.replace(/[/\\][^/\\]+$/, '') : `content/${collection}/${folder.id}`;
      if (!ENTRY_ID_PATTERN.test(folder.id)) {
        error(folderPath, {
          field: '(folder name)',
          expected: 'an entry id in lowercase-with-hyphens, e.g. community-asset-mapping',
          found: `"${folder.id}"`,
        });
        continue;
      }
      if (!folder.facts) {
        error(`${folderPath}/${FACTS_FILE}`, {
          field: '(file)',
          expected: `the entry's facts in ${FACTS_FILE}, which every translation belongs to`,
          found: `no ${FACTS_FILE} beside ${[...folder.files.keys()].join(', ') || 'nothing'}`,
        });
        continue;
      }
      const factsFile = folder.facts;
      const parsed = parseYaml(factsFile.text, 1, (i) => error(factsFile.path, i));
      if (!parsed) continue;
      const facts = model.facts.safeParse(parsed.data, { reportInput: true });
      if (!facts.success) {
        for (const problem of describeZodIssues(facts.error)) {
          error(factsFile.path, { line: parsed.lineOf(problem.path), field: fieldPath(problem.path), expected: problem.expected, found: problem.found });
        }
        continue;
      }
      const entry: CheckedEntry = {
        collection,
        id: folder.id,
        factsFile: factsFile.path,
        facts: facts.data as Facts<typeof collection>,
        texts: {},
      };
      factLines.set(entry, parsed.lineOf);
      let defaultTextWritten = false;

      for (const [name, file] of folder.files) {
        const match = /^([a-z]{2,3}(?:-[A-Za-z]+)?)\.mdx$/.exec(name);
        if (!match || !isLang(match[1] ?? '')) {
          error(file.path, {
            field: '(file name)',
            expected: `${FACTS_FILE} or a translation named <language>.mdx with a language among ${LANGUAGES.join(', ')}`,
            found: `"${name}"`,
          });
          continue;
        }
        const lang = match[1] as Lang;
        if (lang === DEFAULT_LANGUAGE) defaultTextWritten = true;
        const split = splitFrontMatter(file.text);
        if (!split) {
          error(file.path, {
            line: 1,
            field: '(front matter)',
            expected: 'a front matter block opened and closed by --- lines',
            found: 'none',
          });
          continue;
        }
        const yaml = parseYaml(split.yaml, split.yamlStartLine, (i) => error(file.path, i));
        if (!yaml) continue;
        const text = model.text.safeParse(yaml.data, { reportInput: true });
        if (!text.success) {
          for (const problem of describeZodIssues(text.error)) {
            error(file.path, { line: yaml.lineOf(problem.path), field: fieldPath(problem.path), expected: problem.expected, found: problem.found });
          }
          continue;
        }
        if (lang === DEFAULT_LANGUAGE && (text.data as { translatedFrom?: string }).translatedFrom) {
          error(file.path, {
            line: yaml.lineOf(['translatedFrom']),
            field: 'translatedFrom',
            expected: `no translatedFrom in the ${DEFAULT_LANGUAGE} text, which is the source of translations`,
            found: describeValue((text.data as { translatedFrom?: string }).translatedFrom),
          });
        }
        entry.texts[lang] = {
          file: file.path,
          data: text.data as Text<typeof collection>,
          body: split.body,
          bodyStartLine: split.bodyStartLine,
          raw: file.text,
        };
      }
      if (!defaultTextWritten) {
        error(`${folderPath}/${DEFAULT_LANGUAGE}.mdx`, {
          field: '(file)',
          expected: `the text in the default language (${DEFAULT_LANGUAGE}.mdx), which every translation is made from`,
          found: 'no such file',
        });
      }
      if (entry.texts[DEFAULT_LANGUAGE]) (content[collection] as Map<string, CheckedEntry>).set(folder.id, entry);
    }
  }

  issues.push(...checkRelations(factLines, knownIds), ...checkActions(content));
  return { content, issues };
}

/** Relations are checked for every entry whose facts are valid, even where its texts are not. */
function checkRelations(
  factLines: Map<CheckedEntry, LineFinder>,
  knownIds: Map<string, Set<string>>,
): ContentIssue[] {
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
function checkActions(content: CheckedContent): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const entry of content.axes.values()) {
    const declared = entry.facts.actions.map((action) => action.id);
    for (const text of Object.values(entry.texts)) {
      const worded = Object.keys(text.data.actions);
      for (const id of declared.filter((id) => !worded.includes(id))) {
        issues.push({
          severity: 'error',
          file: text.file,
          field: `actions.${id}`,
          expected: `the wording of action "${id}", declared in ${entry.factsFile}`,
          found: 'nothing (the field is missing)',
        });
      }
      for (const id of worded.filter((id) => !declared.includes(id))) {
        issues.push({
          severity: 'error',
          file: text.file,
          field: `actions.${id}`,
          expected: `only actions declared in ${entry.factsFile} (${declared.join(', ') || 'none'})`,
          found: `an undeclared action "${id}"`,
        });
      }
    }
  }
  return issues;
}
