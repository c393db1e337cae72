import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/check-content.ts';
import { readContentTree } from '../lib/content-files.ts';
import { contentDir } from '../lib/content-dir.ts';
import { formatIssue } from '../lib/issues.ts';

/** Runs the content checker before Astro touches the content, so a build fails with editors' messages. */
export function contentCheck(): AstroIntegration {
  return {
    name: 'teixit:content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const { issues } = checkContent(readContentTree(contentDir()));
        const errors = issues.filter((issue) => issue.severity === 'error');
        for (const warning of issues.filter((issue) => issue.severity === 'warning')) logger.warn(formatIssue(warning));
        if (errors.length > 0) {
          throw new Error(
            `The content has ${errors.length} error(s):\n${errors.map(formatIssue).join('\n')}\nRun npm run check after fixing them.`,
          );
        }
      },
    },
  };
}
