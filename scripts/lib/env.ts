import { resolve } from 'node:path';

/** The project's root folder. */
export const ROOT = resolve(import.meta.dirname, '..', '..');

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
