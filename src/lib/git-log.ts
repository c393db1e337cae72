/** What git knows about a file: when it last changed, when it was added, and who worked on it. */
export interface FileHistory {
  created: string;
  updated: string;
  contributors: string[];
}

/** The separator git is asked to print before each commit, so that file names cannot be mistaken for it. */
export const COMMIT_MARK = '\u001ecommit\u001f';

/** The `git log` arguments whose output `parseGitLog` reads. */
export const GIT_LOG_ARGS = ['log', '--no-renames', `--format=${COMMIT_MARK}%cI\u001f%aN`, '--name-only'];

/**
 * Reads `git log` output (newest commit first) into each file's history. Pure, so that it can be tested
 * on text; the caller runs git once per build, not once per page.
 */
export function parseGitLog(output: string): Map<string, FileHistory> {
  const files = new Map<string, FileHistory>();
  for (const chunk of output.split(COMMIT_MARK).slice(1)) {
    const [header = '', ...names] = chunk.split('\n');
    const [date = '', author = ''] = header.split('\u001f');
    for (const name of names.map((n) => n.trim()).filter(Boolean)) {
      const known = files.get(name);
      if (!known) {
        files.set(name, { created: date, updated: date, contributors: author ? [author] : [] });
        continue;
      }
      known.created = date;
      if (author && !known.contributors.includes(author)) known.contributors.push(author);
    }
  }
  return files;
}

/** The latest of several files' histories: a page made of entry.yaml and a translation changed when either did. */
export function combineHistories(histories: readonly (FileHistory | undefined)[]): FileHistory | undefined {
  const known = histories.filter((h): h is FileHistory => h !== undefined);
  if (known.length === 0) return undefined;
  return {
    created: known.map((h) => h.created).sort()[0] ?? '',
    updated: known.map((h) => h.updated).sort().at(-1) ?? '',
    contributors: [...new Set(known.flatMap((h) => h.contributors))],
  };
}

/** The latest of several git dates (ISO 8601, possibly in different time zones), as git wrote it. */
export function latestDate(dates: readonly (string | undefined)[]): string | undefined {
  const known = dates.filter((date): date is string => !!date);
  return known.reduce<string | undefined>((latest, date) => (!latest || Date.parse(date) > Date.parse(latest) ? date : latest), undefined);
}
