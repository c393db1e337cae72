import { spawnSync } from 'node:child_process';
import { relative } from 'node:path';
import { contentDir } from './content-dir.ts';
import { GIT_LOG_ARGS, parseGitLog, type FileHistory } from './git-log.ts';

export interface GitHistory {
  /** History of a file, by path relative to the repository; undefined for a file git has not seen */
  of(path: string): FileHistory | undefined;
  /** True on a shallow clone, where dates and contributors only reach back to the clone's depth */
  shallow: boolean;
}

let history: GitHistory | undefined;

/** Asks git once per build for the history of the content folder. Outside a repository, it knows nothing. */
export function gitHistory(root = process.cwd()): GitHistory {
  if (history) return history;
  const top = spawnSync('git', ['rev-parse', '--show-toplevel', '--is-shallow-repository'], { cwd: root, encoding: 'utf8' });
  if (top.status !== 0) return (history = { of: () => undefined, shallow: false });
  const [toplevel = root, shallow] = top.stdout.trim().split('\n');
  const log = spawnSync('git', [...GIT_LOG_ARGS, '--', contentDir(root)], {
    cwd: toplevel,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const files = log.status === 0 ? parseGitLog(log.stdout) : new Map<string, FileHistory>();
  history = {
    of: (path) => files.get(relative(toplevel, `${root}/${path}`).replaceAll('\\', '/')),
    shallow: shallow === 'true',
  };
  return history;
}
