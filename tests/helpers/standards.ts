import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build.ts';

/** The standards' own files, kept beside the repository (CI clones it with shared/ next to it). */
export const STANDARDS = join(ROOT, '..', 'shared', 'standards');

export function standard(name: string): string {
  const file = join(STANDARDS, name);
  if (!existsSync(file)) throw new Error(`No ${name} in ${STANDARDS}: the tests expect ../shared/standards/ beside the repository.`);
  return readFileSync(file, 'utf8');
}
