import { resolve } from 'node:path';

/** The content folder: `content/` unless TEIXIT_CONTENT points elsewhere (the benchmark's generated content). */
export function contentDir(root = process.cwd()): string {
  return resolve(root, process.env.TEIXIT_CONTENT ?? 'content');
}
