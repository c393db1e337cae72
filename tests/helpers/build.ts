import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');

export interface BuildRun {
  status: number | null;
  output: string;
  dist: string;
}

/**
 * The environment a command would get from a terminal: without the variables vitest adds for its own
 * Vite (BASE_URL, MODE...), which Astro would otherwise read as the site's own during a build.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'VITEST', 'NODE_ENV']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST_')) delete env[name];
  return { ...env, ...extra };
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
