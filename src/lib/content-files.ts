import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Reads the content folder as plain files, without Astro, so that the checker,
 * the exporters and the tests see exactly what an editor wrote.
 */

export interface ContentFile {
  /** Path relative to the repository (or to the folder given as root), for messages. */
  path: string;
  text: string;
}

export interface EntryFolder {
  collection: string;
  id: string;
  /** entry.yaml, when present */
  facts?: ContentFile;
  /** Every other file in the folder, by file name */
  files: Map<string, ContentFile>;
}

export interface ContentTree {
  /** Folders directly under content/, by name (known collections or not) */
  collections: Map<string, EntryFolder[]>;
  /** Files lying where no file belongs (directly under content/ or a collection folder) */
  strayFiles: ContentFile[];
}

export const FACTS_FILE = 'entry.yaml';

function isDirectory(path: string): boolean {
  return statSync(path).isDirectory();
}

function sortedNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort();
}

export function readContentTree(contentDir: string, displayRoot = process.cwd()): ContentTree {
  const file = (path: string): ContentFile => ({
    path: relative(displayRoot, path),
    text: readFileSync(path, 'utf8'),
  });
  const collections = new Map<string, EntryFolder[]>();
  const strayFiles: ContentFile[] = [];
  for (const collection of sortedNames(contentDir)) {
    const collectionDir = join(contentDir, collection);
    if (!isDirectory(collectionDir)) {
      strayFiles.push(file(collectionDir));
      continue;
    }
    const entries: EntryFolder[] = [];
    for (const id of sortedNames(collectionDir)) {
      const entryDir = join(collectionDir, id);
      if (!isDirectory(entryDir)) {
        strayFiles.push(file(entryDir));
        continue;
      }
      const files = new Map<string, ContentFile>();
      let facts: ContentFile | undefined;
      for (const name of sortedNames(entryDir)) {
        const path = join(entryDir, name);
        if (isDirectory(path)) continue;
        if (name === FACTS_FILE) facts = file(path);
        else files.set(name, file(path));
      }
      entries.push({ collection, id, facts, files });
    }
    collections.set(collection, entries);
  }
  return { collections, strayFiles };
}

export interface FrontMatter {
  /** The YAML between the opening and closing `---` lines */
  yaml: string;
  /** Line number (1-based) of the first YAML line in the file */
  yamlStartLine: number;
  body: string;
  /** Line number (1-based) of the first body line in the file */
  bodyStartLine: number;
}

/** Splits an MDX file into its front matter and body; undefined when it has no front matter. */
export function splitFrontMatter(text: string): FrontMatter | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  const yaml = match[1] ?? '';
  const consumed = match[0];
  return {
    yaml,
    yamlStartLine: 2,
    body: text.slice(consumed.length),
    bodyStartLine: consumed.split('\n').length,
  };
}
