import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanEnv, ROOT } from '../../scripts/lib/env.ts';

export { cleanEnv, ROOT };

export interface BuildRun {
  status: number | null;
  output: string;
  dist: string;
}

/** Runs the real build script (`npm run build`) with its output redirected to `dist`. */
export function runBuild(dist: string, env: Record<string, string> = {}): BuildRun {
  const run = spawnSync('npm', ['run', '-s', 'build'], {
    cwd: ROOT,
    env: cleanEnv({ TEIXIT_DIST: dist, ...env }),
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, dist };
}

/** Runs plain `astro build`, as a host's build command or a newcomer might, with its output in `dist`. */
export function runAstroBuild(dist: string, env: Record<string, string> = {}): BuildRun {
  const run = spawnSync('astro', ['build', '--outDir', dist], { cwd: ROOT, env: cleanEnv(env), encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, dist };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `teixit-${prefix}-`));
}

/** A content folder made of the valid fixture plus an overlay of bad files. */
export function contentWith(overlay: string): string {
  const dir = join(tempDir('content'), 'content');
  cpSync(join(ROOT, 'tests', 'fixtures', 'valid', 'content'), dir, { recursive: true });
  cpSync(overlay, dir, { recursive: true });
  return dir;
}

export function readPage(dist: string, path: string): string {
  const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
  if (!existsSync(file)) throw new Error(`No page at ${path} (${file})`);
  return readFileSync(file, 'utf8');
}
