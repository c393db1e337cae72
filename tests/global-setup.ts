import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { runBuild, tempDir } from './helpers/build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDist: string;
  }
}

/** Builds the real site once for every test file that reads it, with the real build script. */
export default function setup(project: TestProject) {
  const dist = join(tempDir('site'), 'dist');
  const build = runBuild(dist);
  if (build.status !== 0) throw new Error(`The site did not build:\n${build.output}`);
  project.provide('siteDist', dist);
  return () => rmSync(dirname(dist), { recursive: true, force: true });
}
