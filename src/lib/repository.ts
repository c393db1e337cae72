/**
 * Where the content lives on the git host, for "edit" and "translate" links. Configuration, not content:
 * set TEIXIT_REPOSITORY (e.g. https://github.com/<owner>/<repo>) and TEIXIT_BRANCH when building;
 * without it the site shows no edit links. URLs follow GitHub's web editor.
 */
export interface Repository {
  url: string;
  branch: string;
}

export function repositoryFromEnv(env: Record<string, string | undefined> = process.env): Repository | undefined {
  const url = env.TEIXIT_REPOSITORY?.trim().replace(/\/+$/, '');
  return url ? { url, branch: env.TEIXIT_BRANCH?.trim() || 'main' } : undefined;
}

const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

/** The web editor for an existing file of the repository. */
export function editUrl(repository: Repository, file: string): string {
  return `${repository.url}/edit/${encodeURIComponent(repository.branch)}/${encodePath(file)}`;
}

/** The web editor for a new file, e.g. a missing translation, prefilled with text to start from. */
export function newFileUrl(repository: Repository, folder: string, name: string, value: string): string {
  const query = new URLSearchParams({ filename: name, value });
  return `${repository.url}/new/${encodeURIComponent(repository.branch)}/${encodePath(folder)}?${query}`;
}
