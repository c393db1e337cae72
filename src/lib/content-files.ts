import { closeSync, openSync, readSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ENTRY_IMAGE_PATTERN } from './mdx-components.ts';

/**
 * Reads the content folder as plain files, without Astro, so that the checker,
 * the exporters and the tests see exactly what an editor wrote.
 */

export interface ContentFile {
  /** Path relative to the repository (or to the folder given as root), for messages. */
  path: string;
  /** The file's text without a byte order mark; empty for images, which are not read, and for an unread file */
  text: string;
  /** Set when the file was not read as text, so that nothing parses it, or is an image whose bytes are not of its format */
  unread?: { reason: 'too-large'; bytes: number } | { reason: 'not-utf8'; line: number } | { reason: 'not-an-image'; format: string };
}

export interface EntryFolder {
  collection: string;
  id: string;
  /** entry.yaml, when present */
  facts?: ContentFile;
  /** Every other file in the folder, by file name */
  files: Map<string, ContentFile>;
  /** Folders inside the entry folder, which the site never reads */
  folders: string[];
}

export interface ContentTree {
  /** Folders directly under content/, by name (known collections or not) */
  collections: Map<string, EntryFolder[]>;
  /** Files lying where no file belongs (directly under content/ or a collection folder) */
  strayFiles: ContentFile[];
}

export const FACTS_FILE = 'entry.yaml';

/** Far above any entry (the longest is under 40 KB): a larger file is refused unread. */
export const MAX_FILE_BYTES = 512 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Line (1-based) of the first byte that is not UTF-8, found line by line only once decoding failed. */
function firstBadLine(bytes: Buffer): number {
  let start = 0;
  for (let line = 1; ; line++) {
    const end = bytes.indexOf(0x0a, start);
    try {
      utf8.decode(bytes.subarray(start, end === -1 ? bytes.length : end));
    } catch {
      return line;
    }
    if (end === -1) return line;
    start = end + 1;
  }
}

/** The first bytes of each image format the site takes; an AVIF file starts with a box named ftyp after its size. */
const IMAGE_FORMATS: { name: RegExp; format: string; matches: (head: Buffer) => boolean }[] = [
  { name: /\.jpe?g$/i, format: 'JPEG', matches: (head) => head.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])) },
  { name: /\.png$/i, format: 'PNG', matches: (head) => head.subarray(0, 8).equals(Buffer.from('\x89PNG\r\n\x1a\n', 'latin1')) },
  { name: /\.webp$/i, format: 'WebP', matches: (head) => head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP' },
  { name: /\.avif$/i, format: 'AVIF', matches: (head) => head.toString('latin1', 4, 8) === 'ftyp' },
];

/** An image is not read, only its first bytes, so that a text or a page saved as map.png fails here, not in the build. */
function checkImage(path: string, displayPath: string): ContentFile {
  const kind = IMAGE_FORMATS.find(({ name }) => name.test(path));
  const head = Buffer.alloc(12);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (!kind || kind.matches(head)) return { path: displayPath, text: '' };
  return { path: displayPath, text: '', unread: { reason: 'not-an-image', format: kind.format } };
}

/** Reads a text file unless it is too large or not UTF-8; the decoder drops a byte order mark. */
function readContentFile(path: string, displayPath: string): ContentFile {
  if (ENTRY_IMAGE_PATTERN.test(path)) return checkImage(path, displayPath);
  const bytes = statSync(path).size;
  if (bytes > MAX_FILE_BYTES) return { path: displayPath, text: '', unread: { reason: 'too-large', bytes } };
  const raw = readFileSync(path);
  try {
    return { path: displayPath, text: utf8.decode(raw) };
  } catch {
    return { path: displayPath, text: '', unread: { reason: 'not-utf8', line: firstBadLine(raw) } };
  }
}

function isDirectory(path: string): boolean {
  return statSync(path).isDirectory();
}

function sortedNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort();
}

export function readContentTree(contentDir: string, displayRoot = process.cwd()): ContentTree {
  const file = (path: string): ContentFile => readContentFile(path, relative(displayRoot, path));
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
      const folders: string[] = [];
      let facts: ContentFile | undefined;
      for (const name of sortedNames(entryDir)) {
        const path = join(entryDir, name);
        if (isDirectory(path)) folders.push(name);
        else if (name === FACTS_FILE) facts = file(path);
        else files.set(name, file(path));
      }
      entries.push({ collection, id, facts, files, folders });
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

/**
 * Splits an MDX file into its front matter and body; undefined when it has no front matter. Like Astro,
 * it allows a byte order mark and blank lines before the opening `---`; the closing `---` starts a line.
 */
export function splitFrontMatter(text: string): FrontMatter | undefined {
  const match = /^(\uFEFF?(?:[ \t]*\r?\n)*---[ \t]*\r?\n)((?:[\s\S]*?\r?\n)?)---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  const [consumed, opening = '', yaml = ''] = match;
  const lines = (part: string) => part.split('\n').length;
  return {
    yaml,
    yamlStartLine: lines(opening),
    body: text.slice(consumed.length),
    bodyStartLine: lines(consumed),
  };
}
