import { FACTS_FILE, MAX_FILE_BYTES, type ContentFile } from './content-files.ts';
import type { Problem } from './issues.ts';
import { LANGUAGES, isLang } from './languages.ts';

/** What an entry folder may hold, and what happens to the rest: the site reads nothing else. */

const EXPECTED_NAME = `${FACTS_FILE}, an image, or a translation named <language>.mdx with a language among ${LANGUAGES.join(', ')}`;

/** The name the site would read, for a file whose name is near it: `ca.md`, `ES.mdx`, `es-ES.mdx`, `entry.yml`, `map.Jpg`. */
export function intendedName(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (/^entry\.ya?ml$/.test(lower)) return FACTS_FILE;
  const text = /^([a-z]+)(?:[-_][a-z0-9]+)?\.(?:mdx|md|markdown|mdown|mkd)$/.exec(lower);
  if (text?.[1] && isLang(text[1])) return `${text[1]}.mdx`;
  if (/\.(?:jpe?g|png|webp|avif)$/.test(lower)) return name.replace(/\.[^.]+$/, (extension) => extension.toLowerCase());
  return undefined;
}

/** A file whose name the site does not read. `siblings` are the other names in its folder. */
export function unreadNameProblem(name: string, siblings: ReadonlySet<string>): Problem {
  const intended = intendedName(name);
  let found = `"${name}"`;
  if (intended && intended !== name && siblings.has(intended)) {
    found = `"${name}" beside ${intended}, which the site reads instead: this file would be ignored`;
  } else if (intended && intended !== name) {
    found = `"${name}", which the site would ignore: rename it ${intended}`;
  }
  return { field: '(file name)', expected: EXPECTED_NAME, found };
}

export function folderProblem(name: string): Problem {
  return {
    field: '(folder)',
    expected: `only files in an entry folder (${FACTS_FILE}, <language>.mdx and images)`,
    found: `the folder "${name}", which the site never reads`,
  };
}

const kilobytes = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;

/** Why a file was left unread (see readContentTree): too large to parse safely, or not UTF-8. */
export function unreadProblem(unread: NonNullable<ContentFile['unread']>): Problem {
  if (unread.reason === 'not-an-image') {
    return {
      field: '(file)',
      expected: `a ${unread.format} image, as the file's name says`,
      found: `a file whose first bytes are not those of a ${unread.format} image; export the image again as ${unread.format}`,
    };
  }
  if (unread.reason === 'too-large') {
    return {
      field: '(file)',
      expected: `a content file of at most ${kilobytes(MAX_FILE_BYTES)}`,
      found: `${kilobytes(unread.bytes)}, too large to check; split the text or move data out of it`,
    };
  }
  return {
    line: unread.line,
    field: '(file)',
    expected: 'text encoded as UTF-8',
    found: 'bytes that are not UTF-8 (saved as Latin-1, Windows-1252 or UTF-16?); save the file as UTF-8',
  };
}

export function unusedImageProblem(name: string): Problem {
  return {
    field: '(file)',
    expected: `an image a text of this entry shows, with <Figure src="${name}" alt="..." /> or ![...](${name})`,
    found: 'an image no text uses',
  };
}
