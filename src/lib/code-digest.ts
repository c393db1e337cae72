import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '..', '..');

/**
 * A digest of the project's own code that makes something a build keeps between runs (the checker's
 * parses, the search indexes), and of the locked dependencies: `paths` are files, or folders whose .ts
 * files count, relative to the project. Anything kept under another digest was made by other code.
 */
export function codeDigest(paths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const path of [...paths, 'package-lock.json']) {
    const full = join(projectRoot, path);
    const files = statSync(full).isDirectory()
      ? readdirSync(full).filter((name) => name.endsWith('.ts')).sort().map((name) => join(path, name))
      : [path];
    for (const file of files) hash.update(file).update('\0').update(readFileSync(join(projectRoot, file)));
  }
  return hash.digest('hex').slice(0, 16);
}
