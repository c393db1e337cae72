/**
 * The build checks the content while Astro loads it (src/integrations/teixit-site.ts). When one of the
 * content loaders fails first, the checker's report explains the problem in editors' terms better than
 * the loader's own error: the integration shares the pending check here, in the one process Astro and
 * the loaders run in, and a failing loader waits for it.
 */
const PENDING_CHECK = Symbol.for('teixit.pendingContentCheck');

export interface CheckVerdict {
  errors: number;
}

type Shared = typeof globalThis & { [PENDING_CHECK]?: Promise<CheckVerdict> };

/** What a build says when the content has errors; the checker's report, listed above it, names each one. */
export function contentErrorsMessage(errors: number): string {
  return `The content has ${errors} error(s), listed above. Run npm run check after fixing them.`;
}

export function sharePendingCheck(check: Promise<CheckVerdict>): void {
  (globalThis as Shared)[PENDING_CHECK] = check;
}

/** Rethrows a loader's error, or the checker's verdict instead when the check found errors in the content. */
export async function explainLoadError(error: unknown): Promise<never> {
  const verdict = await (globalThis as Shared)[PENDING_CHECK]?.catch(() => undefined);
  if (verdict && verdict.errors > 0) throw new Error(contentErrorsMessage(verdict.errors));
  throw error;
}
